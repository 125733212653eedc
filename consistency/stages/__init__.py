"""The check's stages in the order the pipeline runs them: ingest and clean the files,
extract claims, embed them, pair nearest neighbours from other articles, score pairs with
NLI and the structured checks, and write the report. Each stage takes and returns the
frozen types of :mod:`consistency.core.types`; :mod:`consistency.pipeline` wires them.
"""

"""A reviewer's verdicts on findings: the SQLite review store keyed on stable finding
ids, verdict export and import, the interactive terminal review, and threshold tuning
from the verdicts.
"""

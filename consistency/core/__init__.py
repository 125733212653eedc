"""What every stage shares: the frozen data types that flow between stages, the
validated configuration, content hashing and atomic file writes, the SQLite cache, and
the lazily loaded spaCy pipeline. Nothing here knows about any particular stage.
"""

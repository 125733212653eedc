"""A thing that gave out, whichever verb a source picks: "the dam failed", "the levee
broke", "the roof collapsed", "the dam gave way", "the bus broke down" (event class
``~failure``, read by eventclass.py). A phrase with an object ("officers broke down the
door") tells something done to a thing; people ("the mother broke down in tears") and
events ("talks broke down") give out in another sense.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.persons import of_people

__all__ = ["FAILURE", "failure_class"]

_FAILURE_VERBS = news_facts.words("failure_verbs")
_FAILURE_PHRASES = {tuple(p.split()) for p in news_facts.words("failure_phrases")}
_WHEN = ("DATE", "TIME")  # a time the parser hangs as an object
FAILURE = "~failure"


def failure_class(tok, lemma: str, event_nouns) -> str | None:
    """"~failure" for a thing that gave out: "the dam failed / broke / gave way", a noun
    subject and no object or complement ("failed to stop the fire", "broke down the door"
    tell another event); not people, nor an event noun of ``event_nouns`` ("talks broke
    down": an event of its own kind)."""
    kids = list(tok.children)
    nxt = [tok.nbor(1)] if tok.i + 1 < len(tok.doc) else []  # "gave way": "way" misparsed
    phrase = any((lemma, c.lower_) in _FAILURE_PHRASES
                 for c in kids + nxt if c.dep_ in ("dobj", "prt") or c in nxt)  # fmt: skip
    if lemma not in _FAILURE_VERBS and not phrase:
        return None
    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ in ("dobj", "prt") and (
            (lemma, c.lower_) not in _FAILURE_PHRASES) and c.ent_type_ not in _WHEN
            for c in kids):  # fmt: skip
        return None  # "broke down the door": done to a thing ("broke down mid-morning" is a time)
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return FAILURE  # "a failed sea wall": the wall gave out
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or of_people(subj):
        return None  # "the mother broke down in tears": people are no thing giving out
    return None if subj.lemma_.lower() in event_nouns else FAILURE  # "talks broke down"

"""Who took part in an exchange told by its noun: "staff were told at a 9am meeting",
"workers were called to a meeting at nine", "the families were briefed during a call".

An exchange (``exchange_classes``: a call, a meeting) recurs in one story, so two of them
at two times of day are one only when both name someone taking part (clockparts.py). A
meeting noun names no participant of its own; the people of the verb it hangs on do:
whoever was told, called or briefed *at* or *to* the meeting took part in it. Those are
the verb's subject and object lemmas (unit names: "staff" and "workers" are people).
The verb's time of day is the meeting's too when the meeting tells none: "workers were
called to a meeting at nine o'clock" met at nine, as "told at a meeting at 9am" did.
"""

from __future__ import annotations

import dataclasses

from consistency.structured import news_facts
from consistency.structured.quantities import unit_name

__all__ = ["attendees", "lend_host_clocks"]

_EXCHANGES = news_facts.words("exchange_classes")
_PREPS = news_facts.words("attendance_prepositions")
_PARTIES = ("nsubj", "nsubjpass", "dobj", "dative")
_NOUNS = ("NOUN", "PROPN")
_INCREMENT = news_facts.words("increment_before")


def attendees(tok, cls: str) -> tuple[str, ...]:
    """The lemmas of the people the verb above an exchange noun tells of, or ()."""
    if cls.lstrip("~") not in _EXCHANGES or tok.dep_ != "pobj":  # "meeting" can be tagged VERB
        return ()
    if any(c.ent_type_ == "ORDINAL" or c.lower_ in _INCREMENT for c in tok.children):
        return ()  # "a second meeting", "another call": one of several, whoever attends
    if tok.head.dep_ != "prep" or tok.head.lower_ not in _PREPS:
        return ()
    verb = _host_verb(tok)
    return () if verb is None else tuple(
        unit_name(c.lemma_.lower()) for c in verb.children
        if c.dep_ in _PARTIES and c.pos_ in _NOUNS)  # fmt: skip


def _host_verb(tok):
    """The verb an exchange noun's preposition hangs on, through the noun of another
    preposition ("told of the decision at a meeting"): the verb, else None."""
    up = tok.head.head
    if up.pos_ in _NOUNS and up.dep_ == "pobj" and up.head.dep_ == "prep":
        up = up.head.head
    return up if up.pos_ in ("VERB", "AUX") else None


def lend_host_clocks(events, slots: list) -> None:
    """Give an exchange noun with attendees and no time of day its verb's times of day
    (``slots`` parallel to ``events``, the (token, class) pairs; changed in place)."""
    index = {tok.i: k for k, (tok, _) in enumerate(events)}
    for k, (tok, _) in enumerate(events):
        verb = _host_verb(tok) if slots[k].attendees and not slots[k].clocks else None
        host = None if verb is None else index.get(verb.i)
        if host is not None:
            slots[k] = dataclasses.replace(slots[k], clocks=slots[host].clocks)

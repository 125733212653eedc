"""Events told by their opposite: "the barriers held" says no barrier gave way, "the final
day went ahead" and "Sunday's programme will go ahead" say it was not called off.

The verbs (a lemma, or a lemma and its particle or adverb: "go ahead") and the event each
one denies are data (``opposite_events`` in lang/en/news_facts.yaml). The verb stands for
the denied event of its subject, so that compare() weighs it against a claim telling that
event ("a section of temporary fencing collapsed", "the line-up has been cancelled") as
for any "did not". Silent with an object or complement ("held a meeting", "went ahead
with the sale": the doer acts), with a negation ("did not hold": no claim either way), a
subject that is a person, a name or an event noun ("the march went ahead" is that march
taking place), or none.
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts

__all__ = ["opposite_also", "opposite_class", "opposite_tense"]

_OPPOSITES: dict[tuple[str, ...], str] = {
    tuple(k.split()): v for k, v in (news_facts.data().get("opposite_events") or {}).items()
}
_ALSO: dict[str, str] = news_facts.data().get("opposite_also") or {}
_PERSONS = news_facts.kind_nouns("person")
# the event nouns of eventclass.NOUN_CLASS and causes.HAPPENING, read from the same data
_EVENT_NOUNS = (
    frozenset(load().events.noun_classes)
    | frozenset(news_facts.data().get("noun_classes") or {})
    | frozenset(w for ws in news_facts.classes("same_happening").values() for w in ws)
)
_ABANDONING = news_facts.words("abandoning_verbs")
_PLAN_MODALS = frozenset(load().grammar.modals.get("plan") or ())
_BLOCKING = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "neg", "dative")


def opposite_class(tok) -> str | None:
    """The event class a verb denies by telling its opposite, else None."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    words = {(lemma,)} | {(lemma, c.lower_) for c in tok.children if c.dep_ in ("prt", "advmod")}
    cls = next((_OPPOSITES[w] for w in sorted(words) if w in _OPPOSITES), None)
    if cls is None or any(c.dep_ in _BLOCKING for c in tok.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to") and c.nbor(-1).pos_ not in (
            "CCONJ", "PUNCT") for c in tok.children):  # fmt: skip
        return None  # "went ahead with the sale" ("..., but with a new plan" is no object)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    noun = subj.lemma_.lower()
    return None if noun in _PERSONS or noun in _EVENT_NOUNS else cls


def opposite_also(tok) -> str | None:
    """The second class a verb denies by telling its opposite ("will go ahead": not put
    off either), else None."""
    cls = opposite_class(tok)
    return _ALSO.get(cls) if cls else None


def opposite_tense(tok) -> tuple[str, str | None] | None:
    """(tense, modality) of an event that denies a calling-off: "went ahead" and "will go
    ahead" both say it has not been called off, a calling-off told in the past; "will go
    ahead" keeps its plan (plandrops.py: a plan's day is no day of the calling-off)."""
    if opposite_class(tok) not in _ABANDONING:
        return None
    planned = any(c.dep_ == "aux" and c.lower_ in _PLAN_MODALS for c in tok.children)
    return ("past", "plan" if planned else None)

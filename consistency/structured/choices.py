"""A choice refused by one source and kept open by the other: "the authority would not be
paying the ransom", "the council has refused to pay" against "the authority has not ruled
out paying the ransom", "is considering paying", "has not excluded the possibility of
paying".

Both read from the parse: the act is a verb; it is refused when it is negated under a modal
of plan ("will not pay"), hangs on a negating head ("refused to pay") or on a verb of the
``exclude`` class that is not negated ("has ruled out paying"); it is kept open when it hangs
on a negated verb of that class or on a verb that keeps a choice open
(``keeping_open_verbs``). An act agreed to ("has agreed to pay the syndicate in full",
"pledged to pay": a verb of ``committing_verbs`` not negated nor refused) is no choice
left open but one made; it clashes with the refusal all the same, and with nothing
kept open. The two clash when they name one act (its lemma) of one thing (the
object's lemma, where both give one) by one named doer (where both name one).

An event noun is a choice too ("has not ruled out job cuts", "compulsory redundancies
could not be ruled out" against "there will be no compulsory redundancies", "ruled out
redundancies"): refused under "no" in a plan ("there will be no ...", "promised no ...") or
as what a verb of the ``exclude`` class rules out; its act is its lemma with the words that
narrow it (qualifiers.py: "compulsory redundancy" is not every redundancy).
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.eventclass import NOUN_CLASS
from consistency.structured.negation import has_neg
from consistency.structured.parse import rules_out
from consistency.structured.qualifiers import qualifiers
from consistency.structured.told_denied import PolarKind

__all__ = ["CHOICE", "Choice", "choices"]

_EXCLUDE = news_facts.classes("predicate_classes").get("exclude", frozenset())
_OPEN = news_facts.words("keeping_open_verbs")
_COMMITTING = news_facts.words("committing_verbs")
_REFUSING = frozenset(load().grammar.negating_heads)
_PLAN = frozenset(load().grammar.modals.get("plan", ()))
_PLAN_HEADS = frozenset(load().grammar.plan_heads)
_NO = news_facts.words("negating_determiners")


@dataclass(frozen=True)
class Choice:
    """An act (verb lemma) of a thing (object lemma, "" for none) by a named doer ("" for
    none), refused (``denied``) or kept open."""

    act: str
    thing: str
    doer: str
    denied: bool
    text: str
    committed: bool = False  # "agreed to pay": a choice made, not one kept open


def _excludes(tok) -> bool:
    return tok.lemma_.lower() in _EXCLUDE or rules_out(tok)


def _ruler(tok):
    """The verb ``tok`` hangs on as its complement ("ruled out paying", "excluded the
    possibility of paying"; an event noun also as a passive subject: "cuts were ruled
    out"), or None."""
    if tok.dep_ in ("xcomp", "dobj", "ccomp") or (tok.pos_ == "NOUN" and tok.dep_ == "nsubjpass"):
        return tok.head
    if tok.dep_ == "pcomp" and tok.head.head.dep_ == "dobj":
        return tok.head.head.head  # "the possibility of paying"
    return None


def _denied(tok) -> bool | None:
    """True: the act is refused; False: kept open; None: neither."""
    ruler = _ruler(tok)
    if ruler is not None and _excludes(ruler):  # "refused to rule out": kept open
        return not (has_neg(ruler) or (ruler.dep_ == "xcomp"
                                        and ruler.head.lemma_.lower() in _REFUSING))
    if tok.pos_ == "NOUN":
        return True if _planned_none(tok) else None
    if ruler is not None and ruler.lemma_.lower() in _OPEN and not has_neg(ruler):
        return False
    if ruler is not None and tok.dep_ == "xcomp" and ruler.lemma_.lower() in _REFUSING:
        return not has_neg(ruler)
    if _committed(tok):
        return False
    if has_neg(tok) and any(c.dep_ == "aux" and c.lower_ in _PLAN for c in tok.children):
        return True  # "will not pay", "would not be paying"
    return None


def _committed(tok) -> bool:
    """Whether a verb is an act agreed to: the complement of a committing verb that is
    neither negated ("has not agreed to pay") nor itself refused ("refused to agree to
    pay")."""
    ruler = _ruler(tok)
    if ruler is None or tok.dep_ != "xcomp" or ruler.lemma_.lower() not in _COMMITTING:
        return False
    refused = ruler.dep_ == "xcomp" and ruler.head.lemma_.lower() in _REFUSING
    return not (has_neg(ruler) or refused or has_neg(tok))


def _planned_none(tok) -> bool:
    """An event noun under "no" in a plan: "there will be no compulsory redundancies",
    "promised no job cuts"."""
    if not any(c.dep_ == "det" and c.lower_ in _NO for c in tok.children):
        return False
    verb = tok.head
    return verb.lemma_.lower() in _PLAN_HEADS or any(
        c.dep_ == "aux" and c.lower_ in _PLAN for c in verb.children)


def _act(tok) -> str:
    """A verb's lemma; an event noun's with the words that narrow it."""
    lemma = tok.lemma_.lower()
    return " ".join((*qualifiers(tok), lemma)) if tok.pos_ == "NOUN" else lemma


def _doer(tok) -> str:
    for t in (tok, _ruler(tok)):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t is not None else None
        if subj is not None:
            return subj.lemma_.lower() if subj.pos_ == "PROPN" else ""
    return ""


def choices(doc) -> tuple[Choice, ...]:
    """The acts ``doc`` tells refused or kept open."""
    out = []
    for tok in doc:
        event_noun = tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CLASS
        if (tok.pos_ != "VERB" and not event_noun) or tok.lemma_.lower() in _EXCLUDE:
            continue
        denied = _denied(tok)
        if denied is None:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        thing = obj.lemma_.lower() if obj is not None and not event_noun else ""
        text = doc[tok.left_edge.i : min(tok.right_edge.i + 1, tok.left_edge.i + 12)].text
        out.append(Choice(_act(tok), thing, _doer(tok), denied, text,
                          not denied and tok.pos_ == "VERB" and _committed(tok)))
    return tuple(out)


def _covers(no: Choice, yes: Choice) -> bool:
    """One act of one thing (where both name one) by one named doer (where both name one)."""
    return no.act == yes.act and (not (no.thing and yes.thing) or no.thing == yes.thing) and (
        not (no.doer and yes.doer) or no.doer == yes.doer)


CHOICE = PolarKind("choices", _covers, lambda yes, no, ly, ln: (
    f"{yes.act}: {'agreed' if yes.committed else 'kept open'} ({ly}: {yes.text}) vs refused"
    f" ({ln}: {no.text})"))

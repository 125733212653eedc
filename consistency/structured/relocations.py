"""A plan to leave a place, and its denial: "the new owners want to quit Marsh Lane and
build a stadium at Coldharbour Fields" against "the consortium has no plans to move the
club from Marsh Lane", "the club will continue to play its home matches at Marsh Lane".

A relocation is a verb of leaving (``relocation_verbs``) told as a plan (under "will",
"wants to", "intends to", "plans to") with the place left ("quit Marsh Lane", "move ...
from Marsh Lane") or the place moved to ("move Rovers to Coldharbour Fields"); its denial
is the same verb negated ("has no plans to move", "will not leave", "has ruled out
leaving") or a plan to keep to the place (``staying_verbs``: "will stay at Marsh Lane",
"will continue to play at Marsh Lane"). Two claims clash when one plans to leave a named
place the other says will be kept, in one story and not on two days. Silent for a move
told as done ("moved from Marsh Lane in 1998" is history, not a plan), a possibility
("could leave"), and places that are not the same name.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, is_question, rules_out
from consistency.structured.told_denied import PolarKind

__all__ = ["RELOCATION", "Relocation", "relocations"]

_MOVING = news_facts.words("relocation_verbs")
_QUITTING = news_facts.words("quitting_verbs")
_PEOPLE = news_facts.kind_nouns("person")
_STAYING = news_facts.words("staying_verbs")
_EXCLUDE_VERBS = news_facts.classes("predicate_classes").get("exclude", frozenset())
_PLAN_NOUNS = news_facts.words("plan_nouns")
_GR = load().grammar
_PLAN_HEADS = frozenset(_GR.plan_heads)
_PLAN_MODALS = frozenset(_GR.modals.get("plan", ()))
_POSSIBLE = frozenset(_GR.modals.get("possible", ()))


@dataclass(frozen=True)
class Relocation:
    """A planned leaving of a place, or its denial: ("marsh lane", "", denied=False)."""

    left: str  # the named place left (or kept, when denied), lowercase; "" when unnamed
    to: str  # the named place moved to, lowercase; "" when unnamed
    denied: bool  # no leaving: "has no plans to move from", "will stay at"
    text: str  # the words, for the explanation


def relocations(doc) -> tuple[Relocation, ...]:
    """Every planned leaving of a named place the sentence tells or denies."""
    if is_question(doc):
        return ()
    out: dict[Relocation, None] = {}
    for tok in doc:
        if tok.pos_ != "VERB" or not _planned(tok):
            continue
        lemma = tok.lemma_.lower()
        if _people(tok):
            continue  # "fans will leave Marsh Lane after the game": no move of a home
        found = _leaving(tok) if lemma in _MOVING | _QUITTING else (
            _staying(tok) if lemma in _STAYING else None)  # fmt: skip
        if found is not None:
            out[found] = None
    return tuple(out)


def _leaving(verb) -> Relocation | None:
    """"Quit Marsh Lane", "move the club from Marsh Lane", "move Rovers to Coldharbour"."""
    left = _place(_object(verb, "from"))
    if verb.lemma_.lower() in _QUITTING:
        left = left or _place(next((c for c in verb.children if c.dep_ == "dobj"), None))
    to = _place(_object(verb, "to"))
    if not left and not to:
        return None
    denied = negated(verb) or _ruled_out(verb)
    return Relocation(left, to, denied, _text(verb))


def _staying(verb) -> Relocation | None:
    """"Will stay at Marsh Lane", "will continue to play its home matches at Marsh Lane"."""
    if negated(verb):
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    place = next((p for h in holders for p in (_place(_object(h, "at")),) if p), "")
    return Relocation(place, "", True, _text(verb)) if place else None


def _people(verb) -> bool:
    """The subject (of the verb or of the verb it hangs on) is people, not a club or a
    business moving its home."""
    for v in (verb, *verb.ancestors):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.lemma_.lower() in _PEOPLE
        if v.dep_ not in ("xcomp", "conj"):
            break
    return False


def _planned(verb) -> bool:
    """Told as a plan, not as done: "will", "wants / intends to", "plans to", "no plans
    to"; not a possibility or a condition."""
    if in_condition(verb):
        return False
    if _ruled_out(verb):
        return True
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)  # "want to quit X and build", "will continue to play"
    for v in chain:
        auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
        if auxes & _POSSIBLE:
            return False
        if auxes & _PLAN_MODALS or v.lemma_.lower() in _PLAN_HEADS or _rules_out(v):
            return True
        if v.dep_ == "acl" and v.head.lemma_.lower() in _PLAN_HEADS | _PLAN_NOUNS:
            return True  # "has no plans to move", "the plan to relocate"
        if v.dep_ == "acl" and v.head.pos_ == "NOUN":
            return True  # "gave a commitment that the club will continue to play"
    return False


def _ruled_out(verb) -> bool:
    """"Has ruled out leaving Marsh Lane"."""
    return verb.dep_ in ("xcomp", "advcl") and _rules_out(verb.head)


def _rules_out(verb) -> bool:
    """"Rule out", "exclude": a verb of the ``exclude`` class, alone or with its particle."""
    return verb.lemma_.lower() in _EXCLUDE_VERBS or rules_out(verb)


def _object(tok, prep: str):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _place(tok) -> str:
    """A named place ("Marsh Lane"), lowercase, or "" for no name."""
    if tok is None or tok.pos_ != "PROPN":
        return ""
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.lower_ for t in (*words, tok))


def _text(verb) -> str:
    left, right = verb.left_edge.i, verb.right_edge.i
    return verb.doc[left : min(right + 1, left + 14)].text


def _covers(no: Relocation, yes: Relocation) -> bool:
    """The denial keeps the very place the plan leaves."""
    return bool(no.left) and no.left == yes.left and no.left != yes.to


RELOCATION = PolarKind("relocations", _covers, lambda yes, no, ly, ln: (
    f"leaving {yes.left.title()}: {yes.text} ({ly}) vs {no.text} ({ln})"))

"""A thing held at a distance told by one source and denied by the other: "lessons will
move online from Wednesday" or "teachers began delivering lessons online" against "the
school will not offer remote lessons during the closure"; "the hearing was held
virtually" against "no virtual hearing was held".

Read from the parse: a noun under a word of ``remote_words`` ("online lessons", "remote
hearings"), the subject of a verb or the object of a verb of ``offering_verbs``; or a
verb with such a word ("move online", "delivering lessons online") and its object, else
its subject. The thing is denied when a verb of offering it is negated ("will not offer
remote lessons") or when it stands under "no" ("no remote lessons"); a verb telling
something else of it ("could not join online lessons") tells neither. Silent for a
question, a condition or a possibility ("could move online"), and for people (those who
"work remotely" are no thing held). Two clash when they name one thing (its counted-noun
class); compare() reads them through told_denied.py like damage or a service.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import in_condition, is_question, own_subject
from consistency.structured.persons import person_noun
from consistency.structured.quantities import unit_name
from consistency.structured.told_denied import PolarKind

__all__ = ["REMOTE", "Remote", "remotes"]

_REMOTE = news_facts.words("remote_words")
_OFFERING = news_facts.words("offering_verbs")
_NEG_DETS = news_facts.words("negating_determiners")
_POSSIBLE = frozenset(load().grammar.modals.get("possible", ()))


@dataclass(frozen=True)
class Remote:
    """A thing (its counted-noun class) told held at a distance, or denied (``denied``)."""

    thing: str
    denied: bool
    text: str


def remotes(doc) -> tuple[Remote, ...]:
    """The things ``doc`` tells held at a distance, or denies are."""
    if is_question(doc):
        return ()
    out = []
    for tok in doc:
        found = _remote_noun(tok) or _remote_verb(tok)
        if found is None:
            continue
        thing, verb, denied = found
        if in_condition(verb) or any(c.lower_ in _POSSIBLE for c in verb.children):
            continue
        if thing.pos_ != "NOUN" or person_noun(thing) or unit_name(thing.lemma_) == _PEOPLE:
            continue
        start = min(thing.left_edge.i, verb.i)
        text = doc[start : min(verb.right_edge.i + 1, start + 12)].text
        out.append(Remote(unit_name(thing.lemma_), denied, text))
    return tuple(dict.fromkeys(out))


_PEOPLE = unit_name("people")


def _remote_noun(tok):
    """(the noun, its verb, denied) of "online lessons began", "will not offer remote
    lessons", "no remote lessons were offered", else None."""
    if tok.pos_ != "NOUN" or not any(
            c.dep_ == "amod" and c.lower_ in _REMOTE for c in tok.children):  # fmt: skip
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    offered = verb.lemma_.lower() in _OFFERING
    if tok.dep_ == "dobj" and offered or tok.dep_ == "nsubjpass" and offered:
        return tok, verb, _negated(verb) or _no(tok)
    if tok.dep_ == "nsubj":
        return (tok, verb, True) if _no(tok) else (None if _negated(verb) else (tok, verb, False))
    return None


def _remote_verb(tok):
    """(the thing, the verb, denied) of "lessons will move online", "began delivering
    lessons online", "did not hold the hearing virtually", else None."""
    if tok.pos_ != "VERB" or not any(
            c.dep_ == "advmod" and c.lower_ in _REMOTE for c in tok.children):  # fmt: skip
        return None
    thing = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None:
        thing = own_subject(tok)
    if thing is None:
        return None
    return thing, tok, _negated(tok) or _no(thing)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _no(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in noun.children)


REMOTE = PolarKind("remotes", lambda no, yes: no.thing == yes.thing, lambda yes, no, ly, ln: (
    f"{yes.thing} held at a distance: {ly} ({yes.text}) vs not ({ln}: {no.text})"))

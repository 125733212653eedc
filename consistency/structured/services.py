"""A thing told in service by one source and out of it by the other: "the block's other
lift remained in service" against "the second lift has been out of action for three
weeks"; "bin collections are running as normal" against "bin collections were cancelled
on Tuesday".

Read from the parse: a thing (the subject noun) with a state verb ("be", "remain",
``state_verbs``) and a phrase of service (``in_service_phrases``: "in service", "in use";
``out_of_service_phrases``: "out of action", "out of order"), a verb of working
(``working_verbs``: "run", "operate") with "as normal" / "normally" (``normal_words``), or a
passive verb that stops it (``stopping_verbs``: "were cancelled", "was suspended"). A
negation flips the state ("was not in use"). Two clash when they name one thing (its
counted-noun class) of one kind where both tell one by the nouns before it ("the home
birth service is being suspended", "our home birth service will continue as normal"; a
bus service and a train service are two); compare() reads them through told_denied.py
like damage or a plunge.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.parse import own_subject
from consistency.structured.quantities import unit_name
from consistency.structured.told_denied import PolarKind

__all__ = ["SERVICE", "Service", "services"]

_IN = {tuple(p.split()) for p in news_facts.words("in_service_phrases")}
_OUT = {tuple(p.split()) for p in news_facts.words("out_of_service_phrases")}
_STATE = news_facts.words("state_verbs") | {"be"}
_WORKING = news_facts.words("working_verbs")
_NORMAL = news_facts.words("normal_words")
_STOPPING = news_facts.words("stopping_verbs")


@dataclass(frozen=True)
class Service:
    """A thing (its counted-noun class) in service, or out of it (``denied``)."""

    thing: str
    denied: bool
    text: str
    kinds: frozenset[str] = frozenset()  # the nouns before it: "home", "birth" of a service


def _phrase_state(verb) -> bool | None:
    """True: "in service"; False: "out of action"; None: no phrase of service."""
    for p in (c for c in verb.children if c.dep_ in ("prep", "advmod", "acomp")):
        words = [t.lower_ for t in p.subtree]
        if tuple(words) in _IN:
            return True
        if tuple(words) in _OUT:
            return False
    return None


def _state(verb) -> bool | None:
    """Whether the verb tells its subject in service (True), out (False), or neither."""
    lemma = verb.lemma_.lower()
    if lemma in _STATE:
        return _phrase_state(verb)
    if lemma in _WORKING and any(w.lower_ in _NORMAL for c in verb.children
                                 if c.dep_ in ("advmod", "acomp", "prep")
                                 for w in c.subtree):  # fmt: skip
        return True  # "running as normal", "operating normally"
    if lemma in _STOPPING and any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return None


def services(doc) -> tuple[Service, ...]:
    """The things ``doc`` tells in service or out of it."""
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        state = _state(verb)
        subj = own_subject(verb)
        if state is None or subj is None or subj.pos_ != "NOUN":
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            state = not state
        text = doc[subj.left_edge.i : min(verb.right_edge.i + 1, subj.left_edge.i + 14)].text
        kinds = frozenset(c.lemma_.lower() for c in subj.children
                          if c.dep_ == "compound" and c.pos_ == "NOUN")  # fmt: skip
        out.append(Service(unit_name(subj.lemma_), not state, text, kinds))
    return tuple(out)


def _one_thing(no: Service, yes: Service) -> bool:
    """One thing, of one kind where both tell one (see the module docstring)."""
    return no.thing == yes.thing and not (no.kinds and yes.kinds and not no.kinds & yes.kinds)


SERVICE = PolarKind("services", _one_thing, lambda yes, no, ly, ln: (
    f"{yes.thing}: in service ({ly}: {yes.text}) vs out of service ({ln}: {no.text})"))

"""A thing held at a distance told by one source and denied by the other: "lessons will
move online from Wednesday" or "teachers began delivering lessons online" against "the
school will not offer remote lessons during the closure"; "the hearing was held
virtually" against "no virtual hearing was held".

Read from the parse: a noun under a word of ``remote_words`` ("online lessons", "remote
hearings"), the subject of a verb telling it happened ("began", "took place"; not "the
remote village has no doctor") or the object of a verb of ``offering_verbs``; or a verb
of offering or moving (``transfer_verbs``) with such a word ("move online", "delivering
lessons online") and its object, else its subject; not a verb only asked for ("urged
people not to share the footage online"). The thing is denied when a verb of offering
it is negated ("will not offer remote lessons") or when it stands under "no" ("no remote
lessons"); a verb telling something else of it ("could not join online lessons") tells
neither. Silent for a question, a condition or a possibility ("could move online"), and
for people (those who "work remotely" are no thing held). Two clash when they name one
thing (its counted-noun class); compare() reads them through told_denied.py like damage
or a service.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.negation import has_neg, under_no
from consistency.structured.parse import in_condition, is_question, own_subject
from consistency.structured.persons import person_noun
from consistency.structured.quantities import unit_name
from consistency.structured.told_denied import PolarKind
from consistency.structured.wanted import wanted

__all__ = ["REMOTE", "Remote", "remotes"]

_REMOTE = news_facts.words("remote_words")
_OFFERING = news_facts.words("offering_verbs")
# verbs that move or hold a thing at a distance ("lessons will move online", "the hearing
# was held remotely"); "shared online", "did not meet virtually" tell no thing held
_HOLDING = _OFFERING | news_facts.words("transfer_verbs")
# verbs telling a thing held at a distance happened ("online lessons began", "remote
# hearings took place"): "the remote village has no doctor" tells none
_HAPPENING = news_facts.words("leadup_happening_verbs") | {
    p.split()[0] for p in news_facts.words("occurrence_phrases")}
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
        return tok, verb, has_neg(verb) or under_no(tok)
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in _HAPPENING:
        if under_no(tok):
            return tok, verb, True
        return None if has_neg(verb) else (tok, verb, False)
    return None


def _remote_verb(tok):
    """(the thing, the verb, denied) of "lessons will move online", "began delivering
    lessons online", "did not hold the hearing virtually", else None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HOLDING or wanted(tok) or not any(
            c.dep_ == "advmod" and c.lower_ in _REMOTE for c in tok.children):  # fmt: skip
        return None  # "urged people not to share the footage online": only asked for
    thing = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None and tok.lemma_.lower() not in _OFFERING:
        thing = own_subject(tok)  # "lessons will move online"; not "the school will teach
        # online": the subject of an offering verb is who offers
    if thing is None:
        return None
    return thing, tok, has_neg(tok) or under_no(thing)


REMOTE = PolarKind("remotes", lambda no, yes: no.thing == yes.thing, lambda yes, no, ly, ln: (
    f"{yes.thing} held at a distance: {ly} ({yes.text}) vs not ({ln}: {no.text})"))

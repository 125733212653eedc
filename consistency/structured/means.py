"""The means by which something was done, when a source tells it: "the attackers got into
the network through a phishing email", "gained access via a vendor's account", "the
thieves entered through a side door".

Two sources naming different means of one act ("a phishing email" against "a vendor's
remote-access account") disagree as two causes do. The acts and the prepositions giving
a means are data (``means_acts``, ``means_prepositions`` in lang/en/news_facts.yaml);
a means is read only where the verb is one of those acts, since "through" is also a way
through a place ("marched through the city"). A barrier climbed over ("climbed over the
main gates", ``crossing_verbs``) is a means of entry too, as a window forced is.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, object_of, slot

__all__ = ["Means", "means"]


@dataclass(frozen=True)
class Means:
    """One act with the means a source gives for it ("entry" through "a phishing email")."""

    act: str  # the act's class name ("entry")
    agent: str  # lemma of who did it ("attacker"), "" when not said
    head: str  # lemma of the means' head noun ("email")
    text: str  # the means as written ("a phishing email opened by an employee")
    denied: bool = False  # "did not get in through the vendor account"


_ACTS = news_facts.classes("means_acts")
_ACT_OF = {tuple(p.split()): act for act, phrases in _ACTS.items() for p in phrases}
_PREPS = news_facts.words("means_prepositions")
_ENTRY = news_facts.words("entry_particles")
_INTO = news_facts.words("entry_prepositions")
_FORCING = news_facts.words("forcing_open_verbs")
_OFFENDERS = news_facts.words("offender_nouns")
_CROSSING = news_facts.words("crossing_verbs")
_OVER = news_facts.words("crossing_prepositions")
# getting out ("to escape", "to get out", "break free"): the mishap_verbs of escape
_LEAVING = {tuple(p.split()) for p in news_facts.data()["mishap_verbs"]["escape"].split("|")}
OFFENDER = "~offender"  # the doer's class when a noun of ``offender_nouns`` tells it
ENTRY = "entry"  # the act of getting into a place (``means_acts``)


def _act(tok) -> str | None:
    """The act class of a verb: its lemma alone ("enter") or with a particle, preposition
    or object ("get in", "break into", "gain access")."""
    lemma = tok.lemma_.lower()
    if (lemma,) in _ACT_OF:
        return _ACT_OF[(lemma,)]
    for c in tok.children:
        word = c.lemma_.lower() if c.dep_ == "dobj" else c.lower_
        if c.dep_ in ("prt", "prep", "dobj") and (lemma, word) in _ACT_OF:
            return _ACT_OF[(lemma, word)]
    if any(_inwards(c) for c in tok.children):
        return ENTRY  # a verb of motion inwards: "came in", "abseiled into the building"
    return None


def _inwards(c) -> bool:
    """A particle "in" ("came in", "climbed inside"), or "into" a thing, not a named
    place ("abseiled into the building"; "made its way into Mosul" is a route)."""
    if c.dep_ in ("prt", "advmod"):
        return c.lower_ in _ENTRY
    obj = object_of(c) if c.dep_ == "prep" and c.lower_ in _INTO else None
    return obj is not None and obj.pos_ == "NOUN"


def doer(tok) -> str:
    """Lemma of who did the act; "" when unsaid or a pronoun; ``OFFENDER`` for a noun of
    ``offender_nouns`` (the intruders and the thieves of one break-in are one doer)."""
    agent = slot(tok, "subj")
    if agent is None or agent.pos_ == "PRON":
        return ""
    lemma = agent.lemma_.lower()
    return OFFENDER if lemma in _OFFENDERS else lemma


def _forced(tok) -> Means | None:
    """"forced a ground-floor window", "prised open a door": the object is the means."""
    obj = slot(tok, "obj")
    if tok.lemma_.lower() not in _FORCING or obj is None or obj.pos_ != "NOUN":
        return None
    if any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" for g in c.children)
           for c in tok.children):  # fmt: skip
        return None  # "forced the hospital group to shut down": made it do a thing
    text = " ".join(t.text for t in obj.subtree)
    return Means(ENTRY, doer(tok), obj.lemma_.lower(), text, negated(tok))


def _crossed(tok) -> Means | None:
    """"climbed over the main gates": the barrier crossed is the means of entry."""
    if tok.lemma_.lower() not in _CROSSING:
        return None
    by = next((object_of(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in _OVER
               and object_of(c) is not None), None)  # fmt: skip
    if by is None or by.pos_ != "NOUN" or _getting_out(tok):
        return None
    text = " ".join(t.text for t in by.subtree)
    return Means(ENTRY, doer(tok), by.lemma_.lower(), text, negated(tok))


def _getting_out(tok) -> bool:
    """A crossing told as a way out, not in: "climbed over the fence to escape", "climbed
    out over the wall" (no "into" the place: "climbed over the wall into the yard")."""
    if any(c.dep_ == "prep" and c.lower_ in _INTO for c in tok.children):
        return False
    return any(_leaving(t) for t in (tok, *(c for c in tok.children
               if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB")))  # fmt: skip


def _leaving(verb) -> bool:
    """A verb (with its particle) of getting out: "escape", "get out", "break free"."""
    words = (verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ in ("prt", "acomp")))
    return words[:1] in _LEAVING or any(
        words[0] == p[0] and p[1] in words[1:] for p in _LEAVING if len(p) > 1)


def means(doc) -> tuple[Means, ...]:
    """Every act of ``means_acts`` in the sentence with a means after a means preposition."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or in_condition(tok):
            continue
        forced = _forced(tok) or _crossed(tok)
        out += [forced] if forced is not None else []
        act = _act(tok)
        if act is None:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PREPS):
            by = object_of(prep)
            if by is None or by.pos_ in ("PRON", "PROPN"):
                continue  # "entered through Alagarno": a route through a named place
            text = " ".join(t.text for t in by.subtree)
            out.append(Means(act, doer(tok), by.lemma_.lower(), text, negated(tok)))
    return tuple(out)

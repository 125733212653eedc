"""An event denied of every participant: "nobody was hurt", "no one was injured", "none
were injured", "no rescuer was hurt", "no shots were fired", "no homes were damaged".

A negating pronoun ("nobody", "no one", "none") as passive subject, object, or subject
of a verb with no object leaves no one to whom the event happened, so the claim denies
the event as a whole and meets any source that tells it happened (candidates.py pairs a
whole denial with every assertion of its event class). A noun under "no" ("no rescuer")
denies the event of that kind of participant only, and meets the assertions of the event
with that participant (:func:`kind_keys`). Not a whole denial when the participants
already told are set aside ("no one else was hurt", "no other staff were injured", "no
further shots were fired": someone was), when a group is named ("none of the passengers":
partitives.py), nor a denial of degree ("none seriously").
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.quantities import unit_name

__all__ = ["denied_kinds", "denied_of_everyone", "kind_keys"]

_NEG_DETS = news_facts.words("negating_determiners")
_NEG_PRONOUNS = news_facts.words("negating_pronouns")
_BESIDES = (news_facts.words("besides_words") | news_facts.words("increment_before")
            | news_facts.words("increment_after"))  # fmt: skip
_UNDERGOERS = ("nsubjpass", "dobj")
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp")


def denied_kinds(tok) -> tuple[str, ...]:
    """The kinds of participant under "no" an event is denied of, by unit name: "no rescuer
    was injured" -> ("responders",), "no shots were fired" -> ("shot",). Such a denial
    meets the assertions of its event of one of those kinds (:func:`kind_keys`), not every
    assertion: "no rescuer was hurt" does not deny that four skiers were."""
    return tuple(unit_name(c.lemma_) for c in tok.children
                 if c.dep_ in _UNDERGOERS and c.lower_ not in _NEG_PRONOUNS | {"one"} and _nobody(c)
                 and c.pos_ == "NOUN")  # fmt: skip


def kind_keys(events, speech) -> set[tuple[tuple[str, ...], bool]]:
    """Candidate keys (("polar", class, kind), denied): a denial of a kind of participant
    (:func:`denied_kinds`) and each asserted event of that class with that participant
    (its heads); events of ``speech`` classes are left out."""
    out = set()
    for e in events:
        if not e.asserted or e.cls in speech:
            continue
        kinds, denied = (e.denied_kinds, True) if e.negated else (e.heads, False)
        out |= {(("polar", e.cls, k), denied) for k in kinds}
    return out


def denied_of_everyone(tok) -> bool:
    """Whether the event of verb ``tok`` is denied of every participant it befalls (see
    module): its passive subject or object, or the subject of a verb with no object
    ("nobody died"); not the doer of an act on something ("nobody asked any questions")."""
    intransitive = not any(c.dep_ in _OBJECTS for c in tok.children)
    return any(_nobody(c) and (c.lower_ in _NEG_PRONOUNS or c.lower_ == "one")
               for c in tok.children
               if c.dep_ in _UNDERGOERS or (c.dep_ == "nsubj" and intransitive))  # fmt: skip


def _nobody(tok) -> bool:
    """A participant that is no one: "nobody", "no one", "none", "no rescuer"; not "no
    one else", "no other staff", "no more shots"."""
    if any(c.lower_ in _BESIDES or (c.dep_ == "prep" and c.lower_ == "of")
           for c in tok.children):  # fmt: skip
        return False  # "none of the passengers": a group, partitives.py
    if tok.lower_ in _NEG_PRONOUNS:
        return True
    return any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in tok.children)

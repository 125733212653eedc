"""A thing found in some state, and where: "the car was found burnt out at Holmbridge",
"the van was found abandoned on Mill Road in Ashby", "was found torched out".

The parser hangs the place on the state ("burnt out at Holmbridge"), and the finding verb
with such a state often gets no event class of its own. The place of the state is where
the thing was found, told as an area, whatever the tagger calls its name (made-up towns
are often read as organisations): whereabouts.py then compares it as any event's area.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["FINDING", "found_class", "found_in_state", "found_states"]

FINDING = news_facts.words("finding_verbs")
_STATES = frozenset({"xcomp", "oprd"})


def found_states(tok, objs) -> list:
    """The states a finding verb ``tok`` tells its thing in: "was found burnt out",
    "found the van dumped" (a clause on the verb's object ``objs``)."""
    if tok.lemma_.lower() not in FINDING:
        return []
    return [c for h in (tok, *objs) for c in h.children
            if c.dep_ in _STATES or (h is not tok and c.dep_ == "acl" and c.pos_ == "VERB")]


def found_class(tok) -> str | None:
    """"~find" for a finding verb told with the state its thing was found in."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return "~find" if found_states(tok, objs) else None


def found_in_state(prep) -> bool:
    """Whether ``prep`` hangs on the state of a found thing ("burnt out at Holmbridge")."""
    verb = prep.head
    finder = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    return verb in found_states(finder, [c for c in finder.children if c.dep_ == "dobj"])

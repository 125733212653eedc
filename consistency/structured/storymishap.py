"""The story's mishap and the mishap a source names: one caused thing.

A fault told without its effect ("officials said a storage array failed", "a sensor on
the brake run failed") is a cause of the story's mishap (``fault_effect``, faults.py and
mishaps.py), while another source names what it caused ("the outage was caused by a
power failure", "the crash happened because an operator released the train"). Both
are causes of one mishap when the named thing is a mishap (``named_mishaps`` in
lang/en/news_facts.yaml: an outage, a crash, a sinking, not a strike or a sale), so the
two causes are compared as two causes of one thing are.

A cause that is itself a happening ("the flooding sank the vessel", "the crash was
caused by a fire") is a link of a chain, not a rival of the fault that started it ("a
pipe burst, flooding the engine room"): such a pair does not meet. Nor does a fault
that is the named mishap itself ("neighbours said the building collapsed" against the
collapse's cause), or the mishap told in broad words ("a computer failure").
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.causes import BROAD_CAUSES, HAPPENING, Cause

__all__ = ["STORY_MISHAP", "effects_meet", "effect_keys"]

STORY_MISHAP = str(news_facts.data().get("fault_effect") or "mishap")
_NAMED = news_facts.words("named_mishaps")
_CONTACT = news_facts.words("contact_verbs")
# the single verbs of mishap_verbs, each with the mishap it names ("collapse": collapse)
_MISHAP_ACTS = {v: name for name, vs in news_facts.classes("mishap_verbs").items()
                for v in vs if " " not in v}  # fmt: skip


def _happening(c: Cause) -> bool:
    """A cause that is itself a happening ("the flooding", "a fire", "after the engine
    room flooded"): a link of a chain. A verb of contact is a doing, not the happening
    its word may also name ("striking an object" is no strike)."""
    return c.cause in HAPPENING or any(w in HAPPENING for w in c.core - _CONTACT)


def effects_meet(a: Cause, b: Cause) -> bool:
    """Whether two causes are of one caused thing: one name, or the story's mishap and
    a named mishap, neither cause a happening itself."""
    if not a.effect or not b.effect:
        return False
    if a.effect == b.effect:
        return True
    if STORY_MISHAP not in (a.effect, b.effect):
        return False
    told, named = (a, b.effect) if a.effect == STORY_MISHAP else (b, a.effect)
    if named not in _NAMED or _happening(a) or _happening(b) or _broad(told):
        return False
    return _MISHAP_ACTS.get(told.act) != named  # "the building collapsed": the collapse


def _broad(c: Cause) -> bool:
    """A fault told only in broad words ("a computer failure", "an equipment fault"): the
    mishap itself told broadly, no rival of what caused the named mishap."""
    return c.cause in BROAD_CAUSES and all(w in BROAD_CAUSES for w in c.core)


def effect_keys(c: Cause) -> set[str]:
    """The caused things a cause pairs claims by: its own, and the story's mishap for a
    named mishap's cause that is no happening itself."""
    if not c.effect:
        return set()
    if c.effect in _NAMED and not _happening(c):
        return {c.effect, STORY_MISHAP}
    return {c.effect}

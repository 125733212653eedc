"""A vessel or vehicle striking a structure, told with any verb of contact: "hit the
bridge", "struck the Kessing Bridge", "smashed into the bridge", "ploughed into the pier"
and "the collision happened" tell one crash, so their times and places compare.

A verb of contact (``contact_verbs``) is a crash when what it strikes
(``struck.targets``: its object, its passive subject, or the object of "into", "against"
or "with") is a structure or vehicle (``struck_things``) and its active subject is no
weapon or happening (``contact_non_crash_subjects`` and the nouns of ``same_happening``):
"a missile hit the building" is an attack, "the storm struck the pier" the storm's
doing, "hit a record" no crash at all.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.struck import targets

__all__ = ["CRASH", "contact_class"]

CRASH = "crash"
_VERBS = news_facts.words("contact_verbs")
_THINGS = news_facts.words("struck_things")
_NOT_VEHICLES = news_facts.words("contact_non_crash_subjects") | frozenset(
    w for ws in news_facts.classes("same_happening").values() for w in ws)


def contact_class(tok, lemma: str) -> str | None:
    """CRASH for a vessel or vehicle striking a structure or another vehicle, else None."""
    if lemma not in _VERBS:
        return None
    if not any(t.lemma_.lower() in _THINGS for t in targets(tok)):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _NOT_VEHICLES:
        return None
    return CRASH

"""Instructions, not reports: "Do not use water from the tap to make up baby formula",
"Boil all water used for drinking", "Never leave children alone near the water".

An imperative tells readers what to do; it says nothing about what did or did not
happen, so "do not use the tap water" is no denial that parents used boiled water. An
imperative is a bare verb (tag VB) at the root of its sentence or opening it, or joined
to one, with no subject of its own and no auxiliary but "do" ("do not", "don't").
"""

from __future__ import annotations

__all__ = ["imperative"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _opens(tok) -> bool:
    """Nothing but "do", "not", "never", "please" before it: "Never use the bridge, the
    council said" opens with its verb though the parse hangs it on "said"."""
    return all(w.dep_ in ("aux", "neg", "advmod", "intj", "punct")
               for w in tok.doc[tok.sent.start : tok.i])  # fmt: skip


def _bare_root(tok) -> bool:
    return tok.tag_ == "VB" and (tok.dep_ == "ROOT" or _opens(tok)) and not any(
        c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do"
        for c in tok.children)  # fmt: skip


def imperative(tok) -> bool:
    """Whether the event verb ``tok`` is told as an instruction (see module)."""
    verb = tok
    while verb.dep_ == "conj" and verb.head is not verb and verb.tag_ == "VB":
        verb = verb.head  # "boil the water and let it cool": both instructions
    return _bare_root(verb) and not any(c.dep_ in _SUBJECTS for c in tok.children)

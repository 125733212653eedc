"""Names of one document: what lets two claims naming different places (or organisations)
still tell one story.

A road, a gate, a hospital or a suburb is named in an article beside its town: "the stop on
Carrow Road" in one source and "a bus in Brackenford" in another differ as names, yet the
article that names the road names the town too. A claim whose own document names the other
claim's place (or organisation) is about the same story as that claim; two stories in one
folder rarely name each other's places.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping

from consistency.structured.frames import Frame

KINDS = ("place", "org")  # a different person is a different story's person, even in one article


def names_by_document(frames: Mapping[str, Frame], doc_of: Mapping[str, str],
                      canonical: Callable[[str], str]) -> dict[str, frozenset[str]]:  # fmt: skip
    """Each document's canonical place and organisation names, by document id."""
    out: dict[str, set[str]] = defaultdict(set)
    for cid, f in frames.items():
        names = (*f.locations, *f.places, *f.orgs)
        out[doc_of.get(cid, "")].update(canonical(n) for n in names if n[:1].isupper())
    return {d: frozenset(ns) for d, ns in out.items() if d}


def told_beside(a: Frame, b: Frame, xs: set[str], ys: set[str], aliases) -> bool:
    """Whether ``b``'s document names one of ``a``'s names ``xs`` or ``a``'s document one
    of ``b``'s ``ys``: the other name is a place (or body) of the same story."""
    doc_a, doc_b = aliases.doc_of.get(a.claim_id), aliases.doc_of.get(b.claim_id)
    if doc_a is None or doc_b is None:
        return False
    named = aliases.doc_names
    return bool(xs & named.get(doc_b, frozenset()) or ys & named.get(doc_a, frozenset()))

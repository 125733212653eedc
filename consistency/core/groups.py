"""Disjoint sets (union-find) over string keys, for splits that must keep linked items
together: NLI pairs that share a premise or a hypothesis, news bodies shared by headlines.
"""

from __future__ import annotations


class DisjointSets:
    """Union-find with path halving; each set is named by its smallest member."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def roots(self) -> dict[str, str]:
        """Every key seen so far -> the name of its set."""
        return {key: self.find(key) for key in list(self.parent)}

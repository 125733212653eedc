"""Verdict records: a reviewer's verdict on one finding and the snapshot of that finding.

Shared by the SQLite store (:mod:`consistency.review.store`) and the export/import files
(:mod:`consistency.review.verdict_files`), which therefore need not import each other.
A snapshot is built here only: from a finding, or from the flat column values both the
store and the files hold (:meth:`Snapshot.from_values` / :meth:`Snapshot.values`).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

from consistency.core.types import Finding, Signal

__all__ = ["FIELDS", "VERDICTS", "ReviewStoreError", "Snapshot", "VerdictRecord", "record_values"]

VERDICTS = ("confirmed", "rejected")
# The columns of a verdict, in the store and in an export.
FIELDS = ("finding_id", "verdict", "note", "time", "kind", "score", "signals", "text_a", "text_b",
          "doc_a", "doc_b")  # fmt: skip


class ReviewStoreError(Exception):
    """The store file cannot be used (not ours, corrupted, locked); names the file."""


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """What a finding looked like when it was judged: enough for ``tune`` on its own.

    ``signals`` holds one Signal per signal kind (explanation left empty); the NLI
    contradiction probability is always included as the ``nli`` signal.
    """

    kind: str
    score: float
    signals: tuple[Signal, ...] = ()
    text_a: str = ""
    text_b: str = ""
    doc_a: str = ""
    doc_b: str = ""

    @classmethod
    def from_scores(
        cls, kind: str, score: float, scores: Mapping[str, float], *texts: str
    ) -> Snapshot:
        """A snapshot from signal name -> score; ``texts`` are text_a, text_b, doc_a, doc_b."""
        signals = tuple(Signal(str(k), float(v), "") for k, v in sorted(scores.items()))
        return cls(kind, float(score), signals, *texts)

    @classmethod
    def from_finding(cls, finding: Finding) -> Snapshot:
        scores = {s.kind: s.score for s in finding.signals}
        scores.setdefault("nli", (finding.ab.contradiction + finding.ba.contradiction) / 2)
        return cls.from_scores(finding.kind, finding.score, scores, finding.a.text,
                               finding.b.text, finding.a.doc_id, finding.b.doc_id)  # fmt: skip

    @classmethod
    def from_values(cls, kind: object, score: object, signals: object, *texts: object) -> Snapshot:
        """A snapshot from its column values (see :meth:`values`); ``signals`` may be the
        JSON text of the store or an already parsed mapping. Raises ValueError/TypeError."""
        parsed = json.loads(signals) if isinstance(signals, str) and signals else signals or {}
        if not isinstance(parsed, Mapping):
            raise ValueError("signals must be a mapping of signal name to score")
        return cls.from_scores(str(kind), float(score), parsed,  # type: ignore[arg-type]
                               *(str(t or "") for t in texts))  # fmt: skip

    def values(self) -> tuple[object, ...]:
        """The snapshot's column values (kind .. doc_b), signals as JSON text."""
        signals = json.dumps({s.kind: s.score for s in self.signals}, sort_keys=True)
        return (self.kind, self.score, signals, self.text_a, self.text_b, self.doc_a, self.doc_b)

    def signal(self, name: str) -> float:
        """Score of one signal; 0.0 when it did not fire for this finding."""
        return next((s.score for s in self.signals if s.kind == name), 0.0)


@dataclasses.dataclass(frozen=True)
class VerdictRecord:
    """One stored verdict. ``time`` is ISO 8601 UTC; ``snapshot`` None if never known."""

    finding_id: str
    verdict: str
    note: str | None
    time: str
    snapshot: Snapshot | None = None


def record_values(rec: VerdictRecord) -> tuple[object, ...]:
    """A record's values in :data:`FIELDS` order (snapshot columns None when unknown)."""
    snap = rec.snapshot.values() if rec.snapshot is not None else (None,) * 7
    return (rec.finding_id, rec.verdict, rec.note, rec.time, *snap)

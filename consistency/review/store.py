"""The review store: a reviewer's verdicts on findings, kept across runs in one SQLite file.

Verdicts are keyed on the findings' stable ids, so a verdict given on one run applies to
the same pair on every later run. Each verdict row carries a snapshot of the finding
(kind, scores, texts) so ``consistency tune`` still works after the finding stops
appearing. Every write is one short ``BEGIN IMMEDIATE`` transaction: a verdict is on disk
as soon as the call returns, two processes can write at once (the busy timeout makes one
wait for the other), and a writer killed midway leaves the previous store intact.

The verdict records themselves live in :mod:`consistency.review.records`, their files in
:mod:`consistency.review.verdict_files`; both are re-exported here.

A file that is not ours (another program's SQLite database, or not SQLite at all) is
refused with a clear error and never written to.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from consistency.core.types import Finding
from consistency.review.records import (
    FIELDS,
    VERDICTS,
    ReviewStoreError,
    Snapshot,
    VerdictRecord,
    record_values,
)
from consistency.review.verdict_files import export_records, read_records

if TYPE_CHECKING:
    from consistency.core.config import Config

log = logging.getLogger(__name__)

__all__ = [
    "FIELDS", "VERDICTS", "ImportResult", "ReviewStore", "ReviewStoreError", "Snapshot",
    "VerdictRecord", "annotate_findings",
]  # fmt: skip

APPLICATION_ID = 0x43525653  # "CRVS": marks the file as a consistency review store
SCHEMA_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"
_TABLES = {"meta", "verdicts", "seen"}
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE verdicts (
    finding_id TEXT PRIMARY KEY,
    verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
    note TEXT,
    time TEXT NOT NULL,
    kind TEXT, score REAL, signals TEXT,
    text_a TEXT, text_b TEXT, doc_a TEXT, doc_b TEXT
);
CREATE TABLE seen (finding_id TEXT PRIMARY KEY, first_seen TEXT NOT NULL);
"""
_COLUMNS = ", ".join(FIELDS)


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What ``import_`` did: rows read, rows that changed the store, rows kept as they were."""

    rows: int
    written: int
    kept: int


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _check_existing(path: Path) -> None:
    """Refuse a file that is not our store, reading it only (never writing to it)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise ReviewStoreError(f"{path}: cannot read review store ({exc.strerror})") from exc
    if head != _SQLITE_MAGIC:
        raise ReviewStoreError(f"{path}: not a consistency review store (not an SQLite file)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        msg = f"{path}: not a consistency review store (corrupted: {exc})"
        raise ReviewStoreError(msg) from exc
    if app_id != APPLICATION_ID:
        if app_id == 0 and not tables:
            return  # an empty database, e.g. one a concurrent process is creating
        found = ", ".join(sorted(tables)) or "no tables"
        raise ReviewStoreError(
            f"{path}: not a consistency review store (another SQLite database: {found})"
        )
    if version > SCHEMA_VERSION:
        raise ReviewStoreError(
            f"{path}: not a consistency review store this version can read "
            f"(schema {version}, newer than {SCHEMA_VERSION}); upgrade consistency"
        )
    if not tables >= _TABLES:
        raise ReviewStoreError(f"{path}: not a consistency review store (tables missing)")


class ReviewStore:
    """Verdicts and seen-finding ids in one SQLite file (created on first use)."""

    def __init__(self, path: str | Path, busy_timeout: float = 10.0) -> None:
        self.path = Path(path)
        # An empty file has nothing to lose (and may be a store another process is creating).
        if self.path.exists() and self.path.stat().st_size > 0:
            _check_existing(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"{self.path}: cannot open review store ({exc})") from exc
        try:
            self._initialise()
        except BaseException:
            self._conn.close()
            raise

    def _initialise(self) -> None:
        with self._write() as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id == 0:
                if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise ReviewStoreError(f"{self.path}: not a consistency review store")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute("INSERT INTO meta VALUES ('app', 'consistency review store')")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                log.info("created review store %s", self.path)
        try:
            self._conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"{self.path}: cannot use review store ({exc})") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction: all of it lands, or none of it does."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"{self.path}: cannot write review store ({exc})") from exc
        try:
            yield self._conn
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                msg = f"{self.path}: cannot write review store ({exc})"
                raise ReviewStoreError(msg) from exc
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"{self.path}: cannot save to review store ({exc})") from exc

    def _read(self, sql: str, args: Sequence[object] = ()) -> list[tuple[object, ...]]:
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise ReviewStoreError(f"{self.path}: cannot read review store ({exc})") from exc

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- verdicts ---------------------------------------------------------------------

    def set_verdict(
        self,
        finding_id: str,
        verdict: str,
        note: str | None = None,
        snapshot: Snapshot | None = None,
        time: str | None = None,
    ) -> VerdictRecord:
        """Save a verdict at once. ``note=None`` keeps an earlier note, ``""`` clears it;
        ``snapshot=None`` keeps an earlier snapshot."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be confirmed or rejected, not {verdict!r}")
        with self._write() as conn:
            _upsert(conn, VerdictRecord(finding_id, verdict, note, time or now_iso(), snapshot))
        record = self.get(finding_id)
        assert record is not None
        return record

    def set_note(self, finding_id: str, note: str) -> bool:
        """Change the note of a finding that has a verdict; False when it has none."""
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE verdicts SET note = ? WHERE finding_id = ?", (note or None, finding_id)
            )
        return cur.rowcount > 0

    def get(self, finding_id: str) -> VerdictRecord | None:
        rows = self._read(f"SELECT {_COLUMNS} FROM verdicts WHERE finding_id = ?", (finding_id,))
        return _record(rows[0]) if rows else None

    def verdicts(self) -> tuple[VerdictRecord, ...]:
        """Every verdict, oldest first."""
        rows = self._read(f"SELECT {_COLUMNS} FROM verdicts ORDER BY time, finding_id")
        return tuple(_record(r) for r in rows)

    # -- runs -------------------------------------------------------------------------

    def mark_seen(self, ids: Iterable[str]) -> None:
        """Remember that a check reported these findings, so later checks call them not new."""
        stamp = now_iso()
        with self._write() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO seen VALUES (?, ?)", ((i, stamp) for i in ids)
            )

    def seen(self) -> frozenset[str]:
        return frozenset(str(r[0]) for r in self._read("SELECT finding_id FROM seen"))

    def annotate(self, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        """Copies of ``findings`` with verdict and note from the store, and ``new`` set
        False when an earlier check saw the finding or it already has a verdict."""
        known = {r.finding_id: r for r in self.verdicts()}
        seen = self.seen()
        out = []
        for f in findings:
            rec = known.get(f.id)
            out.append(
                dataclasses.replace(
                    f,
                    verdict=rec.verdict if rec else None,
                    note=rec.note if rec else None,
                    new=f.id not in seen and rec is None,
                )
            )
        return tuple(out)

    def refresh_snapshots(self, findings: Sequence[Finding]) -> int:
        """Update the snapshots of judged findings to these (newer) scores, so ``tune``
        sees what the current scoring gives them. Returns how many were updated."""
        judged = {r.finding_id for r in self.verdicts()}
        todo = [f for f in findings if f.id in judged]
        with self._write() as conn:
            for f in todo:
                conn.execute(
                    "UPDATE verdicts SET kind=?, score=?, signals=?, text_a=?, text_b=?, "
                    "doc_a=?, doc_b=? WHERE finding_id=?",
                    (*Snapshot.from_finding(f).values(), f.id),
                )
        return len(todo)

    # -- exchange ---------------------------------------------------------------------

    def export(self, path: str | Path) -> int:
        """Write every verdict to ``path`` (.csv or .jsonl, atomically); returns the count."""
        records = self.verdicts()
        export_records(Path(path), records)
        return len(records)

    def import_(self, path: str | Path) -> ImportResult:
        """Merge verdicts from a .csv or .jsonl export: for an id in both, the later
        verdict wins. All rows land in one transaction, or none (a bad row names its line)."""
        records = read_records(Path(path))
        written = 0
        with self._write() as conn:
            for rec in records:
                row = conn.execute(
                    "SELECT time FROM verdicts WHERE finding_id = ?", (rec.finding_id,)
                ).fetchone()
                if row is None or str(row[0]) <= rec.time:
                    _upsert(conn, rec)
                    written += 1
        return ImportResult(rows=len(records), written=written, kept=len(records) - written)


def _upsert(conn: sqlite3.Connection, rec: VerdictRecord) -> None:
    keep = ("kind", "score", "signals", "text_a", "text_b", "doc_a", "doc_b")
    conn.execute(
        f"INSERT INTO verdicts ({_COLUMNS}) VALUES ({', '.join('?' * 11)}) "
        "ON CONFLICT(finding_id) DO UPDATE SET verdict=excluded.verdict, time=excluded.time, "
        "note=CASE WHEN excluded.note IS NULL THEN verdicts.note "
        "ELSE NULLIF(excluded.note, '') END, "
        + ", ".join(f"{c}=COALESCE(excluded.{c}, verdicts.{c})" for c in keep),
        record_values(rec),
    )


def _record(row: tuple[object, ...]) -> VerdictRecord:
    fid, verdict, note, time, kind, score, signals, ta, tb, da, db = row
    snap = None
    if kind is not None and score is not None:
        snap = Snapshot.from_values(kind, score, signals, ta, tb, da, db)
    return VerdictRecord(str(fid), str(verdict), str(note) if note else None, str(time), snap)


def located(config: Config, report_dir: str | Path) -> Config:
    """The config with ``review.store`` set: empty means ``<report_dir>/reviews.sqlite``,
    so the verdicts stay with the report whatever folder a command runs from."""
    if config.review.store:
        return config
    review = config.review.model_copy(update={"store": str(Path(report_dir) / "reviews.sqlite")})
    return config.model_copy(update={"review": review})


def annotate_findings(findings: Sequence[Finding], config: Config) -> tuple[Finding, ...]:
    """For ``check``: findings with stored verdicts/notes and ``new`` set, then remembered
    as seen. Creates the store (config.review.store) when it does not exist yet."""
    with ReviewStore(config.review.store, busy_timeout=config.review.busy_timeout_s) as store:
        annotated = store.annotate(findings)
        store.refresh_snapshots(findings)
        store.mark_seen(f.id for f in findings)
    return annotated

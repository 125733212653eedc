"""Verdict files: the CSV and JSON Lines forms of the review store, for export/import.

Both carry the store's columns (:data:`consistency.review.records.FIELDS`); in CSV the per-signal
scores are one JSON object in the ``signals`` column. Reading checks every row before
anything is imported, and a bad row is reported with its line number.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from consistency.core.ids import atomic_write_text, jsonl_objects
from consistency.review.records import (
    FIELDS,
    VERDICTS,
    ReviewStoreError,
    Snapshot,
    VerdictRecord,
    record_values,
)


def export_records(path: Path, records: Sequence[VerdictRecord]) -> None:
    """Write verdicts as CSV or JSON Lines (chosen by suffix), atomically."""
    rows = [record_values(rec) for rec in records]
    if path.suffix.lower() == ".jsonl":
        signals = FIELDS.index("signals")
        objs = [dict(zip(FIELDS, r, strict=True)) for r in rows]
        for obj, row in zip(objs, rows, strict=True):
            obj["signals"] = json.loads(str(row[signals])) if row[signals] else None
        text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    elif path.suffix.lower() == ".csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerows([FIELDS, *rows])
        text = buf.getvalue()
    else:
        raise ReviewStoreError(f"{path}: export to a .csv or .jsonl file")
    atomic_write_text(path, text)


def read_records(path: Path) -> list[VerdictRecord]:
    """Parse a .csv or .jsonl export; a bad row raises ReviewStoreError naming its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReviewStoreError(f"{path}: cannot read ({exc})") from exc
    rows: list[tuple[int, dict[str, object]]] = []
    if path.suffix.lower() == ".jsonl":
        try:
            rows.extend(jsonl_objects(text, str(path)))
        except ValueError as exc:
            raise ReviewStoreError(str(exc)) from exc
    elif path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = {"finding_id", "verdict"} - set(reader.fieldnames or ())
        if missing:
            raise ReviewStoreError(f"{path}:1: header lacks {', '.join(sorted(missing))}")
        rows.extend((reader.line_num, dict(row)) for row in reader)
    else:
        raise ReviewStoreError(f"{path}: import from a .csv or .jsonl file")
    out = []
    for n, row in rows:
        try:
            out.append(_parse_row(row))
        except (ValueError, TypeError) as exc:
            raise ReviewStoreError(f"{path}:{n}: {exc}") from exc
    return out


def _parse_row(row: dict[str, object]) -> VerdictRecord:
    def text(key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value)

    fid, verdict = text("finding_id").strip(), text("verdict").strip()
    if not fid:
        raise ValueError("finding_id is empty")
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be confirmed or rejected, not {verdict!r}")
    stamp = datetime.fromisoformat(text("time")) if text("time") else datetime.now(timezone.utc)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    snap = None
    if text("score"):
        snap = Snapshot.from_values(text("kind") or "unknown", text("score"), row.get("signals"),
                                    *(text(k) for k in ("text_a", "text_b", "doc_a", "doc_b")))
    when = stamp.astimezone(timezone.utc).isoformat(timespec="seconds")
    return VerdictRecord(fid, verdict, text("note") or None, when, snap)

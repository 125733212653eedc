"""The review store: verdicts survive re-runs, foreign files are refused untouched,
writes are atomic and concurrent writers all land."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from consistency.core.config import load_config
from consistency.core.types import Claim, Finding, NLIScores, Signal
from consistency.review.store import ReviewStore, ReviewStoreError, Snapshot, annotate_findings

ROOT = Path(__file__).resolve().parent.parent


def finding(fid: str, score: float = 0.7, **signals: float) -> Finding:
    a = Claim("ca", "doc-a", f"text a {fid}", f"text a {fid}", 0, 10, 0)
    b = Claim("cb", "doc-b", f"text b {fid}", f"text b {fid}", 0, 10, 0)
    return Finding(
        id=fid,
        kind="location",
        score=score,
        explanation="x",
        similarity=0.6,
        ab=NLIScores(0.1, 0.2, 0.7),
        ba=NLIScores(0.1, 0.3, 0.6),
        a=a,
        b=b,
        signals=tuple(Signal(k, v, "") for k, v in signals.items()),
    )


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    with ReviewStore(tmp_path / "reviews.sqlite") as s:
        yield s


def test_verdicts_survive_reannotation_and_extra_findings(store: ReviewStore) -> None:
    first = [finding("aaaa000000000001"), finding("aaaa000000000002")]
    store.mark_seen(f.id for f in store.annotate(first))
    store.set_verdict(first[0].id, "confirmed", "right", Snapshot.from_finding(first[0]))
    again = store.annotate(first)
    assert [(f.verdict, f.note, f.new) for f in again] == [
        ("confirmed", "right", False),
        (None, None, False),
    ]
    later = [finding("bbbb000000000003"), *first]
    marked = {f.id: f for f in store.annotate(later)}
    assert marked["aaaa000000000001"].verdict == "confirmed"
    assert marked["bbbb000000000003"].new and marked["bbbb000000000003"].verdict is None
    assert not marked["aaaa000000000002"].new


def test_verdict_update_keeps_note_and_snapshot(store: ReviewStore) -> None:
    f = finding("cccc000000000001", 0.8, location=1.0)
    store.set_verdict(f.id, "confirmed", "note 1", Snapshot.from_finding(f))
    rec = store.set_verdict(f.id, "rejected")
    assert (rec.verdict, rec.note) == ("rejected", "note 1")
    assert rec.snapshot is not None and rec.snapshot.score == 0.8
    assert rec.snapshot.signal("location") == 1.0
    assert rec.snapshot.signal("nli") == pytest.approx(0.65)
    assert store.set_verdict(f.id, "rejected", "").note is None
    with pytest.raises(ValueError):
        store.set_verdict(f.id, "maybe")


def test_annotate_findings_creates_store_and_marks_seen(tmp_path: Path) -> None:
    cfg = load_config(None, [f"review.store={tmp_path / 'sub' / 'r.sqlite'}"])
    fs = [finding("dddd000000000001")]
    assert annotate_findings(fs, cfg)[0].new
    assert not annotate_findings(fs, cfg)[0].new


@pytest.mark.parametrize(
    "content", [b"hello, not a database\n" * 10, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_corrupted_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "reviews.sqlite"
    path.write_bytes(content)
    with pytest.raises(ReviewStoreError, match="not a consistency review store"):
        ReviewStore(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reviews.sqlite"]


def test_damaged_store_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "reviews.sqlite"
    with ReviewStore(path) as s:
        s.set_verdict("eeee000000000001", "confirmed")
    data = bytearray(path.read_bytes())
    data[100:] = b"\x17" * (len(data) - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(ReviewStoreError, match="not a consistency review store"):
        ReviewStore(path)
    assert path.read_bytes() == bytes(data)


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE verdicts (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ReviewStoreError, match=r"other.db: not a consistency review store \("):
        ReviewStore(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    ReviewStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ReviewStoreError, match="newer"):
        ReviewStore(path)


def test_exception_inside_transaction_leaves_store_intact(store: ReviewStore) -> None:
    store.set_verdict("ffff000000000001", "confirmed")
    with pytest.raises(RuntimeError), store._write() as conn:
        conn.execute("UPDATE verdicts SET verdict = 'rejected'")
        conn.execute("INSERT INTO seen VALUES ('x', 't')")
        raise RuntimeError("interrupted")
    assert [r.verdict for r in store.verdicts()] == ["confirmed"]
    assert store.seen() == frozenset()


KILLED_WRITER = """
import sys, time
from consistency.review.store import ReviewStore
store = ReviewStore(sys.argv[1])
with store._write() as conn:
    conn.execute("UPDATE verdicts SET verdict = 'rejected'")
    for i in range(2000):
        conn.execute("INSERT INTO verdicts (finding_id, verdict, time) "
                     "VALUES (?, 'confirmed', 't')", (f"killed{i}",))
    print("inside", flush=True)
    time.sleep(60)
"""


def test_killed_writer_leaves_previous_store_intact(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    with ReviewStore(path) as s:
        s.set_verdict("abab000000000001", "confirmed", "kept")
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "inside"
    proc.kill()
    proc.wait()
    with ReviewStore(path) as s:
        assert [(r.finding_id, r.verdict, r.note) for r in s.verdicts()] == [
            ("abab000000000001", "confirmed", "kept")
        ]
        s.set_verdict("abab000000000002", "rejected")  # and it is still writable
        assert len(s.verdicts()) == 2


WRITER = """
import sys
from consistency.review.store import ReviewStore
with ReviewStore(sys.argv[1], busy_timeout=30) as store:
    for i in range(int(sys.argv[3])):
        store.set_verdict(f"{sys.argv[2]}{i:012d}", "confirmed" if i % 2 else "rejected")
"""


def test_concurrent_writers_all_land(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    ReviewStore(path).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), prefix, "50"], cwd=ROOT)
        for prefix in ("aaaa", "bbbb")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with ReviewStore(path) as s:
        ids = {r.finding_id for r in s.verdicts()}
    assert len(ids) == 100


def test_hundred_verdicts_all_land(store: ReviewStore) -> None:
    for i in range(100):
        store.set_verdict(f"{i:016x}", "confirmed" if i % 2 else "rejected")
    got = {v.finding_id: v.verdict for v in store.verdicts()}
    assert len(got) == 100 and got["0000000000000063"] == "confirmed"
    assert got["0000000000000000"] == "rejected"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_export_import_round_trip(tmp_path: Path, suffix: str) -> None:
    with ReviewStore(tmp_path / "a.sqlite") as a:
        f = finding("1234000000000001", 0.9, location=1.0, nli=0.8)
        a.set_verdict(
            f.id, "confirmed", 'a "quoted", note\nwith a newline', Snapshot.from_finding(f)
        )
        a.set_verdict("1234000000000002", "rejected")
        assert a.export(tmp_path / f"v{suffix}") == 2
        expected = a.verdicts()
    with ReviewStore(tmp_path / "b.sqlite") as b:
        result = b.import_(tmp_path / f"v{suffix}")
        assert (result.rows, result.written) == (2, 2)
        assert b.verdicts() == expected
        assert b.import_(tmp_path / f"v{suffix}").written == 2  # same times: idempotent
        assert b.verdicts() == expected


def test_import_keeps_later_verdict(tmp_path: Path) -> None:
    path = tmp_path / "v.jsonl"
    path.write_text('{"finding_id": "f1", "verdict": "rejected", "time": "2020-01-01T00:00:00"}\n')
    with ReviewStore(tmp_path / "r.sqlite") as s:
        s.set_verdict("f1", "confirmed")
        assert s.import_(path).kept == 1
        assert s.get("f1").verdict == "confirmed"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("suffix", "text", "line"),
    [
        (".csv", "finding_id,verdict\nok1,confirmed\nok2,maybe\n", 3),
        (".jsonl", '{"finding_id": "ok1", "verdict": "confirmed"}\n\n{"finding_id": "ok2"\n', 3),
        (".jsonl", '{"finding_id": "ok1", "verdict": "confirmed", "score": "high"}\n', 1),
    ],
)
def test_import_bad_row_names_line_and_imports_nothing(
    tmp_path: Path, suffix: str, text: str, line: int
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(text)
    with ReviewStore(tmp_path / "r.sqlite") as s:
        with pytest.raises(ReviewStoreError, match=rf"bad{suffix}:{line}: "):
            s.import_(path)
        assert s.verdicts() == ()

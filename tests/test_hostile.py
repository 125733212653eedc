"""Hostile input, one regression test per case of issue 11: a bad file never stops a run,
nothing in a folder can run code, reports cannot be injected, tracebacks become messages."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from rich.console import Console
from typer import Typer
from typer.testing import CliRunner

from consistency.cli.review import register
from consistency.core.cache import Cache
from consistency.core.config import CacheConfig, ConfigError, ReportConfig, load_config
from consistency.core.escape import escape_html, escape_md
from consistency.core.ids import dedupe_findings, jsonl_objects, parse_json
from consistency.core.types import IngestProblem
from consistency.nli.jsonl import InputError, read_pairs
from consistency.review.interactive import ReviewError, load_report, review
from consistency.review.store import ReviewStore, ReviewStoreError
from consistency.review.verdict_files import read_records
from consistency.stages import clean as clean_mod
from consistency.stages.claims import extract_claims
from consistency.stages.ingest import ingest
from consistency.stages.report import to_markdown, write_report
from consistency.structured import frames as frames_mod
from consistency.structured.timeanchor import find_times
from tests.builders import make_finding, make_result
from tests.conftest import SEEDS
from tests.helpers import make_article, make_claim
from tests.test_report import A, B

ROOT = Path(__file__).resolve().parent.parent
BODY = (SEEDS / "000_cf1f51d472eec2f3.txt").read_text(encoding="utf-8")
GOOD = "Blinken met Lavrov in Geneva on Friday to discuss the crisis over Ukraine at length.\n"


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def _problems(result) -> dict[str, str]:
    return {Path(p.path).name: p.problem for p in result.problems}


# -- ingest: one bad file is a named problem, the others are read ----------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "not usable JSON"),
    ],
    ids=["deep-array", "5000-digit-number"],
)
def test_hostile_json_is_a_problem(tmp_path, config, content, problem) -> None:
    result = ingest([_folder(tmp_path, {"bad.json": content})], config)
    assert _problems(result)["bad.json"].startswith(problem)
    assert [Path(a.path).name for a in result.articles] == ["good.txt"]


def test_lone_surrogate_escape_is_replaced(tmp_path, config) -> None:
    text = GOOD.strip().replace("Friday", "Friday \\ud800")
    result = ingest([_folder(tmp_path, {"s.json": '{"text": "' + text + '"}'})], config)
    (art,) = [a for a in result.articles if a.path.endswith("s.json")]
    assert "\ufffd" in art.text and not result.problems
    art.text.encode("utf-8")  # writable as UTF-8


def test_symlink_loop_dev_zero_and_fifo_are_problems(tmp_path, config) -> None:
    folder = _folder(tmp_path, {})
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.mkfifo(folder / "fifo.txt")  # a read would block forever: it must not be opened
    problems = _problems(ingest([folder], config))
    assert problems["loop.txt"].startswith("cannot read")
    assert problems["zero.txt"] == problems["fifo.txt"] == (
        "not a regular file (a FIFO, device or socket)"
    )


def test_never_reads_more_than_the_limit(tmp_path, config, monkeypatch) -> None:
    """A file that grows after stat (or lies about its size) is cut at limit + 1 byte."""
    folder = _folder(tmp_path, {"big.txt": GOOD * 100})
    real_read = os.read
    asked: list[int] = []

    def read(fd, n):
        asked.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", read)
    cfg = load_config(overrides=["ingest.max_file_mb=0.001"])
    assert _problems(ingest([folder], cfg))["big.txt"].startswith("too big")
    assert all(n <= int(0.001 * 1024 * 1024) + 1 for n in asked)


@pytest.mark.parametrize(
    "front",
    ["date: 2022-02-30", "date: 0000-01-01", "published: 99999-01-01", "date: 0001-01-01"],
    ids=["feb-30", "year-0000", "year-99999", "year-0001"],
)
def test_impossible_or_absurd_dates_are_ignored(tmp_path, config, front) -> None:
    result = ingest([_folder(tmp_path, {"a.md": f"---\n{front}\ntitle: T\n---\n{BODY}"})], config)
    (art,) = [a for a in result.articles if a.path.endswith("a.md")]
    assert art.published is None and not result.problems


def test_yaml_alias_bomb_in_front_matter_is_not_expanded(tmp_path, config) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append("title: *i")  # str() of this would build 9**9 strings
    result = ingest([_folder(tmp_path, {"a.md": "---\n" + "\n".join(lines) + "\n---\n" + BODY})],
                    config)
    (art,) = [a for a in result.articles if a.path.endswith("a.md")]
    assert art.title != "lol" and len(art.title or "") < 200


def test_report_and_cache_folders_are_never_ingested(tmp_path, config) -> None:
    folder = _folder(tmp_path, {})
    (folder / "out").mkdir()
    (folder / "out" / "report.md").write_text(BODY)
    (folder / "cache").mkdir()
    (folder / "cache" / "x.txt").write_text(BODY)
    result = ingest([folder], config, exclude=[folder / "out", folder / "cache"])
    assert [Path(a.path).name for a in result.articles] == ["good.txt"]
    assert ingest([folder / "out"], config, exclude=[folder / "out"]).articles == ()


# -- cleaning: linear time on hostile lines ---------------------------------------------------


def test_long_line_is_cut_into_spacy_sized_pieces(config) -> None:
    text = "x" * 2_000_000 + ". " + "word " * 400_000
    spans = clean_mod.clean(text, config.clean)
    assert all(s.end - s.start <= clean_mod._MAX_PARAGRAPH_CHARS for s in spans)
    assert sum(s.end - s.start for s in spans) < 20_000  # pieces with no sentence end dropped


def test_sentence_end_without_regex_matches_the_old_rule() -> None:
    for text, ends in [("He said.", True), ('He said "no."', True), ("He said no", False),
                       ("x”", True), ("(see above)", False), ("done.)]", True), ("", False),
                       ("it's'", False), ("a: ", False), ("a:", True)]:
        assert clean_mod._ends_sentence(text) is ends, text


_LINEAR = """
import sys
from consistency.core.config import load_config
from consistency.stages.clean import clean
cfg = load_config().clean
for text in ("Photo " * 60_000, "X" + " " * 1_000_000 + "y.", '"' * 1_000_000,
             "Read more " * 100_000, ">" * 1_000_000 + " x", "a" * 2_000_000):
    for t in (text, "Lead sentence here, fine.\\n" + text + "\\nShare this:"):
        clean(t, cfg)
print("done")
"""


def test_hostile_lines_clean_in_linear_time() -> None:
    """Each input took minutes with the backtracking patterns; linear code takes ~1 s.

    The timeout is generous (a loaded machine) but far below the quadratic run time.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _LINEAR], env=env, capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip() == "done"


# -- claims, frames, time anchoring: one bad document is skipped, not fatal -----------------


class _BadDocNlp:
    """The real spaCy pipeline, except that any text with BOOM in it raises."""

    def __init__(self, nlp):
        self.nlp = nlp

    def pipe(self, texts, **kwargs):
        for item in self.nlp.pipe(texts, **kwargs):
            doc = item[0] if isinstance(item, tuple) else item
            if "BOOM" in doc.text:
                raise ValueError("boom")
            yield item


def test_claims_failure_on_one_document_is_a_named_problem(nlp, config) -> None:
    good = make_article(GOOD, "good.txt")
    bad = make_article("The BOOM came when the minister met the envoy in Paris.", "bad.txt")
    after = make_article(GOOD.replace("Geneva", "Vienna"), "after.txt")
    failed: dict[str, IngestProblem] = {}
    seen: list[str] = []
    claims = extract_claims([good, bad, after], _BadDocNlp(nlp), config.claims,
                            lambda a: seen.append(a.path), failed=failed).claims
    assert {c.doc_id for c in claims} == {good.id, after.id}
    assert list(failed) == [bad.id] and failed[bad.id].path == "bad.txt"
    assert "claims failed (ValueError: boom)" in failed[bad.id].problem
    assert seen == ["good.txt", "bad.txt", "after.txt"]
    with pytest.raises(ValueError):  # without `failed` the error is the caller's
        extract_claims([bad], _BadDocNlp(nlp), config.claims)


def test_frames_failure_on_one_document_is_a_named_problem(nlp, monkeypatch) -> None:
    a, b = make_article(GOOD, "a.txt"), make_article("He said BOOM in Paris today.", "b.txt")
    claims = [make_claim(GOOD.strip(), a.id), make_claim("He said BOOM in Paris today.", b.id)]
    real = frames_mod._frame

    def frame(claim, doc, anchor):
        if "BOOM" in claim.text:
            raise OverflowError("date value out of range")
        return real(claim, doc, anchor)

    monkeypatch.setattr(frames_mod, "_frame", frame)
    failed: dict[str, IngestProblem] = {}
    out = frames_mod.extract_frames(claims, {a.id: a, b.id: b}, nlp, failed=failed)
    assert set(out) == {claims[0].id} and list(failed) == [b.id]
    assert failed[b.id].problem.startswith("frames failed (OverflowError")


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The talks resumed in March 0000 after a pause.", date(2022, 1, 7)),
        ("They meet again tomorrow and next month.", date(9999, 12, 31)),
        ("It happened last Friday, yesterday and last month.", date(1, 1, 1)),
        ("Signed on Feb 30, 2022 in Geneva.", None),
    ],
)
def test_impossible_times_stay_unresolved(text, anchor) -> None:
    times = find_times(text, anchor)
    assert times and all(t.start is None or t.start.year in (2022, 9999) for t in times)


# -- the cache holds data only --------------------------------------------------------------


class _Exploit:
    def __reduce__(self):
        return (os.system, (f"touch {_Exploit.marker}",))

    marker = ""


def test_cache_never_unpickles(tmp_path) -> None:
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    art = make_article(GOOD, "a.txt")
    cache.claims([art], "s", lambda todo: [make_claim(GOOD.strip(), a.id) for a in todo])
    _Exploit.marker = str(tmp_path / "pwned")
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:
        db.execute("UPDATE blobs SET value = ?", (pickle.dumps(_Exploit()),))
    db.close()
    again = Cache(CacheConfig(dir=str(tmp_path)))
    claims = again.claims([art], "s", lambda todo: [make_claim("fresh.", a.id) for a in todo])
    assert [c.text for c in claims] == ["fresh."]  # unreadable entry: recomputed
    assert not (tmp_path / "pwned").exists()


def test_corrupt_or_foreign_cache_is_moved_aside(tmp_path, caplog) -> None:
    (tmp_path / "cache.sqlite").write_bytes(b"not a database at all" * 100)
    cache = Cache(CacheConfig(dir=str(tmp_path)))
    assert cache.claims([make_article(GOOD)], "s", lambda t: []) == []
    assert "moved to cache.sqlite.corrupt-" in caplog.text
    assert list(tmp_path.glob("cache.sqlite.corrupt-*"))
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    with sqlite3.connect(foreign / "cache.sqlite") as db:
        db.execute("CREATE TABLE blobs (a INTEGER, b INTEGER, c INTEGER)")
    db.close()
    cache = Cache(CacheConfig(dir=str(foreign)))
    assert cache.claims([make_article(GOOD)], "s", lambda t: []) == []
    assert list(foreign.glob("cache.sqlite.corrupt-*"))


# -- reports: escaped, deduplicated, written together ------------------------------------


HOSTILE = "evil\n# Heading\r| cell | <img src=x onerror=alert(1)><script>alert(1)</script> \u202e"


def test_markdown_escapes_every_interpolated_value() -> None:
    f = make_finding(A, B)
    evil_claim = dataclasses.replace(f.a, text=HOSTILE, context_before=HOSTILE)
    f = dataclasses.replace(f, a=evil_claim, explanation=HOSTILE, reasons=(HOSTILE,), note=HOSTILE)
    result = make_result((A, B), [f])
    art = dataclasses.replace(result.articles[0], path=HOSTILE, source=HOSTILE, title=HOSTILE)
    run = dataclasses.replace(result.run, skipped=(IngestProblem(HOSTILE, HOSTILE),))
    md = to_markdown(dataclasses.replace(result, articles=(art, result.articles[1]), run=run),
                     ReportConfig())
    assert "<img" not in md and "<script" not in md and "\r" not in md and "\u202e" not in md
    assert not [line for line in md.splitlines() if line.startswith("# Heading")]
    for line in md.splitlines():
        if line.startswith("| `"):  # a documents row: 4 cells, i.e. 5 unescaped pipes
            assert line.replace("\\|", "").count("|") == 5, line


def test_escapers() -> None:
    assert escape_md("a|b\nc*d_<x>&") == "a\\|b c\\*d\\_&lt;x&gt;&amp;"
    assert escape_html('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"
    assert escape_md("\ud800") == "\ufffd"


def test_findings_deduplicated_by_id() -> None:
    f = make_finding(A, B)
    g = dataclasses.replace(f, score=0.1)
    assert dedupe_findings([f, g, f]) == [f]


def test_full_disk_replaces_neither_report_file(tmp_path, monkeypatch) -> None:
    write_report(make_result((A, B), [make_finding(A, B)]), tmp_path, ReportConfig())
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    import consistency.core.ids as ids

    real = ids.tempfile.mkstemp
    calls = []

    def mkstemp(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(ids.tempfile, "mkstemp", mkstemp)
    with pytest.raises(OSError):
        write_report(make_result((A, B), []), tmp_path, ReportConfig())
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temp left over


# -- config, review, nli predict: one-line errors --------------------------------------------


@pytest.mark.parametrize("override", ["ingest.max_file_mb=inf", "nli.contradiction_threshold=nan"])
def test_inf_and_nan_refused_in_config(override) -> None:
    with pytest.raises(ConfigError, match="finite"):
        load_config(overrides=[override])


@pytest.mark.parametrize(
    ("findings", "message"),
    [(["abc"], "finding 1 is malformed"), ([[1, 2]], "finding 1 is malformed"),
     ("abc", "'findings' is not a list")],
)
def test_review_of_report_with_non_mapping_findings(tmp_path, findings, message) -> None:
    (tmp_path / "report.yaml").write_text(
        yaml.safe_dump({"schema": "consistency-report/1", "findings": findings})
    )
    with pytest.raises(ReviewError, match=message):
        load_report(tmp_path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("far.csv", "finding_id,verdict,time\nabc,confirmed,9999-12-31T23:59:59-05:00\n",
         "far.csv:2: date value out of range"),
        ("deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n", "deep.jsonl:1: JSON nested too"),
        ("huge.csv", "finding_id,verdict,note\nabc,confirmed," + "x" * 200_000 + "\n",
         "huge.csv:2: not valid CSV"),
    ],
)
def test_review_import_of_hostile_files_is_one_line(tmp_path, name, content, message) -> None:
    (tmp_path / name).write_text(content)
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"review:\n  store: {tmp_path / 'reviews.sqlite'}\n")
    app = Typer()
    register(app)
    args = ["review", "--import", str(tmp_path / name), "--config", str(cfg)]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 1
    assert message in res.output and "Traceback" not in res.output
    with pytest.raises(ReviewStoreError, match=message.split(": ", 1)[1]):
        read_records(tmp_path / name)


@pytest.mark.parametrize(
    ("line", "message"),
    [('{"premise": "a", "hypothesis": "b", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
      "nested too deeply"),
     ('{"premise": "a \\ud800 b", "hypothesis": "c"}', "lone surrogate")],
)
def test_nli_predict_input_errors_are_one_line(tmp_path, line, message) -> None:
    (tmp_path / "in.jsonl").write_text(line + "\n")
    with pytest.raises(InputError, match=f"in.jsonl:1: .*{message}"):
        read_pairs(tmp_path / "in.jsonl")


def test_jsonl_lines_end_only_at_newline() -> None:
    text = json.dumps({"premise": "a\u2028b", "hypothesis": "c"}, ensure_ascii=False)
    assert jsonl_objects(text + "\n", "x") == [(1, {"premise": "a\u2028b", "hypothesis": "c"})]
    with pytest.raises(ValueError, match="not usable JSON"):
        parse_json("9" * 5000)


def test_note_on_a_skipped_finding_is_not_lost(tmp_path) -> None:
    write_report(make_result((A, B), [make_finding(A, B)]), tmp_path / "r", ReportConfig())
    cfg = load_config(overrides=[f"review.store={tmp_path / 'store.sqlite'}"])
    keys = iter(["n", "check the date", "s", "c"])
    review(tmp_path / "r", cfg, read=lambda _: next(keys),
           console=Console(file=open(os.devnull, "w"), width=100))  # noqa: SIM115
    with ReviewStore(cfg.review.store) as store:
        (rec,) = store.verdicts()
    assert (rec.verdict, rec.note) == ("confirmed", "check the date")


# -- the whole run ------------------------------------------------------------------------


@pytest.mark.slow
def test_check_with_hostile_folder_and_out_inside_it(tmp_path, models, monkeypatch) -> None:
    """Bad files are named and skipped; --out inside the input is never read back; one
    sentence in two documents is one finding; "new" marks survive a failed report."""
    from consistency import pipeline

    # NLI-only flags (noisy-OR scoring) so that the repeated sentences give findings to dedupe
    cfg = load_config(overrides=[f"cache.dir={tmp_path / 'cache'}", "score.learned=false",
                                 f"review.store={tmp_path / 'reviews.sqlite'}"])
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for seed in seeds:
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"))
    lead = "Officials spoke to reporters about the meeting in the capital on Monday.\n\n"
    (folder / "copy.txt").write_text(lead + seeds[1].read_text(encoding="utf-8"))
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "evil\n# name|<b>.txt").write_text(lead.replace("Monday", "Tuesday") + BODY)
    os.mkfifo(folder / "fifo.txt")
    out = folder / "report"

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "write_report", full_disk)
    with pytest.raises(OSError):
        pipeline.check([folder], cfg, out=out, models=models)
    monkeypatch.undo()
    first = pipeline.check([folder], cfg, out=out, models=models)
    second = pipeline.check([folder], cfg, out=out, models=models)
    skipped = {Path(p.path).name: p.problem for p in first.run.skipped}
    assert set(skipped) == {"deep.json", "fifo.txt"}
    assert first.run.documents == second.run.documents == 4
    ids = [f.id for f in first.findings]
    assert ids and len(ids) == len(set(ids))
    assert all(f.new for f in first.findings) and not any(f.new for f in second.findings)
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "\n# name" not in md and "<b>" not in md
    with pytest.raises(pipeline.CheckError, match="cannot write the report"):
        pipeline.check([folder], cfg, out=folder / "copy.txt", models=models)


@pytest.mark.slow
def test_cli_check_of_hostile_folder_exits_zero(tmp_path) -> None:
    """The CLI in a subprocess: exit 0, every bad file named once on stderr, no traceback."""
    folder = _folder(tmp_path, {"a.txt": BODY, "deep.json": "[" * 100_000 + "]" * 100_000})
    os.symlink("/dev/zero", folder / "zero.txt")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1",
           "CONSISTENCY_CACHE": str(tmp_path / "cache")}
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"review:\n  store: {tmp_path / 'reviews.sqlite'}\n")
    res = subprocess.run(
        [sys.executable, "-m", "consistency", "check", str(folder), "--out", str(tmp_path / "o"),
         "--config", str(cfg), "-q"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    named = [line for line in res.stderr.splitlines() if line.startswith("skipped ")]
    assert len(named) == 2 and "deep.json" in named[0] and "zero.txt" in named[1]


def test_report_yaml_keeps_unicode_line_breaks_in_names(tmp_path) -> None:
    """Found by the fuzz suite: PyYAML read a U+0085 in a file name back as a space."""
    result = make_result((A, B), [make_finding(A, B)])
    art = dataclasses.replace(result.articles[0], path="a\x85b\u2028c.txt")
    write_report(dataclasses.replace(result, articles=(art, result.articles[1])), tmp_path,
                 ReportConfig())
    data = yaml.safe_load((tmp_path / "report.yaml").read_text(encoding="utf-8"))
    assert data["documents"][0]["path"] == "a\x85b\u2028c.txt"


def test_skipped_file_names_reach_the_terminal_as_one_inert_line():
    from consistency.core.escape import escape_terminal

    shown = escape_terminal("evil\n\x1b[31mname\u202e.txt: binary file")
    assert "\n" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert shown.startswith("evil ") and shown.endswith(".txt: binary file")

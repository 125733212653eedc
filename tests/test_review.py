"""review: reading report.yaml, the non-interactive commands (CliRunner), concurrent
`review --set` processes, and the interactive loop in a real terminal (pexpect)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from rich.console import Console
from typer import Typer
from typer.testing import CliRunner

from consistency.cli.review import register
from consistency.core.config import Config, load_config
from consistency.review.interactive import (
    ReviewError,
    list_findings,
    load_report,
    review,
    word_diff,
)
from consistency.review.store import ReviewStore

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "review" / "report.yaml"
IDS = ["1a2b3c4d5e6f7081", "2b3c4d5e6f708192", "3c4d5e6f70819203"]


@pytest.fixture
def env(tmp_path: Path) -> tuple[Path, Path]:
    """A report dir holding the fixture, and a config whose store is in tmp_path."""
    report = tmp_path / "report"
    report.mkdir()
    shutil.copy(FIXTURE, report / "report.yaml")
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"review:\n  store: {tmp_path / 'reviews.sqlite'}\n")
    return report, cfg


def run(*args: str) -> object:
    app = Typer()
    register(app)
    return CliRunner().invoke(app, list(args))


def verdicts(cfg: Path) -> dict[str, str]:
    with ReviewStore(load_config(cfg).review.store) as store:
        return {r.finding_id: r.verdict for r in store.verdicts()}


def test_load_report_reads_fixture() -> None:
    report = load_report(FIXTURE.parent)
    assert [f.id for f in report.findings] == IDS
    f = report.findings[1]
    assert (f.kind, f.score, f.b.attribution.speaker) == ("number", 0.64, "officials")  # type: ignore[union-attr]
    assert {s.kind: s.score for s in f.signals} == {"nli": 0.55, "number": 0.9}
    assert report.source(f.b.doc_id) == "BBC"


@pytest.mark.parametrize(("content", "match"), [
    (None, "no report here"),
    ("findings: [1, 2\n", "not a readable report"),
    ("schema: something-else/2\n", "not a consistency report"),
    ("schema: consistency-report/1\nfindings:\n  - {id: x}\n", "finding 1 is malformed"),
])
def test_bad_report_is_one_line_error(tmp_path: Path, content: str | None, match: str) -> None:
    if content is not None:
        (tmp_path / "report.yaml").write_text(content)
    with pytest.raises(ReviewError, match=match) as info:
        load_report(tmp_path)
    assert "\n" not in str(info.value) and "report.yaml" in str(info.value)


def test_word_diff_marks_conflicting_words() -> None:
    d = word_diff("The blast was in Kyiv on Tuesday.", "The blast was in Lviv on Tuesday.")
    assert [d.a_words[i] for i in sorted(d.a_changed)] == ["Kyiv"]
    assert [d.b_words[i] for i in sorted(d.b_changed)] == ["Lviv"]


def test_review_loop_saves_each_verdict_and_resumes(env: tuple[Path, Path]) -> None:
    report, cfg_path = env
    cfg: Config = load_config(cfg_path)
    keys = iter(["x", "n", "checked the map", "c", "s", "r", "b", "q"])
    out = io.StringIO()
    summary = review(report, cfg, read=lambda _: next(keys), console=Console(file=out, width=100))
    assert (summary.confirmed, summary.rejected, summary.notes, summary.remaining) == (1, 1, 1, 1)
    assert "unknown key" in out.getvalue()
    found = {f.id: f for f in list_findings(report, cfg)}
    assert (found[IDS[0]].verdict, found[IDS[0]].note) == ("confirmed", "checked the map")
    assert (found[IDS[1]].verdict, found[IDS[2]].verdict) == (None, "rejected")
    # resumes at the first finding without a verdict; end of input counts as quit
    out = io.StringIO()

    def eof(_: str) -> str:
        raise EOFError

    review(report, cfg, read=eof, console=Console(file=out, width=100))
    assert "Finding 2 of 3" in out.getvalue() and "Finding 1 of 3" not in out.getvalue()


def test_cli_list_and_set(env: tuple[Path, Path]) -> None:
    report, cfg = env
    res = run("review", str(report), "--list", "--config", str(cfg))
    assert res.exit_code == 0 and res.stdout.count("new") == 3
    res = run("review", str(report), "--set", "1a2b3c=confirmed", "--note", "AP fixed it",
              "--config", str(cfg))
    assert res.exit_code == 0, res.output
    res = run("review", str(report), "--set", f"{IDS[1]}=r", "--config", str(cfg))
    assert res.exit_code == 0, res.output
    assert verdicts(cfg) == {IDS[0]: "confirmed", IDS[1]: "rejected"}
    res = run("review", str(report), "--list", "--config", str(cfg))
    assert "confirmed" in res.stdout and "rejected" in res.stdout


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--set", "ffff000000000000=confirmed"], 2, "no finding id starts with"),
    (["--set", f"{IDS[0]}=maybe"], 2, "verdict must be"),
    (["--set", "nonsense"], 2, "expected ID=confirmed"),
    (["--note", "hi"], 2, "--note goes with --set"),
    (["--list", "--export", "x.csv"], 2, "one of"),
    (["--import", "missing.csv"], 1, "missing.csv"),
])
def test_cli_errors(env: tuple[Path, Path], args: list[str], code: int, message: str) -> None:
    report, cfg = env
    res = run("review", str(report), *args, "--config", str(cfg))
    assert res.exit_code == code and message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_missing_report_and_bad_config(tmp_path: Path, env: tuple[Path, Path]) -> None:
    _, cfg = env
    res = run("review", str(tmp_path / "nowhere"), "--list", "--config", str(cfg))
    assert res.exit_code == 1 and "no report here" in res.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("review:\n  nonsense: 1\n")
    res = run("review", str(tmp_path), "--config", str(bad))
    assert res.exit_code == 2 and "nonsense" in res.stderr
    (tmp_path / "reviews.sqlite").write_text("not sqlite")
    res = run("review", str(env[0]), "--set", f"{IDS[0]}=c", "--config", str(cfg))
    assert res.exit_code == 1 and "not a consistency review store" in res.stderr


def test_cli_export_import_round_trip(env: tuple[Path, Path], tmp_path: Path) -> None:
    report, cfg = env
    run("review", str(report), "--set", f"{IDS[0]}=c", "--set", f"{IDS[2]}=r", "--config", str(cfg))
    out = tmp_path / "v.jsonl"
    assert run("review", "--export", str(out), "--config", str(cfg)).exit_code == 0
    other = tmp_path / "other.yaml"
    other.write_text(f"review:\n  store: {tmp_path / 'other.sqlite'}\n")
    res = run("review", "--import", str(out), "--config", str(other))
    assert res.exit_code == 0 and "2 saved" in res.stdout
    assert verdicts(other) == verdicts(cfg) == {IDS[0]: "confirmed", IDS[2]: "rejected"}
    bad = tmp_path / "bad.csv"
    bad.write_text("finding_id,verdict\nabc,confirmed\nabd,perhaps\n")
    res = run("review", "--import", str(bad), "--config", str(other))
    assert res.exit_code == 1 and "bad.csv:3:" in res.stderr


def test_two_concurrent_set_processes_both_land(env: tuple[Path, Path]) -> None:
    report, cfg = env
    procs = [
        subprocess.Popen([sys.executable, "-m", "consistency.cli.review", "review", str(report),
                          "--set", f"{fid}={verdict}", "--config", str(cfg)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for fid, verdict in ((IDS[0], "confirmed"), (IDS[1], "rejected"))
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert verdicts(cfg) == {IDS[0]: "confirmed", IDS[1]: "rejected"}


def spawn(report: Path, cfg: Path) -> pexpect.spawn:
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    return pexpect.spawn(sys.executable, ["-m", "consistency.cli.review", "review", str(report),
                                          "--config", str(cfg)],
                         cwd=str(ROOT), env=env, encoding="utf-8", timeout=60,
                         dimensions=(40, 100))


def test_interactive_review_in_a_terminal(env: tuple[Path, Path]) -> None:
    report, cfg = env
    child = spawn(report, cfg)
    child.expect("Finding 1 of 3")
    child.expect_exact("[q]uit > ")
    # the conflicting word is highlighted (bold) in the real terminal
    assert re.search(r"\x1b\[[0-9;]*1[0-9;]*mKyiv", child.before)
    assert "Sirens sounded across the region." in child.before  # context
    child.sendline("c")
    child.expect("saved: confirmed")
    child.expect("Finding 2 of 3")
    child.expect_exact("[q]uit > ")
    child.sendline("r")
    child.expect("Finding 3 of 3")
    child.expect_exact("[q]uit > ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert verdicts(cfg) == {IDS[0]: "confirmed", IDS[1]: "rejected"}

    child = spawn(report, cfg)  # resumes at the first finding without a verdict
    child.expect(r"Finding (\d) of 3")
    assert child.match.group(1) == "3"
    child.expect_exact("[q]uit > ")
    child.sendline("q")
    child.expect("1 of 3 findings still without a verdict")
    child.expect(pexpect.EOF)


def test_id_prefixes_of_any_length_and_a_clear_message() -> None:
    import dataclasses

    from consistency.review.interactive import ReviewUsageError, resolve_id

    report = load_report(FIXTURE.parent)
    assert resolve_id(report, "3").id == IDS[2]
    assert resolve_id(report, "2b").id == IDS[1]
    twins = dataclasses.replace(report, findings=(
        dataclasses.replace(report.findings[0], id="abc1000000000000"),
        dataclasses.replace(report.findings[1], id="abc2000000000000")))
    with pytest.raises(ReviewUsageError, match="ambiguous.*2 findings start with it.*abc1"):
        resolve_id(twins, "ab")
    with pytest.raises(ReviewUsageError, match="no finding id starts with 'f'"):
        resolve_id(twins, "f")


@pytest.mark.parametrize(("word", "verdict"), [
    ("c", "confirmed"), ("conf", "confirmed"), ("confirm", "confirmed"), ("CONFIRMED", "confirmed"),
    ("r", "rejected"), ("rej", "rejected"), ("reject", "rejected"), ("rejected", "rejected"),
    ("x", None), ("", None), ("confirmedx", None),
])
def test_verdict_words_take_unambiguous_prefixes(word: str, verdict: str | None) -> None:
    from consistency.review.interactive import ReviewUsageError, parse_verdict

    if verdict is None:
        with pytest.raises(ReviewUsageError, match="verdict must be"):
            parse_verdict(word)
    else:
        assert parse_verdict(word) == verdict


def test_store_lives_next_to_the_report_by_default(env: tuple[Path, Path], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    report, _ = env
    empty = tmp_path / "empty.yaml"
    empty.write_text("report:\n  markdown_limit: 50\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # run from another folder: the verdicts still go with the report
    res = run("review", str(report), "--set", f"{IDS[0]}=rej", "--config", str(empty))
    assert res.exit_code == 0, res.output
    assert (report / "reviews.sqlite").is_file() and not (elsewhere / "reports").exists()
    res = run("review", str(report), "--list", "--config", str(empty))
    assert "rejected" in res.stdout


def test_review_revisits_when_every_finding_has_a_verdict(env: tuple[Path, Path]) -> None:
    report, cfg_path = env
    cfg = load_config(cfg_path)
    for fid in IDS:
        run("review", str(report), "--set", f"{fid}=c", "--config", str(cfg_path))
    keys = iter(["s", "r", "q"])
    out = io.StringIO()
    review(report, cfg, read=lambda _: next(keys), console=Console(file=out, width=100))
    assert "showing them again" in out.getvalue() and "Finding 1 of 3" in out.getvalue()
    assert verdicts(cfg_path) == {IDS[0]: "confirmed", IDS[1]: "rejected", IDS[2]: "confirmed"}


def test_report_command_rerenders_with_verdicts(env: tuple[Path, Path]) -> None:
    report, cfg = env
    run("review", str(report), "--set", f"{IDS[1]}=rej", "--note", "wrong event",
        "--config", str(cfg))
    res = run("report", str(report), "--config", str(cfg))
    assert res.exit_code == 0, res.output
    md = (report / "report.md").read_text(encoding="utf-8")
    assert "1 finding(s) rejected in review are not shown" in md
    assert load_report(report).findings[1].verdict == "rejected"
    assert load_report(report).findings[1].note == "wrong event"
    res = run("report", str(report.parent / "nowhere"), "--config", str(cfg))
    assert res.exit_code == 1 and "no report here" in res.stderr


def test_single_keys_without_enter_and_notes_on_their_own_prompt(env: tuple[Path, Path]) -> None:
    report, cfg = env
    child = spawn(report, cfg)
    child.expect("Finding 1 of 3")
    child.expect_exact("[q]uit > ")
    child.send("n")  # no Enter
    child.expect_exact("note (Enter to cancel): ")
    child.sendline("checked with the desk")
    child.expect_exact("[q]uit > ")
    child.send("c")
    child.expect("saved: confirmed")
    child.expect("Finding 2 of 3")
    child.expect_exact("[q]uit > ")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert verdicts(cfg) == {IDS[0]: "confirmed"}
    assert list_findings(report, load_config(cfg))[0].note == "checked with the desk"
    # the report shows the verdict right after reviewing
    assert load_report(report).findings[0].verdict == "confirmed"
    assert "confirmed" in (report / "report.md").read_text(encoding="utf-8")

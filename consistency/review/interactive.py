"""Reviewing a report's findings: confirm or reject each, and remember the verdicts.

``review`` is the interactive loop (one finding at a time, line-based keys, every verdict
saved to the store the moment it is given, so quitting loses nothing and the next
session resumes at the first finding without a verdict). ``list_findings``,
``set_verdict``, ``export_verdicts`` and ``import_verdicts`` are the non-interactive
commands. The report is read from ``report.yaml``; the verdicts live in the review store
(:mod:`consistency.review.store`), never in the report, so a re-run cannot lose them.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console
from rich.text import Text

from consistency.core.config import Config
from consistency.core.types import Attribution, Claim, Finding, NLIScores, Signal
from consistency.review.store import (
    ImportResult,
    ReviewStore,
    Snapshot,
    VerdictRecord,
    located,
)
from consistency.review.worddiff import word_diff
from consistency.stages.report import SCHEMA, display_name

PROMPT = "[c]onfirm [r]eject [s]kip [n]ote [b]ack [q]uit > "
_VERDICTS = ("confirmed", "rejected")
_VERDICT_WORDS = {"c": "confirmed", "r": "rejected"}  # the interactive keys


class ReviewError(Exception):
    """A review command failed (missing or invalid report); one line, names the file."""

    exit_code = 1


class ReviewUsageError(ReviewError):
    """The user asked for something that cannot be (unknown finding id, bad verdict)."""

    exit_code = 2


@dataclasses.dataclass(frozen=True)
class ReportDocument:
    id: str
    path: str = ""
    title: str | None = None
    source: str | None = None
    published: str | None = None


@dataclasses.dataclass(frozen=True)
class Report:
    """The parts of report.yaml that review needs."""

    path: Path
    findings: tuple[Finding, ...]
    documents: tuple[ReportDocument, ...] = ()

    def source(self, doc_id: str) -> str:
        """Display name of a document, named as in the report; its id when unknown."""
        doc = next((d for d in self.documents if d.id == doc_id), None)
        return display_name(doc.source, doc.title, doc.path or doc_id) if doc else doc_id


@dataclasses.dataclass(frozen=True)
class ReviewSummary:
    """What one interactive session did, and how many findings still lack a verdict."""

    confirmed: int
    rejected: int
    notes: int
    remaining: int


def open_store(config: Config) -> ReviewStore:
    return ReviewStore(config.review.store, busy_timeout=config.review.busy_timeout_s)


# -- reading the report -------------------------------------------------------------------


def load_report(report_dir: str | Path) -> Report:
    """Parse ``report_dir/report.yaml``; a missing or malformed report is one ReviewError."""
    path = Path(report_dir) / "report.yaml"
    if not path.is_file():
        raise ReviewError(f"{path}: no report here; run `consistency check FOLDER` first")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReviewError(f"{path}: not a readable report ({first})") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ReviewError(f"{path}: not a consistency report (expected schema: {SCHEMA})")
    for key in ("documents", "findings"):
        if not isinstance(data.get(key) or [], list):
            raise ReviewError(f"{path}: '{key}' is not a list")
    docs = {str(d["id"]): ReportDocument(
        id=str(d["id"]), path=str(d.get("path") or ""), title=d.get("title"),
        source=d.get("source"), published=_str(d.get("published")),
    ) for d in data.get("documents") or [] if isinstance(d, dict) and "id" in d}
    findings = []
    for n, item in enumerate(data.get("findings") or [], 1):
        try:
            findings.append(_finding(item))
            for side in ("a", "b"):
                s = item[side]
                docs.setdefault(str(s["doc"]), ReportDocument(
                    id=str(s["doc"]), path=str(s.get("path") or ""), source=s.get("source")))
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            what = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
            raise ReviewError(f"{path}: finding {n} is malformed ({what})") from exc
    return Report(path=path, findings=tuple(findings), documents=tuple(docs.values()))


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _nli(d: dict[str, Any] | None) -> NLIScores:
    d = d or {}
    return NLIScores(float(d.get("entailment", 0.0)), float(d.get("neutral", 1.0)),
                     float(d.get("contradiction", 0.0)))


def _claim(s: dict[str, Any]) -> Claim:
    speaker = s.get("speaker")
    return Claim(
        id="", doc_id=str(s["doc"]), text=str(s["text"]),
        resolved=str(s.get("resolved") or s["text"]),
        start=int(s.get("start") or 0), end=int(s.get("end") or 0), index=0,
        context_before=str(s.get("context_before") or ""),
        context_after=str(s.get("context_after") or ""),
        attribution=Attribution(str(speaker), "say") if speaker else None,
    )


def _finding(d: dict[str, Any]) -> Finding:
    if not isinstance(d, dict):
        raise TypeError(f"expected a mapping, got {type(d).__name__}")
    nli = d.get("nli") or {}
    return Finding(
        id=str(d["id"]), kind=str(d["kind"]), score=float(d["score"]),
        explanation=str(d.get("explanation") or ""), similarity=float(d.get("similarity") or 0.0),
        ab=_nli(nli.get("ab")), ba=_nli(nli.get("ba")), a=_claim(d["a"]), b=_claim(d["b"]),
        reasons=tuple(str(r) for r in d.get("reasons") or ()),
        signals=tuple(Signal(str(k), float(v), "") for k, v in (d.get("signals") or {}).items()),
        maybe_different_events=bool(d.get("maybe_different_events")),
        verdict=d.get("verdict"), note=d.get("note"), new=bool(d.get("new", True)),
    )


# -- non-interactive commands -------------------------------------------------------------


def list_findings(report_dir: str | Path, config: Config) -> tuple[Finding, ...]:
    """The report's findings with the verdicts and notes currently in the store."""
    report = load_report(report_dir)
    config = located(config, report_dir)
    if not Path(config.review.store).exists():
        return report.findings
    with open_store(config) as store:
        return store.annotate(report.findings)


def parse_verdict(word: str) -> str:
    """``confirmed``/``rejected`` from what a user typed (c, confirm, rejected ...)."""
    typed = word.strip().lower()
    hits = [v for v in _VERDICTS if typed and v.startswith(typed)]
    if typed == "confirm" or typed == "reject":
        hits = [typed + "ed"]
    if len(hits) != 1:
        raise ReviewUsageError(
            f"verdict must be confirmed or rejected (or a prefix: c, conf, r, rej), not {word!r}"
        )
    return hits[0]


def resolve_id(report: Report, finding_id: str) -> Finding:
    """The finding with this id, or the only one whose id starts with it (any length)."""
    exact = [f for f in report.findings if f.id == finding_id]
    if exact:
        return exact[0]
    hits = [f for f in report.findings if finding_id and f.id.startswith(finding_id)]
    if len(hits) == 1:
        return hits[0]
    if hits:
        shown = ", ".join(f.id for f in hits[:5]) + (", ..." if len(hits) > 5 else "")
        raise ReviewUsageError(
            f"finding id {finding_id!r} is ambiguous in {report.path}: {len(hits)} findings "
            f"start with it ({shown}); type more characters"
        )
    raise ReviewUsageError(
        f"no finding id starts with {finding_id!r} in {report.path} "
        "(see `consistency review --list`)"
    )


def set_verdict(
    report_dir: str | Path, config: Config, finding_id: str, verdict: str, note: str | None = None
) -> VerdictRecord:
    """Save a verdict for a finding of the report (or one already in the store)."""
    verdict = parse_verdict(verdict)
    config = located(config, report_dir)
    try:
        finding = resolve_id(load_report(report_dir), finding_id)
    except ReviewError:
        with open_store(config) as store:
            if store.get(finding_id) is None:
                raise
            return store.set_verdict(finding_id, verdict, note)
    with open_store(config) as store:
        return store.set_verdict(finding.id, verdict, note, Snapshot.from_finding(finding))


def export_verdicts(config: Config, path: str | Path) -> int:
    with open_store(config) as store:
        return store.export(path)


def import_verdicts(config: Config, path: str | Path) -> ImportResult:
    with open_store(config) as store:
        return store.import_(path)


# -- interactive review -------------------------------------------------------------------


def _sentence(words: tuple[str, ...], changed: frozenset[int], claim: Claim) -> Text:
    text = Text()
    if claim.context_before:
        text.append(claim.context_before + " ", style="dim")
    for i, word in enumerate(words):
        text.append(word, style="bold yellow" if i in changed else "")
        text.append(" ")
    if claim.context_after:
        text.append(claim.context_after, style="dim")
    return text


def render(console: Console, report: Report, f: Finding, pos: int, total: int) -> None:
    """Print one finding: header, scores, reasons, both sentences with differences bold."""
    state = f.verdict or "unreviewed"
    console.rule()
    console.print(Text(f"Finding {pos} of {total}", style="bold"),
                  Text(f"[{f.kind}] score {f.score:.2f}  id {f.id}  ({state})"))
    signals = ", ".join(f"{s.kind} {s.score:.2f}" for s in f.signals) or "none"
    console.print(Text(f"similarity {f.similarity:.2f}; signals: {signals}"))
    if f.maybe_different_events:
        console.print(Text("note: these may be accounts of different events", style="italic"))
    diff = word_diff(f.a.text, f.b.text)
    for label, claim, words, changed in (("A", f.a, diff.a_words, diff.a_changed),
                                         ("B", f.b, diff.b_words, diff.b_changed)):
        console.print(Text(f"{label}: {report.source(claim.doc_id)}", style="bold cyan"))
        console.print(_sentence(words, changed, claim))
    console.print(Text(f"Why: {f.explanation}"))
    for reason in f.reasons:
        console.print(Text(f"  - {reason}"))
    if f.note:
        console.print(Text(f"Your note: {f.note}", style="italic"))


def read_key(prompt: str) -> str:
    """One key without Enter when stdin is a terminal; a line of input otherwise.

    Ctrl-C and Ctrl-D behave as in ``input``: KeyboardInterrupt and EOFError.
    """
    if not sys.stdin.isatty():
        return input(prompt)
    import termios
    import tty

    sys.stdout.write(prompt)
    sys.stdout.flush()
    fd = sys.stdin.fileno()
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        key = sys.stdin.read(1)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)
    if key == "\x03":
        raise KeyboardInterrupt
    if key in ("\x04", ""):
        raise EOFError
    sys.stdout.write(key.strip() + "\n")
    sys.stdout.flush()
    return key


def _next_key(read: Callable[[str], str]) -> str:
    """The next action key; Enter and spaces left over from line input are skipped."""
    while True:
        try:
            key = read(PROMPT).strip().lower()
        except (EOFError, KeyboardInterrupt):
            return "q"
        if key:
            return key


def _next_pending(findings: list[Finding], i: int) -> int:
    return next((j for j in range(i + 1, len(findings)) if findings[j].verdict is None),
                len(findings))  # fmt: skip


def _ask_note(store, findings: list[Finding], i: int, read: Callable[[str], str]) -> bool:
    """Ask for a note on finding ``i``; a finding with a verdict gets it stored at once."""
    f = findings[i]
    try:
        note = read("note (Enter to cancel): ").strip()
    except (EOFError, KeyboardInterrupt):
        note = ""
    if not note:
        return False
    if f.verdict is not None:
        store.set_note(f.id, note)
    findings[i] = dataclasses.replace(f, note=note)
    return True


def _step(key: str, i: int, findings: list[Finding], report, store, console: Console,
          read: Callable[[str], str], counts: dict[str, int], revisit: bool) -> int:  # fmt: skip
    """Act on one key for finding ``i``; returns the index to show next (when revisiting,
    the next finding at all, else the next without a verdict)."""
    f = findings[i]
    if key in ("c", "r"):
        rec = store.set_verdict(f.id, _VERDICT_WORDS[key], f.note,
                                Snapshot.from_finding(report.findings[i]))  # fmt: skip
        findings[i] = dataclasses.replace(f, verdict=rec.verdict)
        counts[rec.verdict] += 1
        console.print(Text(f"saved: {rec.verdict}", style="green"))
        return _after(findings, i, revisit)
    if key == "n":
        counts["notes"] += _ask_note(store, findings, i, read)
        return i
    if key == "b":
        return max(i - 1, 0)
    if key == "s":
        return _after(findings, i, revisit)
    console.print(f"unknown key {key!r}; {PROMPT.rstrip(' >')}")
    return i


def review(
    report_dir: str | Path,
    config: Config,
    *,
    read: Callable[[str], str] | None = None,
    console: Console | None = None,
) -> ReviewSummary:
    """Walk the findings one at a time from the first without a verdict.

    Keys (single keys in a terminal, no Enter): c confirm, r reject, s skip, n note (typed
    on its own prompt), b back, q quit. Each verdict and note is written to the store at
    once; end of input counts as quit. When every finding has a verdict the walk starts
    again at the first, so verdicts can be revisited and changed.
    """
    console = console or Console(highlight=False)
    key_of, ask = (read, read) if read is not None else (read_key, input)
    report = load_report(report_dir)
    config = located(config, report_dir)
    counts = {"confirmed": 0, "rejected": 0, "notes": 0}
    with open_store(config) as store:
        findings = list(store.annotate(report.findings))
        pending = [i for i, f in enumerate(findings) if f.verdict is None]
        if not findings:
            console.print(f"No findings in {report.path}.")
        elif not pending:
            console.print(f"All {len(findings)} findings of {report.path} have a verdict; "
                          "showing them again (c/r changes a verdict, s next, q quit).")
        i = pending[0] if pending else 0
        revisit = not pending
        while i < len(findings):
            render(console, report, findings[i], i + 1, len(findings))
            key = _next_key(key_of)
            if key in ("q", "s", "b") and findings[i].note and findings[i].verdict is None:
                _settle_note(store, report, findings, i, ask, console, counts)  # else lost
            if key == "q":
                break
            i = _step(key, i, findings, report, store, console, ask, counts, revisit)
    remaining = sum(1 for f in findings if f.verdict is None)
    console.print(f"Saved {counts['confirmed']} confirmed, {counts['rejected']} rejected; "
                  f"{remaining} of {len(findings)} findings still without a verdict.")
    return ReviewSummary(counts["confirmed"], counts["rejected"], counts["notes"], remaining)


def _after(findings: list[Finding], i: int, revisit: bool) -> int:
    """The next finding to show: the next one at all when revisiting, else the next
    without a verdict."""
    return i + 1 if revisit else _next_pending(findings, i)


# -- re-rendering the report with the verdicts ------------------------------------------


def report(report_dir: str | Path, config: Config) -> Path:
    """Re-write ``report.md`` and ``report.yaml`` of ``report_dir`` from ``report.yaml``,
    with the verdicts and notes now in the store; nothing is checked again."""
    from consistency.core.ids import atomic_write_text
    from consistency.stages.report import to_markdown

    loaded = load_report(report_dir)
    data = yaml.safe_load(loaded.path.read_text(encoding="utf-8"))
    findings = list_findings(report_dir, config)
    by_id = {f.id: f for f in findings}
    for item in data.get("findings") or []:
        f = by_id.get(str(item.get("id")))
        if f is not None:
            item["verdict"], item["note"] = f.verdict, f.note
    result = _result(data, loaded, tuple(findings))
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    atomic_write_text(loaded.path, text)
    atomic_write_text(loaded.path.parent / "report.md", to_markdown(result, config.report))
    return loaded.path.parent


def _result(data: dict[str, Any], loaded: Report, findings: tuple[Finding, ...]):
    """A CheckResult rebuilt from report.yaml, enough for the Markdown writer."""
    from consistency.core.types import (
        Article,
        CheckResult,
        IngestProblem,
        NamingVariant,
        RunInfo,
        StageTime,
    )

    run = data.get("run") or {}
    info = RunInfo(
        started=str(run.get("started", "")), config_digest=str(run.get("config_digest", "")),
        documents=int(run.get("documents", len(loaded.documents))),
        claims=int(run.get("claims", 0)), pairs_scored=int(run.get("pairs_scored", 0)),
        pairs_nli=int(run.get("pairs_nli", 0)),
        flags=len(findings),
        stages=tuple(StageTime(k, float(v)) for k, v in (run.get("seconds") or {}).items()),
        skipped=tuple(IngestProblem(str(p.get("path")), str(p.get("problem")))
                      for p in run.get("skipped") or []),
        duplicates=tuple(str(d) for d in run.get("duplicates") or []),
    )  # fmt: skip
    articles = tuple(Article(d.id, d.path, "", (), d.title, d.source, None, d.published)
                     for d in loaded.documents)  # fmt: skip
    naming = tuple(NamingVariant(str(n["canonical"]), tuple(n.get("variants") or ()),
                                 tuple(n.get("docs") or ()))
                   for n in data.get("naming") or [])  # fmt: skip
    agreed = tuple(_finding(c) for c in data.get("corroborations") or [])
    return CheckResult(info, articles, findings, agreed, naming)


def _settle_note(store, report: Report, findings: list[Finding], i: int, read, console,
                 counts: dict[str, int]) -> bool:  # fmt: skip
    """Ask for a verdict to store a note typed on a finding without one; True if given.

    The store keeps a note with its verdict, so leaving the finding would lose the note;
    the reviewer decides instead of losing it silently.
    """
    f = findings[i]
    try:
        key = read("save your note with a verdict? [c]onfirm [r]eject, Enter drops it > ")
    except (EOFError, KeyboardInterrupt):
        key = ""
    verdict = _VERDICT_WORDS.get(key.strip().lower())
    if verdict is None:
        findings[i] = dataclasses.replace(f, note=None)
        console.print(Text(f"note on {f.id} dropped (not saved)", style="yellow"))
        return False
    rec = store.set_verdict(f.id, verdict, f.note, Snapshot.from_finding(report.findings[i]))
    findings[i] = dataclasses.replace(f, verdict=rec.verdict, note=rec.note)
    counts[rec.verdict] += 1
    console.print(Text(f"saved: {rec.verdict} with your note", style="green"))
    return True

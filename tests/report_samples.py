"""A hand-built CheckResult for the HTML report and ``serve`` tests: three sources (one
with metadata, one plain text with a dateline, one hostile), findings of several kinds,
a corroboration, a naming variant and the story table."""

from __future__ import annotations

import dataclasses

from consistency.core.ids import pair_id
from consistency.core.types import (
    Attribution,
    CheckResult,
    Finding,
    IngestProblem,
    NamingVariant,
    NLIScores,
    RunInfo,
    Signal,
    SourceStance,
    StageTime,
    StoryClaim,
)
from tests.helpers import make_article, make_claim

HOSTILE_TITLE = '<script>alert("title")</script>Evil & "quoted" <b>bold</b>'
HOSTILE_OUTLET = "<img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_SENTENCE = "Officials said <script>alert(1)</script> the talks in Vienna failed."

REUTERS = make_article(
    "Blinken met Lavrov in Geneva on Friday.\nThe talks lasted ninety minutes.",
    "reuters.json", title="Blinken and Lavrov meet in Geneva", source="Reuters",
    url="https://www.example.com/world/blinken-lavrov?id=1&x=2", published="2022-01-21",
)
PLAIN = make_article(
    "GENEVA, Jan. 21 (AP) - Blinken met Lavrov in Stockholm on Thursday.\n"
    "Both men spoke to reporters on January 21, 2022, afterwards.",
    "wire_0042.txt", source="wire_0042",  # what ingest gives a plain-text file
)
HOSTILE = make_article(
    HOSTILE_SENTENCE + "\nThe talks in Geneva went well, a spokesman said.",
    "evil.html", title=HOSTILE_TITLE, source=HOSTILE_OUTLET, url=HOSTILE_URL,
)
ARTICLES = (REUTERS, PLAIN, HOSTILE)


def _finding(a, b, kind, score, explanation, sentence_a=None, sentence_b=None,
             **extra) -> Finding:
    ca = make_claim(sentence_a or a.text.split("\n")[0], a.id)
    cb = make_claim(sentence_b or b.text.split("\n")[0], b.id)
    return Finding(
        id=pair_id(ca.text, cb.text), kind=kind, score=score, explanation=explanation,
        similarity=0.8, ab=NLIScores(0.05, 0.15, 0.8), ba=NLIScores(0.1, 0.2, 0.7), a=ca, b=cb,
        reasons=(f"{kind} differs",), signals=(Signal("nli", 0.75, ""), Signal(kind, 1.0, "")),
        **extra,
    )


LOCATION = _finding(REUTERS, PLAIN, "location", 0.93, "Geneva vs Stockholm")
DISPUTE = _finding(
    PLAIN, HOSTILE, "dispute", 0.71, "speakers disagree about <the talks>",
    sentence_a="Both men spoke to reporters on January 21, 2022, afterwards.",
    sentence_b=HOSTILE_SENTENCE,
)
TIME = _finding(
    REUTERS, HOSTILE, "time", 0.55, "Friday vs unknown", new=False, verdict="confirmed",
    note="checked with the desk",
    sentence_b="The talks in Geneva went well, a spokesman said.",
)
CORROBORATION = _finding(REUTERS, PLAIN, "corroboration", 0.2, "both say Lavrov",
                         sentence_b="Both men spoke to reporters on January 21, 2022, afterwards.")


def story() -> tuple[StoryClaim, ...]:
    told = make_claim("Blinken met Lavrov in Geneva on Friday.", REUTERS.id)
    denied = make_claim(HOSTILE_SENTENCE, HOSTILE.id)
    said = make_claim("The talks in Geneva went well, a spokesman said.", HOSTILE.id)
    said = dataclasses.replace(said, attribution=Attribution("a spokesman", "say"))
    return (
        StoryClaim("s1", "Blinken met Lavrov in Geneva on Friday.", (told.id, said.id), (
            SourceStance(REUTERS.id, "asserts", 0.9, told),
            SourceStance(HOSTILE.id, "reports", 0.6, said),
            SourceStance(PLAIN.id, "silent", 1.0, None),
        )),
        StoryClaim("s2", "The talks in Vienna failed.", (denied.id,), (
            SourceStance(HOSTILE.id, "denies", 0.8, denied),
        )),
    )


def sample_result(with_story: bool = True) -> CheckResult:
    run = RunInfo(
        "2026-11-30T05:00:00+00:00", "cfg123", 3, 6, 4, 3,
        (StageTime("ingest", 0.1), StageTime("nli", 1.25)),
        skipped=(IngestProblem("broken.pdf", "unsupported file type <pdf>"),),
        pairs_per_claim=0.67,
    )
    return CheckResult(
        run=run, articles=ARTICLES, findings=(LOCATION, DISPUTE, TIME),
        corroborations=(CORROBORATION,),
        naming=(NamingVariant("Sergei Lavrov", ("Sergei Lavrov", "Sergey Lavrov"),
                              (REUTERS.id, PLAIN.id)),),
        story=story() if with_story else (),
    )


def many_result(n: int) -> CheckResult:
    """``n`` location findings between two sources (for concurrency tests)."""
    findings = tuple(
        _finding(REUTERS, PLAIN, "location", 0.9 - i / (10 * n), f"place {i}",
                 sentence_a=f"Talks number {i} were held in Geneva.",
                 sentence_b=f"Talks number {i} were held in Stockholm.")
        for i in range(n)
    )
    return dataclasses.replace(sample_result(with_story=False), findings=findings)


def start_server(report_dir, config_file, *extra: str):
    """``consistency serve`` in a child process on a free port; (process, url)."""
    import re
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "consistency", "serve", str(report_dir), "--port", "0",
         "--config", str(config_file), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    line = proc.stdout.readline()
    found = re.search(r"at (http://\S+/)", line)
    if not found:
        proc.kill()
        raise RuntimeError(f"serve did not start: {line!r} {proc.stderr.read()}")
    return proc, found.group(1)

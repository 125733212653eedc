"""Report stage: ``report.yaml`` (the full record, schema in docs/report-schema.md) and
``report.md`` (what a person reads first), both written atomically.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from consistency.core.config import ReportConfig
from consistency.core.escape import escape_md, yaml_text
from consistency.core.ids import atomic_write_many
from consistency.core.types import Article, CheckResult, Claim, Finding, NLIScores, StoryClaim
from consistency.stages.sources import describe_source

log = logging.getLogger(__name__)

SCHEMA = "consistency-report/1"
SECTIONS = (
    ("Contradictions between sources", lambda f: f.kind != "dispute"),
    ("Disputes between speakers", lambda f: f.kind == "dispute"),
)


def source_label(article: Article | None) -> str:
    """Short human name of a document: outlet and title, else first line or file name."""
    if article is None:
        return "?"
    return describe_source(article).label


def display_name(source: str | None, title: str | None, path: str) -> str:
    """The one naming rule for documents, shared by the report and the review screen."""
    name = source or title or Path(path).stem
    return name if len(name) <= 60 else name[:57] + "..."


def spellings(variants, articles) -> dict[str, list[str]]:
    """Which outlets wrote each spelling of a name (a whole-word match in their text)."""
    out: dict[str, list[str]] = {}
    for v in variants:
        rx = re.compile(rf"(?<!\w){re.escape(v)}(?!\w)")
        # the plain substring test first: most texts lack most spellings, and it is cheap
        hits = (a for a in articles if v in a.text and rx.search(a.text))
        out[v] = list(dict.fromkeys(source_label(a) for a in hits))
    return out


def _nli(s: NLIScores) -> dict[str, float]:
    return {
        "entailment": round(s.entailment, 4),
        "neutral": round(s.neutral, 4),
        "contradiction": round(s.contradiction, 4),
    }


def _side(claim: Claim, article: Article | None) -> dict[str, Any]:
    return {
        "doc": claim.doc_id,
        "source": source_label(article),
        "path": article.path if article else None,
        "text": claim.text,
        "resolved": claim.resolved,
        "start": claim.start,
        "end": claim.end,
        "context_before": claim.context_before,
        "context_after": claim.context_after,
        "speaker": claim.attribution.speaker if claim.attribution else None,
    }


def finding_record(f: Finding, docs: Mapping[str, Article]) -> dict[str, Any]:
    """The YAML record of one finding (also the review store's snapshot)."""
    return {
        "id": f.id,
        "kind": f.kind,
        "score": round(f.score, 4),
        "explanation": f.explanation,
        "similarity": round(f.similarity, 4),
        "maybe_different_events": f.maybe_different_events,
        "verdict": f.verdict,
        "note": f.note,
        "new": f.new,
        "reasons": list(f.reasons),
        "signals": {s.kind: round(s.score, 4) for s in f.signals},
        "nli": {"ab": _nli(f.ab), "ba": _nli(f.ba)},
        "a": _side(f.a, docs.get(f.a.doc_id)),
        "b": _side(f.b, docs.get(f.b.doc_id)),
    }


def to_yaml_data(result: CheckResult) -> dict[str, Any]:
    docs = {a.id: a for a in result.articles}
    run = result.run
    return {
        "schema": SCHEMA,
        "run": {
            "started": run.started,
            "config_digest": run.config_digest,
            "documents": run.documents,
            "claims": run.claims,
            "pairs_scored": run.pairs_scored,
            "pairs_nli": run.pairs_nli,
            "flags": run.flags,
            "pairs_per_claim": round(run.pairs_per_claim, 3),
            "seconds": {s.name: round(s.seconds, 3) for s in run.stages},
            "skipped": [{"path": p.path, "problem": p.problem} for p in run.skipped],
            "duplicates": list(run.duplicates),
        },
        "documents": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "source": a.source,
                "published": a.published,
                "author": a.author,
            }
            for a in result.articles
        ],
        "findings": [finding_record(f, docs) for f in result.findings],
        "corroborations": [finding_record(f, docs) for f in result.corroborations],
        "naming": [
            {"canonical": n.canonical, "variants": list(n.variants), "docs": list(n.docs),
             "spellings": spellings(n.variants, result.articles)}
            for n in result.naming
        ],
        "near_misses": _yaml_misses(result),
        "story": [_story_record(c, docs) for c in result.story],
    }


# --- claims and who says what (story stage) ---------------------------------------


def _story_record(claim: StoryClaim, docs: Mapping[str, Article]) -> dict[str, Any]:
    """One story claim: its text and, per source that is not silent, stance and quote."""
    return {
        "id": claim.id,
        "text": claim.text,
        "claims": len(claim.claim_ids),
        "sources": [
            {
                "doc": s.doc_id,
                "source": source_label(docs.get(s.doc_id)),
                "stance": s.stance,
                "score": round(s.score, 4),
                "quote": s.claim.text if s.claim else None,
            }
            for s in claim.stances
        ],
    }


def _md_story(result: CheckResult, docs: Mapping[str, Article], limit: int) -> list[str]:
    """The claim x source table: who asserts, denies or only reports each story claim."""
    lines = [f"## Claims and who says what ({len(result.story)})", ""]
    if not result.story:
        return lines + ["No claim is told by more than one source, or none is disputed.", ""]
    for n, claim in enumerate(result.story[:limit], 1):
        disputed = any(s.stance == "denies" for s in claim.stances)
        tag = "disputed" if disputed else f"told by {len(claim.stances)} sources"
        lines += [f"### {n}. {_quote(claim.text)}", "", f"`{claim.id[:16]}` · {tag}", ""]
        lines += ["| source | stance | quote |", "|---|---|---|"]
        for s in claim.stances:
            quote = _quote(s.claim.text) if s.claim else ""
            name = _quote(source_label(docs.get(s.doc_id)))
            lines.append(f"| {name} | **{s.stance}** ({s.score:.2f}) | {quote} |")
        lines.append("")
    if len(result.story) > limit:
        lines += [f"... and {len(result.story) - limit} more in report.yaml.", ""]
    return lines


def _quote(text: object) -> str:
    return escape_md(text)


def _italic(text: str) -> str:
    return f"_{_quote(text)}_" if text else ""


def _md_finding(n: int, f: Finding, docs: Mapping[str, Article], config: ReportConfig) -> list[str]:
    tags = [f.kind, f"score {f.score:.2f}"]
    if f.verdict:
        tags.append(f.verdict)
    elif f.new:
        tags.append("new")
    if f.maybe_different_events:
        tags.append("may be different events")
    # ids and digests are hex made here; inside a code span escapes would show literally
    head = f"`{f.id}` · " + " · ".join(map(_quote, tags))
    lines = [f"### {n}. {_quote(f.explanation)}", "", head, ""]
    la, lb = source_label(docs.get(f.a.doc_id)), source_label(docs.get(f.b.doc_id))
    lines += [f"| {_quote(la)} | {_quote(lb)} |", "|---|---|"]
    if config.context:
        before = (f.a.context_before, f.b.context_before)
        if any(before):
            lines.append(f"| {_italic(before[0])} | {_italic(before[1])} |")
    lines.append(f"| **{_quote(f.a.text)}** | **{_quote(f.b.text)}** |")
    if config.context:
        after = (f.a.context_after, f.b.context_after)
        if any(after):
            lines.append(f"| {_italic(after[0])} | {_italic(after[1])} |")
    lines.append("")
    lines += [f"- {_quote(r)}" for r in f.reasons]
    if f.note:
        lines.append(f"- Reviewer's note: {_quote(f.note)}")
    lines.append("")
    return lines


def to_markdown(result: CheckResult, config: ReportConfig) -> str:
    docs = {a.id: a for a in result.articles}
    run = result.run
    shown = [f for f in result.findings if not (config.hide_rejected and f.verdict == "rejected")]
    hidden = len(result.findings) - len(shown)
    secs = sum(s.seconds for s in run.stages)
    lines = [
        "# Consistency report",
        "",
        f"{run.documents} documents, {run.claims} claims, {run.pairs_scored} pairs scored "
        f"({run.pairs_nli} by NLI), **{run.flags} flagged** "
        f"({len(result.corroborations)} corroborated) in {secs:.1f} s. "
        f"Run {_quote(run.started)}, config `{run.config_digest}`.",
        "",
    ]
    if run.documents < 2:
        lines += [f"**Warning:** {ONE_SOURCE}", ""]
    if hidden:
        lines += [f"{hidden} finding(s) rejected in review are not shown (see report.yaml).", ""]
    if run.skipped:
        lines += ["Skipped files:", ""] + [f"- {_quote(p)}" for p in run.skipped] + [""]
    lines += ["## Documents", "", "| id | source | published | path |", "|---|---|---|---|"]
    for a in result.articles:
        info = describe_source(a)
        when = f"{info.date} (dateline)" if info.date_from == "dateline" else info.date or "?"
        lines.append(f"| `{a.id}` | {_quote(info.label)} | {_quote(when)} | {_quote(a.path)} |")
    lines.append("")
    budget = config.markdown_limit
    for title, keep in SECTIONS:
        part = [f for f in shown if keep(f)]
        lines += [f"## {title} ({len(part)})", ""]
        if not part:
            lines += ["None found.", ""]
        for n, f in enumerate(part[:budget], 1):
            lines += _md_finding(n, f, docs, config)
        if len(part) > budget:
            lines += [f"... and {len(part) - budget} more in report.yaml.", ""]
    if not result.findings:
        lines += _md_misses(result, docs)
    lines += _md_story(result, docs, budget)
    lines += [f"## Naming variants ({len(result.naming)})", ""]
    lines += ["Spellings of one entity; never counted as contradictions.", ""]
    for v in result.naming:
        by = spellings(v.variants, result.articles)
        told = [_quote(f"{s} ({', '.join(by[s])})" if by[s] else s) for s in v.variants]
        lines.append(f"- **{_quote(v.canonical)}**: {'; '.join(told)}")
    lines += ["", f"## Corroborated facts ({len(result.corroborations)})", ""]
    for f in result.corroborations[:budget]:
        la, lb = source_label(docs.get(f.a.doc_id)), source_label(docs.get(f.b.doc_id))
        lines.append(
            f"- {_quote(f.a.text)} — _{_quote(la)}_; agreed by _{_quote(lb)}_ "
            f"(entailment {f.ab.entailment:.2f})"
        )
    lines.append("")
    return "\n".join(lines)


ONE_SOURCE = ("fewer than two sources were checked; one source cannot disagree with itself "
              "(add articles from other outlets)")


def _md_misses(result: CheckResult, docs: Mapping[str, Article]) -> list[str]:
    """Nothing flagged: say so, and show the pairs that came closest and what would flag them."""
    lines = ["## Nearest misses", "", "Nothing was flagged at these settings. The pairs that "
             "came closest, and the setting that would flag each:", ""]  # fmt: skip
    if not result.near_misses:
        return [*lines[:2], "Nothing was flagged, and no candidate pair came near the cut.", ""]
    for m in result.near_misses:
        la, lb = source_label(docs.get(m.a.doc_id)), source_label(docs.get(m.b.doc_id))
        lines.append(f"- score {m.score:.2f} — _{_quote(la)}_: {_quote(m.a.text)} / "
                     f"_{_quote(lb)}_: {_quote(m.b.text)} — `--set {m.setting}`")
        lines += [f"  - {_quote(r)}" for r in m.reasons]
    return [*lines, ""]


def _yaml_misses(result: CheckResult) -> list[dict[str, Any]]:
    return [{"score": round(m.score, 4), "setting": m.setting,
             "a": {"doc": m.a.doc_id, "text": m.a.text},
             "b": {"doc": m.b.doc_id, "text": m.b.text}, "reasons": list(m.reasons)}
            for m in result.near_misses]  # fmt: skip


def write_report(result: CheckResult, out_dir: str | Path, config: ReportConfig) -> Path:
    """Render all three files, write all three temporaries, then rename them into place.

    A failure while writing (a full disk) leaves the old files as they were, never a new
    report.yaml beside an old report.md.
    """
    out = Path(out_dir)
    data = yaml_text(to_yaml_data(result))
    md = to_markdown(result, config)
    from consistency.stages.report_html import to_html  # it imports review, which imports us

    page = to_html(result, config)
    # "replace": a lone surrogate (an undecodable file name) cannot be written as UTF-8
    atomic_write_many(
        {
            out / name: text.encode("utf-8", "replace")
            for name, text in (("report.yaml", data), ("report.md", md), ("report.html", page))
        }
    )
    log.info("wrote %s", out)
    return out

"""``report.html``: the report as one self-contained page for reviewing in a browser.

One file with its CSS and JavaScript inline and nothing fetched from the network, so it
opens from disk and can be mailed around. Findings are ranked and filterable (kind,
source, verdict, new); the two sentences stand side by side with the differing words
marked. Opened from disk, verdicts given on the page are kept in the browser and can be
exported for ``consistency review --import``; served by ``consistency serve``, the same
page writes them to the review store.

All text reaches the page through :func:`consistency.core.escape.escape_html`: the
template environment escapes every ``{{ value }}`` with it, the few pieces of markup
built here (highlighted sentences) escape each word with it first, and ``|safe`` is used
only on the template's own macro calls, whose values were escaped inside the macro.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from consistency.core.config import ReportConfig
from consistency.core.escape import escape_html
from consistency.core.types import CheckResult, Claim, Finding, StoryClaim
from consistency.review.records import Snapshot
from consistency.review.worddiff import word_diff
from consistency.stages.sources import SourceInfo, describe_source

TEMPLATE = "report.html.j2"
MODE_FILE = '<meta name="consistency-mode" content="file">'  # ``serve`` swaps this line
STANCE_ORDER = {"asserts": 0, "denies": 1, "reports": 2, "silent": 3}


def _finalize(value: Any) -> Any:
    """Escape every template expression, except markup built (and escaped) here."""
    if isinstance(value, Markup):
        return value
    return "" if value is None else escape_html(str(value))


def environment() -> jinja2.Environment:
    """The Jinja2 environment of the report and of ``consistency serve``."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("consistency.web", "templates"),
        autoescape=False,  # escaping is done by _finalize, i.e. by escape_html only
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> Markup:
    """A CSS or JS file of the package, to be inlined (our own code, not article text)."""
    text = resources.files("consistency.web").joinpath("static").joinpath(name).read_text("utf-8")
    if "</" in text:
        raise ValueError(f"consistency/web/static/{name}: '</' would end the inline block")
    return Markup(text)


@dataclass(frozen=True)
class Side:
    """One sentence of a finding, as shown: its source, context and marked-up words."""

    source: SourceInfo | None
    doc_id: str
    before: str
    sentence: Markup
    after: str
    speaker: str | None


@dataclass(frozen=True)
class FindingView:
    rank: int
    finding: Finding
    a: Side
    b: Side
    docs: str  # space-separated doc ids, for the source filter
    snapshot: str  # JSON of the review-store snapshot, for exporting verdicts


@dataclass(frozen=True)
class StanceView:
    stance: str
    score: float
    source: SourceInfo | None
    doc_id: str
    sentence: str | None


@dataclass(frozen=True)
class StoryView:
    claim: StoryClaim
    stances: tuple[StanceView, ...]


def _marked(words: tuple[str, ...], changed: frozenset[int]) -> Markup:
    parts = [
        f"<mark>{escape_html(w)}</mark>" if i in changed else escape_html(w)
        for i, w in enumerate(words)
    ]
    return Markup(" ".join(parts))


def _side(claim: Claim, words: tuple[str, ...], changed: frozenset[int],
          sources: Mapping[str, SourceInfo], context: bool) -> Side:
    speaker = claim.attribution.speaker if claim.attribution else None
    return Side(
        source=sources.get(claim.doc_id),
        doc_id=claim.doc_id,
        before=claim.context_before if context else "",
        sentence=_marked(words, changed),
        after=claim.context_after if context else "",
        speaker=speaker,
    )


def _snapshot_json(f: Finding) -> str:
    """The review-store snapshot, less the two sentences (the page has them already)."""
    names = ("kind", "score", "signals", "text_a", "text_b", "doc_a", "doc_b")
    values = dict(zip(names, Snapshot.from_finding(f).values(), strict=True))
    values["signals"] = json.loads(str(values["signals"]))
    del values["text_a"], values["text_b"]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def finding_view(rank: int, f: Finding, sources: Mapping[str, SourceInfo],
                 context: bool = True) -> FindingView:
    """What the template needs of one finding (sentences word-diffed and escaped)."""
    diff = word_diff(f.a.text, f.b.text)
    return FindingView(
        rank=rank,
        finding=f,
        a=_side(f.a, diff.a_words, diff.a_changed, sources, context),
        b=_side(f.b, diff.b_words, diff.b_changed, sources, context),
        docs=f"{f.a.doc_id} {f.b.doc_id}",
        snapshot=_snapshot_json(f),
    )


def story_views(story: tuple[StoryClaim, ...],
                sources: Mapping[str, SourceInfo]) -> tuple[StoryView, ...]:
    """The story's claims, each with its sources' stances (asserts, denies, reports)."""
    out = []
    for claim in story:
        stances = sorted(claim.stances, key=lambda s: (STANCE_ORDER.get(s.stance, 9), -s.score))
        out.append(StoryView(claim, tuple(
            StanceView(s.stance, s.score, sources.get(s.doc_id), s.doc_id,
                       s.claim.text if s.claim else None)
            for s in stances if s.stance != "silent"
        )))
    return tuple(out)


def _source_options(views: list[FindingView], sources: Mapping[str, SourceInfo]) -> list[Any]:
    used = {d for v in views for d in v.docs.split()}
    known = [sources[d] for d in used if d in sources]
    return sorted(known, key=lambda s: (s.label.lower(), s.doc_id))


def render_context(result: CheckResult, config: ReportConfig) -> dict[str, Any]:
    """Everything the template shows, built from one CheckResult."""
    sources = {a.id: describe_source(a) for a in result.articles}
    views = [finding_view(n, f, sources, config.context) for n, f in enumerate(result.findings, 1)]
    corroborations = [finding_view(n, f, sources, False)
                      for n, f in enumerate(result.corroborations, 1)]
    run = result.run
    return {
        "run": run,
        "seconds": sum(s.seconds for s in run.stages),
        "findings": views,
        "kinds": sorted({f.kind for f in result.findings}),
        "filter_sources": _source_options(views, sources),
        "sources": [sources[a.id] for a in result.articles],
        "story": story_views(result.story, sources),
        "naming": result.naming,
        "corroborations": corroborations,
        "hide_rejected": config.hide_rejected,
        "run_key": f"{run.started}|{run.config_digest}",
        "mode_meta": Markup(MODE_FILE),
        "css": _asset("report.css"),
        "js": _asset("report.js"),
    }


def to_html(result: CheckResult, config: ReportConfig) -> str:
    """The whole report.html as text."""
    return environment().get_template(TEMPLATE).render(**render_context(result, config))

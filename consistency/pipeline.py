"""Wires the stages: ingest -> claims -> frames -> embed -> pair -> story -> NLI -> score -> report.

Each stage is a function of its own module that returns one typed result; ``check``
reads as the list of them.

``check`` is the library form of ``consistency check``: it returns a CheckResult and
(unless ``out`` is None) writes the reports. Stages report progress through a small
hook so the CLI can draw bars while the library stays silent.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from consistency.core.cache import Cache
from consistency.core.config import Config
from consistency.core.docvectors import DocumentVectors
from consistency.core.ids import dedupe_findings, ensure_writable_dir
from consistency.core.types import (
    Article,
    CheckResult,
    Claim,
    ClaimPair,
    DocPair,
    Finding,
    IngestProblem,
    RunInfo,
    StagePairs,
    StageTime,
)
from consistency.engine import Engine, make_engine
from consistency.engine.models import Models
from consistency.lang import lang_digest
from consistency.review.store import (
    ReviewStore,
    annotate_findings,
    located,
    mark_findings_seen,
)
from consistency.stages import score
from consistency.stages.claims import ClaimsResult
from consistency.stages.disagree import disagreement_findings
from consistency.stages.ingest import IngestResult, ingest
from consistency.stages.misses import nearest_misses
from consistency.stages.nli_scoring import score_nli, worth_nli
from consistency.stages.pairing import find_pairs
from consistency.stages.report import write_report
from consistency.stages.story import StoryResult, build_story, merge_pairs
from consistency.stages.structure import (
    compare_pairs,
    extract_structure,
    gate,
    structured_candidates,
)

log = logging.getLogger(__name__)


class CheckError(RuntimeError):
    """A check that cannot run (no readable documents, say); the message says why."""


class Progress(Protocol):
    def start(self, stage: str, total: int | None) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...


class NoProgress:
    def start(self, stage: str, total: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


class _Timer:
    def __init__(self, progress: Progress):
        self.progress = progress
        self.stages: list[StageTime] = []

    @contextmanager
    def stage(self, name: str, total: int | None = None) -> Iterator[Progress]:
        self.progress.start(name, total)
        t0 = time.perf_counter()
        try:
            yield self.progress
        finally:
            self.stages.append(StageTime(name, time.perf_counter() - t0))
            self.progress.finish()


def _doc_pairs(stage: str, pairs: Sequence[ClaimPair]) -> StagePairs:
    return StagePairs(stage, frozenset(DocPair.of(p.a.doc_id, p.b.doc_id) for p in pairs))


def _trace(*stages: Sequence) -> tuple[StagePairs, ...]:
    """Document pairs still connected after pair, gate, story, NLI and score."""
    names = ("pair", "gate", "story", "nli", "score")
    return tuple(_doc_pairs(n, p) for n, p in zip(names, stages, strict=True))


def _read(
    paths: Sequence[str | Path], config: Config, out: str | Path | None, cache_dir: Path
) -> IngestResult:
    """The documents to check: never the report folder or the cache, and only once the
    report folder is known to be writable (a bad --out fails now, not after an hour)."""
    _check_out(out)
    found = ingest(paths, config, exclude=[Path(p) for p in (out, cache_dir) if p])
    if not found.articles:
        where = ", ".join(str(p) for p in paths)
        raise CheckError(f"{where}: no readable documents to check")
    if len(found.articles) < 2:
        log.warning("only one document: one source cannot disagree with itself")
    # Fail before the slow stages, not after them, if the review store is unusable.
    ReviewStore(config.review.store, config.review.busy_timeout_s).close()
    return found


def _check_out(out: str | Path | None) -> None:
    """Fail before the slow stages, not after them, if the report folder is unusable."""
    try:
        if out is not None:
            ensure_writable_dir(out)
    except OSError as exc:
        raise CheckError(f"{out}: cannot write the report there ({exc.strerror or exc})") from None


def _skip_failed(found: IngestResult, failed: Mapping[str, IngestProblem]) -> IngestResult:
    """``found`` less the documents a later stage failed on, which join its problems."""
    kept = tuple(a for a in found.articles if a.id not in failed)
    problems = found.problems + tuple(failed.values())
    return dataclasses.replace(found, articles=kept, problems=problems)


def check(
    paths: Sequence[str | Path],
    config: Config,
    out: str | Path | None = None,
    progress: Progress | None = None,
    models: Models | None = None,
    use_cache: bool = True,
    engine: Engine | None = None,
) -> CheckResult:
    """Check the documents under ``paths`` for contradictions between sources.

    The per-document stages, embedding and NLI run on ``engine`` (default: the one
    ``engine.kind`` names), for what the cache missed; the rest runs here.
    """
    models = models or Models(config)
    owned = engine is None
    engine = engine or make_engine(config, models)
    try:
        return _check(paths, config, out, progress, models, use_cache, engine)
    finally:
        if owned:
            engine.close()


def _check(paths, config, out, progress, models, use_cache, engine) -> CheckResult:
    timer = _Timer(progress or NoProgress())
    cache = Cache(config.cache, enabled=use_cache and config.cache.enabled)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    config = located(config, out if out is not None else config.report.out)
    with timer.stage("ingest"):
        found = _read(paths, config, out, cache.path.parent)
    articles, docs = found.articles, {a.id: a for a in found.articles}
    with timer.stage("claims", len(articles)) as bar:
        claimed = _claims(articles, engine, config, cache, bar)
    with timer.stage("frames", len(claimed.claims)):
        structure = extract_structure(claimed, articles, None, cache, config, engine.frames)
    claims, found = structure.claims, _skip_failed(found, structure.failed)
    with timer.stage("embed", len(claims)) as bar:
        vectors = cache.embeddings(
            models.embed_key,
            [c.resolved for c in claims],
            lambda todo: engine.embed(todo, on_batch=bar.advance),
        )
    with timer.stage("pair"):
        nearest = find_pairs(list(claims), vectors, config.pair, config.index)
        gated = merge_pairs(gate(nearest, structure, config),
                            structured_candidates(structure, vectors, config))  # fmt: skip
    documents = DocumentVectors.of(claims, vectors)  # which documents tell one story
    with timer.stage("story"):
        story = _story(claims, vectors, documents, models, config)
        pairs = merge_pairs(gated, story.pairs)
    comparisons = compare_pairs(pairs, structure, docs, config, documents)
    worth = worth_nli(pairs, comparisons, story.pair_stance, config)
    with timer.stage("nli", 2 * len(worth)) as bar:
        keep = story.keep(worth, config.story)
        scored = score_nli(worth, engine, models.nli_key, config, cache, bar, comparisons, keep)
    with timer.stage("score", len(scored)):
        flagged, agreed = _findings(scored, comparisons, story, config)
    with timer.stage("disagree") as bar:
        learned = disagreement_findings(claims, vectors, documents, docs, structure.frames,
                                        {f.id for f in (*flagged, *agreed)}, models, config,
                                        cache, bar)  # fmt: skip
        findings, corroborations = map(dedupe_findings, ([*flagged, *learned.findings], agreed))
        findings = list(annotate_findings(findings, config, mark_seen=False))
    trace = _trace(nearest, gated, pairs, [s.pair for s in scored], findings)
    result = CheckResult(
        run=_run_info(config, started, found, claims, len(pairs), len(worth), len(findings), timer),
        articles=found.articles,
        findings=tuple(findings),
        corroborations=tuple(corroborations),
        naming=structure.aliases.variants(),
        story=story.claims,
        trace=trace,
        near_misses=nearest_misses(scored, comparisons, config, stance_of=story.pair_stance),
    )
    if out is not None:
        with timer.stage("report"):
            write_report(result, out, config.report)
        result = dataclasses.replace(
            result, run=dataclasses.replace(result.run, stages=tuple(timer.stages))
        )
    mark_findings_seen(findings, config)  # only now: a failed report keeps the "new" marks
    return result


def _claims(
    articles: Sequence[Article], engine: Engine, config: Config, cache: Cache, bar
) -> ClaimsResult:
    """Claims of every article; cached documents keep their claims but carry no parse."""
    parses: dict = {}
    failed: dict[str, IngestProblem] = {}  # not cached: tried (and reported) again next run

    def compute(todo: Sequence[Article]) -> list[Claim]:
        fresh = engine.claims(todo, lambda _a: bar.advance(), failed)
        parses.update(fresh.parses)
        return list(fresh.claims)

    settings = config.claims.model_dump_json() + config.models.spacy + lang_digest()
    claims = cache.claims(articles, settings, compute, skip=failed)
    return ClaimsResult(tuple(claims), parses, failed)


def _story(claims, vectors, documents, models: Models, config: Config) -> StoryResult:
    """Story claims and stances (empty, and no stance features, when ``story.enabled`` is off)."""
    if not config.story.enabled:
        return StoryResult((), {}, (), {})
    return build_story(claims, vectors, models.stance, config.story,
                       config.score.same_story_similarity, documents)


def _findings(
    scored, comparisons, story: StoryResult, config: Config
) -> tuple[list[Finding], list[Finding]]:
    flagged: list[Finding] = []
    agreed: list[Finding] = []
    for sp in scored:
        stance = story.pair_stance(sp.pair)
        finding = score.score_pair(sp, comparisons[sp.pair.id], config, stance)
        if finding is None:
            continue
        (agreed if finding.kind == "corroboration" else flagged).append(finding)
    key = lambda f: (-f.score, f.id)  # noqa: E731
    return sorted(flagged, key=key), sorted(agreed, key=key)


def _run_info(
    config: Config, started: str, found: IngestResult, claims, n_pairs: int, n_nli: int,
    flags: int, timer,
) -> RunInfo:  # fmt: skip
    return RunInfo(
        started=started,
        config_digest=config.digest(),
        documents=len(found.articles),
        claims=len(claims),
        pairs_scored=n_pairs,
        flags=flags,
        stages=tuple(timer.stages),
        skipped=found.problems,
        duplicates=found.duplicates,
        pairs_per_claim=n_pairs / len(claims) if claims else 0.0,
        pairs_nli=n_nli,
    )

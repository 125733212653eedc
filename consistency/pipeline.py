"""Wires the stages: ingest -> claims -> frames -> embed -> pair -> NLI -> score -> report.

``check`` is the library form of ``consistency check``: it returns a CheckResult and
(unless ``out`` is None) writes the reports. Stages report progress through a small
hook so the CLI can draw bars while the library stays silent.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from consistency.core.cache import Cache, model_fingerprint
from consistency.core.config import Config
from consistency.core.ids import dedupe_findings, ensure_writable_dir, sha256
from consistency.core.nlp import load_spacy
from consistency.core.types import (
    Article,
    CheckResult,
    Claim,
    ClaimPair,
    Finding,
    IngestProblem,
    NLIScores,
    RunInfo,
    ScoredPair,
    StageTime,
)
from consistency.nli.model import NLIModel
from consistency.nli.model import resolve_path as resolve_nli_path
from consistency.review.store import ReviewStore, annotate_findings, mark_findings_seen
from consistency.stages import score
from consistency.stages.claims import extract_claims
from consistency.stages.embed import Embedder, resolve_embedding_model
from consistency.stages.ingest import ingest
from consistency.stages.pairing import find_pairs
from consistency.stages.report import source_label, write_report
from consistency.structured import aliases as aliases_mod
from consistency.structured import conflicts, frames
from consistency.structured.conflicts import Comparison

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


@dataclasses.dataclass
class Models:
    """The run's models, loaded lazily and reusable across checks (tests, benchmarks)."""

    config: Config

    def __post_init__(self) -> None:
        m = self.config.models
        if m.threads:
            import torch

            torch.set_num_threads(m.threads)
        self.embedder = Embedder(m.embedding, m.device, self.config.embed.batch_size)
        n = self.config.nli
        self.nli = NLIModel(m.nli, m.device, n.max_length, n.batch_size, n.backend)

    @property
    def nlp(self):
        return load_spacy(self.config.models.spacy)

    @functools.cached_property
    def nli_key(self) -> str:
        """Identifies the NLI model's weights and settings, for the score cache."""
        n = self.config.nli
        path = resolve_nli_path(self.config.models.nli)
        return sha256(model_fingerprint(path), n.backend, str(n.max_length))

    @functools.cached_property
    def embed_key(self) -> str:
        return sha256(model_fingerprint(resolve_embedding_model(self.config.models.embedding)))


def _directed(
    items: Sequence[tuple[str, str]], models: Models, cache: Cache, progress: Progress
) -> list[NLIScores]:
    """NLI scores of each (premise, hypothesis), computing only those not cached."""
    key = models.nli_key
    found = cache.nli_many(key, items)
    todo = list(dict.fromkeys(items[i] for i, s in enumerate(found) if s is None))
    progress.advance(len(items) - len(todo))
    step = max(1, models.config.nli.batch_size * 8)
    for i in range(0, len(todo), step):
        chunk = todo[i : i + step]
        scores = models.nli.predict([p for p, _ in chunk], [h for _, h in chunk])
        for (premise, hypothesis), sc in zip(chunk, scores, strict=True):
            cache.put_nli(key, premise, hypothesis, sc)
        progress.advance(len(chunk))
    cache.flush()
    return [s for s in cache.nli_many(key, items) if s is not None]


def _score_nli(
    pairs: Sequence[ClaimPair],
    models: Models,
    cache: Cache,
    progress: Progress,
    needs_reverse: Callable[[ClaimPair, NLIScores], bool],
) -> list[ScoredPair]:
    """a -> b for every pair, then b -> a only where it can still change the outcome.

    A pair whose a -> b score cannot reach the NLI threshold on average, cannot be a
    corroboration and has no structured signal can never become a finding, so its
    reverse direction is not computed and the pair is left out.
    """
    ab = _directed([(p.a.resolved, p.b.resolved) for p in pairs], models, cache, progress)
    keep = [(p, s) for p, s in zip(pairs, ab, strict=True) if needs_reverse(p, s)]
    progress.advance(len(pairs) - len(keep))
    ba = _directed([(p.b.resolved, p.a.resolved) for p, _ in keep], models, cache, progress)
    return [ScoredPair(pair=p, ab=s, ba=r) for (p, s), r in zip(keep, ba, strict=True)]


def _reverse_rule(config: Config, comparisons: dict[str, Comparison | None]):
    """The test ``_score_nli`` uses to decide whether b -> a is worth computing."""
    # mean(ab, ba) >= t needs ab >= 2t - 1, since ba <= 1
    floor = 2 * config.nli.contradiction_threshold - 1
    ent = config.nli.entailment_threshold

    def needs(pair: ClaimPair, ab: NLIScores) -> bool:
        cmp = comparisons.get(pair.id)
        structured = cmp is not None and bool(cmp.signals)
        return ab.contradiction >= floor or ab.entailment >= ent or structured

    return needs


def _frames(claims, articles, docs, models: Models, cache: Cache, parsed: dict, failed) -> dict:
    """Event frames of every claim, parsed only for documents not in the cache."""
    doc_of = {c.id: c.doc_id for c in claims}

    def compute(todo: Sequence[Article]) -> list:
        wanted = {a.id for a in todo}
        mine = [c for c in claims if c.doc_id in wanted]
        found = frames.extract_frames(mine, docs, models.nlp, parsed, failed) if mine else {}
        return list(found.values())

    settings = models.config.models.spacy + models.config.claims.model_dump_json()
    found = cache.per_document(
        "frames", settings, articles, compute, lambda f: doc_of[f.claim_id], failed
    )
    return {f.claim_id: f for f in found}


def _attach_attribution(claims: list[Claim], frame_of: dict) -> list[Claim]:
    return [
        dataclasses.replace(c, attribution=frame_of[c.id].attribution)
        if c.id in frame_of and frame_of[c.id].attribution
        else c
        for c in claims
    ]


def check(
    paths: Sequence[str | Path],
    config: Config,
    out: str | Path | None = None,
    progress: Progress | None = None,
    models: Models | None = None,
    use_cache: bool = True,
) -> CheckResult:
    """Check the documents under ``paths`` for contradictions between sources."""
    progress = progress or NoProgress()
    models = models or Models(config)
    timer = _Timer(progress)
    cache = Cache(config.cache, enabled=use_cache and config.cache.enabled)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")

    # Fail before the slow stages, not after them, if the review store is unusable.
    ReviewStore(config.review.store, config.review.busy_timeout_s).close()
    try:  # and if the report folder is: both fail in a second, not after the slow stages
        if out is not None:
            ensure_writable_dir(out)
    except OSError as exc:
        raise CheckError(f"{out}: cannot write the report there ({exc.strerror or exc})") from None
    with timer.stage("ingest"):
        found = ingest(paths, config, exclude=[p for p in (out, cache.path.parent) if p])
    articles: tuple[Article, ...] = found.articles
    if not articles:
        where = ", ".join(str(p) for p in paths)
        raise CheckError(f"{where}: no readable documents to check")
    docs = {a.id: a for a in articles}

    with timer.stage("claims", len(articles)) as bar:
        settings = config.claims.model_dump_json() + config.models.spacy
        parsed: dict = {}  # claim id -> spaCy Doc, so frames need not parse twice
        failed: dict[str, IngestProblem] = {}  # doc id -> why claims or frames failed on it
        claims = cache.claims(
            articles,
            settings,
            lambda todo: extract_claims(
                todo, models.nlp, config.claims, lambda _a: bar.advance(), parsed, failed
            ),
            skip=failed,
        )
    with timer.stage("frames", len(claims)):
        frame_of = _frames(claims, articles, docs, models, cache, parsed, failed)
        claims = [c for c in claims if c.doc_id not in failed]
        articles = tuple(a for a in articles if a.id not in failed)
        found = dataclasses.replace(found, problems=found.problems + tuple(failed.values()))
        table = aliases_mod.build_aliases(frame_of, {c.id: c.doc_id for c in claims})
        claims = _attach_attribution(claims, frame_of)
    with timer.stage("embed", len(claims)) as bar:
        vectors = cache.embeddings(
            models.embed_key,
            [c.resolved for c in claims],
            lambda todo: models.embedder.encode(todo, on_batch=bar.advance),
        )
    with timer.stage("pair"):
        pairs = find_pairs(claims, vectors, config.pair, config.index)
        if (
            config.pair.require_shared_entity
            and config.score.structured
            and not config.pair.brute_force
        ):
            pairs = [
                p
                for p in pairs
                if conflicts.could_conflict(frame_of[p.a.id], frame_of[p.b.id], table)
            ]
    comparisons = _compare(pairs, frame_of, table, docs, config)
    with timer.stage("nli", 2 * len(pairs)) as bar:
        scored = _score_nli(pairs, models, cache, bar, _reverse_rule(config, comparisons))
    with timer.stage("score", len(scored)):
        findings, corroborations = map(dedupe_findings, _findings(scored, comparisons, config))
        findings = list(annotate_findings(findings, config, mark_seen=False))
    result = _result(
        config,
        started,
        articles,
        claims,
        len(pairs),
        findings,
        corroborations,
        table,
        timer,
        found,
    )
    if out is not None:
        with timer.stage("report"):
            write_report(result, out, config.report)
        result = dataclasses.replace(
            result, run=dataclasses.replace(result.run, stages=tuple(timer.stages))
        )
    mark_findings_seen(findings, config)  # only now: a failed report keeps the "new" marks
    return result


def _compare(pairs, frame_of, table, docs, config: Config) -> dict[str, Comparison | None]:
    """The structured comparison of each pair (None for all when structured is off)."""
    if not config.score.structured:
        return {p.id: None for p in pairs}
    return {
        p.id: conflicts.compare(
            frame_of[p.a.id],
            frame_of[p.b.id],
            table,
            config.score,
            source_label(docs.get(p.a.doc_id)),
            source_label(docs.get(p.b.doc_id)),
        )
        for p in pairs
    }


def _findings(scored, comparisons, config: Config) -> tuple[list[Finding], list[Finding]]:
    flagged: list[Finding] = []
    agreed: list[Finding] = []
    for sp in scored:
        finding = score.score_pair(sp, comparisons[sp.pair.id], config)
        if finding is None:
            continue
        (agreed if finding.kind == "corroboration" else flagged).append(finding)
    key = lambda f: (-f.score, f.id)  # noqa: E731
    return sorted(flagged, key=key), sorted(agreed, key=key)


def _result(
    config, started, articles, claims, n_pairs: int, findings, corroborations, table, timer, found
) -> CheckResult:
    run = RunInfo(
        started=started,
        config_digest=config.digest(),
        documents=len(articles),
        claims=len(claims),
        pairs_scored=n_pairs,
        flags=len(findings),
        stages=tuple(timer.stages),
        skipped=found.problems,
        duplicates=found.duplicates,
        pairs_per_claim=n_pairs / len(claims) if claims else 0.0,
    )
    return CheckResult(
        run=run,
        articles=articles,
        findings=tuple(findings),
        corroborations=tuple(corroborations),
        naming=table.variants(),
    )

"""The Ray engine: claims and frames, embedding and NLI scoring as Ray tasks.

Each task gets the run's config and one unit of work (a shard of documents, a chunk of
texts, a chunk of pairs) and runs the same function the local engine runs. Models load
once per worker process (an ``lru_cache`` keyed by the config) and stay loaded for the
next task. A task whose worker dies is run again (``engine.max_retries``); the units are
pure functions of their input, so a retry gives the same result.

The driver joins ``engine.address``, else ``$RAY_ADDRESS``, else starts a local Ray with
``engine.num_cpus`` CPUs. Workers on other machines need the same ``consistency``
installed; they never touch the cache: the driver looks it up, sends only the misses,
and stores what comes back.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from consistency.core.config import Config
from consistency.core.types import Article, Claim, IngestProblem, NLIScores
from consistency.engine import EngineError, Pair
from consistency.stages.claims import ClaimsResult
from consistency.structured.frames import Frame

log = logging.getLogger(__name__)

# What every worker needs in its environment, wherever it runs.
WORKER_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "TRANSFORMERS_VERBOSITY": "error",
}


def _models(config_json: str):
    """This worker's models for a config (loaded once per worker for the model settings)."""
    config = Config.model_validate_json(config_json)
    keep = {"models", "embed", "nli"}  # what Models reads; other keys must not reload them
    return _models_for(config.model_dump_json(include=keep))


@functools.lru_cache(maxsize=2)
def _models_for(model_json: str):
    from consistency.engine.models import Models

    config = Config.model_validate_json(model_json)
    config.models.threads = 1  # one CPU per task
    return Models(config)


def _documents_task(config_json: str, articles: Sequence[Article]):
    """Claims and frames of a shard of documents (frames reuse the claims' parse)."""
    from consistency.engine.local import frames_of
    from consistency.stages.claims import extract_claims

    m = _models(config_json)
    claims_failed: dict[str, IngestProblem] = {}
    frames_failed: dict[str, IngestProblem] = {}
    claims_config = Config.model_validate_json(config_json).claims
    found = extract_claims(articles, m.nlp, claims_config, None, claims_failed)
    docs = {a.id: a for a in articles}
    frames = frames_of(m.nlp, found.claims, docs, found.parses, frames_failed)
    return found.claims, frames, claims_failed, frames_failed


def _frames_task(config_json: str, work: tuple[Sequence[Claim], Mapping[str, Article]]):
    """Frames of claims whose documents' claims came from the cache (so no parse is at hand)."""
    from consistency.engine.local import frames_of

    claims, articles = work
    failed: dict[str, IngestProblem] = {}
    return frames_of(_models(config_json).nlp, claims, articles, {}, failed), failed


def _embed_task(config_json: str, texts: Sequence[str]) -> np.ndarray:
    return _models(config_json).embedder.encode_chunk(texts)


def _nli_task(config_json: str, chunk: Sequence[Pair]) -> list[NLIScores]:
    from consistency.engine.local import predict_chunk

    return predict_chunk(_models(config_json).nli, chunk)


def _import_ray():
    try:
        import ray
    except ImportError as exc:
        raise EngineError(
            "engine 'ray' needs Ray: pip install 'consistency[ray]'"
        ) from exc
    return ray


class RayEngine:
    """Runs the engine's units as Ray tasks; see the module docstring."""

    name = "ray"

    def __init__(self, config: Config):
        self.ray = ray = _import_ray()
        self.config = config
        self._started = False
        if not ray.is_initialized():
            address = config.engine.address or os.environ.get("RAY_ADDRESS") or None
            kwargs: dict[str, Any] = {"runtime_env": {"env_vars": WORKER_ENV}}
            if address is None:
                kwargs.update(num_cpus=config.engine.num_cpus or None, include_dashboard=False)
            try:
                ray.init(address=address, log_to_driver=False, **kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = address or "local"
                raise EngineError(f"cannot start or join Ray ({where}): {exc}") from exc
            self._started = True
        self._json = config.model_dump_json()
        retries = config.engine.max_retries
        wrap = ray.remote(max_retries=retries, retry_exceptions=False)
        self._documents = wrap(_documents_task)
        self._frames = wrap(_frames_task)
        self._embed = wrap(_embed_task)
        self._nli = wrap(_nli_task)
        self._known_frames: dict[str, Frame] = {}
        self._frames_failed: dict[str, IngestProblem] = {}  # doc id -> problem
        cpus = int(ray.cluster_resources().get("CPU", 1))
        self._window = max(2, 2 * cpus)  # tasks in flight: keeps workers busy, memory bounded
        log.info("Ray engine on %d CPUs", cpus)

    def _map(self, remote, items: Sequence[Any], done: Callable[[int], None]) -> list[Any]:
        """``remote`` over ``items``, at most ``_window`` in flight; results in input order."""
        ray = self.ray
        results: list[Any] = [None] * len(items)
        pending: dict[Any, int] = {}
        nxt = 0
        while nxt < len(items) or pending:
            while nxt < len(items) and len(pending) < self._window:
                pending[remote.remote(self._json, items[nxt])] = nxt
                nxt += 1
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                i = pending.pop(ref)
                results[i] = ray.get(ref)
                done(i)
        return results

    def claims(
        self,
        articles: Sequence[Article],
        on_article: Callable[[Article], None] | None = None,
        failed: dict[str, IngestProblem] | None = None,
    ) -> ClaimsResult:
        n = self.config.engine.docs_per_task
        shards = [list(articles[i : i + n]) for i in range(0, len(articles), n)]

        def done(i: int) -> None:
            for a in shards[i] if on_article else ():
                on_article(a)

        claims: list[Claim] = []
        failed = failed if failed is not None else {}
        for shard_claims, frames, bad_claims, bad_frames in self._map(
            self._documents, shards, done
        ):
            claims.extend(shard_claims)
            failed.update(bad_claims)
            self._known_frames.update((f.claim_id, f) for f in frames)
            self._frames_failed.update(bad_frames)
        return ClaimsResult(tuple(claims), {}, failed)

    def frames(
        self,
        claims: Sequence[Claim],
        articles: Mapping[str, Article],
        parses: Mapping[str, Any],
        failed: dict[str, IngestProblem] | None = None,
    ) -> list[Frame]:
        failed = failed if failed is not None else {}
        bad = self._frames_failed
        todo = [c for c in claims if c.id not in self._known_frames and c.doc_id not in bad]
        if todo:  # documents whose claims came from the cache but whose frames did not
            wanted = {c.doc_id for c in todo}
            docs = {d: articles[d] for d in wanted if d in articles}
            frames, more = self._map(self._frames, [(todo, docs)], lambda _i: None)[0]
            self._known_frames.update((f.claim_id, f) for f in frames)
            bad.update(more)
        failed.update((d, p) for d, p in bad.items() if d in {c.doc_id for c in claims})
        return [self._known_frames[c.id] for c in claims if c.id in self._known_frames]

    def embed(
        self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        from consistency.stages.embed import Embedder

        e = self.config.embed
        chunks = Embedder(batch_size=e.batch_size, backend=e.backend).chunks(texts)
        if not chunks:
            return np.zeros((0, 0), dtype=np.float32)
        parts = self._map(self._embed, chunks, lambda i: on_batch and on_batch(len(chunks[i])))
        return np.vstack(parts)

    def nli(
        self, chunks: Sequence[Sequence[Pair]], on_chunk: Callable[[int], None] | None = None
    ) -> list[list[NLIScores]]:
        return self._map(
            self._nli, [list(c) for c in chunks], lambda i: on_chunk and on_chunk(len(chunks[i]))
        )

    def close(self) -> None:
        """Shut down a Ray this engine started; a Ray someone else started stays up."""
        self._known_frames.clear()
        self._frames_failed.clear()
        if self._started:
            self.ray.shutdown()
            self._started = False

"""Engines: the local engine's units, and the Ray engine giving the local engine's findings.

The Ray tests share one local Ray with 2 CPUs for the module; they are marked ``ray``
and skipped, saying why, when Ray is not installed (``pip install -e '.[ray]'``).
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import yaml

from consistency.engine import make_engine
from consistency.engine.local import LocalEngine
from consistency.stages.embed import CHUNK_BATCHES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FERRY = Path(__file__).parent / "data" / "engine"  # four invented reports of one accident


def _fingerprint(result):
    """What must not depend on the engine: every finding's id, kind, score and texts."""
    return [
        (f.id, f.kind, round(f.score, 6), f.a.text, f.b.text)
        for f in [*result.findings, *result.corroborations]
    ]


def _report(out: Path) -> dict:
    """report.yaml without what differs between any two runs: start time, seconds, and
    whether a finding is new (the first run marks it seen in the shared review store)."""
    data = yaml.safe_load((out / "report.yaml").read_text(encoding="utf-8"))
    for key in ("started", "seconds"):
        data["run"].pop(key)
    for finding in data["findings"]:
        finding.pop("new")
    return data


def test_local_engine_nli_chunks_keep_order(models):
    engine = LocalEngine(models)
    chunks = [
        [("Blinken met Lavrov in Geneva.", "Blinken met Lavrov in Stockholm.")],
        [("It rained in Paris.", "It rained in Paris."), ("A cat sat.", "A dog barked.")],
    ]
    seen: list[int] = []
    out = engine.nli(chunks, seen.append)
    assert [len(c) for c in out] == [1, 2] and seen == [1, 2]
    assert out[0][0].contradiction > out[0][0].entailment
    assert out[1][0].entailment > out[1][0].contradiction


def test_embed_chunks_depend_on_the_input_only(models):
    emb = models.embedder
    step = emb.batch_size * CHUNK_BATCHES
    texts = [f"Sentence number {i} about the bridge." for i in range(step + 3)]
    chunks = emb.chunks(texts)
    assert [len(c) for c in chunks] == [step, 3]
    whole = emb.encode(texts)
    parts = np.vstack([emb.encode_chunk(c) for c in chunks])
    assert np.array_equal(whole, parts)


def test_only_cache_misses_reach_the_engine(models, tmp_path):
    """A re-run with one more document sends only that document's work to the engine."""
    from consistency.core.config import load_config
    from consistency.pipeline import check

    config = load_config(
        overrides=[f"cache.dir={tmp_path / 'c'}", f"review.store={tmp_path / 'r.sqlite'}"]
    )
    calls: dict[str, list[int]] = {"claims": [], "embed": [], "nli": []}

    class Counting(LocalEngine):
        def claims(self, articles, on_article=None, failed=None):
            calls["claims"].append(len(articles))
            return super().claims(articles, on_article, failed)

        def embed(self, texts, on_batch=None):
            calls["embed"].append(len(texts))
            return super().embed(texts, on_batch)

        def nli(self, chunks, on_chunk=None):
            calls["nli"].append(sum(len(c) for c in chunks))
            return super().nli(chunks, on_chunk)

    folder = tmp_path / "docs"
    folder.mkdir()
    for f in sorted(FERRY.iterdir())[:3]:
        (folder / f.name).write_bytes(f.read_bytes())
    first = check([folder], config, models=models, engine=Counting(models))
    assert calls["claims"] == [3] and sum(calls["nli"]) > 0
    for key in calls:
        calls[key].clear()
    again = check([folder], config, models=models, engine=Counting(models))
    assert {k: sum(v) for k, v in calls.items()} == {"claims": 0, "embed": 0, "nli": 0}
    assert _fingerprint(again) == _fingerprint(first)
    last = sorted(FERRY.iterdir())[3]
    (folder / last.name).write_bytes(last.read_bytes())
    check([folder], config, models=models, engine=Counting(models))
    assert calls["claims"] == [1]


# --- Ray ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_cluster():
    """One local Ray with 2 CPUs for every Ray test of the session."""
    ray = pytest.importorskip("ray", reason="Ray is not installed: pip install -e '.[ray]'")
    from consistency.engine.ray_engine import WORKER_ENV

    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    ray.init(
        num_cpus=2, include_dashboard=False, log_to_driver=False,
        runtime_env={"env_vars": {**WORKER_ENV, "PYTHONPATH": path}},
    )  # fmt: skip
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def ray_config(config, ray_cluster):
    return config.model_copy(update={"engine": config.engine.model_copy(update={"kind": "ray"})})


@pytest.mark.ray
def test_ray_engine_finds_what_the_local_engine_finds_on_the_seeds(
    seeds_run, ray_config, tmp_path
):
    from consistency.pipeline import check

    local, local_out = seeds_run
    result = check([SEEDS], ray_config, out=tmp_path, use_cache=False)
    assert local.findings, "the seeds have findings to compare"
    assert _fingerprint(result) == _fingerprint(local)
    assert _report(tmp_path) == _report(local_out)


def _kill_one_worker(task_prefix: str, done: threading.Event, killed: list[int]) -> None:
    """SIGKILL the first Ray worker seen running a task named ``task_prefix``*."""
    while not done.is_set() and not killed:
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
            except OSError:
                continue
            if title.startswith(f"ray::{task_prefix}"):
                os.kill(int(pid), signal.SIGKILL)
                killed.append(int(pid))
                return
        time.sleep(0.02)


@pytest.mark.ray
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds worker processes through /proc")
def test_a_killed_worker_is_retried_and_the_result_is_the_same(
    models, config, ray_config, tmp_path
):
    from consistency.pipeline import check

    local = check([FERRY], config, out=tmp_path / "local", models=models, use_cache=False)
    done, killed = threading.Event(), []
    killer = threading.Thread(target=_kill_one_worker, args=("_documents_task", done, killed))
    killer.start()
    try:
        engine = make_engine(ray_config)
        result = check([FERRY], ray_config, out=tmp_path / "ray", use_cache=False, engine=engine)
    finally:
        done.set()
        killer.join()
    assert killed, "no worker was caught running a claims task"
    assert local.findings, "the invented reports have findings to compare"
    assert _fingerprint(result) == _fingerprint(local)
    assert _report(tmp_path / "ray") == _report(tmp_path / "local")

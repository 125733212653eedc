"""Shared fixtures: isolation of every cache and store, and the real bundled models.

Hygiene, for every test:
- ``$CONSISTENCY_CACHE`` points at a temporary folder for the whole session, so no test
  reads or writes the user's cache (claims, embeddings, NLI scores, the int8 ONNX export);
- each test runs in its own temporary working folder, so a default relative path
  (``reports/reviews.sqlite``, ``reports/latest``) never lands in the repository.

The int8 ONNX export takes a while; it is kept in pytest's own cache folder
(``.pytest_cache``, never the user's) between runs, keyed on the weights' hash by the
exporter itself. ``-p no:cacheprovider`` exports afresh into the temporary folder.

Models load once per session; model tests run on both NLI backends (``nli_backend``).
Builders for unit tests live in :mod:`tests.builders`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
BACKENDS = ("onnx", "torch")


@pytest.fixture(scope="session", autouse=True)
def isolated_cache(tmp_path_factory, request) -> Path:
    """Point ``$CONSISTENCY_CACHE`` at a temporary folder for the whole session."""
    root = tmp_path_factory.mktemp("consistency-cache")
    keep = getattr(request.config, "cache", None)
    if keep is not None:  # reuse the ONNX export between runs, inside .pytest_cache
        (root / "nli-onnx").symlink_to(keep.mkdir("consistency-nli-onnx"), True)
    patch = pytest.MonkeyPatch()
    patch.setenv("CONSISTENCY_CACHE", str(root))
    yield root
    patch.undo()


@pytest.fixture(autouse=True)
def in_tmp_folder(tmp_path, monkeypatch) -> Path:
    """Run each test in its own temporary working folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def state_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("state")


@pytest.fixture(scope="session")
def config(state_dir):
    """The shipped config, with the cache and review store in the session's temp folder."""
    from consistency.core.config import load_config

    return load_config(
        overrides=[
            f"cache.dir={state_dir / 'cache'}",
            f"review.store={state_dir / 'reviews.sqlite'}",
        ]
    )


@pytest.fixture(scope="session")
def nlp(config):
    from consistency.core.nlp import load_spacy

    return load_spacy(config.models.spacy)


@pytest.fixture(scope="session")
def models(config):
    """The shipped models (default NLI backend), shared by the end-to-end tests."""
    from consistency.pipeline import Models

    return Models(config)


@pytest.fixture(scope="session", params=BACKENDS)
def nli_backend(request) -> str:
    """Each NLI backend users can pick: tests taking this fixture run once per backend."""
    return request.param


@pytest.fixture(scope="session")
def nli_models():
    """One loaded NLI model per backend, created on first use."""
    from consistency.nli.model import NLIModel

    loaded: dict[str, NLIModel] = {}

    def get(backend: str) -> NLIModel:
        if backend not in loaded:
            loaded[backend] = NLIModel("bundled", backend=backend)
        return loaded[backend]

    return get


@pytest.fixture(scope="session")
def seeds_run(models, tmp_path_factory):
    """One real end-to-end check of the demo corpus, shared by the e2e and quality tests.

    It fills the session's cache, so later checks of the same documents are cheap.
    """
    from consistency.pipeline import check

    out = tmp_path_factory.mktemp("seeds-report")
    result = check([SEEDS], models.config, out=out, models=models)
    return result, out


@pytest.fixture(scope="session")
def story_runs(models):
    """One real check of each labelled story folder (tests/data/stories/*), by name.

    On the default NLI backend only (what users run): the torch backend's checks cost
    more than the rest of the suite on a small machine; the NLI tests cover both.
    """
    from consistency.pipeline import check
    from tests.gold import story_folders

    return {
        folder.name: check([folder], models.config, models=models) for folder in story_folders()
    }

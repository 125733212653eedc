"""Shared fixtures: the real bundled models, loaded once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def config(tmp_path_factory):
    """The shipped config, with the cache and review store moved out of the repository."""
    from consistency.core.config import load_config

    tmp = tmp_path_factory.mktemp("state")
    return load_config(
        overrides=[f"cache.dir={tmp / 'cache'}", f"review.store={tmp / 'reviews.sqlite'}"]
    )


@pytest.fixture(scope="session")
def nlp(config):
    from consistency.core.nlp import load_spacy

    return load_spacy(config.models.spacy)


@pytest.fixture(scope="session")
def models(config):
    from consistency.pipeline import Models

    return Models(config)


@pytest.fixture(scope="session")
def seeds_run(models, tmp_path_factory):
    """One real end-to-end check of the demo corpus (no cache), shared by the e2e tests."""
    from consistency.pipeline import check

    out = tmp_path_factory.mktemp("seeds-report")
    result = check([SEEDS], models.config, out=out, models=models, use_cache=False)
    return result, out

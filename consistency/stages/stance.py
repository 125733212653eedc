"""Sentence stance: does a sentence assert a fact, deny or refute one, or only report it?

A multinomial logistic regression over three cue features of the sentence: it calls
something false ("hoax", "fake", "no evidence"), casts doubt on it ("doubts",
"questioned"), or hedges it ("reportedly", "according to"); the words are data in
``lang/en/stance.yaml``. The model is claim-agnostic on purpose: a regression over the
sentence embeddings (which this class still reads, for a user's own weights of that
shape) learned the claims of the 11 claim groups the labelled denials come from, and
ranked held-out claim groups at 0.48-0.54; the cue model ranks the dev stories' article
pairs at 0.76 by the sources' mean denial. Its weights were fitted by
``bench/fit_story.py stance --cues-only`` with distant labels from the FNC-1 training
bodies outside the benchmark's final split: sentences of bodies that disagree with the
story's majority position teach *denies*, of bodies that only discuss it *reports*, of
bodies that agree *asserts*. They ship as a data-only ``.npz`` (never pickle) and load
lazily; a run costs one small matrix product.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

log = logging.getLogger(__name__)

__all__ = ["LABELS", "StanceModel", "StanceScores", "load_stance_model", "save_stance_model"]

LABELS = ("asserts", "denies", "reports")
BUNDLED_STANCE = Path(__file__).resolve().parent / "models" / "stance.npz"
CUES_FILE = Path(__file__).resolve().parent.parent / "lang" / "en" / "stance.yaml"
CUE_CLASSES = ("refute", "doubt", "hedge")


@functools.lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], ...]:
    data = yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))
    return tuple(
        re.compile(r"\b(?:" + "|".join(re.escape(p) for p in data[c]) + r")\b", re.IGNORECASE)
        for c in CUE_CLASSES
    )


def cue_features(texts: Sequence[str]) -> np.ndarray:
    """n x 2: whether each text has a refute cue / a hedge cue (lang/en/stance.yaml)."""
    pats = _cue_patterns()
    return np.array([[float(bool(p.search(t))) for p in pats] for t in texts]).reshape(
        len(texts), len(pats)
    )


class StanceModelError(ValueError):
    """A stance weights file that cannot be used; the message names the file."""


@dataclass(frozen=True)
class StanceScores:
    """Probabilities of each stance for one sentence; they sum to 1."""

    asserts: float
    denies: float
    reports: float

    @property
    def label(self) -> str:
        values = (self.asserts, self.denies, self.reports)
        return LABELS[int(np.argmax(values))]


@dataclass(frozen=True)
class StanceModel:
    """Weights ``coef`` (classes x dim), ``intercept`` (classes), classes in ``LABELS`` order."""

    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(
        self, vectors: np.ndarray, texts: Sequence[str] | None = None
    ) -> np.ndarray:
        """n x 3 probabilities (asserts, denies, reports) for sentence vectors (centred on
        their story) and, when the model was fitted with them, the sentences' cue features."""
        if len(vectors) == 0:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        if texts is not None and self.coef.shape[1] == len(CUE_CLASSES):
            vectors = cue_features(texts)  # a cue-only model: reads no embedding
        elif texts is not None and self.coef.shape[1] == vectors.shape[1] + len(CUE_CLASSES):
            vectors = np.hstack([vectors, cue_features(texts)])
        if vectors.shape[1] != self.coef.shape[1]:
            raise StanceModelError(
                f"stance model expects {self.coef.shape[1]}-dimensional vectors, "
                f"got {vectors.shape[1]} (a different embedding model?)"
            )
        logits = vectors.astype(np.float64) @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return (p / p.sum(axis=1, keepdims=True)).astype(np.float32)


def save_stance_model(model: StanceModel, path: str | Path, **meta: str) -> None:
    """Write the weights as a plain ``.npz`` (arrays and strings only)."""
    arrays = {f"meta_{k}": np.array(v) for k, v in meta.items()}
    np.savez_compressed(
        path, coef=model.coef, intercept=model.intercept, labels=np.array(LABELS), **arrays
    )


@functools.lru_cache(maxsize=4)
def load_stance_model(path: str | Path = BUNDLED_STANCE) -> StanceModel:
    """The weights at ``path`` (default: the bundled ones), read once per process."""
    try:
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(str(x) for x in data["labels"])
            coef, intercept = data["coef"], data["intercept"]
    except (OSError, KeyError, ValueError) as exc:
        raise StanceModelError(f"{path}: not a stance weights file ({exc})") from exc
    if labels != LABELS or coef.shape[0] != len(LABELS) or intercept.shape != (len(LABELS),):
        raise StanceModelError(f"{path}: expected classes {LABELS}, found {labels}")
    log.debug("loaded stance model %s (%d dims)", path, coef.shape[1])
    return StanceModel(coef.astype(np.float64), intercept.astype(np.float64))

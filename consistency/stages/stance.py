"""Sentence stance: does a sentence assert a fact, deny or refute one, or only report it?

A multinomial logistic regression over the claim's sentence embedding (the bundled
MiniLM vectors the embed stage already computed) minus the mean embedding of its story,
so it reads how a sentence departs from what every source says rather than the topic
(on dev, half of whose bodies it was fitted on, article-pair AUC of the sources' mean
denial 0.87 centred against 0.68 not; on the final split the whole check ranks at chance,
see bench/stories.py);
it costs one small matrix product per run. Its weights were fitted by
``bench/fit_story.py`` with distant labels from the FNC-1 training bodies outside the
benchmark's final split: sentences of bodies that disagree with the story's majority
position ("the story is a hoax", "X denied reports that ..."; a debunk may *agree* with
a debunking headline, see the script) teach *denies*, of bodies that only discuss it
teach *reports*, of bodies that agree teach *asserts*. They ship as a data-only ``.npz``
(never pickle) and load lazily.
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

    def scores(self, vectors: np.ndarray) -> list[StanceScores]:
        return [StanceScores(*map(float, row)) for row in self.probabilities(vectors)]


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

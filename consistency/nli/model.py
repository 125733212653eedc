"""The NLI cross-encoder used by the pipeline: lazy loading, label checks, batched scoring.

The label order is read from the model's ``config.json`` (``id2label``) and never
assumed, because NLI checkpoints disagree on it. Shipped weights are fp16 to keep the
repository small; on CPU they are cast to fp32, which is both faster and exact there.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consistency.core.types import NLIScores

log = logging.getLogger(__name__)

BUNDLED_DIR = Path(__file__).resolve().parent / "model"
# The disagreement cross-encoder (consistency.stages.disagree): NLI labels, its
# "contradiction" taught to mean "two sources disagree on one fact".
DISAGREEMENT_DIR = Path(__file__).resolve().parent / "disagreement_model"
REQUIRED_LABELS = frozenset({"entailment", "neutral", "contradiction"})


class ModelLabelError(ValueError):
    """The model's ``id2label`` does not name exactly entailment/neutral/contradiction."""


def resolve_path(name_or_path: str, bundled: Path = BUNDLED_DIR) -> str:
    """``"bundled"`` means the model shipped in ``bundled`` (``consistency/nli/model/``)."""
    return str(bundled) if name_or_path == "bundled" else name_or_path


def label_order(id2label: dict[Any, str], where: str = "model") -> tuple[str, ...]:
    """Labels by class index, lower-cased; raises :class:`ModelLabelError` unless they are
    exactly entailment, neutral and contradiction (in any order)."""
    try:
        ordered = tuple(str(id2label[k]).lower() for k in sorted(id2label, key=int))
    except (TypeError, ValueError) as exc:
        raise ModelLabelError(f"{where}: id2label has non-integer ids: {id2label}") from exc
    if len(ordered) != 3 or set(ordered) != REQUIRED_LABELS:
        raise ModelLabelError(
            f"{where}: id2label must name exactly entailment, neutral and contradiction "
            f"(got {list(ordered)}); is this a 3-way NLI model?")
    return ordered


class NLIModel:
    """A 3-way NLI cross-encoder; the weights load on the first :meth:`predict`.

    ``backend="onnx"`` runs an int8-quantized ONNX export of the same weights with
    onnxruntime (see :mod:`consistency.nli.onnx_backend`); ``threads`` is its number of
    intra-op threads (0: onnxruntime's default, one per physical core).
    """

    def __init__(self, name_or_path: str = "bundled", device: str = "cpu",
                 max_length: int = 128, batch_size: int = 32, backend: str = "torch",
                 threads: int = 0) -> None:
        if backend not in ("torch", "onnx"):
            raise ValueError(f"backend must be 'torch' or 'onnx', not {backend!r}")
        self.name_or_path = resolve_path(name_or_path)
        self.device = device
        self.max_length = max_length
        self.batch_size = batch_size
        self.backend = backend
        self.threads = threads
        self._model: Any = None
        self._labels: tuple[str, ...] | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        """Label names by class index, as read from the model config."""
        self._load()
        assert self._labels is not None
        return self._labels

    def _load(self) -> None:
        if self._model is not None:
            return
        if self.backend == "onnx":
            from consistency.nli.onnx_backend import OnnxNLI

            self._model = OnnxNLI(self.name_or_path, self.max_length, self.threads)
            self._labels = label_order(self._model.id2label, self.name_or_path)
            return
        import torch
        from sentence_transformers import CrossEncoder

        local = Path(self.name_or_path).is_dir()
        model = CrossEncoder(self.name_or_path, device=self.device, max_length=self.max_length,
                             local_files_only=local,
                             model_kwargs={"dtype": torch.float32, "use_safetensors": True})
        self._labels = label_order(model.config.id2label, self.name_or_path)
        if self.device == "cpu":
            model = model.float()  # fp16 on CPU is slow and lossy: always compute in fp32
        model.eval()
        self._model = model
        log.info("loaded NLI model %s (labels %s)", self.name_or_path, self._labels)

    def predict(self, premises: Sequence[str], hypotheses: Sequence[str],
                progress: bool = False) -> list[NLIScores]:
        """Score each premise -> hypothesis pair; probabilities come from a softmax."""
        if len(premises) != len(hypotheses):
            raise ValueError(f"{len(premises)} premises but {len(hypotheses)} hypotheses")
        if not premises:
            return []
        self._load()
        assert self._labels is not None
        # Sort by length so each batch pads little; restore the caller's order after.
        order = sorted(range(len(premises)), key=lambda i: len(premises[i]) + len(hypotheses[i]))
        pairs = [(premises[i], hypotheses[i]) for i in order]
        probs = self._predict_sorted(pairs, progress)
        out: list[NLIScores | None] = [None] * len(pairs)
        idx = {name: self._labels.index(name) for name in REQUIRED_LABELS}
        for pos, row in zip(order, probs, strict=True):
            out[pos] = NLIScores(entailment=float(row[idx["entailment"]]),
                                 neutral=float(row[idx["neutral"]]),
                                 contradiction=float(row[idx["contradiction"]]))
        return [s for s in out if s is not None]

    def _predict_sorted(self, pairs: list[tuple[str, str]], progress: bool) -> Any:
        if self.backend == "onnx":
            return self._model.predict(pairs, self.batch_size, progress)
        import torch

        with torch.inference_mode():
            return self._model.predict(pairs, batch_size=self.batch_size,
                                       show_progress_bar=progress, apply_softmax=True,
                                       convert_to_numpy=True)

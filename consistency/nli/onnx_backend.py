"""Int8 ONNX runtime backend for the NLI cross-encoder (faster on small CPUs).

On first use the model directory is exported to ONNX with ``torch.onnx`` and quantized
to int8 (dynamic, weights only) with ``onnxruntime.quantization``; the result is cached
under ``$XDG_CACHE_HOME/consistency/nli-onnx/<hash of the weights>/``, so a retrained
model gets a fresh export and an unchanged one is exported once.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from consistency.core.cache import user_cache_dir, weights_hash

log = logging.getLogger(__name__)


def cache_root() -> Path:
    """Where exports are kept: ``nli-onnx`` under the per-user cache folder."""
    return user_cache_dir() / "nli-onnx"


def export_int8(model_dir: Path, out_dir: Path) -> Path:
    """Export ``model_dir`` to ONNX (fp32) and quantize it to int8; returns the int8 path."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        model_dir, dtype=torch.float32, use_safetensors=True).float().eval()
    tok = AutoTokenizer.from_pretrained(model_dir)
    enc = tok(["a premise"], ["a hypothesis"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    dyn = {n: {0: "batch", 1: "seq"} for n in names}
    # Build in a private folder and rename: two runs exporting at once cannot mix files.
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        fp32, tmp_int8 = Path(tmp) / "model.onnx", Path(tmp) / "model.int8.onnx"
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer chatter about shapes, not problems
            torch.onnx.export(model, tuple(enc[n] for n in names), str(fp32), input_names=names,
                              output_names=["logits"], dynamic_axes={**dyn, "logits": {0: "batch"}},
                              opset_version=17, dynamo=False)
        quiet = logging.getLogger()
        level, quiet.level = quiet.level, logging.ERROR  # quantize_dynamic warns on the root logger
        try:
            quantize_dynamic(str(fp32), str(tmp_int8), weight_type=QuantType.QInt8)
        finally:
            quiet.setLevel(level)
        int8 = out_dir / "model.int8.onnx"
        os.replace(tmp_int8, int8)
    log.info("exported int8 ONNX model to %s", int8)
    return int8


class OnnxNLI:
    """Runs an int8 ONNX export; ``predict`` returns softmax probabilities (numpy)."""

    def __init__(self, model_dir: str, max_length: int = 128, threads: int = 0) -> None:
        import onnxruntime as ort
        from transformers import AutoTokenizer

        path = Path(model_dir)
        if not (path / "model.safetensors").is_file():
            raise ValueError(f"{model_dir}: the onnx backend needs a local model directory")
        self.id2label: dict[Any, str] = json.loads(
            (path / "config.json").read_text(encoding="utf-8"))["id2label"]
        target = cache_root() / weights_hash(path) / "model.int8.onnx"
        if not target.is_file():
            export_int8(path, target.parent)
        self.model_path = target
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.max_length = max_length
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            opts.intra_op_num_threads = threads
        # Idle worker threads sleep instead of spinning: on a CPU shared with other jobs
        # spinning burns the cores the other threads need (measured: docs/nli-model.md).
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(target), opts,
                                            providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def predict(self, pairs: list[tuple[str, str]], batch_size: int,
                progress: bool = False) -> np.ndarray:
        """Softmax probabilities for each pair, in the order given."""
        from tqdm.auto import tqdm

        rows: list[np.ndarray] = []
        starts = range(0, len(pairs), batch_size)
        for i in tqdm(starts, disable=not progress, desc="nli"):
            batch = pairs[i:i + batch_size]
            enc = self.tokenizer([p for p, _ in batch], [h for _, h in batch], truncation=True,
                                 max_length=self.max_length, padding=True, return_tensors="np")
            feed = {k: v.astype(np.int64) for k, v in enc.items() if k in self.inputs}
            logits = self.session.run(["logits"], feed)[0]
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
            rows.append(e / e.sum(axis=1, keepdims=True))
        return np.concatenate(rows) if rows else np.zeros((0, 3))

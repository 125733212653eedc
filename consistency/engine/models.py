"""The run's models (spaCy, the sentence embedder, the NLI cross-encoder), loaded lazily.

One ``Models`` serves a whole local check, and one per Ray worker process: the engines
load models through it, so it lives with them (``consistency.pipeline`` re-exports it).
"""

from __future__ import annotations

import dataclasses
import functools

from consistency.core.cache import model_fingerprint
from consistency.core.config import BUNDLED, Config
from consistency.core.ids import sha256
from consistency.core.nlp import load_spacy
from consistency.nli.model import DISAGREEMENT_DIR, NLIModel
from consistency.nli.model import resolve_path as resolve_nli_path
from consistency.stages.embed import Embedder, resolve_embedding_model
from consistency.stages.stance import load_stance_model

__all__ = ["Models"]


@dataclasses.dataclass
class Models:
    """The run's models, loaded lazily and reusable across checks (tests, benchmarks)."""

    config: Config

    def __post_init__(self) -> None:
        m = self.config.models
        if m.threads:
            import torch

            torch.set_num_threads(m.threads)
        e = self.config.embed
        self.embedder = Embedder(m.embedding, m.device, e.batch_size, e.backend, m.threads)
        n = self.config.nli
        self.nli = NLIModel(m.nli, m.device, n.max_length, n.batch_size, n.backend)
        self.disagreement = NLIModel(resolve_nli_path(m.disagreement, DISAGREEMENT_DIR), m.device,
                                     n.max_length, n.batch_size, self.config.disagree.backend)

    @property
    def nlp(self):
        return load_spacy(self.config.models.spacy)

    @functools.cached_property
    def nli_key(self) -> str:
        """Identifies the NLI model's weights and settings, for the score cache."""
        return self._pair_model_key(self.nli)

    @functools.cached_property
    def disagreement_key(self) -> str:
        """Identifies the disagreement model's weights and settings, for the score cache."""
        return self._pair_model_key(self.disagreement)

    @staticmethod
    def _pair_model_key(model: NLIModel) -> str:
        return sha256(model_fingerprint(model.name_or_path), model.backend, str(model.max_length))

    @functools.cached_property
    def stance(self):
        """The sentence stance model (asserts / denies / reports)."""
        name = self.config.stance.model
        return load_stance_model() if name == BUNDLED else load_stance_model(name)

    @functools.cached_property
    def embed_key(self) -> str:
        path = resolve_embedding_model(self.config.models.embedding)
        # int8 and fp32 vectors differ slightly: each backend keeps its own.
        return sha256(model_fingerprint(path), self.config.embed.backend)

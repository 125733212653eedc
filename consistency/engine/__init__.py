"""Where the heavy work of a check runs: in this process (``local``) or on Ray (``ray``).

The pipeline hands an :class:`Engine` only what the cache missed (claims and frames of
new documents, vectors of new claim texts, NLI scores of new directed pairs) and keeps
the cache, the index and the pairing on the driver. Work is cut into units that depend
on the input alone (a chunk of texts, a chunk of pairs), and every engine runs the
same units with the same code, so both engines give the same findings and ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from consistency.core.config import Config
from consistency.core.types import Article, Claim, IngestProblem, NLIScores

if TYPE_CHECKING:
    from consistency.stages.claims import ClaimsResult
    from consistency.structured.frames import Frame

Pair = tuple[str, str]  # (premise, hypothesis)


class Engine(Protocol):
    """The per-document stages, embedding and NLI scoring, for the inputs the cache missed."""

    name: str

    def claims(
        self,
        articles: Sequence[Article],
        on_article: Callable[[Article], None] | None = None,
        failed: dict[str, IngestProblem] | None = None,
    ) -> ClaimsResult:
        """Claims of ``articles``; a document that fails is named in ``failed`` and skipped."""

    def frames(
        self,
        claims: Sequence[Claim],
        articles: Mapping[str, Article],
        parses: Mapping[str, Any],
        failed: dict[str, IngestProblem] | None = None,
    ) -> list[Frame]:
        """Frames of ``claims``; a document whose frames fail is named in ``failed``."""

    def embed(self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None
              ) -> np.ndarray: ...  # fmt: skip

    def nli(
        self, chunks: Sequence[Sequence[Pair]], on_chunk: Callable[[int], None] | None = None
    ) -> list[list[NLIScores]]: ...

    def close(self) -> None: ...


class EngineError(RuntimeError):
    """An engine that cannot start (Ray not installed, cluster unreachable); says why."""


def make_engine(config: Config, models: Any = None) -> Engine:
    """The engine ``config.engine.kind`` names; ``models`` (a pipeline.Models) for ``local``."""
    if config.engine.kind == "ray":
        from consistency.engine.ray_engine import RayEngine

        return RayEngine(config)
    from consistency.engine.local import LocalEngine

    if models is None:
        from consistency.engine.models import Models

        models = Models(config)
    return LocalEngine(models)

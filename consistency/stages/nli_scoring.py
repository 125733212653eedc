"""The NLI stage: each candidate pair scored a -> b, and b -> a where it can still matter.

Scores come from the cache where a directed pair was scored before by the same model
and settings; only the rest reach the model, in batches.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from consistency.core.cache import Cache
from consistency.core.config import Config
from consistency.core.types import ClaimPair, NLIScores, ScoredPair
from consistency.stages.score import PairStance, best_case
from consistency.structured.conflicts import Comparison


def worth_nli(
    pairs: Sequence[ClaimPair],
    comparisons: Mapping[str, Comparison | None],
    stance_of: Callable[[ClaimPair], PairStance | None],
    config: Config,
) -> list[ClaimPair]:
    """The pairs NLI can still change the outcome of: those whose best-case score
    reaches ``score.flag_threshold - nli.skip_margin``, and those similar enough
    (``nli.corroboration_similarity``) to be corroborations."""
    floor = config.score.flag_threshold - config.nli.skip_margin
    if floor <= 0:
        return list(pairs)
    similar = config.nli.corroboration_similarity
    return [
        p
        for p in pairs
        if p.similarity >= similar
        or best_case(p, comparisons.get(p.id), stance_of(p), config) >= floor
    ]


def directed(
    items: Sequence[tuple[str, str]], nli, key: str, batch: int, cache: Cache, progress
) -> list[NLIScores]:
    """NLI scores of each (premise, hypothesis), computing only those not cached."""
    found = cache.nli_many(key, items)
    todo = list(dict.fromkeys(items[i] for i, s in enumerate(found) if s is None))
    progress.advance(len(items) - len(todo))
    step = max(1, batch * 128)
    # Chunks fixed by the input alone: int8 scores depend on what is batched together.
    # Large chunks: pairs are sorted by length within a chunk, so batches pad less.
    chunks = [todo[i : i + step] for i in range(0, len(todo), step)]
    for chunk, scores in zip(chunks, nli.nli(chunks, progress.advance), strict=True):
        for (premise, hypothesis), sc in zip(chunk, scores, strict=True):
            cache.put_nli(key, premise, hypothesis, sc)
    cache.flush()
    return [s for s in cache.nli_many(key, items) if s is not None]


def reverse_rule(
    config: Config,
    comparisons: Mapping[str, Comparison | None],
    keep: frozenset[str] = frozenset(),
) -> Callable[[ClaimPair, NLIScores], bool]:
    """Whether b -> a is worth computing, given a -> b.

    A pair whose a -> b score cannot reach the NLI threshold on average, cannot be a
    corroboration and has no structured signal can never become a finding, unless the
    story stage put its id in ``keep`` (a denial: its stance can make it one).
    """
    # mean(ab, ba) >= t needs ab >= 2t - 1, since ba <= 1
    floor = 2 * config.nli.contradiction_threshold - 1
    ent = config.nli.entailment_threshold

    def needs(pair: ClaimPair, ab: NLIScores) -> bool:
        cmp = comparisons.get(pair.id)
        structured = cmp is not None and bool(cmp.signals)
        return ab.contradiction >= floor or ab.entailment >= ent or structured or pair.id in keep

    return needs


def score_nli(
    pairs: Sequence[ClaimPair],
    nli,
    key: str,
    config: Config,
    cache: Cache,
    progress,
    comparisons: Mapping[str, Comparison | None],
    keep: frozenset[str] = frozenset(),
) -> list[ScoredPair]:
    """Every pair a -> b, then b -> a for the pairs :func:`reverse_rule` keeps.

    ``nli`` is an :class:`~consistency.engine.Engine` (it runs the model on chunks of
    pairs); ``key`` identifies the model's weights and settings in the cache.
    """
    needs = reverse_rule(config, comparisons, keep)
    batch = config.nli.batch_size
    ab = directed([(p.a.resolved, p.b.resolved) for p in pairs], nli, key, batch, cache, progress)
    keep = [(p, s) for p, s in zip(pairs, ab, strict=True) if needs(p, s)]
    progress.advance(len(pairs) - len(keep))
    ba = directed(
        [(p.b.resolved, p.a.resolved) for p, _ in keep], nli, key, batch, cache, progress
    )
    return [ScoredPair(pair=p, ab=s, ba=r) for (p, s), r in zip(keep, ba, strict=True)]

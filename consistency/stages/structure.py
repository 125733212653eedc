"""The structured stage: event frames of every claim, one alias table for the corpus,
the entity gate on candidate pairs, and the structured comparison of each pair.

``score.structured`` is read here and nowhere else: when it is off, no pair is gated and
every comparison is None, so scoring falls back to NLI alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from consistency.core.cache import Cache
from consistency.core.config import Config
from consistency.core.ids import pair_id
from consistency.core.types import Article, Claim, ClaimPair, IngestProblem
from consistency.lang import lang_digest, name_rules
from consistency.stages.claims import ClaimsResult
from consistency.stages.report import source_label
from consistency.structured import conflicts
from consistency.structured.aliases import AliasTable, build_aliases
from consistency.structured.candidates import (
    CAUSE_KINDS,
    DENIAL_KINDS,
    SLOT_KINDS,
    structured_pairs,
)
from consistency.structured.conflicts import Comparison
from consistency.structured.frames import Frame, extract_frames


@dataclass(frozen=True)
class Structure:
    """Frames per claim id, the corpus's alias table, and the claims with attribution."""

    claims: tuple[Claim, ...]
    frames: Mapping[str, Frame]
    aliases: AliasTable
    enabled: bool  # score.structured
    # doc id -> why it was skipped (claims or frames failed on it); none of its claims here
    failed: Mapping[str, IngestProblem] = field(default_factory=dict)


def extract_structure(
    found: ClaimsResult,
    articles: Sequence[Article],
    nlp,
    cache: Cache,
    config: Config,
    frames_of: Callable[..., list[Frame]] | None = None,
) -> Structure:
    """Frames of every claim (parsed only for documents not in the cache) and aliases.

    ``frames_of(claims, articles, parses, failed)`` computes the missing frames (an engine's);
    without it they are extracted here with ``nlp``.
    """
    docs = {a.id: a for a in articles}
    doc_of = {c.id: c.doc_id for c in found.claims}
    failed = dict(found.failed)  # frames failures join the claims failures

    def compute(todo: Sequence[Article]) -> list[Frame]:
        wanted = {a.id for a in todo}
        mine = [c for c in found.claims if c.doc_id in wanted]
        if not mine:
            return []
        if frames_of is not None:
            return frames_of(mine, docs, found.parses, failed)
        return list(extract_frames(mine, docs, nlp, found.parses, failed).values())

    settings = config.models.spacy + config.claims.model_dump_json() + lang_digest()
    frames = cache.per_document(
        "frames", settings, articles, compute, lambda f: doc_of[f.claim_id], failed
    )
    frame_of = {f.claim_id: f for f in frames}
    claims = tuple(
        dataclasses.replace(c, attribution=frame_of[c.id].attribution)
        if c.id in frame_of and frame_of[c.id].attribution
        else c
        for c in found.claims
        if c.doc_id not in failed
    )
    table = build_aliases(frame_of, doc_of, name_rules(config.lang))
    return Structure(claims, frame_of, table, config.score.structured, failed)


def structured_candidates(
    structure: Structure, vectors: np.ndarray, config: Config
) -> list[ClaimPair]:
    """The pairs the structured checks ask for whatever the embeddings say (two claims
    giving a count, a cause or a time of one kind of event, or asserting and denying one
    event: :func:`~consistency.structured.candidates.structured_pairs`), with their cosine.
    Nearest-neighbour pairing misses them when the wording differs ("Six passengers died"
    against "the death toll rose to nine")."""
    if not structure.enabled:
        return []
    if config.pair.structured_candidates:
        kinds = None
    else:
        kinds = frozenset()
        if config.pair.cause_candidates:
            kinds |= CAUSE_KINDS  # only two causes of one thing, one quotation twice
        if config.pair.denial_candidates:
            kinds |= DENIAL_KINDS  # an event and its denial as a whole
        if config.pair.slot_candidates:
            kinds |= SLOT_KINDS  # one thing at two venues, one person with two titles
        if not kinds:
            return []
    row = {c.id: i for i, c in enumerate(structure.claims)}
    return [
        ClaimPair(pair_id(a.text, b.text), a, b, float(vectors[row[a.id]] @ vectors[row[b.id]]))
        for a, b in structured_pairs(structure.claims, structure.frames, kinds=kinds)
        if a.text != b.text
    ]


def gate(pairs: Sequence[ClaimPair], structure: Structure, config: Config) -> list[ClaimPair]:
    """Drop pairs that share no canonical entity or predicate class (they cannot conflict)."""
    if not (structure.enabled and config.pair.require_shared_entity) or config.pair.brute_force:
        return list(pairs)
    f, table = structure.frames, structure.aliases
    return [p for p in pairs if conflicts.could_conflict(f[p.a.id], f[p.b.id], table)]


def _unrelated_documents(
    claims: Sequence[Claim], vectors: np.ndarray, floor: float, among: Iterable[frozenset[str]]
) -> set[frozenset[str]]:
    """Of the document pairs ``among``, those about different stories: the mean vectors
    of their claims are less than ``floor`` apart in cosine.

    The structured checks compare counts, times and causes of one kind of event; in a
    folder holding several stories, "the bombings killed three people" and "six people
    were killed" come from two stories. Measured on the FNC-1 dev stories (mean sentence
    vector per body): two bodies of one story are >= 0.4 in 99.6 % of pairs, bodies of
    different claim groups in 8 % (>= 0.5: 96.9 % and 2.2 %).
    """
    if floor <= -1 or not claims:
        return set()
    docs = sorted({c.doc_id for c in claims})
    index = {d: i for i, d in enumerate(docs)}
    means = np.zeros((len(docs), vectors.shape[1]), dtype=np.float64)
    np.add.at(means, [index[c.doc_id] for c in claims], vectors)
    means /= np.linalg.norm(means, axis=1, keepdims=True) + 1e-12
    return {
        pair
        for pair in set(among)
        if float(np.dot(*(means[index[d]] for d in sorted(pair)))) < floor
    }


def compare_pairs(
    pairs: Sequence[ClaimPair],
    structure: Structure,
    docs: Mapping[str, Article],
    config: Config,
    vectors: np.ndarray | None = None,
) -> dict[str, Comparison | None]:
    """The structured comparison of each pair, by pair id (None for all when disabled, and
    for pairs of documents about different stories when ``vectors``, the claims' vectors
    in ``structure.claims`` order, are given: ``score.same_story_similarity``)."""
    if not structure.enabled:
        return {p.id: None for p in pairs}
    f = structure.frames
    doc_pair = {p.id: frozenset((p.a.doc_id, p.b.doc_id)) for p in pairs}
    floor = config.score.same_story_similarity
    apart = (
        set()
        if vectors is None
        else _unrelated_documents(structure.claims, vectors, floor, doc_pair.values())
    )
    return {
        p.id: None
        if doc_pair[p.id] in apart
        else conflicts.compare(
            f[p.a.id],
            f[p.b.id],
            structure.aliases,
            config.score,
            source_label(docs.get(p.a.doc_id)),
            source_label(docs.get(p.b.doc_id)),
        )
        for p in pairs
    }

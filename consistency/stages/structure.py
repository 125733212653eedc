"""The structured stage: event frames of every claim, one alias table for the corpus,
the entity gate on candidate pairs, and the structured comparison of each pair.

``score.structured`` is read here and nowhere else: when it is off, no pair is gated and
every comparison is None, so scoring falls back to NLI alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from consistency.core.cache import Cache
from consistency.core.config import Config
from consistency.core.types import Article, Claim, ClaimPair
from consistency.lang import lang_digest, name_rules
from consistency.stages.claims import ClaimsResult
from consistency.stages.report import source_label
from consistency.structured import conflicts
from consistency.structured.aliases import AliasTable, build_aliases
from consistency.structured.conflicts import Comparison
from consistency.structured.frames import Frame, extract_frames


@dataclass(frozen=True)
class Structure:
    """Frames per claim id, the corpus's alias table, and the claims with attribution."""

    claims: tuple[Claim, ...]
    frames: Mapping[str, Frame]
    aliases: AliasTable
    enabled: bool  # score.structured


def extract_structure(
    found: ClaimsResult, articles: Sequence[Article], nlp, cache: Cache, config: Config
) -> Structure:
    """Frames of every claim (parsed only for documents not in the cache) and aliases."""
    docs = {a.id: a for a in articles}
    doc_of = {c.id: c.doc_id for c in found.claims}

    def compute(todo: Sequence[Article]) -> list[Frame]:
        wanted = {a.id for a in todo}
        mine = [c for c in found.claims if c.doc_id in wanted]
        return list(extract_frames(mine, docs, nlp, found.parses).values()) if mine else []

    settings = config.models.spacy + config.claims.model_dump_json() + lang_digest()
    frames = cache.per_document("frames", settings, articles, compute, lambda f: doc_of[f.claim_id])
    frame_of = {f.claim_id: f for f in frames}
    claims = tuple(
        dataclasses.replace(c, attribution=frame_of[c.id].attribution)
        if c.id in frame_of and frame_of[c.id].attribution
        else c
        for c in found.claims
    )
    table = build_aliases(frame_of, doc_of, name_rules(config.lang))
    return Structure(claims, frame_of, table, config.score.structured)


def gate(pairs: Sequence[ClaimPair], structure: Structure, config: Config) -> list[ClaimPair]:
    """Drop pairs that share no canonical entity or predicate class (they cannot conflict)."""
    if not (structure.enabled and config.pair.require_shared_entity) or config.pair.brute_force:
        return list(pairs)
    f, table = structure.frames, structure.aliases
    return [p for p in pairs if conflicts.could_conflict(f[p.a.id], f[p.b.id], table)]


def compare_pairs(
    pairs: Sequence[ClaimPair], structure: Structure, docs: Mapping[str, Article], config: Config
) -> dict[str, Comparison | None]:
    """The structured comparison of each pair, by pair id (None for all when disabled)."""
    if not structure.enabled:
        return {p.id: None for p in pairs}
    f = structure.frames
    return {
        p.id: conflicts.compare(
            f[p.a.id],
            f[p.b.id],
            structure.aliases,
            config.score,
            source_label(docs.get(p.a.doc_id)),
            source_label(docs.get(p.b.doc_id)),
        )
        for p in pairs
    }

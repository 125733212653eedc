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
from consistency.core.docvectors import DocumentVectors, SameStory
from consistency.core.ids import pair_id
from consistency.core.types import Article, Claim, ClaimPair, IngestProblem
from consistency.lang import lang_digest, name_rules
from consistency.stages.claims import ClaimsResult
from consistency.stages.report import source_label
from consistency.structured import clockclash, conflicts, numberclash, placeclash, quotes
from consistency.structured.aliases import AliasTable, build_aliases
from consistency.structured.candidates import (
    CAUSE_KINDS,
    COUNT_KINDS,
    DENIAL_KINDS,
    DESTINATION_KINDS,
    MEASURE_KINDS,
    PRICE_KINDS,
    QUOTE_KINDS,
    SLOT_KINDS,
    SPOT_KINDS,
    TIME_KINDS,
    pairs_by_kinds,
)
from consistency.structured.conflicts import Comparison
from consistency.structured.frames import Frame, extract_frames
from consistency.structured.numberclash import share_anchor


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
    claims, frames, table = structure.claims, structure.frames, structure.aliases
    wanted = [(None, None)] if config.pair.structured_candidates else _wanted(config)
    found = [
        (a, b)
        for (_, differ), pairs in zip(
            wanted, pairs_by_kinds(claims, frames, [k for k, _ in wanted]), strict=True
        )
        for a, b in pairs
        if differ is None or differ(frames[a.id], frames[b.id], table, config.score)
    ]
    row = {c.id: i for i, c in enumerate(claims)}
    out: dict[str, ClaimPair] = {}
    for a, b in found:
        pid = pair_id(a.text, b.text)
        if a.text != b.text and pid not in out:
            out[pid] = ClaimPair(pid, a, b, float(vectors[row[a.id]] @ vectors[row[b.id]]))
    return list(out.values())


def _wanted(config: Config) -> list[tuple[frozenset[str], Callable | None]]:
    """The kinds of bucket the candidate settings ask for, in order, each with the test
    its pairs must pass (None: every pair of the bucket). Denials of an event as a whole
    (``pair.denial_candidates``); two different causes of one thing (``cause_``); one
    thing at two venues, one person under two titles (``slot_``); different counts or
    depths (``count_``) or times (``time_``) of one event, one quotation from two named
    speakers, one group taken to two places (``slot_``), kept only where the values
    differ as compare() sees it, so that the pairs stay few on real news."""
    pair = config.pair
    rows = (
        (pair.denial_candidates, DENIAL_KINDS, None),
        (pair.cause_candidates, CAUSE_KINDS, lambda a, b, t, _s: conflicts.causes_differ(a, b, t)),
        (pair.slot_candidates, SLOT_KINDS, None),
        (pair.count_candidates, COUNT_KINDS, numberclash.counts_differ),
        (pair.time_candidates, TIME_KINDS, clockclash.times_differ),
        (pair.count_candidates, MEASURE_KINDS, placeclash.measures_differ),
        (pair.slot_candidates, QUOTE_KINDS, quotes.quotes_differ),
        (pair.slot_candidates, DESTINATION_KINDS, placeclash.destinations_differ),
        (pair.slot_candidates, SPOT_KINDS, placeclash.spots_differ),
        (pair.slot_candidates, PRICE_KINDS, numberclash.amounts_differ),
    )
    return [(kinds, differ) for on, kinds, differ in rows if on]


def gate(pairs: Sequence[ClaimPair], structure: Structure, config: Config) -> list[ClaimPair]:
    """Drop pairs that share no canonical entity or predicate class (they cannot conflict)."""
    if not (structure.enabled and config.pair.require_shared_entity) or config.pair.brute_force:
        return list(pairs)
    f, table = structure.frames, structure.aliases
    return [p for p in pairs if conflicts.could_conflict(f[p.a.id], f[p.b.id], table)]


def _unrelated_documents(
    documents: DocumentVectors, floor: float, among: Iterable[frozenset[str]]
) -> set[frozenset[str]]:
    """Of the document pairs ``among``, those about different stories
    (:class:`DocumentVectors`): the structured checks compare counts, times and causes
    of one kind of event, which two stories share."""
    if floor <= -1:
        return set()
    return {pair for pair in set(among) if not documents.same_story(*sorted(pair), floor)}


def _loosely_related(
    pairs: Sequence[ClaimPair], structure: Structure, config: Config,
    documents: DocumentVectors | None,
) -> set[str]:
    """Ids of the pairs whose documents are only loosely of one story (above
    ``score.same_story_similarity`` but neither ``story.same_story_similarity`` close nor
    among each other's ``story.same_story_neighbours`` nearest: in a folder of many
    stories, two reports of two attacks) and whose claims share no name: "all seven
    attackers ... were killed" (Somalia) and "more than 600 people have been killed"
    (Kobani) tell two events, whatever their counts."""
    if documents is None or config.score.same_story_similarity <= -1:
        return set()
    st = config.story
    together = SameStory.of(documents, st.same_story_similarity,
                            config.score.same_story_similarity, st.same_story_neighbours)
    f, table = structure.frames, structure.aliases
    return {p.id for p in pairs if not together(p.a.doc_id, p.b.doc_id)
            and not share_anchor(f[p.a.id], f[p.b.id], table)}


def compare_pairs(
    pairs: Sequence[ClaimPair],
    structure: Structure,
    docs: Mapping[str, Article],
    config: Config,
    documents: DocumentVectors | None = None,
) -> dict[str, Comparison | None]:
    """The structured comparison of each pair, by pair id (None for all when disabled, and
    for pairs of documents about different stories when the documents' mean vectors are
    given: ``score.same_story_similarity``)."""
    if not structure.enabled:
        return {p.id: None for p in pairs}
    f = structure.frames
    doc_pair = {p.id: frozenset((p.a.doc_id, p.b.doc_id)) for p in pairs}
    floor = config.score.same_story_similarity
    apart = (
        set() if documents is None else _unrelated_documents(documents, floor, doc_pair.values())
    )
    loose = _loosely_related(pairs, structure, config, documents)
    return {
        p.id: None
        if doc_pair[p.id] in apart or p.id in loose
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

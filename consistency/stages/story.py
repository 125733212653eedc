"""Story stage: the claims of the story, and where each source stands on each of them.

1. **Cluster** the claims of all sources: two claims whose embeddings are at least
   ``story.cluster_similarity`` apart-in-cosine (among each other's ``story.cluster_k``
   nearest) are one fact; connected groups are the story's claims.
2. **Stance** of each claim from the sentence stance model (asserts / denies / reports).
3. **Denials reach what they deny**: a denial ("the story is a hoax", "X denied reports
   that ...") often shares no name and little wording with the claim it denies, so a
   denial-like claim is also linked to the story claims it is nearest to above the much
   lower ``story.denial_min_similarity`` (at most ``story.denial_links`` of them, those
   told by the most sources first). A one-sentence debunk thereby joins the story.
4. **Per source**: a source denies a story claim when it has a claim there and either
   the source as a whole reads as a denial (the mean denial probability of its
   sentences is at least ``story.source_denial_threshold``: one denying sentence in a
   long report is weak evidence, a debunk article denies throughout) or its claim there
   is an attributed denial ("X denied that ..."); else it only reports the claim when
   every claim it has there is attributed or hedged, else asserts it; a source with no
   claim there is silent (left out).
5. **Candidate pairs**: for each story claim, each pair of its sources whose denial
   differs by at least ``story.source_gap_floor`` (an asserting and a denying source
   first) gives one pair of their two sentences, which the NLI and score stages then
   judge like any other pair, with the stance features added.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from consistency.core.config import StoryConfig
from consistency.core.docvectors import DocumentVectors, SameStory
from consistency.core.groups import DisjointSets
from consistency.core.ids import pair_id, sha256
from consistency.core.types import Claim, ClaimPair, SourceStance, StoryClaim
from consistency.stages.score import PairStance
from consistency.stages.stance import (
    CUE_CLASSES,
    LABELS,
    StanceModel,
    StanceScores,
    cue_features,
)

log = logging.getLogger(__name__)

__all__ = ["StoryResult", "build_story", "merge_pairs"]

_ASSERTS, _DENIES, _REPORTS = (LABELS.index(x) for x in ("asserts", "denies", "reports"))


@dataclass(frozen=True)
class StoryResult:
    """The story's claims (with who says what), every claim's stance, and the
    (asserting, denying) claim pairs the later stages must score."""

    claims: tuple[StoryClaim, ...]
    stance: dict[str, StanceScores]  # claim id -> its sentence's stance
    pairs: tuple[ClaimPair, ...]
    cluster_of: dict[str, str]  # claim id -> story claim id (members and linked denials)
    source_denial: dict[str, float] = dataclasses.field(default_factory=dict)  # doc -> mean
    together: SameStory = SameStory()  # whether two documents tell one story
    debunkers: frozenset[str] = frozenset()  # sources that deny the story's rumour

    def pair_stance(self, pair: ClaimPair) -> PairStance | None:
        """Both sentences' stances, for scoring (None when the stage did not run)."""
        a, b = self.stance.get(pair.a.id), self.stance.get(pair.b.id)
        if a is None or b is None:
            return None
        return PairStance(a, b, self._same_claim(pair), self._gap(pair))

    def _same_claim(self, pair: ClaimPair) -> bool:
        return pair.a.id in self.cluster_of and (
            self.cluster_of[pair.a.id] == self.cluster_of.get(pair.b.id)
        )

    @functools.cached_property
    def _own(self) -> frozenset[str]:
        return frozenset(p.id for p in self.pairs)

    def _gap(self, pair: ClaimPair) -> float:
        """How far apart the two sources' denial is, for a pair that sets one claim of
        the story against its denial (the stage's own pairs, or two sentences of one
        story claim); 0 for any other pair of the two sources, which would otherwise
        each flag on the sources' gap alone, and for sources of different stories (a
        debunk of one story says nothing of another's reports)."""
        if not (pair.id in self._own or self._same_claim(pair)):
            return 0.0
        if not self.together(pair.a.doc_id, pair.b.doc_id):
            return 0.0
        if {pair.a.doc_id, pair.b.doc_id} <= self.debunkers:
            return 0.0  # two debunks of one rumour: one denies it more often, not otherwise
        da = self.source_denial.get(pair.a.doc_id, 0.0)
        return abs(da - self.source_denial.get(pair.b.doc_id, 0.0))

    def keep(self, pairs: Sequence[ClaimPair], config: StoryConfig) -> frozenset[str]:
        """Ids of pairs whose stance alone may make a finding: NLI must see both ways."""
        floor = config.denial_threshold
        return frozenset(
            p.id
            for p in pairs
            if p.id in self._own
            or self._gap(p) >= config.source_gap_floor
            or max(self._denies(p.a.id), self._denies(p.b.id)) >= floor
        )

    def _denies(self, claim_id: str) -> float:
        s = self.stance.get(claim_id)
        return s.denies if s else 0.0


def merge_pairs(first: Sequence[ClaimPair], more: Sequence[ClaimPair]) -> list[ClaimPair]:
    """``first`` then the pairs of ``more`` not already in it (by id)."""
    seen = {p.id for p in first}
    return [*first, *(p for p in more if p.id not in seen)]


def _components(n: int, edges: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of ``range(n)``, each ascending, ordered by their first member."""
    sets = DisjointSets()
    for i, j in edges:
        sets.union(str(i), str(j))
    groups: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        groups[sets.find(str(i))].append(i)
    return list(groups.values())


def _neighbours(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return index.search(vectors, min(len(vectors), k + 1))


def _clusters(claims: Sequence[Claim], sims, idxs, floor: float) -> list[list[int]]:
    """Connected groups of near-duplicate claims; a group needs two sources to count."""
    edges = [
        (i, int(j))
        for i in range(len(claims))
        for s, j in zip(sims[i], idxs[i], strict=True)
        if j > i and s >= floor
    ]
    groups = _components(len(claims), edges)
    return [g for g in groups if len({claims[i].doc_id for i in g}) >= 2]


def _link_denials(
    claims, vectors, groups, probs, source_denial, config: StoryConfig
) -> dict[int, list[int]]:
    """Group index -> indices of denial-like claims (from other sources) linked to it:
    a sentence that reads as a denial, or any sentence of a source that does."""
    if not groups:
        return {}
    centroids = np.stack([vectors[g].mean(axis=0) for g in groups])
    centroids /= np.linalg.norm(centroids, axis=1, keepdims=True) + 1e-9
    size = np.array([len({claims[i].doc_id for i in g}) for g in groups])
    linked: dict[int, list[int]] = defaultdict(list)
    member = {i: gi for gi, g in enumerate(groups) for i in g}
    denying = {d for d, v in source_denial.items() if v >= config.source_denial_threshold}
    like = [c.doc_id in denying for c in claims] | (probs[:, _DENIES] >= config.denial_threshold)
    for i in np.where(like)[0]:
        sims = centroids @ vectors[i]
        near = [gi for gi in np.where(sims >= config.denial_min_similarity)[0]]
        near.sort(key=lambda gi: (-size[gi], -sims[gi]))
        for gi in near[: config.denial_links]:
            if member.get(int(i)) != gi:
                linked[int(gi)].append(int(i))
    return linked


def _source_denial(claims: Sequence[Claim], probs: np.ndarray) -> dict[str, float]:
    """How much each source reads as a denial: the mean denial probability of its
    sentences. (The mean log-odds of denies against asserts did worse on the dev split:
    article-pair AUC 0.70 against 0.76 for the source gap alone.)"""
    per_doc: dict[str, list[float]] = defaultdict(list)
    for c, p in zip(claims, probs, strict=True):
        per_doc[c.doc_id].append(float(p[_DENIES]))
    return {d: float(np.mean(v)) for d, v in per_doc.items()}


def _debunkers(claims: Sequence[Claim], probs: np.ndarray, source_denial: dict[str, float],
               config: StoryConfig) -> frozenset[str]:
    """Sources that debunk: those that read as a denial throughout, and those with at
    least ``story.debunk_sentences`` denial-like sentences that call something false (a
    refute cue of ``lang/en/stance.yaml``: "the rumoured theft was a false alarm", "the
    story is a hoax"; a quoted "the minister denied the report" is no debunk by the
    source). A debunk often spends most of its sentences retelling the rumour ("a recent
    report stated the car had been stolen"), so its mean denial sits below another
    debunk's; the gap between the two is no disagreement, as both deny the rumour."""
    if config.debunk_sentences < 1:
        return frozenset()
    refutes = cue_features([c.text for c in claims])[:, CUE_CLASSES.index("refute")]
    count: dict[str, int] = defaultdict(int)
    for c, p, r in zip(claims, probs, refutes, strict=True):
        count[c.doc_id] += int(p[_DENIES] >= config.denial_threshold and r > 0)
    return frozenset(
        d for d, v in source_denial.items()
        if v >= config.source_denial_threshold or count[d] >= config.debunk_sentences
    )


def _source_stances(idx, claims, probs, source_denial, config: StoryConfig) -> list[SourceStance]:
    """One stance per source among the claims ``idx`` of one story claim."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        by_doc[claims[i].doc_id].append(i)
    out = []
    for doc, mine in sorted(by_doc.items()):
        deny = max(mine, key=lambda i: probs[i, _DENIES])
        attributed = [i for i in mine if claims[i].attribution and claims[i].attribution.negated]
        if source_denial[doc] >= config.source_denial_threshold or attributed:
            quote = deny if not attributed else attributed[0]
            conf = max(source_denial[doc], float(probs[quote, _DENIES]))
            out.append(SourceStance(doc, "denies", conf, claims[quote]))
            continue
        best = max(mine, key=lambda i: probs[i, _ASSERTS])
        reported = all(
            probs[i, _REPORTS] > probs[i, _ASSERTS] or claims[i].attribution for i in mine
        )
        if reported:
            rep = max(mine, key=lambda i: probs[i, _REPORTS])
            out.append(SourceStance(doc, "reports", float(probs[rep, _REPORTS]), claims[rep]))
        else:
            out.append(SourceStance(doc, "asserts", float(probs[best, _ASSERTS]), claims[best]))
    return out


def _pairs(idx, claims, probs, source_denial, row, vectors, config: StoryConfig):
    """Pairs of sources on one story claim that may stand on opposite sides: each
    (other source, more denying source) whose denial differs by at least
    ``story.source_gap_floor``, as (the other's claim, the denier's most denying claim),
    largest difference first. A source that denies yields pairs with every source that
    does not; pairs between sources that read alike are left to the pairing stage."""
    best: dict[str, int] = {}
    for i in idx:
        doc = claims[i].doc_id
        if doc not in best or probs[i, _DENIES] > probs[best[doc], _DENIES]:
            best[doc] = i
    ranked = sorted(
        (
            (source_denial[d] - source_denial[o], claims[best[o]], claims[best[d]])
            for d in best
            for o in best
            if source_denial[d] - source_denial[o] >= config.source_gap_floor
        ),
        key=lambda t: (-t[0], t[1].id, t[2].id),
    )
    limit = config.max_pairs_per_claim
    return [
        ClaimPair(pair_id(a.text, b.text), a, b, float(vectors[row[a.id]] @ vectors[row[b.id]]))
        for _, a, b in ranked[:limit]
        if a.text != b.text
    ]


def _source_pairs(
    claims, probs, source_denial, vectors, config: StoryConfig, have, together: SameStory
) -> list[ClaimPair]:
    """One pair for each two sources whose denial differs by at least
    ``story.source_gap_floor`` and that no story claim paired: the more denying source's
    most denying sentence against the other's sentence nearest it. A debunk may share no
    story claim with the reports it debunks (a one-sentence "this is a hoax"), yet the two
    sources disagree; each source is paired with at most ``story.denial_partners`` others,
    the largest gaps first, so a large folder stays linear in its sources. Sources of
    different stories (not ``together``) are not paired ("the election result is fake"
    denies no report of a spider bite)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_doc[c.doc_id].append(i)
    best = {d: max(idx, key=lambda i: probs[i, _DENIES]) for d, idx in by_doc.items()}
    out = []
    for d, di in sorted(best.items()):
        partners = sorted(
            (o for o in by_doc if source_denial[d] - source_denial[o] >= config.source_gap_floor
             and frozenset((o, d)) not in have and together(o, d)),
            key=lambda o: (source_denial[o] - source_denial[d], o),
        )[: config.denial_partners]
        for o in partners:
            oi = max(by_doc[o], key=lambda i: float(vectors[i] @ vectors[di]))
            a, b = claims[oi], claims[di]
            if a.text != b.text:
                sim = float(vectors[oi] @ vectors[di])
                out.append(ClaimPair(pair_id(a.text, b.text), a, b, sim))
    return out


def _together(documents: DocumentVectors, config: StoryConfig, loose: float) -> SameStory:
    """Which documents tell one story, for the sources' denial gap: at least
    ``story.same_story_similarity`` apart in cosine (mean vectors), or at least ``loose``
    (``score.same_story_similarity``) with one among the other's
    ``story.same_story_neighbours`` nearest documents. The gap is a whole-source signal,
    so it needs firmer evidence of one story than a structured conflict between two
    sentences does; measured on 300 mixed FNC-1 bodies, 91 % of same-story document
    pairs are >= 0.6 apart and 1.6 % of other pairs."""
    return SameStory.of(
        documents, config.same_story_similarity, loose, config.same_story_neighbours
    )


def build_story(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    model: StanceModel,
    config: StoryConfig,
    same_story: float = 0.4,
    documents: DocumentVectors | None = None,
) -> StoryResult:
    """Cluster, take stances, link denials, and list the pairs to score (module docstring);
    ``documents`` are the claims' documents' mean vectors when the caller has them."""
    if len(claims) < 2:
        return StoryResult((), {}, (), {})
    # Centred on the corpus: what every sentence of the story shares (its topic) is
    # removed, so stance is read from how a sentence differs (as in training).
    probs = model.probabilities(vectors - vectors.mean(axis=0), [c.text for c in claims])
    source_denial = _source_denial(claims, probs)
    stance = {c.id: StanceScores(*map(float, p)) for c, p in zip(claims, probs, strict=True)}
    row = {c.id: i for i, c in enumerate(claims)}
    sims, idxs = _neighbours(vectors, config.cluster_k)
    groups = _clusters(claims, sims, idxs, config.cluster_similarity)
    linked = _link_denials(claims, vectors, groups, probs, source_denial, config)
    story: list[StoryClaim] = []
    pairs: dict[str, ClaimPair] = {}
    cluster_of: dict[str, str] = {}
    for gi, g in enumerate(groups):
        idx = g + linked.get(gi, [])
        stances = _source_stances(idx, claims, probs, source_denial, config)
        ids = tuple(sorted(claims[i].id for i in g))
        centre = vectors[g].mean(axis=0)
        central = max(g, key=lambda i: float(centre @ vectors[i]))
        sc = StoryClaim(sha256(*ids), claims[central].text, ids, tuple(stances))
        story.append(sc)
        for i in idx:
            cluster_of.setdefault(claims[i].id, sc.id)
        for p in _pairs(idx, claims, probs, source_denial, row, vectors, config):
            pairs.setdefault(p.id, p)
    have = {frozenset((p.a.doc_id, p.b.doc_id)) for p in pairs.values()}
    if documents is None:
        documents = DocumentVectors.of(claims, vectors)
    together = _together(documents, config, same_story)
    for p in _source_pairs(claims, probs, source_denial, vectors, config, have, together):
        pairs.setdefault(p.id, p)
    # The report keeps the claims with a disagreement or wide support.
    story = [
        s
        for s in story
        if len(s.stances) >= config.report_min_sources
        or {"denies"} < {x.stance for x in s.stances}
    ]
    story.sort(key=lambda s: (-any(x.stance == "denies" for x in s.stances), -len(s.stances), s.id))
    log.info("%d story claims, %d stance pairs", len(story), len(pairs))
    return StoryResult(
        tuple(story), stance, tuple(pairs.values()), cluster_of, source_denial, together,
        _debunkers(claims, probs, source_denial, config),
    )

"""The disagreement stage: a learned reading of the pairs the structured checks leave.

The structured checks flag the wordings they know (counts, times, venues, causes ...);
each new story brings other wordings of the same facts. The disagreement model is a
cross-encoder fine-tuned from our NLI model on sentence pairs of invented multi-source
stories (``bench/pairmodel.py``), its "contradiction" class taught to mean "the two
sources disagree on one fact" and its other classes "they do not". It reads each claim's
``disagree.k`` nearest claims from other documents of one story, both ways (with
``disagree.gate: values``, only those told as one statement with one value changed:
structured/valueclash.py), and the pairs
whose mean probability reaches ``score.flag_threshold`` (the one cut of every finding)
become findings, best first, at most
``ceil(disagree.per_source * documents)`` a run: it ranks well and is calibrated less,
so the cap keeps its share of the report to the first page of a story. The pipeline lists
these findings after the checks' own: on stories the model never saw, 73 % of the checks'
flags were real against about half of the model's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from consistency.core.cache import Cache
from consistency.core.config import Config
from consistency.core.docvectors import DocumentVectors
from consistency.core.ids import pair_id
from consistency.core.types import Article, Claim, ClaimPair, Finding, NLIScores, Signal
from consistency.engine.local import run_chunks
from consistency.stages.nli_scoring import directed
from consistency.stages.pairing import find_pairs
from consistency.stages.report import source_label
from consistency.structured.frames import Frame
from consistency.structured.valueclash import claim_values, differing_kinds, masked

__all__ = ["DisagreeResult", "disagreement_findings"]


@dataclass(frozen=True)
class DisagreeResult:
    """The stage's findings (best first) and how many pairs the model read."""

    findings: tuple[Finding, ...]
    pairs_read: int


@dataclass(frozen=True)
class _Local:
    """Runs one pair model in this process, in the shape the NLI stage's scorer expects."""

    model: object

    def nli(self, chunks, on_chunk: Callable[[int], None] | None = None) -> list[list[NLIScores]]:
        return run_chunks(self.model, chunks, on_chunk)


def candidates(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    documents: DocumentVectors,
    taken: Collection[str],
    config: Config,
    keep: Callable[[list[ClaimPair]], list[ClaimPair]] | None = None,
) -> list[ClaimPair]:
    """Each claim's nearest claims from other documents of one story, not yet a finding,
    those ``keep`` keeps (the value gate), the most similar first, at most
    ``disagree.pairs_per_source`` per document."""
    d = config.disagree
    near = config.pair.model_copy(update={"k": d.k, "min_similarity": d.min_similarity})
    floor = config.score.same_story_similarity
    found = [
        p for p in find_pairs(claims, vectors, near, config.index)
        if p.id not in taken and documents.same_story(p.a.doc_id, p.b.doc_id, floor)
    ]  # fmt: skip
    if keep is not None:
        found = keep(found)
    if not d.pairs_per_source:
        return found
    return found[: d.pairs_per_source * len({c.doc_id for c in claims})]


def value_gate(frames: Mapping[str, Frame], embedder, config: Config):
    """The pairs whose claims, values masked by kind, stay at least
    ``disagree.masked_similarity`` alike and differ on the values of exactly one kind
    (structured/valueclash.py)."""

    def keep(pairs: list[ClaimPair]) -> list[ClaimPair]:
        # a claim sits in many pairs: read its values once
        claims = {c.id: c for p in pairs for c in (p.a, p.b) if c.id in frames}
        values = {i: claim_values(frames[i]) for i in claims}
        one = []  # (pair, whether names are the kind that differs: then masked too)
        for p in pairs:
            if p.a.id in values and p.b.id in values:
                kinds = differing_kinds(values[p.a.id], values[p.b.id], config.score,
                                        config.disagree.kinds)  # fmt: skip
                if len(kinds) == 1:
                    one.append((p, kinds == ("name",)))
        if not one:
            return []
        keys = sorted({(c.id, names) for p, names in one for c in (p.a, p.b)})
        texts = [masked(claims[i].text, values[i], names) for i, names in keys]
        vecs = dict(zip(keys, embedder.encode(texts), strict=True))
        floor = config.disagree.masked_similarity
        return [p for p, n in one if float(vecs[p.a.id, n] @ vecs[p.b.id, n]) >= floor]

    return keep


def disagreement_findings(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    documents: DocumentVectors,
    articles: Mapping[str, Article],
    frames: Mapping[str, Frame],
    taken: Collection[str],
    models,
    config: Config,
    cache: Cache,
    progress,
) -> DisagreeResult:
    """Findings of the pairs the model reads as disagreeing; ``taken`` are the pair ids
    already flagged or corroborated (they keep the finding they have). ``models`` (a
    pipeline ``Models``) is only touched when the stage is on: its key hashes the weights."""
    d = config.disagree
    if not d.enabled or not claims:
        return DisagreeResult((), 0)
    keep = value_gate(frames, models.embedder, config) if d.gate == "values" else None
    pairs = candidates(claims, vectors, documents, taken, config, keep)
    if not pairs:
        return DisagreeResult((), 0)
    runner, key = _Local(models.disagreement), models.disagreement_key
    ab, ba = (
        directed([(x.resolved, y.resolved) for x, y in sides], runner, key,
                 config.nli.batch_size, cache, progress)
        for sides in ([(p.a, p.b) for p in pairs], [(p.b, p.a) for p in pairs])
    )  # fmt: skip
    mean = [(x.contradiction + y.contradiction) / 2 for x, y in zip(ab, ba, strict=True)]
    scored = sorted(
        (i for i, m in enumerate(mean) if m >= config.score.flag_threshold),
        key=lambda i: (-mean[i], pairs[i].id),
    )
    most = math.ceil(d.per_source * len({c.doc_id for c in claims}))
    picked = _spread(scored, pairs, d)[:most]
    found = tuple(_finding(pairs[i], ab[i], ba[i], mean[i], articles) for i in picked)
    return DisagreeResult(found, len(pairs))


def _spread(ranked: list[int], pairs: Sequence[ClaimPair], d) -> list[int]:
    """``ranked`` (indexes into ``pairs``, best first) keeping at most
    ``d.per_source_pair`` a pair of documents, ``d.per_document`` a document and
    ``d.per_claim`` a claim (0 = no cap). The model reads one sentence pair at a time: two
    documents about look-alike events (the prices of two watches) give a run of "one value
    changed" pairs, a folder of many stories sets one such document against many, and one
    source's odd figure against each of the others would fill a story's share with one
    fact."""
    used: Counter[tuple] = Counter()
    kept = []
    for i in ranked:
        caps = [(most, key) for most, key in _caps(pairs[i], d) if most]
        if all(used[key] < most for most, key in caps):
            used.update(key for _, key in caps)
            kept.append(i)
    return kept


def _caps(p: ClaimPair, d) -> list[tuple[int, tuple]]:
    """(cap, what it counts) of each cap a finding of ``p`` counts against."""
    return [
        (d.per_source_pair, ("pair", frozenset((p.a.doc_id, p.b.doc_id)))),
        *((d.per_document, ("document", doc)) for doc in (p.a.doc_id, p.b.doc_id)),
        *((d.per_claim, ("claim", claim)) for claim in (p.a.id, p.b.id)),
    ]


def _finding(pair: ClaimPair, ab: NLIScores, ba: NLIScores, p: float, articles) -> Finding:
    a, b = pair.a, pair.b
    la, lb = source_label(articles.get(a.doc_id)), source_label(articles.get(b.doc_id))
    why = f"the disagreement model reads the two as disagreeing: {p:.2f}"
    return Finding(
        id=pair_id(a.text, b.text),
        kind="contradiction",
        score=round(p, 4),
        explanation=f"Contradiction between {la} and {lb}: {why}",
        similarity=pair.similarity,
        ab=ab,
        ba=ba,
        a=a,
        b=b,
        reasons=(f"disagreement model {ab.contradiction:.2f} (a→b), {ba.contradiction:.2f} (b→a)",),
        signals=(Signal("disagreement", p, why),),
    )

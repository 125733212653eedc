"""Frozen data that flows between the pipeline's stages.

Every stage takes and returns these types, never bare dicts or tuples, so that a
stage can be read, tested and replaced on its own. Ids are content hashes
(see :mod:`consistency.core.ids`), so the same claim or pair has the same id on every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One ingested document.

    ``text`` is the decoded file for .txt/.md (front matter included, so offsets are
    offsets into the file's text), the extracted main text for .html, and the
    ``text`` field for .json/.jsonl records. ``body`` lists the spans of ``text``
    that survived clutter removal; claims are only taken from them.
    """

    id: str
    path: str
    text: str
    body: tuple[Span, ...]
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    format: str = "txt"
    author: str | None = None  # byline, when the file names one
    year_inferred: bool = False  # published's year is not in the file (a wire dateline's)


@dataclass(frozen=True)
class IngestProblem:
    """A file that was skipped, and why (one line, names the file)."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(frozen=True)
class Attribution:
    """Who a claim is attributed to inside its sentence ("X said", "according to X")."""

    speaker: str
    verb: str  # lemma: say, deny, tell, accord ...
    negated: bool = False  # a denial ("X denied that ...")
    words: str = ""  # the speaker's whole phrase ("Dr Cooke of Marrick University")


@dataclass(frozen=True)
class Claim:
    """A checkable sentence from one article.

    ``text`` is the sentence as written; ``resolved`` has a leading pronoun replaced
    by the last named person when that is unambiguous (equal to ``text`` otherwise).
    ``start``/``end`` are offsets into the article's ``text``.
    """

    id: str
    doc_id: str
    text: str
    resolved: str
    start: int
    end: int
    index: int  # position of the claim within its article
    context_before: str = ""
    context_after: str = ""
    attribution: Attribution | None = None


@dataclass(frozen=True)
class ClaimPair:
    """Two claims from different articles that are near in embedding space."""

    id: str
    a: Claim
    b: Claim
    similarity: float


@dataclass(frozen=True)
class NLIScores:
    """Probabilities for one direction (premise -> hypothesis); they sum to 1."""

    entailment: float
    neutral: float
    contradiction: float


@dataclass(frozen=True)
class ScoredPair:
    """A pair scored by NLI in both directions (a -> b and b -> a)."""

    pair: ClaimPair
    ab: NLIScores
    ba: NLIScores


@dataclass(frozen=True)
class Signal:
    """One structured reason for or against a conflict (location, time, number ...)."""

    kind: str
    score: float  # 0..1, how strongly this signal says "conflict"
    explanation: str
    weight: float = 1.0


@dataclass(frozen=True)
class Finding:
    """A flagged pair: a contradiction, a dispute between speakers, or corroboration.

    ``kind`` is one of: contradiction, location, time, number, role, dispute,
    corroboration. ``reasons`` lists every signal that went into ``score``.
    """

    id: str
    kind: str
    score: float
    explanation: str
    similarity: float
    ab: NLIScores
    ba: NLIScores
    a: Claim
    b: Claim
    reasons: tuple[str, ...] = ()
    signals: tuple[Signal, ...] = ()
    maybe_different_events: bool = False
    verdict: str | None = None  # confirmed / rejected, from the review store
    note: str | None = None
    new: bool = True


@dataclass(frozen=True)
class NamingVariant:
    """Several spellings that refer to one entity (never a contradiction)."""

    canonical: str
    variants: tuple[str, ...]
    docs: tuple[str, ...]


@dataclass(frozen=True)
class SourceStance:
    """Where one source stands on one claim of the story, with the sentence that shows it.

    ``stance`` is one of: asserts, denies, reports (attributed or hedged), silent.
    ``claim`` is None only when the source is silent.
    """

    doc_id: str
    stance: str
    score: float  # 0..1, confidence in ``stance``
    claim: Claim | None = None


@dataclass(frozen=True)
class StoryClaim:
    """One fact of the story, told by one or more sources (a cluster of their claims)."""

    id: str  # sha256 of the member claim ids, sorted
    text: str  # the representative sentence
    claim_ids: tuple[str, ...]
    stances: tuple[SourceStance, ...]  # one per source that is not silent


@dataclass(frozen=True)
class DocPair:
    """Two documents, in sorted order, that some stage still connects."""

    a: str
    b: str

    @classmethod
    def of(cls, x: str, y: str) -> DocPair:
        return cls(*sorted((x, y)))


@dataclass(frozen=True)
class StagePairs:
    """Which document pairs still have a candidate claim pair after one stage."""

    stage: str  # pair, gate, nli, score
    doc_pairs: frozenset[DocPair]


@dataclass(frozen=True)
class StageTime:
    name: str
    seconds: float


@dataclass(frozen=True)
class RunInfo:
    """What a run did: counts and seconds per stage, for the report's ``run`` block."""

    started: str
    config_digest: str
    documents: int
    claims: int
    pairs_scored: int
    flags: int
    stages: tuple[StageTime, ...]
    skipped: tuple[IngestProblem, ...] = ()
    duplicates: tuple[str, ...] = ()
    pairs_per_claim: float = 0.0
    pairs_nli: int = 0  # of pairs_scored, those NLI could still change (see nli.skip_margin)


@dataclass(frozen=True)
class CheckResult:
    """Everything a check produced; the report writers render it."""

    run: RunInfo
    articles: tuple[Article, ...]
    findings: tuple[Finding, ...]
    corroborations: tuple[Finding, ...] = ()
    naming: tuple[NamingVariant, ...] = field(default_factory=tuple)
    story: tuple[StoryClaim, ...] = ()  # claims of the story and who says what
    trace: tuple[StagePairs, ...] = ()  # where candidate document pairs are lost
    near_misses: tuple = ()  # stages.misses.NearMiss: the unflagged pairs that came closest

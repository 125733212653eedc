"""A synthetic CheckResult of realistic size (default 1,000 articles, 450 findings) for the
report.html and ``consistency serve`` benchmarks. Deterministic (seeded); no models."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency.core.ids import claim_id, doc_id, pair_id  # noqa: E402
from consistency.core.types import (  # noqa: E402
    Article,
    CheckResult,
    Claim,
    Finding,
    IngestProblem,
    NamingVariant,
    NLIScores,
    RunInfo,
    Signal,
    SourceStance,
    Span,
    StageTime,
    StoryClaim,
)

WORDS = [
    "minister", "talks", "officials", "Geneva", "Stockholm", "Friday", "Thursday", "troops",
    "border", "said", "meeting", "delegation", "agreed", "rejected", "sanctions", "statement",
    "reporters", "capital", "president", "border", "ceasefire", "negotiators", "spokesman",
    "government", "embassy", "military", "forces", "diplomats", "summit",
]
PLACES = ["Geneva", "Stockholm", "Vienna", "Kyiv", "Moscow", "Brussels", "Warsaw", "Minsk"]
KINDS = ["contradiction", "location", "time", "number", "role", "dispute"]
OUTLETS = [f"Outlet {i}" for i in range(40)]


def _sentence(rng: random.Random, n: int = 24) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _article(i: int, rng: random.Random) -> Article:
    lines = [_sentence(rng) for _ in range(4)]
    if i % 2:  # plain text with a dateline, no metadata
        text = f"GENEVA, Jan. {1 + i % 28} (AP) - " + "\n".join(lines) + "\nOn January 3, 2022."
        meta = {"source": f"article_{i:04d}"}  # ingest: the file stem
    else:
        text = "\n".join(lines)
        meta = {"title": f"Story {i}: {_sentence(rng, 8)}", "source": rng.choice(OUTLETS),
                "url": f"https://news.example.com/{i}?a=1&b=2", "published": "2022-01-21"}
    return Article(id=doc_id(f"{i}:{text}"), path=f"corpus/article_{i:04d}.txt", text=text,
                   body=(Span(0, len(text)),), **meta)


def _claim(article: Article, text: str, rng: random.Random) -> Claim:
    return Claim(id=claim_id(article.id, text, 0), doc_id=article.id, text=text, resolved=text,
                 start=0, end=len(text), index=0, context_before=_sentence(rng, 20),
                 context_after=_sentence(rng, 20))


def _finding(n: int, a: Article, b: Article, rng: random.Random, kind: str) -> Finding:
    base = _sentence(rng).rstrip(".")
    ta = f"{base} in {rng.choice(PLACES)} on {n}."
    tb = f"{base} in {rng.choice(PLACES)} on {n + 1}."
    ca, cb = _claim(a, ta, rng), _claim(b, tb, rng)
    return Finding(
        id=pair_id(ta, tb), kind=kind, score=rng.random(), explanation=f"{kind} differs ({n})",
        similarity=0.8, ab=NLIScores(0.1, 0.2, 0.7), ba=NLIScores(0.1, 0.3, 0.6), a=ca, b=cb,
        reasons=(f"{kind}: A says one thing", "B says another"),
        signals=(Signal("nli", 0.65, ""), Signal(kind, 0.9, "")),
        verdict=rng.choice([None, None, None, "confirmed", "rejected"]), new=rng.random() < 0.5,
    )


def _story(articles: list[Article], rng: random.Random, n: int) -> tuple[StoryClaim, ...]:
    out = []
    for i in range(n):
        tellers = rng.sample(articles, rng.randint(3, 8))
        stances = []
        for art in tellers:
            claim = _claim(art, _sentence(rng), rng)
            stances.append(SourceStance(art.id, rng.choice(["asserts", "denies", "reports"]),
                                        rng.random(), claim))
        out.append(StoryClaim(f"s{i}", _sentence(rng, 14), tuple(s.claim.id for s in stances),
                              tuple(stances)))
    return tuple(out)


def synthetic_result(articles: int = 1000, findings: int = 450, seed: int = 7) -> CheckResult:
    """A CheckResult shaped like a large real run (sorted by score, like the pipeline's)."""
    rng = random.Random(seed)
    docs = [_article(i, rng) for i in range(articles)]
    made = [_finding(n, *rng.sample(docs, 2), rng, rng.choice(KINDS)) for n in range(findings)]
    made.sort(key=lambda f: -f.score)
    corrob = [_finding(n, *rng.sample(docs, 2), rng, "corroboration") for n in range(150)]
    run = RunInfo("2026-11-30T05:00:00+00:00", "bench", articles, articles * 12, 9000,
                  findings, (StageTime("nli", 300.0),), pairs_per_claim=0.75,
                  skipped=tuple(IngestProblem(f"bad_{i}.html", "no text") for i in range(5)))
    naming = tuple(NamingVariant(f"Name {i}", (f"Name {i}", f"Nam {i}"), (docs[i].id,))
                   for i in range(30))
    return CheckResult(run=run, articles=tuple(docs), findings=tuple(made),
                       corroborations=tuple(corrob), naming=naming, story=_story(docs, rng, 120))

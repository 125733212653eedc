"""Claims stage: checkable sentences from each article's body, with exact offsets.

A claim is a sentence with a verb that states something: fragments, headings and
questions are dropped. A leading subject pronoun ("He said ...") is replaced by the
last named person when exactly one person was named in the nearest sentence that
names anyone, so NLI and the structured checks see who acted. A sentence that brings in
a person by a description ("Police arrested a 34-year-old man") leaves the pronoun as
written: "He was detained at ..." may mean that man, not the last person named.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from consistency.core.config import ClaimsConfig
from consistency.core.ids import claim_id
from consistency.core.types import Article, Claim, IngestProblem
from consistency.lang import load
from consistency.structured import news_facts

log = logging.getLogger(__name__)

_SUBJECT_PRONOUNS = frozenset(load().grammar.subject_pronouns)
_PERSON_NOUNS = news_facts.kind_nouns("person")
_INDEFINITE = frozenset(load().numbers.articles)  # "a", "an"
_TERMINAL = tuple(".!\"”’')")
# Quote marks and bullets that extraction leaves dangling at a sentence's edges.
_EDGE_JUNK = re.compile(r"^[\s\"“”‘’'•*·\-–—]+(?=[A-Z0-9“\"‘])|[\s•*·]+$")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    people: tuple[str, ...]
    is_claim: bool
    newcomer: bool = False  # brings in a person by description: "a 34-year-old man"
    span: Any = None  # the spaCy sentence, handed on so the frames stage need not re-parse


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) past whitespace and dangling quote marks at the edges."""
    piece = text[start:end]
    m = _EDGE_JUNK.match(piece)
    lead = m.end() if m else 0
    stripped = piece.rstrip()
    trail = len(piece) - len(stripped)
    return start + lead, end - trail


def _looks_like_claim(sent, config: ClaimsConfig) -> bool:
    text = sent.text.strip()
    if len(text) > config.max_chars or text.endswith("?"):
        return False
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < config.min_words:
        return False
    if not text.endswith(_TERMINAL):
        return False  # headlines, captions and widget text carry no final stop
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def _people(sent) -> tuple[str, ...]:
    """People named in ``sent``; a person who is a subject comes first.

    The small model's NER is noisy ("Kyiv" as PERSON), so the grammatical subject is
    the better guess for whom a following "He said" refers to.
    """
    people = [e for e in sent.ents if e.label_ == "PERSON"]
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) == 1:
        return (subjects[0].text,)
    return tuple(dict.fromkeys(e.text for e in people))


def _newcomer(sent) -> bool:
    """Whether ``sent`` brings in a person by an indefinite description ("a man", "a
    34-year-old woman"): a later "he" or "she" may mean that person."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _PERSON_NOUNS
               and any(c.lower_ in _INDEFINITE for c in t.children if c.dep_ == "det")
               for t in sent)  # fmt: skip


def _sentences(article: Article, docs: Iterable, config: ClaimsConfig) -> list[_Sentence]:
    out: list[_Sentence] = []
    for span, doc in zip(article.body, docs, strict=True):
        for sent in doc.sents:
            start, end = _trim(
                article.text, span.start + sent.start_char, span.start + sent.end_char
            )
            if end <= start:
                continue
            out.append(
                _Sentence(
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    people=_people(sent),
                    newcomer=_newcomer(sent),
                    is_claim=_looks_like_claim(sent, config),
                    span=sent,
                )
            )
    return out


def _resolve(text: str, antecedent: str | None) -> str:
    """Replace a leading he/she with ``antecedent``; ``text`` when there is none."""
    first, _, rest = text.partition(" ")
    if antecedent and first.lower() in _SUBJECT_PRONOUNS and rest:
        return f"{antecedent} {rest}"
    return text


@dataclass(frozen=True)
class ClaimsResult:
    """The claims stage's output: the claims, and the spaCy parse of each claim whose
    resolved text is the sentence as parsed, so the frames stage need not parse it again.
    """

    claims: tuple[Claim, ...]
    parses: Mapping[str, Any] = field(default_factory=dict)  # claim id -> spaCy Doc
    # doc id -> why it was skipped (claims or frames failed on it); it has no claims here
    failed: Mapping[str, IngestProblem] = field(default_factory=dict)


def _claims_of(
    article: Article,
    sentences: Sequence[_Sentence],
    config: ClaimsConfig,
    parsed: dict[str, Any],
) -> list[Claim]:
    claims: list[Claim] = []
    antecedent: str | None = None
    n = config.context_sentences
    for i, s in enumerate(sentences):
        if s.is_claim:
            resolved = _resolve(s.text, antecedent) if config.resolve_pronouns else s.text
            claims.append(
                Claim(
                    id=claim_id(article.id, s.text, s.start),
                    doc_id=article.id,
                    text=s.text,
                    resolved=resolved,
                    start=s.start,
                    end=s.end,
                    index=len(claims),
                    context_before=" ".join(x.text for x in sentences[max(0, i - n) : i]),
                    context_after=" ".join(x.text for x in sentences[i + 1 : i + 1 + n]),
                )
            )
            if claims[-1].resolved == s.span.text:
                parsed[claims[-1].id] = s.span.as_doc()
        if s.people:
            # Ambiguous when the nearest naming sentence names several people.
            antecedent = s.people[0] if len(s.people) == 1 else None
        if s.newcomer:
            antecedent = None  # "a man" brought in: "he" may be him
    return claims


def extract_claims(
    articles: Sequence[Article],
    nlp,
    config: ClaimsConfig,
    on_article: Callable[[Article], None] | None = None,
    failed: dict[str, IngestProblem] | None = None,
) -> ClaimsResult:
    """Claims of every article, in article order; ``on_article`` is called after each.

    An article that cannot be processed gives no claims and, when ``failed`` is given, a
    problem under its id there (without it the error is raised): one bad document never
    stops a run.
    """
    claims: list[Claim] = []
    parsed: dict[str, Any] = {}
    todo = list(articles)
    while todo:
        # One pipe over every paragraph of every article: spaCy batches far better that way.
        texts = ((a.text[s.start : s.end], a.id) for a in todo for s in a.body)
        docs = nlp.pipe(texts, batch_size=64, as_tuples=True)
        rest: list[Article] = []
        for n, article in enumerate(todo):
            try:
                mine = [doc for doc, _ in itertools.islice(docs, len(article.body))]
                sentences = _sentences(article, mine, config)
                claims.extend(_claims_of(article, sentences, config, parsed))
            except Exception as exc:
                if failed is None:
                    raise
                # The error may come from a later text in the same batch: retry this one alone.
                claims.extend(_alone(article, nlp, config, parsed, failed, exc))
                rest = todo[n + 1 :]  # the broken pipe is restarted after this article
            if on_article:
                on_article(article)
            if rest:
                break
        todo = rest
    log.info("%d claims from %d articles", len(claims), len(articles))
    return ClaimsResult(tuple(claims), parsed, failed if failed is not None else {})


def _alone(article, nlp, config, parsed, failed: dict[str, IngestProblem], error) -> list[Claim]:
    """Claims of one article parsed on its own; on failure it is recorded in ``failed``."""
    try:
        docs = list(nlp.pipe(article.text[s.start : s.end] for s in article.body))
        return _claims_of(article, _sentences(article, docs, config), config, parsed)
    except Exception as exc:  # noqa: BLE001 - named and skipped, the run goes on
        log.warning("claims of %s failed (%s), document skipped", article.path, error)
        failed[article.id] = IngestProblem(article.path, f"claims failed ({_describe(exc)})")
        return []


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:200] or 'no message'}"

"""Ages of a person a sentence describes but does not name, singled out by what is said of
them: "a 34-year-old man was in a critical condition" against "a 43-year-old man remains
in a critical condition"; "the youngest member of the group was 14" against "the
youngest member of the party was a 16-year-old boy"; "a 15-year-old girl was left
seriously injured" against "the most seriously injured is a 16-year-old girl".

A story may tell of several people of one kind ("a 42-year-old man went into the water",
"the man, 67, was walking his dog"), so an age adjective or a bare age alone says
nothing of who is meant. A described person is one person across sources only when the
parse gives a mark that picks one out:

- a grade of health said of the noun (conditions.py: "in a critical condition",
  "critically ill"), or an ailing word with its adverb of grade on it ("a girl seriously
  injured", "the most seriously injured is a girl"): the mark is the grade;
- a superlative on the noun, or on the subject of "be" whose complement the aged noun
  or the bare age is ("the youngest member ... was a 14-year-old boy", "the oldest
  passenger was 91"): the mark is the superlative, and the person that subject's noun.

Two sources giving one (noun, mark) two ages disagree (ages.py's rule of a birthday a
year apart holds). A person the sentence names is ages.py's, never read here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.age_nouns import described_name
from consistency.structured.ages import Age, adjective_ages, bare_age, named_tokens
from consistency.structured.conditions import conditions
from consistency.structured.negation import negated
from consistency.structured.parse import in_condition, is_question, modal

__all__ = ["described_age_signals", "described_ages", "told_as_fact"]

_AILING = news_facts.words("ailing_words")
_YEAR_DAYS = 365
_SUPERLATIVE_TAGS = ("JJS", "RBS")  # "youngest", "most (senior)"


def _superlative(noun) -> str:
    """The superlative on a noun or on a participle standing for one: "youngest",
    "most senior", "most seriously injured" ("" none)."""
    for c in noun.children:
        if c.dep_ in ("amod", "advmod") and c.tag_ == "JJS":
            return c.lower_
        if c.dep_ in ("amod", "advmod") and c.tag_ == "RBS":
            return f"{c.lower_} {noun.lower_}"
        if c.dep_ == "amod" and any(g.tag_ == "RBS" for g in c.children):
            return f"most {c.lower_}"
    return ""


def _ailing_grade(tok) -> str:
    """The grade of an ailing word with its adverb ("seriously injured": "serious")."""
    if tok.lemma_.lower() not in _AILING and tok.lower_ not in _AILING:
        return ""
    adverb = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_.endswith("ly")
                   and c.tag_ != "RBS"), None)  # fmt: skip
    return adverb.lower_[:-2] if adverb is not None else ""


def _grade(noun, told: dict[str, str]) -> str:
    """The grade of health said of the noun: a condition whose holder it is, or an
    ailing word on it ("a girl seriously injured", "a critically ill man")."""
    if noun.lemma_.lower() in told:
        return told[noun.lemma_.lower()]
    return next((g for c in noun.children if c.dep_ in ("acl", "amod")
                 for g in (_ailing_grade(c),) if g), "")  # fmt: skip


def _copula_subject(tok):
    """The other side of "be" from ``tok``: the subject when ``tok`` is the complement
    ("the youngest member was X"), the complement when it is the subject ("X was the
    youngest member")."""
    verb = tok.head
    if verb.lemma_ != "be" or tok.dep_ not in ("attr", "nsubj"):
        return None
    other = ("nsubj", "csubj") if tok.dep_ == "attr" else ("attr",)
    return next((c for c in verb.children if c.dep_ in other), None)


def told_as_fact(verb) -> bool:
    """Whether the clause tells its fact as fact: not denied, conditional or modal."""
    return not (negated(verb) or in_condition(verb) or modal(verb))


def _about(tok) -> tuple[str, ...]:
    """The names in the person's own words, the aged noun's and its copula subject's
    phrases ("a 16-year-old girl from Calverton"): they tell who the person is, not
    where the event was, so they are no sign of two stories."""
    subj = _copula_subject(tok)
    spans = [(t.left_edge.i, t.right_edge.i) for t in (tok, subj) if t is not None]
    return tuple(e.text for e in tok.doc.ents
                 if any(lo <= e.start and e.end - 1 <= hi for lo, hi in spans))  # fmt: skip


def _person(tok, told: dict[str, str]) -> tuple[str, str] | None:
    """(noun lemma, mark) of the person an age on ``tok`` (the aged noun, or the bare
    age) belongs to, or None when nothing said singles them out."""
    subj = _copula_subject(tok)
    if subj is not None and not told_as_fact(tok.head):
        return None
    if subj is not None and subj.pos_ == "NOUN" and _superlative(subj):
        return subj.lemma_.lower(), _superlative(subj)  # "the youngest member was 14"
    if tok.pos_ != "NOUN":
        return None
    if subj is not None and subj.pos_ in ("VERB", "ADJ") and _ailing_grade(subj):
        return tok.lemma_.lower(), _ailing_grade(subj)  # "the most seriously injured is X"
    mark = _superlative(tok) or _grade(tok, told)
    return (tok.lemma_.lower(), mark) if mark else None


def described_ages(doc, published: date | None = None) -> tuple[Age, ...]:
    """The ages of the described, unnamed people the sentence singles out, each an
    :class:`Age` whose person is the noun's lemma and whose mark is what singles it out."""
    if is_question(doc):
        return ()
    by_token = named_tokens(doc)
    told = {c.holder: c.grade for c in conditions(doc) if not c.denied}
    day = published.isoformat() if published else ""
    found: list[tuple[object, int]] = []
    for years, _after, old in adjective_ages(doc):
        if described_name(old, by_token) is None and old.dep_ == "amod":
            found.append((old.head, years))
    found += [(t, y) for t in doc if t.dep_ == "attr" for y in (bare_age(t),) if y]
    out: dict[tuple[str, str], Age] = {}
    for tok, years in found:
        person = _person(tok, told)
        if person is not None and tok.i not in by_token:
            out.setdefault(person, Age(person[0], years, day, person[1], _about(tok)))
    return tuple(out.values())


def _apart(x: Age, y: Age) -> bool:
    """Whether the two sources wrote a year or more apart."""
    if not (x.published and y.published):
        return False
    days = (date.fromisoformat(x.published) - date.fromisoformat(y.published)).days
    return abs(days) >= _YEAR_DAYS


def described_age_signals(a, b, story: Callable[[frozenset[str]], bool], score: float,
                          weight: float, la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One "number" signal for the first described person (one noun, one mark) given two
    ages by two claims that may tell one event (``story``, leaving out the names that
    describe the person: the girl "from Calverton" at a festival "in Eastmarch")."""
    for x in a.ages:
        for y in b.ages:
            if not x.mark or (x.person, x.mark) != (y.person, y.mark):
                continue
            differ = abs(x.years - y.years) > (1 if _apart(x, y) else 0)
            if differ and story(frozenset(x.about + y.about)):
                text = f"age of the {x.person} ({x.mark}): {x.years} ({la}) vs {y.years} ({lb})"
                return [Signal("number", score, text, weight)]
    return []

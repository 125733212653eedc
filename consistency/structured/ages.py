"""Ages of named people: "Darnell Voss, 34,", "Voss (34)", "Voss, aged 34", "Voss
(A694-021), age 34", "34-year-old Darnell Voss", "Reddaway is 28", "Keel, who is 29".

A source gives a person's age as a number right after the name (an apposition), in
brackets, after "age" / "aged", as an adjective before the name, or as the complement of
"is" whose subject is the name. Each age is read with its own name ("Voss, 34, and Keel,
29": 34 is Voss's, 29 Keel's); a number that is no age ("Flight 34", "Room 29", "in his
30s", "Voss is 34th") is not read. A surname alone is resolved to the one full name with
that surname in its own document (:func:`resolve_surnames`), so "Reddaway, 26" in a story
that names Callum Reddaway is Callum's age, not his father Colin's. Two sources giving
one person (one canonical full name) two ages disagree, unless they wrote a year or more
apart and the ages differ by one (a birthday between them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.age_nouns import described_name
from consistency.structured.numtokens import number_start, token_value
from consistency.structured.persons import agent_word
from consistency.structured.quantities import parse_number

__all__ = ["Age", "adjective_ages", "age_signals", "ages", "bare_age", "named_tokens",
           "named_age", "resolve_ages", "resolve_surnames", "tells_age_adjective"]

_AGE_WORDS = news_facts.words("age_words")
_FOLLOWERS = news_facts.words("age_followers")
_ENDING = "-".join(news_facts.split(news_facts.data().get("age_adjective_ending") or ""))
_NOT_NAMES = (news_facts.words("kin_nouns") | {t.lower() for t in load().titles.titles}
              | {r.lower() for r in load().titles.ranks})  # fmt: skip
# the adjective, then a space or the comma, colon or bracket after a standalone one ("The
# 58-year-old, who has ...")
_ADJECTIVE = re.compile(
    rf"\b(?P<num>\d{{1,3}}|[A-Za-z]+(?:-[A-Za-z]+)?)-{_ENDING}(?:\s+|(?=[,;:)]))")
_OLDEST = 110
_YEAR_DAYS = 365
# labels of names that are no people's; the small model calls many a surname an
# organisation or a place ("Reddaway": ORG), so those stay, and the alias table's kind of
# the whole name's group decides (age_signals)
_NOT_PEOPLE = {"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME", "MONEY", "CARDINAL",
               "ORDINAL", "PERCENT", "QUANTITY"}  # fmt: skip


@dataclass(frozen=True)
class Age:
    """One person's age as a source gives it ("Darnell Voss", 34, "2026-03-16")."""

    person: str  # a full name or surname; for a described person, the noun's lemma
    years: int
    published: str = ""  # ISO day the source wrote on, "" unknown
    # what singles out a person the sentence describes but does not name ("critical" of
    # "a 34-year-old man in a critical condition", "youngest"): described.py; "" named
    mark: str = ""
    about: tuple[str, ...] = ()  # names in a described person's own words ("from Calverton")


def _names(doc) -> tuple[dict[int, str], dict[int, str]]:
    """Person names by their last token and by each of their tokens: entities and runs
    of proper nouns that no label of a thing or a number claims."""
    by_end: dict[int, str] = {}
    by_token: dict[int, str] = {}
    labelled = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
    # any named entity but a thing's or a number's: the tagger calls "Reddaway" a noun
    spans = [(e.start, e.end) for e in doc.ents if e.label_ not in _NOT_PEOPLE]
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and labelled.get(j) not in _NOT_PEOPLE:
            j += 1
        if j > i:
            spans.append((i, j))
        i = max(j, i + 1)
    for start, end in spans:
        start, end = _core(doc, start, end)
        name = " ".join(t.text for t in doc[start:end] if t.tag_ != "POS").strip(" ,.")
        if name and name[0].isupper():
            by_end.setdefault(end - 1, name)
            for k in range(start, end):
                by_token.setdefault(k, name)
    return by_end, by_token


def _core(doc, start: int, end: int) -> tuple[int, int]:
    """A name's own tokens in a span the tagger drew wider: without a leading kin noun,
    title or rank ("Grandmother Margaret Ellery", "Mayor Anna Holt", "Mrs Kettley": the
    surname alone is then read as its document's full name, :func:`resolve_surnames`),
    without a sentence's first word that names a role by its agent ending before two
    more words ("Organiser Maureen Kettley", "Spokeswoman Ada Kimble": capitalised only
    as the sentence's first word), and without what follows a preposition ("Tomas Vrba
    of Team Halvorsen")."""
    cut = next((i for i in range(start + 1, end) if doc[i].dep_ == "prep"), end)
    while end - start > 1 and doc[start].lower_.rstrip(".") in _NOT_NAMES:
        start += 1
    if end - start > 2 and doc[start].is_sent_start and agent_word(doc[start].lower_):
        start += 1
    return start, min(end, cut)


def _years(tok) -> int | None:
    """A token's whole number of years, 1..110, or None."""
    if not tok.like_num:
        return None
    value = token_value(tok)
    if value is None or value != int(value) or not 1 <= value <= _OLDEST:
        return None
    return int(value)


def _ends_age(doc, i: int) -> bool:
    """Whether the token after a bare age leaves it a bare number ("34," "34 years old"),
    not a count of something ("34 miles", "34th", "34%")."""
    if i >= len(doc):
        return True
    nxt = doc[i]
    return nxt.is_punct or nxt.pos_ == "CCONJ" or nxt.lower_ in _FOLLOWERS


def _before(doc, i: int, by_end: dict[int, str]) -> str | None:
    """The name that ends just before token ``i``'s comma or bracket, skipping one
    bracketed aside ("Darnell Voss (A694-021), age 34")."""
    j = i - 1
    if j >= 0 and doc[j].text == ")":
        while j >= 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    return by_end.get(j)


def _after_name(doc, num, by_end) -> str | None:
    """ "NAME, 34,", "NAME (34)", "NAME, aged 34", "NAME (ID), age 34"."""
    i = num.i
    prev = doc[i - 1] if i > 0 else None
    if prev is None:
        return None
    if prev.text == "," and i > 1:
        return _before(doc, i - 1, by_end)
    if prev.text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")":
        return by_end.get(i - 2)
    if prev.lower_ in _AGE_WORDS and i > 1 and doc[i - 2].text in (",", "("):
        return _before(doc, i - 2, by_end)
    return None


def _copula(num, by_token) -> str | None:
    """ "Reddaway is 28", "Keel, who is 29", "Lopez is 41 years old": the subject (or
    the relative's head) of "be"."""
    while num.head.lower_ in _FOLLOWERS and num.head is not num:
        num = num.head  # "41 years old": the age's words up to "old"
    verb = num.head
    if num.dep_ not in ("attr", "acomp", "npadvmod") or verb.lemma_ != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return None
    return by_token.get(subj.i)


def bare_age(tok) -> int | None:
    """The years of a number token that stands as a bare age ("34," "is 34", "34 years
    old"), not as a count of something ("34 miles", "34th", "34%"); else None."""
    years = _years(tok)
    return years if years is not None and _ends_age(tok.doc, tok.i + 1) else None


def adjective_ages(doc):
    """(years, first token after the adjective or None, the adjective's last token) of
    each age adjective ("34-year-old", "thirty-four-year-old") of 1..110 years."""
    for m in _ADJECTIVE.finditer(doc.text):
        value = parse_number(m["num"])
        if not value or value != int(value) or not 1 <= value <= _OLDEST:
            continue
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        word = doc.char_span(m.start(), len(m[0].rstrip()) + m.start(), alignment_mode="expand")
        if word is not None:
            yield int(value), span.start if span is not None else None, word[-1]


def tells_age_adjective(text: str) -> bool:
    """Whether a text holds an age adjective ("a 19-year-old man")."""
    return _ADJECTIVE.search(text) is not None


def ages(doc, published: date | None = None) -> tuple[Age, ...]:
    """Every (person, age) the sentence gives, in order, once each."""
    by_end, by_token = _names(doc)
    day = published.isoformat() if published else ""
    out: dict[tuple[str, int], Age] = {}
    for tok in doc:
        years = bare_age(tok)
        if years is None:
            continue
        name = _after_name(doc, number_start(tok), by_end) or _copula(tok, by_token)
        if name:
            out.setdefault((name, years), Age(name, years, day))
    for years, after, old in adjective_ages(doc):
        name = by_token.get(after) if after is not None else None
        if name is None:  # "the 31-year-old woman, NAME": age_nouns.py
            name = described_name(old, by_token)
        if name:
            out.setdefault((name, years), Age(name, years, day))
    return tuple(out.values())


def named_age(num) -> bool:
    """Whether a number token is the age of a person the sentence names ("Darren Foley,
    a 41-year-old man from Milcaster", "Voss, 34,"): :func:`ages` reads it as that
    person's age, no count of the sentence's event."""
    doc = num.doc
    by_end, by_token = _names(doc)
    if not by_token:
        return False
    name = None
    if bare_age(num) is not None:
        name = _after_name(doc, number_start(num), by_end) or _copula(num, by_token)
    for _years, after, old in adjective_ages(doc):
        if name is None and old.left_edge.i <= num.i <= old.i:
            name = (by_token.get(after) if after is not None else None) or described_name(
                old, by_token)
    # a full name, as :func:`age_signals` compares: "Nima, a four-year-old snow leopard"
    # is no person's, and its age stays the event's
    return name is not None and len(name.split()) >= 2


def named_tokens(doc) -> dict[int, str]:
    """Each token of a person's name, with the name (:func:`ages` reads by them)."""
    return _names(doc)[1]


def resolve_surnames(found: tuple[Age, ...], names: Iterable[str]) -> tuple[Age, ...]:
    """``found`` with a surname alone replaced by the one full name of ``names`` (the
    names of its document) ending in it, else a given name alone ("Maureen, 58," in a
    post that first wrote "Maureen Kettley") by the one full name starting with it; left
    as it is when none or several do."""
    full = {n for n in map(_bare, names) if len(n.split()) >= 2}
    out = []
    for age in found:
        if len(age.person.split()) == 1 and not age.mark:
            owners = ({n for n in full if n.split()[-1] == age.person}
                      or {n for n in full if n.split()[0] == age.person})  # fmt: skip
            if len(owners) == 1:
                age = replace(age, person=owners.pop())
        out.append(age)
    return tuple(out)


def _bare(name: str) -> str:
    """A document's name without what :func:`_core` takes off a name: "Mrs Kettley" is
    "Kettley", "Organiser Maureen Kettley" "Maureen Kettley"."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _NOT_NAMES:
        words = words[1:]
    if len(words) > 2 and agent_word(words[0].lower()):
        words = words[1:]
    return " ".join(words)


def resolve_ages(claim_docs: Iterable[tuple[str, str]], frames: dict) -> None:
    """Replace in ``frames`` (claim id -> frame) each surname's age ("Reddaway, 26") by
    the age of the one full name that the claim's document gives that surname; the pairs
    of ``claim_docs`` are (claim id, document id)."""
    docs = list(claim_docs)
    names: dict[str, set[str]] = {}
    for cid, doc_id in docs:
        names.setdefault(doc_id, set()).update(frames[cid].names)
    for cid, doc_id in docs:
        if frames[cid].ages:
            found = resolve_surnames(frames[cid].ages, names[doc_id])
            frames[cid] = replace(frames[cid], ages=found)


def _apart(x: Age, y: Age) -> bool:
    """Whether the two sources wrote a year or more apart."""
    if not (x.published and y.published):
        return False
    days = (date.fromisoformat(x.published) - date.fromisoformat(y.published)).days
    return abs(days) >= _YEAR_DAYS


def age_signals(a, b, aliases, score: float, weight: float, la: str, lb: str) -> list[Signal]:
    """One "number" signal for the first person (one full name, by the alias table's
    ``canonical``, of the ``kind`` person) given two ages."""
    for x in a.ages:
        for y in b.ages:
            person = aliases.canonical(x.person)
            if person != aliases.canonical(y.person) or len(person.split()) < 2:
                continue  # two people, or a surname that more than one person bears
            if aliases.kind(person) not in (None, "person"):
                continue
            if abs(x.years - y.years) > (1 if _apart(x, y) else 0):
                text = f"age of {person}: {x.years} ({la}) vs {y.years} ({lb})"
                return [Signal("number", score, text, weight)]
    return []

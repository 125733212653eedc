"""Ages told of a person by a definite role noun, and of a person a definite age noun
stands for: "The driver, 67, stayed on board" against "The 57-year-old driver stayed
with the pupils"; "The 58-year-old, who has prepared pitches here for two decades"
after a sentence naming "Pete Lannigan", against "Pete Lannigan, 54".

A news story calls the one holder of a role by the role noun and "the" ("the driver",
"the skipper", "the groundsman") once it has brought that person in: the definite
article says the writer's readers know which one is meant. Two sources giving "the
driver" two ages disagree about one person, as long as the noun names a doer by its
agent ending (:func:`~consistency.structured.persons.agent_word`: "driver", "skipper",
"groundsman"; not "the man", "the woman", "the people", of whom a story may tell
several, nor "the member", one of a group), the noun carries no other adjective ("the
other driver", "the injured driver") and the nouns carry the same compounds and "of"
phrases ("the lorry driver" is not "the car driver", nor "the driver of the car" "the
driver of the lorry", nor either told against "the driver"). The age is read as an
adjective ("the 57-year-old driver"), in apposition ("the driver, 67,", "the driver,
aged 67") or in a relative clause or copula ("the driver, who is 67,", "the driver is
67"). A person the sentence names is ages.py's; a noun another mark singles out (a
superlative, a grade of health) is described_ages.py's.

A definite age noun standing alone as the subject ("The 58-year-old said ...") is the
person last named before it, when the nearest sentence naming anyone named exactly one
person (the claims stage's reading of a leading "he"), a sentence or three back:
:func:`resolve_standalone` gives it that name, after which it is compared as a named
person's age (ages.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from consistency.structured import news_facts
from consistency.structured.age_nouns import described_name
from consistency.structured.ages import (
    Age,
    adjective_ages,
    ages,
    bare_age,
    named_tokens,
    tells_age_adjective,
)
from consistency.structured.described_ages import described_ages, told_as_fact
from consistency.structured.parse import is_question
from consistency.structured.persons import agent_word

__all__ = ["ROLE_MARK", "STANDALONE", "all_ages", "resolve_standalone", "role_ages"]

_DEFINITE = news_facts.words("definite_determiners")
_AGE_WORDS = news_facts.words("age_words")
_ANY_GROUP = news_facts.words("any_group_nouns")
_MEMBERS = news_facts.words("membership_nouns")  # "the member": one of a group
_SUBJECTS = ("nsubj", "nsubjpass")
ROLE_MARK = "the"  # an Age's mark: a definite role noun ("the lorry" for "the lorry driver")
STANDALONE = "the one named before"  # an Age's mark until resolve_standalone names it
_REACH = 3  # claims to look back for the person a standalone age noun means


def _definite(noun) -> bool:
    """Whether a noun carries "the" (or "this", "that") and no possessor."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return len(dets) == 1 and dets[0].dep_ == "det" and dets[0].lower_ in _DEFINITE


def _role(noun) -> str | None:
    """The mark of a definite, singular role noun ("the", "the lorry"), or None."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma in _ANY_GROUP | _MEMBERS:
        return None
    if any(c.dep_ == "amod" and not _is_age(c) for c in noun.children):
        return None  # "the other driver", "the youngest member": another mark (described_ages)
    if not agent_word(lemma) or not _definite(noun):
        return None
    compounds = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return " ".join([ROLE_MARK, *compounds, *_of_phrase(noun)])


def _of_phrase(noun) -> list[str]:
    """The words of an "of" phrase after the role noun ("of the car" in "the driver of the
    car"): it singles out whose role it is, as a compound does, so "the driver of the car"
    and "the driver of the lorry" (or plain "the driver") are two role marks."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return ["of", *(t.lower_ for t in obj.subtree if t.dep_ != "det")]
    return []


def _is_age(tok) -> bool:
    """Whether an adjective is an age ("57-year-old", "aged 67")."""
    return tok.lower_ in _AGE_WORDS or tells_age_adjective(
        tok.doc[tok.left_edge.i : tok.i + 2].text)


def _bare_aged(doc):
    """(noun, years) of each bare age told of a noun: "the driver, 67,", "the driver,
    aged 67", "the driver, who is 67", "the driver is 67"."""
    for tok in doc:
        years = bare_age(tok)
        if years is None:
            continue
        head = tok.head
        if tok.dep_ == "appos":
            yield head, years  # "the driver, 67,"
        elif head.lower_ in _AGE_WORDS and head.dep_ in ("amod", "acl"):
            yield head.head, years  # "the driver, aged 67"
        elif tok.dep_ in ("attr", "acomp") and head.lemma_ == "be" and told_as_fact(head):
            subj = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            if subj is not None and subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
                subj = head.head  # "the driver, who is 67"
            if subj is not None:
                yield subj, years


def _names_person(doc) -> bool:
    """Whether the sentence names a person (then it may be the one the age noun means)."""
    return any(e.label_ == "PERSON" for e in doc.ents)


def role_ages(doc, published: date | None = None) -> tuple[Age, ...]:
    """The ages of the definite role nouns the sentence tells (person: the noun's lemma,
    mark: "the" and its compounds), and of a definite age noun standing alone as the
    subject (person "", mark :data:`STANDALONE`, for :func:`resolve_standalone`)."""
    if is_question(doc):
        return ()
    by_token = named_tokens(doc)
    day = published.isoformat() if published else ""
    found = list(_bare_aged(doc))
    out: dict[tuple[str, str], Age] = {}
    for years, _after, old in adjective_ages(doc):
        if described_name(old, by_token) is not None:
            continue
        if old.dep_ == "amod":
            found.append((old.head, years))
        elif old.dep_ in _SUBJECTS and _definite(old) and not _names_person(doc):
            out.setdefault(("", STANDALONE), Age("", years, day, STANDALONE))
    for noun, years in found:
        mark = _role(noun)
        if mark is not None and noun.i not in by_token:
            out.setdefault((noun.lemma_.lower(), mark), Age(noun.lemma_.lower(), years, day, mark))
    return tuple(out.values())


def _antecedents(frames: dict, ids: dict[int, str], index: int) -> tuple[str, ...]:
    """The people named by the nearest claim before ``index`` that names anyone, looking
    back :data:`_REACH` claims and past none that tells another age ("a 19-year-old man
    was arrested": the age noun may mean that one)."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        frame = frames[ids[back]] if back in ids else None
        if frame is None or frame.ages or tells_age_adjective(frame.text):
            return ()
        if frame.people:
            return frame.people
    return ()


def all_ages(doc, published: date | None = None) -> tuple[Age, ...]:
    """Every age the sentence tells: of named people (ages.py), of described people a
    mark singles out (described_ages.py) and of definite role nouns (here)."""
    return ages(doc, published) + described_ages(doc, published) + role_ages(doc, published)


def resolve_standalone(claims: Iterable, frames: dict) -> None:
    """Give each standalone age in ``frames`` (claim id -> frame) the name of the one
    person last named before it in its document ("Head groundsman Pete Lannigan found the
    damage. ... The 58-year-old ..."): :func:`_antecedents`; drop it when none or several
    are. ``claims`` are the claims, each with its ``doc_id`` and ``index``."""
    by_doc: dict[str, dict[int, str]] = {}
    for c in claims:
        by_doc.setdefault(c.doc_id, {})[c.index] = c.id
    for ids in by_doc.values():
        for index, cid in ids.items():
            frame = frames[cid]
            if not any(a.mark == STANDALONE for a in frame.ages):
                continue
            before = _antecedents(frames, ids, index)
            kept = tuple(a if a.mark != STANDALONE else replace(a, person=before[0], mark="")
                         for a in frame.ages if a.mark != STANDALONE or len(before) == 1)
            frames[cid] = replace(frame, ages=kept)

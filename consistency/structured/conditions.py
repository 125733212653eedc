"""A state of health told of someone and denied by another source: "a nine-year-old girl
is in a critical condition" against "the hospital said no child was in a critical
condition"; "two firefighters remain critically ill" against "none of the firefighters is
critically ill"; "a man suffered life-threatening injuries" against "none of the injuries
are life-threatening".

A condition is a grade (the adjective: "critical", "serious", "life-threatening")
said of a holder, read from the parse, not from a list of the grades:

- "in a <grade> condition" (a ``condition_nouns`` noun in a prepositional phrase) on a
  verb whose subject is the holder ("is / remains / was taken to hospital in a serious
  condition");
- an adverb of grade on an ``ailing_words`` adjective ("critically ill", "seriously
  hurt"): the grade is the adverb's adjective ("critically" -> "critical");
- an adjective said of an ``injury_nouns`` noun, as its modifier ("life-threatening
  injuries") or its complement ("her injuries are life-threatening"); the holder is the
  injury.

A denial covers a told condition of the same grade whose holder it covers: the same noun
or name, a broader noun (``hypernyms``: "no one", "none of the passengers" ... ;
``child_nouns``: "no child" covers "a girl", and anyone told to be under 18, "a
nine-year-old"). Told conditions stand only as fact (no modal, condition, rumour); two
sources timing them on two days are read as an update, not a contradiction.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.hedges import relayed_rumour
from consistency.structured.negation import negated, nobody
from consistency.structured.numtokens import token_value
from consistency.structured.parse import in_condition, is_question, modal, under_denial
from consistency.structured.told_denied import PolarKind

__all__ = ["CONDITION", "Condition", "condition_key", "conditions"]

_CONDITION_NOUNS = news_facts.words("condition_nouns")
_AILING = news_facts.words("ailing_words")
_INJURIES = news_facts.words("injury_nouns")
_CHILDREN = news_facts.words("child_nouns")
_BROADER = news_facts.classes("hypernyms")
_PERSON = "person"  # what "nobody", "no one" stand for
_ADULT_AGE = 18
_INJURY = "injury"


@dataclass(frozen=True)
class Condition:
    """A grade of health said of a holder, told or denied: ("girl", "critical", ...)."""

    holder: str  # lemma or name of whom (or which injury) it is said ("girl", "injury")
    grade: str  # "critical", "serious", "life-threatening"
    denied: bool
    young: bool  # the holder is told to be a child by age ("a nine-year-old girl")
    text: str  # the words, for the explanation


def condition_key(c: Condition) -> str:
    """The grade: a condition and its denial meet under it."""
    return c.grade


def conditions(doc) -> tuple[Condition, ...]:
    """Every condition the sentence tells or denies."""
    if is_question(doc):
        return ()
    found: list[Condition] = []
    for tok in doc:
        read = _in_condition_phrase(tok) or _ailing(tok) or _injury_grade(tok)
        if read is None:
            continue
        verb, holder, grade = read
        made = _condition(verb, holder, grade)
        if made is not None:
            found.append(made)
    return tuple(dict.fromkeys(found))


def _in_condition_phrase(tok):
    """"in a critical condition": (verb, holder, grade)."""
    if tok.lemma_.lower() not in _CONDITION_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    grade = _grade_of(tok)
    verb = tok.head.head
    holder = _subject(verb)
    return (verb, holder, grade) if grade and holder is not None else None


def _ailing(tok):
    """"critically ill", "seriously injured": (verb, holder, grade)."""
    if tok.lemma_.lower() not in _AILING and tok.lower_ not in _AILING:
        return None
    adverb = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_.endswith("ly")), None)
    if adverb is None:
        return None
    verb = tok.head if tok.dep_ in ("acomp", "oprd", "xcomp") else tok
    holder = _subject(verb)
    return (verb, holder, adverb.lower_[:-2]) if holder is not None else None


def _injury_grade(tok):
    """An adjective said of an injury noun: (verb, injury, grade)."""
    if tok.pos_ not in ("ADJ", "VERB") or tok.dep_ not in ("amod", "acomp"):
        return None  # "life-threatening" is often tagged a participle
    if tok.dep_ == "amod":
        noun = tok.head
        verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else noun
    else:
        verb = tok.head
        noun = _subject(verb)
    if noun is None or noun.lemma_.lower() not in _INJURIES and not _none_of(noun, _INJURIES):
        return None
    if any(c.lower_ == "non" for c in tok.head.children if c.i < tok.i) or tok.lower_ == "non":
        return None  # "non-life-threatening": the parser splits the prefix off
    return verb, noun, _phrase(tok)


def _none_of(tok, nouns) -> bool:
    """"None of the injuries": a negating pronoun over one of ``nouns``."""
    of = _of_object(tok)
    return nobody(tok) and of is not None and of.lemma_.lower() in nouns


def _of_object(tok):
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip


def _grade_of(noun) -> str:
    """The adjective before a condition noun ("critical" of "a critical condition")."""
    return next((_phrase(c) for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ"), "")


def _phrase(adj) -> str:
    """An adjective with its hyphenated parts: "life-threatening"."""
    words = [t for t in adj.subtree if t.i <= adj.i]
    return "".join(t.lower_ for t in words if t.dep_ in ("npadvmod", "punct") or t is adj
                   ).strip("-")  # fmt: skip


def _subject(verb):
    """The verb's subject, or that of the verb a complement hangs on ("is thought to be")."""
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else None):
        subj = next((c for c in (v.children if v is not None else ())
                     if c.dep_ in ("nsubj", "nsubjpass")), None)  # fmt: skip
        if subj is not None:
            told = subj.pos_ in ("NOUN", "PROPN") or nobody(subj) or _young(subj)
            return subj if told else None  # "a 12-year-old was flown to hospital"
    return None


def _condition(verb, holder, grade: str) -> Condition | None:
    """The condition told or denied, or None when it is told only as a possibility."""
    head_neg = verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children)
    denied = negated(verb) or head_neg or nobody(holder) or under_denial(verb)
    if not denied and (in_condition(verb) or modal(verb) or relayed_rumour(verb)):
        return None
    noun = holder.lower_ if holder.pos_ == "PROPN" else holder.lemma_.lower()
    if nobody(holder):
        of = _of_object(holder)
        noun = of.lemma_.lower() if of is not None else _PERSON
    if noun in _INJURIES:
        noun = _INJURY
    elif holder.pos_ == "ADJ":
        noun = _PERSON  # "a 12-year-old"
    left, right = min(holder.left_edge.i, verb.i), max(verb.i, holder.i)
    text = verb.doc[left : min(max(right + 6, left + 8), left + 14)].text
    return Condition(noun, grade, denied, _young(holder), text)


def _young(holder) -> bool:
    """"A nine-year-old girl", "a 12-year-old": under 18 by the age told."""
    for c in holder.subtree:
        if c.lower_ == "old" or c.lemma_.lower() == "old":
            num = next((n for y in c.children for n in y.children if n.dep_ == "nummod"), None)
            age = token_value(num) if num is not None else None
            return age is not None and age < _ADULT_AGE
    return False


def _covers(no: Condition, yes: Condition) -> bool:
    """Whether the denial ``no`` rules out the told condition ``yes``."""
    if no.grade != yes.grade:
        return False
    if no.holder == yes.holder or yes.holder in _BROADER.get(no.holder, ()):
        return True
    if no.holder in _CHILDREN and (yes.holder in _CHILDREN or yes.young):
        return True
    return no.holder == _PERSON and yes.holder != _INJURY


CONDITION = PolarKind("conditions", _covers, lambda yes, no, ly, ln: (
    f"{yes.holder} {yes.grade}: {yes.text} ({ly}) vs {no.text} ({ln})"))

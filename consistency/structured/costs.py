"""What one thing costs, told as two amounts of money: "the total cost will be around $1.6
million" against "estimates the cost of the replacement at about $650,000" or "delivering
the new paper would cost about $650,000"; "the repairs cost £2.4m" against "a repair bill
of £900,000".

An amount of money is a cost when the parse hangs it on the verb of costing (``cost_verbs``:
"would cost $5m") or, through nouns and the prepositions of a price, on a noun of cost
(``cost_nouns``: "at a cost of", "a £2m bill"), also as the complement of a copula whose
subject is that noun ("the cost will be $1.6m") or after "at" on a verb whose object it
is ("put / estimated the cost at $650,000"). What it is the cost of is the "of" ("for") object of
the noun or the verb's subject, "" when unnamed, a pronoun or a gerund ("writing and
printing the paper would cost"). Two costs clash when they are in one currency, of one
story, of one thing (or of a thing unnamed on either side), with the same years told, both
told ahead (a forecast or an estimate: "will cost", "would cost", "estimates the cost
at") or both as spent ("the repairs cost £2m"), and their amounts are apart even when each
is read as rounded to its last written digit (money.py). Silent for a cost per head or per
period ("$20 a ticket", "£5m a year": a rate), other kinds of cost (``cost_kinds``: "the
annual cost", "running costs"), two things, and a forecast against the final bill.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.eventclass import tense_modality
from consistency.structured.guesses import guessed
from consistency.structured.money import (
    AmountKind,
    amounts_of_money,
    climb,
    rounded_range,
)  # fmt: skip
from consistency.structured.quantities import years_in

__all__ = ["COST", "Cost", "costs", "other_things"]

_NOUNS = news_facts.words("cost_nouns")
_VERBS = news_facts.words("cost_verbs")
_KINDS = news_facts.words("cost_kinds")
_FORECAST = news_facts.words("forecast_heads")
_AHEAD = (news_facts.words("cost_estimate_words") | _FORECAST
          | news_facts.words("expectation_heads"))  # fmt: skip
_PREPS = news_facts.words("price_chain_preps")
_PRONOUNS = news_facts.words("thing_pronouns")
_RATE_WORDS = frozenset(load().numbers.rate_words)
_CHAIN = frozenset({"nummod", "quantmod", "compound", "nmod", "pobj", "dobj", "attr",
                    "appos", "npadvmod", "amod", "prep"})  # fmt: skip


@dataclass(frozen=True)
class Cost:
    """One thing's cost: "would cost about $650,000" is ("usd", 585000, 715000,
    "about $650,000", "", True, ())."""

    currency: str
    low: float
    high: float
    text: str
    thing: str  # lemma of what it is the cost of; "" when unnamed
    ahead: bool  # told as a forecast or estimate, not as money spent
    years: tuple[int, ...]


def costs(doc, qspans) -> tuple[Cost, ...]:
    """Each amount of money of the claim that tells what a thing costs."""
    out = []
    for num, q in amounts_of_money(doc, qspans):
        after = doc[num.i + 1].lower_ if num.i + 1 < len(doc) else ""
        if after in _RATE_WORDS or after.startswith("/"):
            continue  # "$20 a ticket", "£5m a year", "$400/oz": a rate
        found = _cost_word(num)
        if found is None:
            continue
        word, verb = found
        if verb is not None and guessed(verb) and not _estimated(verb):
            continue  # "Gruber predicts the watch would cost $5,000": guesses.py
        if word.pos_ == "NOUN" and any(c.lemma_.lower() in _KINDS or c.lower_ in _KINDS
                                       for c in word.children):  # fmt: skip
            continue  # "the annual cost", "running costs": another measure
        low, high = rounded_range(q.low, q.high, q.exact)
        out.append(Cost(q.unit, low, high, q.text, _thing(word, verb, num), _ahead(word, verb),
                        years_in(doc)))  # fmt: skip
    return tuple(out)


def _cost_word(num):
    """(the word of cost the amount hangs on, the verb that tells it), or None when
    another verb or preposition comes first ("less than £50m")."""

    def stop(tok):
        if tok.dep_ == "prep" and tok.lower_ == "at" and (found := _object_at(tok)):
            return found
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOUNS and tok is not num:
            return tok, _verb_of(tok)
        return None

    return climb(num, stop, _PREPS, _at_verb, _CHAIN)


def _at_verb(verb, tok):
    """"Would cost $5m"; "the cost will be $1.6m" (the copula's subject); "estimates
    the cost at $650,000" (the verb's object)."""
    if verb.lemma_.lower() in _VERBS and tok.dep_ in ("dobj", "npadvmod", "attr", "oprd"):
        return verb, verb
    if verb.lemma_.lower() == "be" and tok.dep_ == "attr":
        over = verb.head if verb.dep_ == "xcomp" else verb  # "is expected to be $4m"
        subj = next((c for c in over.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif tok.dep_ == "prep" and tok.lower_ == "at":
        subj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        return None
    if subj is None or subj.lemma_.lower() not in _NOUNS:
        return None
    return subj, verb


def _object_at(prep):
    """"Estimates the cost of the replacement, including printing, at $650,000": an "at"
    the parser hung inside the object of cost, at its end, is the verb's."""
    for t in prep.ancestors:
        if (t.dep_ == "dobj" and t.lemma_.lower() in _NOUNS and t.head.pos_ in ("VERB", "AUX")
                and t.right_edge.i == prep.right_edge.i):  # fmt: skip
            return t, t.head
    return None


def _verb_of(noun):
    """The verb a noun of cost hangs on, for its tense ("at a cost of", "put the cost")."""
    return next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _thing(word, verb, num) -> str:
    """What it is the cost of: the noun's "of" object, else the costing verb's subject.
    An "of" that holds the amount itself is no thing: "a cost of $500 for versions with
    steel cases" is the cost of the versions."""
    if word.pos_ == "NOUN":
        of = next((c for c in word.children  # "the cost of", "the bill for"
                   if c.dep_ == "prep" and c.lower_ in ("of", "for")
                   and not any(t.i == num.i for t in c.subtree)), None)  # fmt: skip
        thing = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
    else:
        thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if thing is None or thing.lower_ in _PRONOUNS or thing.pos_ != "NOUN" or _doings(thing):
        return ""  # "writing and printing it would cost": what is done, no thing
    return thing.lemma_.lower()


def _doings(noun) -> bool:
    """A gerund, or a list of things done ("writing, printing and delivering the paper"):
    what is done, no one thing."""
    return noun.tag_ == "VBG" or any(c.dep_ == "conj" for c in noun.children) and any(
        t.tag_ == "VBG" for t in noun.subtree)


def _estimated(verb) -> bool:
    """A cost someone estimates ("estimated that it would cost"): a report, no guess."""
    return any(t.lemma_.lower() in _AHEAD - _FORECAST for t in (verb, *verb.ancestors))


def _ahead(word, verb) -> bool:
    """Told as a forecast or an estimate: "will / would cost", "estimates the cost at",
    "the estimated cost", "is expected to cost"; not money already spent."""
    if any(c.lower_ in _AHEAD or c.lemma_.lower() in _AHEAD for c in word.children):
        return True  # "the estimated cost"
    t = verb
    for _ in range(4):
        if t is None:
            return False
        if t.pos_ in ("VERB", "AUX"):
            tense, modality = tense_modality(t)
            if tense == "future" or modality is not None or t.lemma_.lower() in _AHEAD:
                return True
        if t.head is t:
            return False
        t = t.head
    return False


def _clash(x: Cost, y: Cost) -> bool:
    if x.currency != y.currency or x.years != y.years or x.ahead != y.ahead:
        return False
    if x.thing and y.thing and x.thing != y.thing:
        return False  # "the cost of the repairs", "the cost of the inquiry": two things
    return x.high < y.low or y.high < x.low


COST = AmountKind("costs", _clash, lambda x: "cost")


def other_things(qa, fa, qb, fb) -> bool:
    """Two amounts each read as the cost of a named thing, and the things differ ("the
    inquiry will cost £3m", "the repairs will cost £9m"): two sums, so the plain count
    check (numberclash.number_signals) leaves them too."""
    ta, tb = _thing_of(qa, fa.costs), _thing_of(qb, fb.costs)
    return bool(ta and tb and ta != tb)


def _thing_of(q, told: tuple[Cost, ...]) -> str:
    return next((c.thing for c in told if c.currency == q.unit and c.text == q.text), "")

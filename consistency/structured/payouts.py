"""A sum paid to each of a body of payees, or a sum demanded, told as two amounts:
"customers will automatically receive £95" against "any household left without power
would be entitled to an automatic payment of £75", "every affected household will get a
£30 credit" against "households will get £50 knocked off their next bill", "the gang is
demanding £1.9 million" against "the crooks want £4.2 million".

An amount of money (a quantity in a currency) is a payout when the parse hangs it,
through nouns ("a payment of", "a £30 credit") and the prepositions of an amount
(``payout_chain_preps``), on a verb of receiving whose subject is the payee
(``payout_receive_verbs``: "receive", "get", "be entitled to"), or on a verb of paying
whose dative, passive subject or "to" object is the payee (``payout_give_verbs``: "pay
each customer £40", "will be credited £30", "are to be given £200 each"); the payee is a
body of common nouns (plural, or "each", "every", "any" one), never a name. It is a demand
when the verb is one of demanding (``payout_demand_verbs``: "demanding", "want", "asked
for") or the amount measures a noun of demand ("a £4.2m ransom", ``payout_demand_nouns``).
Payees and demanders are grouped by their noun class (``unit_classes``; the public ones,
``payout_public_classes``, people and homes, are one body: "customers", "households"); a
noun compound or a modifier of another body (``payout_other_bodies``) makes another group
("business customers", "commercial customers").
Two payouts, or two demands, clash when their groups and currency are one, with the same
years told, and their amounts are apart even read as rounded (money.py). Silent for: a
total with no payee ("paid out £4m in compensation"), a negated or hedged verb ("should
receive", guesses.py), a further sum ("a further £25", ``increment_before``), another
body of payees ("businesses" and "households") and two currencies (no rate assumed).
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.guesses import guessed
from consistency.structured.money import CURRENCIES, AmountKind, rounded_range
from consistency.structured.parse import own_subject
from consistency.structured.quantities import INCREMENT_WORDS, number_token, years_in

__all__ = ["PAYOUT", "Payout", "payouts"]

_RECEIVE = news_facts.words("payout_receive_verbs")
_GIVE = news_facts.words("payout_give_verbs")
_DEMAND = news_facts.words("payout_demand_verbs")
_DEMAND_NOUNS = news_facts.words("payout_demand_nouns")
_PREPS = news_facts.words("payout_chain_preps")
_HEDGES = news_facts.words("payout_hedge_auxes")
_PUBLIC = news_facts.words("payout_public_classes")
_OTHER_BODIES = news_facts.words("payout_other_bodies")
_GROUPS = {w: name for name, ws in news_facts.classes("unit_classes").items() for w in ws}
_CHAIN_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod", "pobj", "dobj", "appos",
                         "npadvmod", "attr", "amod"})  # fmt: skip
_EACH = frozenset({"each", "every", "any", "all"})


@dataclass(frozen=True)
class Payout:
    """One sum paid or demanded: "customers will receive £95" is
    ("payout", "public", "gbp", 94.5, 95.5, "£95", ())."""

    role: str  # "payout" (paid to each payee) or "demand"
    group: str  # the payees' or demanders' group ("public", "business", ...); "" unknown
    currency: str
    low: float
    high: float
    text: str
    years: tuple[int, ...]


def payouts(doc, qspans) -> tuple[Payout, ...]:
    """Each amount of money of the claim paid to a body of payees, or demanded."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or q.unit not in CURRENCIES:
            continue
        if any(t.lower_ in INCREMENT_WORDS for t in num.subtree) or _further(num):
            continue
        found = _role(num)
        if found is None:
            continue
        role, group, verb = found
        low, high = rounded_range(q.low, q.high, q.exact)
        years = years_in(t for t in verb.subtree if t.i != num.i) if verb is not None else ()
        out.append(Payout(role, group, q.unit, low, high, q.text, years))
    return tuple(out)


def _further(num) -> bool:
    """"A further £25", "an extra £20": a modifier of the amount's noun adds to a sum."""
    head = num.head if num.dep_ in ("nummod", "nmod", "compound", "quantmod") else num
    return any(c.lower_ in INCREMENT_WORDS for c in head.children if c.dep_ in ("amod", "advmod"))


def _role(num):
    """(role, group, verb) of the amount, or None when it is neither paid nor demanded."""
    tok = num
    for _ in range(7):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _DEMAND_NOUNS and tok is not num:
            return "demand", _group(_subject(tok.head)) if tok.dep_ == "dobj" else "", None
        if tok.dep_ == "prep" and tok.lower_ not in _PREPS:
            return None
        if tok.dep_ not in _CHAIN_DEPS and tok.dep_ != "prep" and tok is not num:
            return None
        head = tok.head
        if head is tok:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return _verb_role(head, tok)
        tok = head
    return None


def _verb_role(verb, via):
    """The role of an amount reached through ``via``, a child of ``verb``."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in verb.children) or guessed(verb):
        return None
    if lemma in _DEMAND:
        return "demand", _group(_subject(verb)), verb
    if lemma in _RECEIVE:
        payee = _subject(verb)
    elif lemma in _GIVE and via.dep_ != "nsubj":
        payee = _given_to(verb)
    else:
        return None
    return ("payout", _group(payee), verb) if _a_body(payee) else None


def _subject(verb):
    """The subject of a verb, or of the verb a bare complement hangs on ("are to be given")."""
    for tok in (verb, verb.head):
        subj = own_subject(tok)
        if subj is not None:
            return subj
        if verb.dep_ not in ("xcomp",):
            break
    return None


def _given_to(verb):
    """Who a verb of paying pays: its dative, its passive subject, or its "to" object."""
    for c in verb.children:
        if c.lower_ == "to" and c.dep_ in ("prep", "dative"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ in ("dative", "nsubjpass"):
            return c
    if verb.dep_ == "xcomp":
        return _subject(verb)
    return None


def _a_body(payee) -> bool:
    """A body of payees: a common noun, plural or each one of ("every household")."""
    if payee is None or payee.pos_ != "NOUN":
        return False  # a name ("Chelsea will receive £40m") is one payee, a price's seller
    return payee.tag_ in ("NNS", "NNPS") or any(c.lower_ in _EACH for c in payee.children)


def _group(tok) -> str:
    """The group a payee or demander is of: "public" for people and homes, else its class
    or lemma; "" when unknown."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    kind = [c.lemma_.lower() for c in tok.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" or c.lower_ in _OTHER_BODIES]
    if kind:
        return " ".join(kind)  # "business customers", "commercial premises": another body
    lemma = tok.lemma_.lower()
    group = _GROUPS.get(lemma, lemma)
    return "public" if group in _PUBLIC else group


def _clash(x: Payout, y: Payout) -> bool:
    if (x.role, x.currency, x.years) != (y.role, y.currency, y.years):
        return False
    if x.role == "payout" and x.group != y.group:
        return False  # "businesses will receive £500", "households will receive £95"
    if x.role == "demand" and "public" in (x.group, y.group) and x.group != y.group:
        return False  # "residents want £500 in compensation", "the gang demanded £4m"
    return x.high < y.low or y.high < x.low


PAYOUT = AmountKind("payouts", _clash, lambda x: "sum paid to each" if x.role == "payout"
                    else "sum demanded")  # fmt: skip

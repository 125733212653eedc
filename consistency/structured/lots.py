"""The price one item of a sale fetched, when several items sell at once: "the blue velvet
jacket went for £15,800" against "the blue velvet stage jacket, which sold for £18,500";
"his handwritten lyrics fetched £63,000" against "Handwritten lyrics for 'Harbour
Lights': £36,000" (a results list); "the painting made £2.1 million" against "the
painting was knocked down for £2.4m".

money.py reads a price hung on a word of buying or selling with the thing bought as its
object. An item of an auction is told as the subject of a verb of fetching
(``lot_sale_verbs``: "went for", "sold for"; ``lot_fetch_verbs``: "fetched", "made",
"realised"; not in the present simple, which tells a going rate), or as a
heading noun with the amount after a colon or dash. The item is that subject's common
noun; a relative pronoun stands for the noun it follows, and a noun inside an "of/from/on"
phrase or a clause of another noun stands for that outer noun ("the jacket he wore on the
tour, which sold for" sold the jacket). Names and pronouns tell no item: prices of two
unnamed items of one sale would clash wrongly. So prices compare per item (the item noun),
never the guitar's price with the jacket's.

Every sale price (money.py's and these) also carries its basis (``price_basis_words``
near the amount: "including the buyer's premium", "a hammer price of"): two prices on two
bases ("£420,000 at the hammer", "£525,000 with premium") are two measures of one sale.
"""

from __future__ import annotations

import dataclasses

from consistency.structured import news_facts
from consistency.structured.guesses import guessed
from consistency.structured.money import (
    CURRENCIES,
    Price,
    attempted,
    other_price,
    prices,
    rounded_range,
)
from consistency.structured.quantities import number_token, years_in

__all__ = ["sale_prices"]

_FOR_VERBS = news_facts.words("lot_sale_verbs")
_OBJECT_VERBS = news_facts.words("lot_fetch_verbs")
_GENERIC_TAGS = frozenset({"VBP", "VBZ"})  # "gold watches sell for more than $6,000"
_BASIS = news_facts.words("price_basis_words")
_PRONOUNS = news_facts.words("thing_pronouns") | news_facts.words("vague_thing_pronouns")
_ITEM_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "acl", "amod", "compound", "det"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PRICE_NOUNS = news_facts.words("price_nouns")
_OUTER = frozenset({"pobj", "relcl", "acl", "prep"})


def sale_prices(doc, qspans) -> tuple[Price, ...]:
    """money.py's prices and the prices of items of a sale, each with its basis."""
    found = list(prices(doc, qspans))
    taken = {p.text for p in found}
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or q.unit not in CURRENCIES or q.text in taken:
            continue
        item = _verb_item(num) or _heading_item(num)
        if item is None:
            continue
        deal, noun = item
        low, high = rounded_range(q.low, q.high, q.exact)
        told = {t.i for c in deal.children if c.dep_ not in _ITEM_DEPS for t in c.subtree}
        years = years_in(t for t in deal.doc if t.i in told and t.i != num.i)
        found.append(Price(q.unit, low, high, q.text, deal.lemma_.lower(), noun, years))
    spans = [(number_token(doc, end), q.text) for end, q in qspans]
    return tuple(dataclasses.replace(p, basis=_basis(doc, p, spans)) for p in found)


def _verb_item(num):
    """(verb, item lemma) for "ITEM went for/fetched £N", else None."""
    tok = num
    while tok.dep_ == "conj" and tok.head.pos_ == "NUM":
        tok = tok.head  # "for £420,000 at the hammer, or £525,000 with premium"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in _PRICE_NOUNS:
        tok = tok.head.head  # "sold for a hammer price of £420,000"
        if other_price(tok):
            return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "for":
        tok = tok.head
    verb = tok.head
    verbs = _FOR_VERBS if tok.dep_ in ("prep", "conj") else _OBJECT_VERBS
    if tok.dep_ not in ("prep", "dobj", "attr", "conj") or verb.lemma_.lower() not in verbs:
        return None
    if verb.tag_ in _GENERIC_TAGS:
        return None  # the present simple tells a going rate, not what one item fetched
    if attempted(verb) or guessed(verb) or any(c.dep_ == "dobj" and c.i != tok.i
                                               for c in verb.children):  # fmt: skip
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if verb.dep_ in ("relcl", "acl") and (subj is None or subj.lower_ in _PRONOUNS):
        subj = verb.head  # "the jacket, which sold for": the noun the clause follows
    elif subj is None and verb.dep_ in ("advcl", "conj"):
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    noun = _outer_noun(subj) if subj is not None else None
    return (verb, noun) if noun else None


def _heading_item(num):
    """(noun, item lemma) for a verbless heading "Handwritten lyrics: £36,000"."""
    head = num.head
    if num.dep_ != "appos" or head.dep_ != "ROOT" or head.pos_ != "NOUN":
        return None
    marks = {t.lower_ for t in head.doc[head.i:num.i] if t.pos_ == "PUNCT"}
    if not marks & {":", "-", "–", "—"}:
        return None
    return head, head.lemma_.lower()


def _outer_noun(tok) -> str | None:
    """The common noun a subject stands for: "the jacket he wore on the tour" -> jacket."""
    for _ in range(6):
        if tok.dep_ not in _OUTER or tok.head.i == tok.i:
            break
        up = tok.head
        noun_over = up.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("relcl", "acl", "prep")
        if not (noun_over or up.dep_ in _OUTER or up.pos_ in ("VERB", "ADP")):
            break
        tok = up
    if tok.pos_ != "NOUN" or tok.lower_ in _PRONOUNS:
        return None
    return tok.lemma_.lower()


def _basis(doc, price: Price, spans) -> tuple[str, ...]:
    """The basis words nearer this amount than any other amount, and not before its deal
    word: "the painting, which went under the hammer, made £2.6m" tells no basis."""
    nums = [n.i for n, t in spans if n is not None]
    at = next((n.i for n, t in spans if n is not None and t == price.text), None)
    if at is None:
        return ()
    deal = [t.i for t in doc[:at] if t.lemma_.lower() == price.deal]
    start = deal[-1] if deal else 0
    told = {t.lemma_.lower() for t in doc if t.lemma_.lower() in _BASIS and t.i >= start
            and min(nums, key=lambda n: (abs(n - t.i), n)) == at}  # fmt: skip
    return tuple(sorted(told))

"""Counts an order reaches: the homes, people or premises a notice, an order or a warning
covers, whatever the wording.

"A notice covering 14,200 properties", "the 14,200 homes covered by the notice", "the
order applies to 9,000 households", "12,400 homes were told to boil their water" and
"9,000 households under the order" all count those under one order, and so does a
clause told to them about what they themselves must or will do ("all 412 pupils have been
told they will not be back"): one key
(:data:`UNDER_ORDER`) so that two sources' counts of them are compared
(structured/counts.py). Data: lang/en news_facts ``order_reach_verbs``,
``order_reach_to_verbs``, ``order_instruct_verbs``, ``state_phrases`` ("under order").
"""

from __future__ import annotations

from consistency.structured import news_facts

UNDER_ORDER = "state under order"

_REACH = news_facts.words("order_reach_verbs")
_REACH_TO = news_facts.words("order_reach_to_verbs")
_INSTRUCT = news_facts.words("order_instruct_verbs")


def order_key(verb) -> str | None:
    """:data:`UNDER_ORDER` when the count under ``verb`` is what an order reaches: the
    object or passive subject of a covering verb ("covering 14,200 properties", "homes
    covered by the notice"), or those told to act ("12,400 homes were told to boil their
    water", "residents have been advised to stay indoors"); else None."""
    lemma = verb.lemma_.lower()
    if lemma in _REACH:
        return UNDER_ORDER
    if lemma in _INSTRUCT and any(_to_do(c) or _own_must(c) for c in verb.children):
        return UNDER_ORDER  # "were told to boil", "advised 2,700 households to stay in"
    return None


def _own_must(child) -> bool:
    """A clause under an instructing verb that tells its hearers, by a pronoun, what they
    must or will do ("were told they will not be back", "advised that they should stay
    indoors"): a modal on the clause's verb and a personal pronoun as its subject."""
    return child.dep_ == "ccomp" and any(g.tag_ == "MD" for g in child.children) and any(
        g.dep_ == "nsubj" and g.tag_ == "PRP" and "Nom" in g.morph.get("Case")
        for g in child.children)  # fmt: skip


def reach_of_pobj(slot) -> str | None:
    """:data:`UNDER_ORDER` for a count after "to" of a verb that sends an order ("issued a
    notice to 14,200 properties", "the order applies to 9,000 households"), else None."""
    prep = slot.head
    if slot.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    return UNDER_ORDER if prep.head.lemma_.lower() in _REACH_TO else None


def _to_do(child) -> bool:
    """A "to" infinitive under an instructing verb ("told to boil", "advised ... to stay",
    which the parser may hang as an adverbial clause)."""
    return child.dep_ == "xcomp" or (child.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in child.children))  # fmt: skip

"""Whether a sentence says an event did not (or will not) happen, in the wordings of
news: "did not", "refused to", "no one was hurt", "there were no injuries", "has no plans
to", "cancelled the vote", "will remain closed", "reports of X were false"; and when a
negation is only a time ("will not reopen until Friday").
"""

from __future__ import annotations

import re

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.besides import neither_nor
from consistency.structured.halts import halted_for
from consistency.structured.negwords import has_neg, under_no
from consistency.structured.numtokens import token_value
from consistency.structured.opposites import opposite_class
from consistency.structured.parse import phrasal, state_complements

__all__ = [
    "abandoned", "falsified", "has_neg", "kept_for", "negated", "no_event", "nobody",
    "not_before", "survived", "under_no",
]  # fmt: skip

_GR = load().grammar
_NEGATING_HEADS = frozenset(_GR.negating_heads)
_PLAN_HEADS = frozenset(_GR.plan_heads)
_DENIED_NOUNS = frozenset(_GR.denied_nouns)
_NEG_DETS = news_facts.words("negating_determiners")
_NEG_PRONOUNS = news_facts.words("negating_pronouns")
_FALSITY = news_facts.words("falsity_words")
_PLAN_NOUNS = news_facts.words("plan_nouns")
_NO_EVIDENCE = news_facts.words("no_evidence_nouns")


def negated(tok) -> bool:
    """Whether the sentence says the event did not (will not) happen."""
    if _until(tok) or (tok.dep_ in ("xcomp", "acomp") and tok.head.lemma_.lower() in _PASSING
                       and _until(tok.head)) or _kept_until(tok) or _lapse(tok):  # fmt: skip
        return False  # "will not reopen until Friday": it reopens on Friday
    return (
        (any(c.dep_ == "neg" for c in tok.children) and not _state_kept(tok))
        or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _NEGATING_HEADS)
        or _pending(tok)
        or (tok.dep_ in ("xcomp", "acomp") and tok.head.lemma_.lower() in _PASSING
            and any(c.dep_ == "neg" for c in tok.head.children))  # fmt: skip
        or abandoned(tok)
        or _state_kept(tok)
        or opposite_class(tok) is not None  # "the barriers held" (opposites.py)
        or _no_participants(tok)
        or falsified(tok)
        or no_event(tok)
        or _plan_dropped(tok)
        or survived(tok)
        or prevented(tok) is not None
        or halted_for(tok) is not None  # "suspended flights for the season": halts.py
    )


_PENDING = news_facts.words("pending_words")


def _pending(tok) -> bool:
    """"Has yet to comment", "is yet to be found": the event has not happened."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ in _PENDING for c in head.children)


_PREVENTING = news_facts.words("preventing_verbs")


def prevented(tok):
    """The verb keeping ``tok`` from happening ("stopped the protesters from marching"),
    or None."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "from":
        return None
    verb = tok.head.head
    return verb if verb.lemma_.lower() in _PREVENTING else None


_SURVIVAL = news_facts.words("survival_verbs")
_STILL = news_facts.words("still_words")


def survived(tok) -> bool:
    """"The bridge is still standing": the thing was not destroyed."""
    return tok.lemma_.lower() in _SURVIVAL and not any(c.dep_ == "dobj" for c in tok.children) and (
        any(c.dep_ == "advmod" and c.lower_ in _STILL for c in tok.children))


_ABANDONING = news_facts.words("abandoning_verbs")
_PASSING = news_facts.words("passing_heads")
_UNTIL = news_facts.words("until_words")
_STATE_VERBS = news_facts.words("state_verbs")
_STATE_NEGATES = news_facts.data().get("state_negates") or {}


_OPEN_ENDED = news_facts.words("open_ended")


def _until(tok) -> bool:
    """A negated event bounded by "until": a time, not a denial ("until further notice"
    is no bound, nor a condition told as a long wait: see :func:`_long_wait`)."""
    for c in tok.children:
        if c.lower_ in _UNTIL and c.dep_ in ("prep", "mark"):
            bound = " ".join(t.lower_ for t in c.subtree)
            return not any(phrase in bound for phrase in _OPEN_ENDED)
        if c.dep_ == "advcl" and any(g.lower_ in _UNTIL for g in c.children if g.dep_ == "mark"):
            return not _long_wait(c)
    return False


_WAIT_SPANS = news_facts.words("wait_spans")
_LAPSE_SPANS = news_facts.words("lapse_spans")
_LAPSE_PREPS = news_facts.words("lapse_preps")


def _lapse(tok) -> bool:
    """A perfect held over a span up to now ("had not been recorded for generations",
    "has not been seen since 1952"): a lapse the event may end, not its denial."""
    kids = list(tok.children)
    if not (any(c.dep_ == "neg" for c in kids)
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids)):
        return False  # "has grounded its fleet for a month": a halt ahead (halts.py)
    objs = [g for c in kids if c.dep_ == "prep" and c.lower_ in _LAPSE_PREPS
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(g.lemma_.lower() in _LAPSE_SPANS or re.fullmatch(r"1[5-9]\d\d|20\d\d", g.text)
               for g in objs)  # fmt: skip


def _long_wait(clause) -> bool:
    """An "until" clause that is a condition whose wait is told in spans of time: "until
    engineers have inspected each building, which may take up to two weeks". A plural
    span ("weeks", "two weeks", "months") not under a preposition is a length, not a date
    ("until next week", "until the end of the month" are times). The wait may trail the
    clause ("..., which could take months" hung on the main verb)."""
    rest = clause.doc[clause.left_edge.i : clause.sent.end]
    return any(t.lemma_.lower() in _WAIT_SPANS and t.tag_ == "NNS" and t.dep_ != "pobj"
               for t in rest)  # fmt: skip


_LOWER_BOUNDS = news_facts.words("lower_bounds")


def not_before(tok) -> bool:
    """An event bounded by "until" with only its earliest time: "will remain in place
    until at least next weekend" (it may come later, never sooner)."""
    for c in tok.children:
        if c.lower_ in _UNTIL and c.dep_ in ("prep", "mark"):
            bound = " ".join(t.lower_ for t in c.subtree)
            return any(phrase in bound for phrase in _LOWER_BOUNDS)
    return False


_SPAN_DAYS = {w: int(n) for w, n in (news_facts.data().get("span_days") or {}).items()}
_TIMED_WAITS = _WAIT_SPANS & set(_SPAN_DAYS)


def kept_for(tok) -> tuple[int, str] | None:
    """The least days a kept state lasts, and its words: "will remain closed for at least a
    month" (30), "will stay shut for two weeks" (14); the other state's event (the
    reopening) comes no sooner. None when the verb keeps no state for a span of
    ``wait_spans`` ("for now", "for the investigation"), or the span is only a ceiling."""
    if not _state_kept(tok):
        return None
    holders = [tok, *(c for c in tok.children if c.dep_ in ("acomp", "xcomp"))]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
        span = next((g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in _TIMED_WAITS), None)  # fmt: skip
        if span is None:
            continue
        words = " ".join(t.lower_ for t in prep.subtree)
        lower = any(phrase in words for phrase in _LOWER_BOUNDS)
        num = next((c for c in span.children if c.dep_ == "nummod"), None)
        count = token_value(num) if num is not None else 1.0
        if count is None or (not lower and any(c.dep_ in ("advmod", "quantmod")
                                                 for c in (num or span).children)):  # fmt: skip
            return None  # "for up to two weeks", "for about a month": no least time
        days = round(count * _SPAN_DAYS[span.lemma_.lower()])
        return days, " ".join(t.text for t in prep.subtree)
    return None


def abandoned(tok) -> bool:
    """An event noun that is called off: "cancelled the vote", "ruled out job cuts",
    "the march was called off"; not when the calling off is denied ("has not ruled out
    job cuts": choices.py reads a choice kept open)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    head = tok.head
    if _until(head):
        return False  # "postponed until next week": it happens then
    if any(c.dep_ == "neg" for c in head.children) or (
            head.dep_ == "xcomp" and head.head.lemma_.lower() in _NEGATING_HEADS):  # fmt: skip
        return False  # "cannot rule out job cuts", "refused to cancel the vote": not dropped
    return bool({head.lemma_.lower(), phrasal(head)} & _ABANDONING)


def _kept_until(tok) -> bool:
    """A kept state whose "until" hangs on the state word, not the verb: "will stay
    closed until next Monday" (it reopens then, as "will remain shut until Friday")."""
    return _state_kept(tok) and any(_until(c) for c in tok.children
                                    if c.dep_ in ("acomp", "xcomp"))  # fmt: skip


def _state_kept(tok) -> bool:
    """"will remain closed" / "will stay open" / "will remain in place": the event of the
    other state (a reopening, a closure, a lifting) will not happen; read on the verb of
    the state."""
    return tok.lemma_.lower() in _STATE_VERBS and any(
        w in _STATE_NEGATES for w in state_complements(tok))


def no_event(tok) -> bool:
    """An event noun under "no": "there were no injuries", "no evacuation was ordered",
    or under "no sign / evidence of": "found no sign of an explosion"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in tok.children):
        return True
    of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    sign = of.head if of is not None else None
    return sign is not None and sign.lemma_.lower() in _NO_EVIDENCE and any(
        c.dep_ == "det" and c.lower_ in _NEG_DETS for c in sign.children)


def _plan_dropped(tok) -> bool:
    """A plan that is denied or dropped: "has no plans to close", "scrapped plans to
    close" (the event is the infinitive of a plan noun)."""
    if tok.dep_ != "acl" or tok.head.lemma_.lower() not in _PLAN_HEADS | _PLAN_NOUNS:
        return False
    plan = tok.head
    if any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in plan.children):
        return True
    return plan.dep_ in ("dobj", "nsubjpass") and plan.head.lemma_.lower() in _ABANDONING


def _no_participants(tok) -> bool:
    """"No residents were evacuated", "nobody was hurt", "none of the whales had to be
    put down" (the subject of "had" is the event's own): the event is denied."""
    for c in (*tok.children, *controller_subjects(tok)):
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if neither_nor(c):  # "neither the driver nor the passengers were hurt"
            return True
        if c.lower_ in _NEG_PRONOUNS or (c.lower_ in _NEG_DETS and c.dep_ != "dobj") or (
                c.lower_ == "one" and any(
                d.lower_ in _NEG_DETS for d in c.children)):  # fmt: skip
            return True
        if any(d.dep_ == "det" and d.lower_ in _NEG_DETS for d in c.children):
            return True
    return False


def controller_subjects(tok) -> list:
    """The subjects of the verb whose complement ``tok`` is, when ``tok`` has none of its
    own and the verb no object ("had to be euthanised", "needed to be rescued"): they are
    ``tok``'s; "nobody expected him to win" keeps its subject apart."""
    head = tok.head
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if tok.dep_ != "xcomp" or own or any(c.dep_ == "dobj" for c in head.children):
        return []
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def falsified(tok) -> bool:
    """An event noun in "reports of an evacuation were a hoax / false", or a clause in
    "reports that the driver was arrested were wrong", "posts claiming the fire had jumped
    the river are false": it did not happen."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        claim = tok.head if tok.dep_ in ("acl", "ccomp") or _content_clause(tok) else None
        if claim is not None and claim.dep_ == "acl" and claim.pos_ == "VERB":
            claim = claim.head  # "posts claiming / reports saying the fire had jumped"
        return (claim is not None and _called_false(claim)) or _reported_then_false(tok)
    head = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return _called_false(head.head if head is not None else tok)


def _content_clause(tok) -> bool:
    """A clause opened by "that" on a noun, which the parser takes for a relative clause:
    "rumours that a baby had died" ("that" a conjunction; a relative "that" is tagged WDT)."""
    return tok.dep_ == "relcl" and any(c.lower_ == "that" and c.tag_ == "IN"
                                       for c in tok.children)  # fmt: skip


def _reported_then_false(verb) -> bool:
    """"Posts claiming the fire had jumped the river are false" as the parser often reads
    it: the report ("posts claiming") the verb's subject, "are false" joined to the verb."""
    reports = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               and c.lemma_.lower() in _DENIED_NOUNS
               and any(g.dep_ == "acl" and g.i < verb.i for g in c.children)]  # fmt: skip
    if not reports:
        return False
    for be in (c for c in verb.children if c.dep_ == "conj" and c.lemma_ == "be"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in be.children):
            words = {c.lemma_.lower() for c in be.children if c.dep_ in ("attr", "acomp")}
            if words & _FALSITY:
                return True
    return False


def _called_false(claim) -> bool:
    """A report or claim that is the subject of a falsity word ("... were false")."""
    if claim.lemma_.lower() not in _DENIED_NOUNS or claim.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = claim.head
    words = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children
                                      if c.dep_ in ("attr", "acomp", "oprd")}  # fmt: skip
    return bool(words & _FALSITY)


def nobody(tok) -> bool:
    """"nobody", "none", "no one": a negating pronoun, not a participant."""
    if tok.lower_ in _NEG_PRONOUNS | _NEG_DETS:  # "no" alone: "No-one" split by the tokenizer
        return True
    return tok.lower_ == "one" and any(
        d.dep_ == "det" and d.lower_ in _NEG_DETS for d in tok.children)

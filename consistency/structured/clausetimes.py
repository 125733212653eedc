"""Which times of day and dates of a sentence an event may share with the other events.

A time phrase in no event's own part of the parse is shared by all of a sentence's
events (eventslots.py). Two shapes bend that:

* an event inside a relative clause is background, told at its own time: in "the guest
  who was treated for neck injuries returned home on Sunday evening" Sunday evening is the
  going home, not the injury;
* a clause joined by "as", "when" or "while" happens at its main clause's time: in
  "seized control at around 7.05 a.m. as it travelled through the town" the bus was
  travelling at 7.05, and in "was travelling at around 7.40am when a man confronted the
  driver" the confronting was at 7.40; so does a present participle after its main verb
  ("struck at 10.15am, arriving on two mopeds");
* a clause joined by "and" with a subject of its own tells its own time: in "the six were
  treated at the hospital, and two were still there on Monday" Monday is the staying, not
  the treatment;
* an event asked about by "when" ("news about when the school will reopen") is told at
  no time at all, not even the story's day.
"""

from __future__ import annotations

from consistency.structured import news_facts

_MARKS = news_facts.words("simultaneous_marks")
_NOT_AT_ONCE = news_facts.words("not_simultaneous_words")
_ASKING_TIME = news_facts.words("time_question_words")
_ASKED_AS = frozenset({"ccomp", "pcomp", "pobj", "dobj", "csubj", "xcomp", "attr"})


def outside_relative(tok) -> set[int]:
    """Token indices outside the relative clause ``tok`` stands in (none when it stands
    in none): an event there shares no time phrase of the sentence around it."""
    for up in (tok, *tok.ancestors):
        if up.dep_ == "relcl":
            inside = {w.i for w in up.subtree}
            return {w.i for w in tok.doc if w.i not in inside}
    return set()


def at_once_part(tok, own: dict[int, set[int]]) -> set[int]:
    """Token indices of the parts told at ``tok``'s time: its main verb's own part when
    ``tok`` heads an "as/when/while" clause or a trailing participle, the time phrase a
    "when" clause hangs on ("at 2am when the roof collapsed"), the clause's own part when
    ``tok`` is the main verb. Pluperfect and "already/still" clauses share none."""
    if _at_once(tok) and tok.dep_ == "advcl":
        return own.get(tok.head.i, set())
    if _at_once(tok):  # a "when" clause on a time: the prepositional phrase holding it
        phrase = tok.head.head if tok.head.head.dep_ == "prep" else tok.head
        return {w.i for w in phrase.subtree} - {w.i for w in tok.subtree}
    return set().union(*(own.get(c.i, set()) for c in tok.children
                         if _at_once(c) and c.dep_ == "advcl"))  # fmt: skip


def _at_once(clause) -> bool:
    """Whether ``clause`` is an adverbial clause, or a "when" clause on a time, told at
    its head's time."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(clause.children)
    if clause.dep_ == "advcl":  # "when" may be a mark or, to the parser, an adverb
        marked = any(c.lower_ in _MARKS and (c.dep_ == "mark" or c.tag_ == "WRB")
                     for c in kids) or _trailing_participle(clause)  # fmt: skip
    else:
        marked = clause.dep_ == "relcl" and clause.head.ent_type_ == "TIME" and any(
            c.dep_ == "advmod" and c.lower_ in _MARKS for c in kids)
    if not marked:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
    return not perfect and not any(c.lower_ in _NOT_AT_ONCE for c in kids)


def _trailing_participle(clause) -> bool:
    """A present participle after its main verb, with no subject or opening word of its
    own: "the men struck at 10.15am, arriving on two mopeds" arrived at 10.15am."""
    return clause.tag_ == "VBG" and clause.i > clause.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") and c.i < clause.i
        for c in clause.children)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def carve_finite_clauses(events, own: dict[int, set[int]]) -> None:
    """Give a finite verb the parser hangs as a clause inside an event's part its own
    part: in "the guest who was treated for neck injuries returned home on Sunday evening"
    the parser may hang "returned" on "injuries", and Sunday evening is the going home.
    So does a finite clause joined by "and" with a subject of its own ("and two were
    still there on Monday"). A participle ("injuries sustained on Sunday") stays the
    event's."""
    heads = {t.i for t, _ in events}
    for tok, _ in events:
        for w in tok.subtree:
            if w.i in heads or w.i not in own[tok.i] or w.tag_ not in _FINITE:
                continue
            if w.pos_ in ("VERB", "AUX") and (w.dep_ in ("acl", "relcl") or _own_conjunct(w)):
                part = {x.i for x in w.subtree} & own[tok.i]
                own[tok.i] -= part
                own[w.i] = own.get(w.i, set()) | part


def _own_conjunct(verb) -> bool:
    """A finite verb joined to another clause as a conjunct, with a subject of its own:
    "[the six were treated] and two were still there": a clause of its own."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                       for c in verb.children)  # fmt: skip


def asked_when(tok) -> bool:
    """Whether the event is the one a "when" question asks the time of ("hear about when
    the school will reopen", "it is not known when the road will open"): it tells no time.
    An adverbial "when" clause ("when he arrived") tells its main clause's time instead."""
    return tok.dep_ in _ASKED_AS and any(
        c.dep_ == "advmod" and c.lower_ in _ASKING_TIME for c in tok.children)

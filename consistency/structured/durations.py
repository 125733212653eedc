"""How long one event lasted: "stuck for about forty minutes", "the bidding continued for 11
minutes", "a bidding war lasting about four minutes", "a four-minute bidding war", and time
elapsed after an anchor event ("about 160 seconds after lift-off").

Each span is read from the parse, not from the story's words: a unit of time
(``duration_units`` of lang/en/news_facts.yaml, converted to seconds) that is the object of
"for" under a verb, the object or adverb of a verb of lasting (``duration_verbs``), or a
modifier of an event noun; its event is the nouns of the verb's subject (a pronoun taken
from the subject of the verb that reports it: "passengers said they were trapped") or the
event noun and its compounds. Elapsed time keeps its anchor (the word "after" governs), and
compares only with elapsed time after the same anchor. A forecast span
(``duration_forecast_words``: "the bridge will be closed for six weeks", "is expected to
remain closed for a minimum of six months") compares only with another forecast: a
forecast against what came to pass ("would take about two hours", "spent more than four
hours") is no disagreement, two forecasts of one closure are. A span told with a bare
year of its event ("In 2021 the tribunal gave Feld a two-year ban": countacts.py) is of
that year's event; one of weeks or more told in the perfect ("has reported there for five
years") is a span so far, left out. Silent for "within an hour" (no "for") and spans of
other events.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.countacts import count_year
from consistency.structured.parse import object_of
from consistency.structured.quantities import number_token, relative_gap

__all__ = ["Duration", "durations", "duration_keys", "duration_signals"]

_UNITS = {k.lower(): float(v) for key in ("duration_units", "long_duration_units")
          for k, v in (news_facts.data().get(key) or {}).items()}
_LONG = frozenset(k.lower() for k in news_facts.data().get("long_duration_units") or {})
_VERBS = news_facts.words("duration_verbs")
_FORECAST = news_facts.words("duration_forecast_words")
_SUBJECTS = ("nsubj", "nsubjpass")
_TOLERANCE = 0.15  # two exact spans closer than this are one span rounded
_CLOSINGS = news_facts.words("closing_moment_words")
_CLOSING = "closing"


@dataclass(frozen=True)
class Duration:
    """A span of ``low``..``high`` seconds of the event named by ``event`` (noun lemmas);
    ``anchor`` is the lemma of the event it is counted from, "" for a span."""

    event: tuple[str, ...]
    low: float
    high: float
    anchor: str
    text: str
    forecast: bool = False  # told as a forecast or plan: compared only with another
    year: str | None = None  # the bare year dating its event ("In 2021 ... a two-year ban")
    closed: str = ""  # what a closing anchor closed ("the polls closed": poll), "" untold


def _unit(tok) -> float | None:
    return _UNITS.get(tok.lemma_.lower()) or _UNITS.get(tok.lower_)


def _nouns(tok) -> tuple[str, ...]:
    """The lemmas of a noun and its compounds ("bidding war" -> bidding, war)."""
    if tok.pos_ == "PRON":
        return ()
    return tuple(t.lemma_.lower() for t in (*tok.children, tok)
                 if (t is tok or t.dep_ == "compound") and not _unit(t))  # fmt: skip


def _subject(verb) -> tuple[str, ...]:
    """The nouns of the subject of ``verb`` or of the verbs it hangs from ("passengers were
    left sitting"; "passengers said they were trapped")."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and subj.pos_ != "PRON":
            return _nouns(subj)[-1:]  # the head alone: "the flight termination system"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return _nouns(tok.head)  # "a bidding war lasting four minutes"
        if tok.head is tok:
            return ()
        tok = tok.head
    return ()


def _forecast(verb) -> bool:
    chain = [verb, *verb.ancestors][:4]
    return any(t.lemma_.lower() in _FORECAST or any(
        c.tag_ == "MD" or c.lemma_.lower() in _FORECAST for c in t.children if c.dep_ == "aux")
        for t in chain)  # fmt: skip


def _after(unit):
    """The "after" right behind ``unit`` ("nine minutes after"), else None."""
    doc = unit.doc
    after = doc[unit.right_edge.i + 1] if unit.right_edge.i + 1 < len(doc) else None
    return after if after is not None and after.lower_ == "after" else None


def _anchor(unit) -> str:
    """The words after "after" that ``unit`` is counted from ("lift-off"), "" for none;
    a clause ("after sales closed") is told by its subject and verb. A moment a window
    shut (``closing_moment_words``: "the cut-off", "sales closed", "the deadline") is
    one anchor however it is worded: "closing"."""
    after = _after(unit)
    if after is None:
        return ""
    if after.dep_ == "mark":  # "one minute after sales closed": the clause
        if unit.dep_ != "npadvmod":
            return ""  # "stuck for an hour after the train stopped": a span
        clause = after.head
        words = [c for c in clause.children if c.dep_ in _SUBJECTS] + [clause]
        return _CLOSING if _closes(clause) else "-".join(t.lemma_.lower() for t in words)
    obj = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return ""
    if _closes(obj):
        return _CLOSING
    return "-".join(t.lemma_.lower() for t in obj.subtree if t.is_alpha)


def _closed_thing(unit) -> str:
    """What the closing moment ``unit`` is counted from closed: the thing "for" or "of"
    the closing noun ("the deadline for the ransom": ransom) or the closing clause's
    subject, by its own "for"/"of" thing when it has one ("sales for the draw closed":
    draw; "the polls closed": poll); "" when untold ("the cut-off")."""
    after = _after(unit)
    if after is None:
        return ""
    if after.dep_ == "mark":
        head = next((c for c in after.head.children if c.dep_ in _SUBJECTS), None)
    else:
        head = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
    if head is None:
        return ""
    of = next((object_of(c) for c in head.children
               if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)  # fmt: skip
    thing = of if of is not None else head
    return "" if _closes(thing) else thing.lemma_.lower()


def _closes(tok) -> bool:
    """Whether ``tok`` (with its compounds: "cut-off") names a closing moment."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    whole = "-".join([*(c.lower_ for c in parts), tok.lower_])
    return bool({whole, tok.lemma_.lower(), tok.lower_} & _CLOSINGS)


def _anchored_verb(unit):
    """The verb an elapsed span tells the time of: in "timestamped at 7.31pm, one minute
    after sales closed" the parser may hang the span on "closed", the anchor's own verb."""
    after = _after(unit)
    verb = _verb(unit)
    if after is not None and after.dep_ == "mark" and verb is not None and (
            verb.i == after.head.i):  # fmt: skip
        return _verb(verb.head) if verb.head.i != verb.i else None
    return verb


def _event_of(unit) -> tuple[tuple[str, ...], object] | None:
    """The event nouns of the span ``unit`` and the verb it hangs on (None: no span)."""
    head = unit.head
    before = unit.doc[unit.left_edge.i - 1] if unit.left_edge.i else None
    if before is not None and before.lower_ == "for" and not any(
            c.dep_ == "pobj" for c in before.children):  # fmt: skip
        head, unit = before, before  # "for two hours before ...": the tagger hung it elsewhere
        return _subject(head.head), head.head
    if unit.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "pobj":
        head, unit = head.head.head, head.head  # "for a minimum of six months": the bound
    if unit.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _subject(head.head), head.head
    if unit.dep_ == "pobj" and head.head.lemma_.lower() in _VERBS:
        return _subject(head.head), head.head  # "lasting about four minutes", "about" a prep
    if unit.dep_ in ("dobj", "npadvmod", "attr") and head.lemma_.lower() in _VERBS:
        return _subject(head), head
    if unit.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN":
        return _nouns(head), head  # "a four-minute bidding war"
    return None


def durations(doc, qspans) -> tuple[Duration, ...]:
    """The spans of events told in ``doc``, from its quantities ``qspans`` (end offset,
    Quantity)."""
    spans = {}
    for end, q in qspans:
        num = number_token(doc, end)
        if num is not None and num.dep_ in ("nummod", "compound", "amod"):
            unit = num.head if num.dep_ == "nummod" else num  # "four-minute": the unit
            if _unit(unit):
                spans[unit.i] = (unit, q.low * _unit(unit), q.high * _unit(unit),
                                f"{q.text} {unit.text}", count_year(q, doc.text))
    out = []
    for unit, low, high, text, year in spans.values():
        if unit.dep_ == "conj" and unit.head.i in spans:
            continue  # "two minutes and 40 seconds": counted with its first part
        for part in (spans[c.i] for c in unit.children if c.dep_ == "conj" and c.i in spans):
            low, high, text = low + part[1], high + part[2], f"{text} and {part[3]}"
        anchor = _anchor(unit)
        verb = _anchored_verb(unit) if anchor else None
        found = (_subject(verb), verb) if anchor and verb is not None else (
            None if anchor else _event_of(unit))
        if found is None or not found[0] or found[1] is None or _so_far(unit, found[1]):
            continue
        closed = _closed_thing(unit) if anchor == _CLOSING else ""
        out.append(Duration(found[0], low, high, anchor, text, _forecast(found[1]), year,
                            closed))
    return tuple(out)


def _so_far(unit, verb) -> bool:
    """A long span told in the perfect ("has reported in the Middle East for five years",
    "had been reporting for four years"): the span up to a moment, which grows with the
    telling, no fixed length of one event."""
    long = unit.lemma_.lower() in _LONG or unit.lower_ in _LONG
    return long and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _verb(tok):
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def duration_keys(f) -> set:
    """(event noun, anchor) keys of a frame's spans: two claims pair when the spans differ."""
    return {((w, d.anchor, d.forecast, d.year or ""), (d.low, d.high)) for d in f.durations
            for w in d.event}  # fmt: skip


def duration_signals(a, b, score: float, weight: float, la: str, lb: str) -> list[Signal]:
    """One "number" signal when the two frames give spans of one event (a shared event
    noun, one anchor, both forecasts or neither) that differ beyond their hedges."""
    for x in a.durations:
        for y in b.durations:
            one_event = (x.anchor, x.forecast, x.year) == (y.anchor, y.forecast, y.year) and set(
                x.event) & set(y.event) and (x.closed == y.closed or not (x.closed and y.closed))
            if one_event and relative_gap(x, y) > _TOLERANCE:  # beyond the hedges
                what = " ".join(x.event) + (f" after {x.anchor}" if x.anchor else "")
                text = f"how long {what}: {x.text} ({la}) vs {y.text} ({lb})"
                return [Signal("number", score, text, weight)]
    return []

"""Counts a sentence tells again of what its own article counted before.

News prose counts a group once and then refers back to it: "Six guests were taken to
hospital ... All six were treated at Brenhallow General", or picks a part of it out:
"Intruders dug 11 holes in the surface overnight. Three of the holes were dug on a good
length at the Quarry Road end". The later number is no new count of the event: "all six"
repeats the six, and "three of the holes" is a part of the eleven the article gave. Held
against another source's count ("nine taken to hospital", "11 holes") it would clash
where the article's own count already agrees, or already carries the clash.

So a frame keeps, besides its quantities, the numbers that may refer back
(:class:`BackCount`): a bare numeral under a definite or whole determiner ("the six",
"all 12"), and a numeral part of a definite group ("three of the holes", "two of its
buses"). After all frames of a folder are built, :func:`drop_told_before` takes such a
number out of a frame when an earlier sentence of the same article told the count it
refers back to: the same number for a repeat, a larger count of the group's things for a
part (told by the same verb: "nine of our posts are vacant" after "has 32 posts" counts
the vacant ones). With no such earlier count the number stays a count of its own ("36 of its servers
were encrypted" as an article's first word on the servers: partitives.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from consistency.structured import news_facts
from consistency.structured.partitives import definite_group
from consistency.structured.quantities import Quantity, number_token, unit_name

__all__ = ["BackCount", "back_counts", "drop_told_before"]

_DETERMINERS = news_facts.words("definite_determiners") | news_facts.words("whole_determiners")


@dataclass(frozen=True)
class BackCount:
    """A number of a sentence that may refer back to a count told before it: ``text`` as
    written and its ``value``; ``whole`` is the unit of the group a part is of ("hole" of
    "three of the holes"), None for a repeat of a count ("the six", "all six"), and
    ``verb`` the verb the part is told by."""

    text: str
    value: float
    whole: str | None = None
    verb: str = ""  # the lemma of the verb a part is told by ("dig" of "were dug")


def _of_group(num):
    """The definite plural group after "of" under ``num`` ("of the holes", "of its
    buses"): partitives.py's :func:`definite_group`, counted things only."""
    group = definite_group(num)
    return group if group is not None and group.tag_ == "NNS" else None


def back_counts(doc, qspans) -> tuple[BackCount, ...]:
    """The exact numbers of ``doc`` (a claim's parse; ``qspans`` its quantities) that may
    refer back to a count told before: "the six", "all 12", "three of the holes"."""
    out = []
    for end, q in qspans:
        num = number_token(doc, end)
        if num is None or num.pos_ != "NUM" or num.dep_ == "nummod" or q.low != q.high:
            continue
        group = _of_group(num)
        if group is not None:
            out.append(BackCount(q.text, q.low, unit_name(group.lemma_), num.head.lemma_.lower()))
        elif q.unit is None and any(c.dep_ in ("det", "predet") and c.lower_ in _DETERMINERS
                                    for c in num.children):  # fmt: skip
            out.append(BackCount(q.text, q.low))
    return tuple(out)


def _told(frame) -> list[tuple[Quantity, str]]:
    """The counts of things a frame tells, each with the verb that tells it ("" for
    none): its events' counts and its counted nouns."""
    out = [(q, e.predicate) for e in frame.events for q in e.quantities]
    return out + [(q, "") for q in (*frame.quantities, *(c.quantity for c in frame.counts))]


def _refers_back(bc: BackCount, before: list[tuple[Quantity, str]]) -> bool:
    """Whether a count told before is the one ``bc`` repeats (the same number) or the
    whole it is a part of: a larger count of the group's things told by the part's own
    verb ("dug 11 holes ... three of the holes were dug at the Quarry Road end"); a part
    told in a state of its own ("32 midwife posts ... nine of our midwife posts are
    vacant") counts the things in that state."""
    if bc.whole is None:
        return any(q.unit and q.low == bc.value == q.high for q, _ in before)
    return any(q.unit == bc.whole and verb == bc.verb and q.low > bc.value
               for q, verb in before)  # fmt: skip


def _without(frame, gone: list[BackCount]):
    """``frame`` without the quantities written as the numbers of ``gone``."""
    drop = lambda q: any(q.text == bc.text and q.low == bc.value for bc in gone)  # noqa: E731
    events = tuple(replace(e, quantities=tuple(q for q in e.quantities if not drop(q)))
                   for e in frame.events)  # fmt: skip
    return replace(frame, quantities=tuple(q for q in frame.quantities if not drop(q)),
                   events=events, counts=tuple(c for c in frame.counts if not drop(c.quantity)))


def drop_told_before(claims: Iterable, frames: dict) -> None:
    """Take out of ``frames`` (claim id -> frame) each number that refers back to a count
    an earlier sentence of the same article told (:func:`_refers_back`)."""
    by_doc: dict[str, list] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc_id, []).append(claim)
    for mine in by_doc.values():
        before: list[tuple[Quantity, str]] = []
        for claim in sorted(mine, key=lambda c: c.index):
            frame = frames[claim.id]
            gone = [bc for bc in frame.back_counts if _refers_back(bc, before)]
            before += _told(frame)
            if gone:
                frames[claim.id] = _without(frame, gone)

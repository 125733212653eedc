"""Where a thing lies by a compass bearing from one named landmark: "the trawler went down
some 12 nautical miles south-west of Carrick Head", "the quake struck 30km north-east of
Kelso", "Ashby, five miles north of Kelso".

A bearing is a compass point (``compass_points``: "north", "south-west", "northeast",
"north-north-west", read from its parts) right before "of" and a proper name; a point
after a determiner ("in the north-west of England") is a part of that place, not a
bearing from it, and a capitalised one inside a sentence starts a name ("North of
England Correspondent"): both are left out. A length just before the point ("12
nautical miles", in metres by ``length_units``) is the distance. The thing placed is the
noun the point describes ("a village five miles north of X"), else the subject of its
clause ("the trawler went down"; a relative pronoun stands for its noun, any other
pronoun for no known thing). A forecast, plan or possibility ("is expected to pass 50
miles north of X", "could be") places nothing.

Two bearings from one landmark clash when they lie a quarter turn or more apart
("south-west" and "south-east"; "south" and "south-west" may be one place told loosely)
and tell of one thing: the same noun or name, or two distances that agree ("the trawler
... 12 nautical miles", "the vessel ... twelve nautical miles"); a distance alone ("22
kilometres from Carrick Head") gives no bearing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.doers import relative_head
from consistency.structured.measures import LENGTH_UNITS, length_factor
from consistency.structured.parse import own_subject
from consistency.structured.quantities import Quantity, number_token, quantities_agree

__all__ = ["Bearing", "bearing_signals", "bearings"]

_POINTS = {str(k): float(v) for k, v in (news_facts.data().get("compass_points") or {}).items()}
_FORECAST = frozenset(load().grammar.plan_heads)  # "is expected to pass", "is due to"
# the points of the north-south axis, and of the east-west one
_AXES = tuple(frozenset(p for p, d in _POINTS.items() if d % 180 == turn) for turn in (0, 90))
QUARTER_TURN = 90.0  # degrees apart from which two bearings are two places
DISTANCE_TOLERANCE = 0.2  # "about twelve nautical miles" and "22 kilometres" agree


@dataclass(frozen=True)
class Bearing:
    """("carrick head", 225.0, "trawler", 20372.0, 22224.0, "12 nautical miles south-west
    of Carrick Head")."""

    landmark: str  # the landmark's name as written
    degrees: float  # the compass bearing from it, 0 = north
    thing: str  # the placed thing's lemma or name, lowercase; "" when unknown
    low: float | None  # the distance in metres, when told
    high: float | None
    text: str  # the words, for the explanation


def bearings(doc, qspans) -> tuple[Bearing, ...]:
    """Each bearing from a named landmark the sentence tells (see the module docstring)."""
    out = []
    for tok in doc:
        if tok.lower_ != "of" or tok.i == 0:
            continue
        start, degrees = _point(doc, tok.i)
        if degrees is None or _region_of(doc, start):
            continue
        landmark = _landmark(doc, tok.i + 1)
        if not landmark or _unsure(doc[tok.i - 1]):
            continue
        distance = _distance(doc, start, qspans)
        low, high = distance if distance else (None, None)
        first = start if distance is None else _quantity_start(doc, start)
        text = f"{doc[first:tok.i].text} of {landmark}"
        out.append(Bearing(landmark, degrees, _thing(doc[tok.i - 1]), low, high, text))
    return tuple(out)


def _point(doc, of_i: int) -> tuple[int, float | None]:
    """The start of the compass point ending right before ``of_i`` and its degrees."""
    i, parts = of_i - 1, []
    while i >= 0 and (doc[i].lower_ == "-" or _split(doc[i].lower_)):
        if doc[i].lower_ != "-":
            parts[:0] = _split(doc[i].lower_)
        i -= 1
    while i + 1 < of_i and doc[i + 1].lower_ == "-":
        i += 1  # a dash before the point is no part of it
    return i + 1, _degrees(parts) if parts else None


def _split(word: str) -> list[str]:
    """A written point as its parts ("northeast" -> north, east), [] if it is none."""
    for part in _POINTS:
        if word == part:
            return [part]
        if word.startswith(part) and (rest := _split(word[len(part):])):
            return [part, *rest]
    return []


def _degrees(parts: list[str]) -> float | None:
    """The bearing of a point's parts: "north", "south-west" (a north or south part, then
    an east or west one), "north-north-west" (a part, then a two-part point it is in)."""
    if len(parts) == 1:
        return _POINTS[parts[0]]
    if len(parts) == 2 and parts[0] in _AXES[0] and parts[1] in _AXES[1]:
        return _between(_POINTS[parts[0]], _POINTS[parts[1]])
    if len(parts) == 3 and parts[0] in parts[1:] and (pair := _degrees(parts[1:])) is not None:
        return _between(_POINTS[parts[0]], pair)
    return None


def _between(x: float, y: float) -> float:
    """The bearing halfway between two bearings less than half a turn apart."""
    mid = math.degrees(math.atan2(math.sin(math.radians(x)) + math.sin(math.radians(y)),
                                  math.cos(math.radians(x)) + math.cos(math.radians(y))))
    return round(mid % 360.0, 3)


def apart(x: float, y: float) -> float:
    """How many degrees two bearings lie apart (0 to 180)."""
    gap = abs(x - y) % 360.0
    return min(gap, 360.0 - gap)


def _region_of(doc, start: int) -> bool:
    """Whether the point names a part of the place ("in the north-west of England"), or
    starts a name ("North of England Correspondent")."""
    return start > 0 and (doc[start - 1].tag_ in ("DT", "PRP$", "POS", "JJ")
                          or doc[start].text[:1].isupper())


def _landmark(doc, i: int) -> str:
    """The proper name right after "of" ("Carrick Head", "the Kelso bypass" is none)."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    end = i
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[i:end].text if end > i else ""


def _distance(doc, start: int, qspans) -> tuple[float, float] | None:
    """The length right before the point, in metres ("12 nautical miles")."""
    if start == 0:
        return None
    unit = doc[start - 1]
    nautical = any(c.lower_ == "nautical" for c in unit.children)
    factor = LENGTH_UNITS.get(f"nautical {unit.lemma_.lower()}") if nautical else None
    factor = factor or length_factor(unit)
    if factor is None:
        return None
    for end, q in qspans:
        num = number_token(doc, end)
        if num is not None and num.head.i == unit.i and num.dep_ == "nummod":
            return q.low * factor, q.high * factor
    return None


def _quantity_start(doc, start: int) -> int:
    """Where the length before the point begins ("some 12 nautical miles")."""
    return min(t.i for t in doc[start - 1].subtree if t.i < start)


def _unsure(tok) -> bool:
    """Whether the point's clause is a forecast, plan or possibility ("is expected to pass
    50 miles north of X", "could be 12 miles south of X")."""
    verbs = [t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")]
    return any(c.tag_ == "MD" or c.dep_ == "xcomp" and v.lemma_.lower() in _FORECAST
               for v in verbs for c in v.children)


def _thing(tok) -> str:
    """The thing a point (hung under ``tok``'s chain) places: the first noun on the way up
    that is no length or point, else the subject of the first verb."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            subject = own_subject(t)
            subject = relative_head(subject) if subject is not None else None
            return _key(subject) if subject is not None else ""
        if t.pos_ in ("NOUN", "PROPN") and not _split(t.lower_) and (
                t.lemma_.lower() not in LENGTH_UNITS and t.lower_ not in LENGTH_UNITS):
            return _key(t)
    return ""


def _key(tok) -> str:
    """A thing's name ("grace annabel") or noun ("trawler"); "" for a pronoun."""
    if tok.pos_ == "PRON" or _split(tok.lower_):
        return ""  # "it", or a point the parser took for the subject
    if tok.pos_ == "PROPN":
        parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
        return " ".join(p.lower_ for p in parts)
    return tok.lower_ if tok.pos_ != "NOUN" else tok.lemma_.lower()


def _one_thing(x: Bearing, y: Bearing) -> bool:
    """The same noun or name, or two distances that agree."""
    if x.thing and x.thing == y.thing:
        return True
    if x.low is None or y.low is None or x.high is None or y.high is None:
        return False
    return quantities_agree(Quantity(x.low, x.high, "m", x.text),
                            Quantity(y.low, y.high, "m", y.text), DISTANCE_TOLERANCE)


def bearing_clash(x: Bearing, y: Bearing, same_name: Callable[[str, str], bool]) -> bool:
    """Two bearings of one thing from one landmark a quarter turn or more apart."""
    return (same_name(x.landmark, y.landmark) and apart(x.degrees, y.degrees) >= QUARTER_TURN
            and _one_thing(x, y))


def bearing_signals(a, b, same_name: Callable[[str, str], bool], one_story: Callable[[], bool],
                    score: float, weight: float, la: str, lb: str) -> list[Signal]:
    """A location signal for the first clash between the two frames' bearings."""
    for x in a.bearings:
        for y in b.bearings:
            if bearing_clash(x, y, same_name) and one_story():
                return [Signal("location", score, f"bearing from {x.landmark}: {x.text} ({la})"
                               f" vs {y.text} ({lb})", weight)]  # fmt: skip
    return []

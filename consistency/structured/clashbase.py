"""What every comparison of two frames needs: canonical names, time text, one story.

Shared by :mod:`consistency.structured.conflicts` and the comparisons split out of it
(clocks, quotes, places, numbers), so that each reads names and times the same way.
"""

from __future__ import annotations

import re

from consistency.structured.aliases import AliasTable
from consistency.structured.frames import Frame
from consistency.structured.streets import street_in_town
from consistency.structured.timeanchor import (
    WEEKDAYS,
    TimeRef,
    times_compatible,
)

# Base strength of each kind before the config weight; weak evidence scales them down.
LOCATION_SCORE = 0.8
TIME_SCORE = 0.7
ROLE_SCORE = 0.7
DISPUTE_SCORE = 0.7
NUMBER_SCORE, NUMBER_GAP_SCORE = 0.55, 0.35  # 0.55 for a near miss, up to 0.9 when far apart
INHERITED_FACTOR = 0.6  # a time taken from the previous sentence is weaker evidence
NEGATION_SCORE = 0.7  # one source says it happened (or will), the other that it did not
CAUSE_SCORE = 0.6  # two different causes given for one event
_WEEKDAY_NAMES = tuple(d.title() for d in WEEKDAYS)
_TALK = frozenset({"say", "deny", "warn"})  # words about an event, not the event itself


def canon(names, aliases: AliasTable, kind: str | None = None) -> set[str]:
    """The canonical forms of ``names`` (of one kind when ``kind`` is given)."""
    out = set()
    for n in names:
        c = aliases.canonical(n)
        if kind is None or (aliases.kind(c) or kind) == kind:
            out.add(c)
    return out


def people_in(f: Frame, aliases: AliasTable) -> set[str]:
    """The canonical people a frame names, as subject, object or entity."""
    names = (*f.names, *f.subjects, *f.objects)
    return {c for c in canon(names, aliases) if aliases.kind(c) == "person"}


def entities_in(f: Frame, aliases: AliasTable) -> set[str]:
    """The canonical names of every entity of a frame."""
    return canon(f.names, aliases)


def short_name(name: str) -> str:
    """A name's last word, for labels ("Blinken")."""
    return name.split()[-1] if name else name


def time_text(times: tuple[TimeRef, ...]) -> str:
    """The first time as a reader sees it: a weekday and date, a weekday, or the words."""
    if not times:
        return ""
    t = times[0]
    if t.resolved and t.start == t.end:
        return f"{_WEEKDAY_NAMES[t.start.weekday()]} {t.start.isoformat()}"  # type: ignore[union-attr]
    if t.weekday is not None:
        return _WEEKDAY_NAMES[t.weekday] + (" (previous sentence)" if t.inherited else "")
    return t.text


def times_agree(a: tuple[TimeRef, ...], b: tuple[TimeRef, ...], window: int) -> bool | None:
    """True if some pair of times can match, False if every known pair clashes, None if unknown."""
    verdicts = [times_compatible(x, y, window) for x in a for y in b]
    known = [v for v in verdicts if v is not None]
    if not known:
        return None
    return any(known)


def same_story(a: Frame, b: Frame, aliases: AliasTable, ignore: frozenset[str] = frozenset(),
               streets: bool = False) -> bool:  # fmt: skip
    """Whether two claims' names let them be about one event: a shared name, or no name
    of one kind (person, organisation, place) that differs, one inside the other counting
    as the same ("Karsten", "Karsten City Hall"). "60 firefighters at the Harlow plant"
    and "100 firefighters in Millbrook" may be one fire; "in Millbrook" and "in Salem"
    are not. Names in ``ignore`` (the slot compared, e.g. two venues) are left out;
    ``streets``: a street and a town may be one place (streets.py)."""
    ea, eb = entities_in(a, aliases) - ignore, entities_in(b, aliases) - ignore
    if ea & eb or within_name(ea, eb):  # "Thornwick Park", "the North Gate of Thornwick Park"
        return True
    # who says it is no part of what happened: two officials telling one event
    ea, eb = ea - speaker_of(a, aliases), eb - speaker_of(b, aliases)
    for kind in ("person", "org", "place"):
        ka = {n for n in ea if aliases.kind(n) == kind}
        kb = {n for n in eb if aliases.kind(n) == kind}
        town = streets and kind == "place"  # streets.py: a street and a town
        if ka and kb and not any(nested(x, y) or town and street_in_town(x, y)
                                 for x in ka for y in kb):  # fmt: skip
            return False
    return True


def within_name(xs: set[str], ys: set[str]) -> bool:
    """Whether a name of two words or more stands whole inside a longer name of the other
    side: one place told with its part ("Thornwick Park", "North Gate of Thornwick Park")."""
    def inside(x: str, y: str) -> bool:
        return x != y and len(x.split()) >= 2 and f" {x.lower()} " in f" {y.lower()} "
    return any(inside(x, y) or inside(y, x) for x in xs for y in ys)


def speaker_of(f: Frame, aliases: AliasTable) -> set[str]:
    """The canonical name of the claim's speaker, as a set (empty when unattributed)."""
    return {aliases.canonical(f.attribution.speaker)} if f.attribution else set()


def one_name(x: str, y: str, aliases: AliasTable) -> bool:
    """One name, or one inside the other, once canonical ("Meridian", "Meridian Group")."""
    return nested(aliases.canonical(x), aliases.canonical(y))


def nested(x: str, y: str) -> bool:
    """One name inside the other: "Karsten" and "Karsten City Hall", "City Hall"."""
    wx, wy = set(x.lower().split()), set(y.lower().split())
    return wx <= wy or wy <= wx


def has_words(f: Frame, words: frozenset[str]) -> bool:
    """Whether the frame's text holds any of ``words`` as a word."""
    return bool(set(re.findall(r"[a-z]+", f.text.lower())) & words)


def event_name(cls: str) -> str:
    """An event class as a label ("~lose" -> "lose")."""
    return cls.lstrip("~")


def shared_classes(a: Frame, b: Frame) -> list[str]:
    """The event classes both frames tell, in ``a``'s order, less saying, denying and
    warning (those are about an event, and another check compares who says what)."""
    return [c for c in a.classes if c in b.classes and c not in _TALK]

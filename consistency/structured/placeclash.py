"""Places of one thing: where a named thing is, where people were taken or held,
how deep or high a thing is, and the named area of one event.
"""

from __future__ import annotations

from consistency.core.config import ScoreConfig
from consistency.core.types import Signal
from consistency.structured.aliases import AliasTable
from consistency.structured.bearings import bearing_signals
from consistency.structured.clashbase import (
    LOCATION_SCORE,
    NUMBER_GAP_SCORE,
    NUMBER_SCORE,
    canon,
    entities_in,
    nested,
    one_name,
    same_story,
    times_agree,
)
from consistency.structured.endplaces import end_place_signals
from consistency.structured.frames import Frame
from consistency.structured.insides import inside_and_outside
from consistency.structured.numberclash import SCOPE_GAP
from consistency.structured.patients import group_label, one_group  # or one person
from consistency.structured.positions import position_signals
from consistency.structured.proceeds import PROCEEDS
from consistency.structured.quantities import (
    Quantity,
    quantities_agree,
    relative_gap,
)
from consistency.structured.spots import spot_signals
from consistency.structured.transfers import transfer_signals
from consistency.structured.whereabouts import whereabout_signals


def site_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One named thing in two places: "the Red Cross shelter at Brackenford High School"
    and "the Red Cross shelter is at the Harrow County Fairgrounds"."""
    for thing, places_a in a.sites:
        for other, places_b in b.sites:
            if thing != other or not same_story(a, b, aliases):
                continue
            clash = _two_places(thing, places_a, places_b, aliases, config, la, lb)
            if clash:
                return clash
    return []


def _two_places(thing, places_a, places_b, aliases, config: ScoreConfig, la, lb) -> list[Signal]:
    """A location signal when neither set of places holds or contains the other's."""
    pa, pb = canon(places_a, aliases), canon(places_b, aliases)
    if pa & pb or any(nested(x, y) for x in pa for y in pb) or inside_and_outside(pa, pb):
        return []
    return [Signal("location", LOCATION_SCORE, f"{thing}: {', '.join(places_a)} ({la})"
                   f" vs {', '.join(places_b)} ({lb})", config.location_weight)]


def venue_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One thing held or found at two named facilities, neither name inside the other:
    "the evacuation shelter at Brannock High School" and "a shelter in the exhibition hall
    at the Lisle County Fairgrounds"; not on two different days ("Tuesday's rally",
    "Wednesday's rally"); the two venues do not make the claims two stories."""
    return _held_apart(a, b, [(t, t, p) for t, p in a.venues], [(t, t, p) for t, p in b.venues],
                       lambda x, y: x == y, aliases, config, la, lb)  # fmt: skip


def destination_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One group of people taken to two named facilities, neither name inside the other:
    "Three passengers were taken to Kessington Memorial Hospital" and "three passengers
    were taken to Dunmore Valley Medical Centre"; not two groups (two numbers, "patients"
    and "staff"), not on two days."""
    def rows(f: Frame):
        return [(_destination_label(d.group), d, d.places) for d in f.destinations]

    return _held_apart(a, b, rows(a), rows(b), one_group, aliases, config, la, lb)


def _destination_label(group: str) -> str:
    """How a report names the moved thing: money goes to a recipient, people are taken."""
    return "proceeds go to" if group == PROCEEDS else f"{group_label(group)} taken to"


def _held_apart(a, b, rows_a, rows_b, same, aliases, config, la, lb) -> list[Signal]:
    """The first location clash between rows (label, thing, places) of the two claims whose
    things are ``same``, in claims of one story (their places set aside) and not on two
    different days (two rallies, two moves)."""
    if not (rows_a and rows_b) or times_agree(a.times, b.times, 0) is False:
        return []
    for label, thing_a, places_a in rows_a:
        for _, thing_b, places_b in rows_b:
            pa, pb = canon(places_a, aliases), canon(places_b, aliases)
            if not same(thing_a, thing_b) or not same_story(a, b, aliases, frozenset(pa | pb)):
                continue
            clash = _two_places(label, places_a, places_b, aliases, config, la, lb)
            if clash:
                return clash
    return []


def measure_signals(
    a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig, la: str, lb: str
) -> list[Signal]:
    """One depth (or height) told as two lengths apart beyond rounding, in claims of one
    story: "about 400 metres below the surface" and "trapped some 250 metres down";
    "roughly 1,300 feet underground" is the 400 metres told in feet. A claim with two
    lengths of the dimension agreeing with either says no conflict."""
    if not (a.measures and b.measures) or not same_story(a, b, aliases):
        return []
    if times_agree(a.times, b.times, 0) is False:
        return []  # two days: the rescuers' way down, not one depth
    for ma in a.measures:
        theirs = [mb for mb in b.measures if mb.dimension == ma.dimension]
        qa = Quantity(ma.low, ma.high, "m", ma.text)
        qs = [Quantity(mb.low, mb.high, "m", mb.text) for mb in theirs]
        if not qs or any(quantities_agree(qa, q, config.number_tolerance) for q in qs):
            continue
        qb = min(qs, key=lambda q: relative_gap(qa, q))
        gap = relative_gap(qa, qb)
        if gap >= SCOPE_GAP:
            continue  # "10 metres down" and "3,000 metres below": two things measured
        return [Signal("number", NUMBER_SCORE + NUMBER_GAP_SCORE * min(1.0, gap),
                       f"{ma.dimension}: {ma.text} ({la}) vs {qb.text} ({lb})",
                       config.number_weight)]  # fmt: skip
    return []


def measures_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims give one depth or height as two lengths: a pair worth comparing
    whatever the embeddings say ("trapped some 250 metres down", "400 metres below")."""
    return bool(measure_signals(a, b, aliases, config, "", ""))


def destinations_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims take one group of people to two places: a pair worth comparing
    whatever the embeddings say."""
    return bool(destination_signals(a, b, aliases, config, "", ""))


def spots_differ(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig) -> bool:
    """Whether the claims put one event in two places without a name (spots.py), or one
    thing at two bearings from one landmark (bearings.py)."""
    return bool(spot_signals(a, b, lambda ns: same_story(a, b, aliases, ns), 1.0, 1.0, "", "")
                or area_signals(a, b, aliases, config, "", "")
                or ending_signals(a, b, aliases, config, "", "")
                or compass_signals(a, b, aliases, config, "", "")
                or moved_to_signals(a, b, aliases, config, "", "")
                or stand_signals(a, b, aliases, config, "", ""))


def compass_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                    la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One thing at two compass bearings from one landmark (bearings.py), in claims of one
    story and not on two days."""
    if not (a.bearings and b.bearings) or times_agree(a.times, b.times, 0) is False:
        return []
    return bearing_signals(
        a, b, lambda x, y: aliases.canonical(x).lower() == aliases.canonical(y).lower(),
        lambda: same_story(a, b, aliases), LOCATION_SCORE, config.location_weight, la, lb)


def ending_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                   la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One thing found, or come down, in two places (endplaces.py); the names inside the
    places are no sign of two stories."""
    def one_story(texts) -> bool:
        return same_story(a, b, aliases, _names_inside(a, b, aliases, texts))

    return end_place_signals(a, b, one_story, LOCATION_SCORE, config.location_weight, la, lb)


def area_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                        la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One event of one undergoer in two named areas (whereabouts.py); the names inside
    the places ("the Stellar Print works in Dunmore") are no sign of two stories."""
    def one_story(names, texts) -> bool:
        inside = _names_inside(a, b, aliases, texts)
        return same_story(a, b, aliases, frozenset(canon(names, aliases)) | inside)

    return whereabout_signals(a, b, lambda x, y: one_name(x, y, aliases), one_story,
                              LOCATION_SCORE, config.location_weight, la, lb)  # fmt: skip


def stand_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                  la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One thing standing on two named places (positions.py); the names inside the
    places are no sign of two stories."""
    def one_story(texts) -> bool:
        return same_story(a, b, aliases, _names_inside(a, b, aliases, texts))

    return position_signals(a, b, lambda x, y: one_name(x, y, aliases), one_story,
                            LOCATION_SCORE, config.location_weight, la, lb)  # fmt: skip


def moved_to_signals(a: Frame, b: Frame, aliases: AliasTable, config: ScoreConfig,
                     la: str, lb: str) -> list[Signal]:  # fmt: skip
    """One thing moved to two countries or two named facilities (transfers.py), in claims
    of one story (the places set aside) and not on two days."""
    if not (a.transfers and b.transfers) or times_agree(a.times, b.times, 0) is False:
        return []
    places = frozenset(canon({t.place for t in (*a.transfers, *b.transfers)}, aliases))
    return transfer_signals(
        a, b, lambda x, y: one_name(x, y, aliases), lambda: same_story(a, b, aliases, places),
        LOCATION_SCORE, config.location_weight, la, lb)


def _names_inside(a: Frame, b: Frame, aliases: AliasTable, texts) -> frozenset[str]:
    """The claims' names that stand inside the place texts ("the Stellar Print works")."""
    return frozenset(n for n in entities_in(a, aliases) | entities_in(b, aliases)
                     if any(n.lower() in t.lower() for t in texts))  # fmt: skip

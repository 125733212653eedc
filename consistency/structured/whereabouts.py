"""Where one event befell one undergoer, told by the name of a town or an area.

"Keel was arrested at a motel in Zanesville", "the 29-year-old was arrested Monday
evening at a truck stop near Cambridge", "he was detained in the city of Zanesville",
"the climbers were caught on the Hollenkopf". The area is a name after an area
preposition of the event verb ("in", "near", "outside": ``where_prepositions``), or after
one of a described place that is the verb's object of a place preposition ("at a motel in
Zanesville", "a truck stop near Cambridge", "the city of Zanesville"), whatever the
tagger calls the name (made-up towns are often read as persons or organisations). A
named facility ("the Red Lion Motel", "Brannock High School": its last word a venue or
place noun) is no area, since it may lie in any town (venues.py compares those).

Two accounts of one event (one event class, one undergoer: one word or name, or a name
and a definite description, "Keel" and "the 29-year-old", or a pronoun of one person and
either, "he was detained at the works in Dunmore") clash when each names an area
and they share none ("in Zanesville", "near Cambridge"); "at a motel in Zanesville" and
"in Zanesville, Ohio" share one and agree. A region of an area ("in the central North
Island", "in rural Ohio") only clashes with another region: it may hold the other's
place ("a steep gully near Tasker Stream").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.foundstates import found_class, found_in_state, found_states
from consistency.structured.timeanchor import on_two_days

__all__ = ["Whereabout", "regions", "whereabout_clash", "whereabout_signals", "whereabouts"]

_AREA_PREPS = news_facts.words("where_prepositions")
_PLACE_PREPS = news_facts.words("spot_prepositions") | _AREA_PREPS
_FACILITY = news_facts.words("venue_words") | frozenset(
    n for ns in news_facts.classes("place_kinds").values() for n in ns)
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL", "NORP"})  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that"})
# "he", "she": the subject form a person's pronoun stands for
_PRONOUNS = {w: k for k, ws in news_facts.classes("person_pronouns").items() for w in ws}


@dataclass(frozen=True)
class Whereabout:
    """("arrest", "travis keel", True, ("Zanesville",), "a motel in Zanesville")."""

    event: str  # the event class of the verb
    undergoer: str  # the name or lemma of whom it befell, or a pronoun ("he")
    named: bool  # the undergoer is a name (else a definite description or a pronoun)
    areas: tuple[str, ...]  # the names of towns or areas it happened in or near
    text: str  # the place as written
    # a part of a named area told by an adjective ("the central North Island", "rural
    # Ohio"): a region, which may hold any town or spot of the other account
    region: bool = False


def whereabouts(doc, classify: Callable) -> tuple[Whereabout, ...]:
    """Each asserted event verb's named areas (see the module docstring); ``classify``
    gives a verb's event class (frames' own, passed to avoid a cycle)."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
            continue
        cls = classify(tok) or found_class(tok)
        who = _undergoer(tok) if cls else None
        if who is None:
            continue
        for p in (c for h in _holders(tok) for c in h.children
                  if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS):
            for g in (g for g in p.children if g.dep_ == "pobj"):
                areas = _areas(g, p.lower_ in _AREA_PREPS or found_in_state(p))
                if areas:
                    text = " ".join(t.text for t in g.subtree if not _clause(t, g))
                    region = g.pos_ == "PROPN" and any(
                        c.dep_ == "amod" and c.pos_ == "ADJ" for c in g.children)
                    out.append(Whereabout(cls, who[0], who[1], areas, text, region))
    return tuple(out)


def _holders(tok) -> list:
    """The verb, and its object, under which the parser often hangs the verb's place
    ("found the missing hiker near Brackwater"), and the state a thing was found in
    ("was found burnt out on Fenwick Lane", "found abandoned at Holmbridge")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return [tok, *objs, *found_states(tok, objs)]


def _undergoer(tok) -> tuple[str, bool] | None:
    """Whom the event befell, as (name or lemma, named): the passive subject, else the
    object; None for a plural, an indefinite ("a man": maybe another) or no one. A
    person's pronoun is kept as its subject form ("he"): whom it means is not known."""
    c = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    c = c or next((c for c in tok.children if c.dep_ == "dobj"), None)
    if c is not None and c.lower_ in _PRONOUNS:
        return _PRONOUNS[c.lower_], False
    if c is None or c.tag_ in ("NNS", "NNPS") or c.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    if c.pos_ == "PROPN":
        parts = [t for t in c.subtree if t.dep_ == "compound" and t.i < c.i] + [c]
        return " ".join(t.text for t in parts).lower(), True
    if any(d.dep_ == "poss" or d.lower_ in _DEFINITE for d in c.children):
        return c.lemma_.lower(), False
    return None


def _areas(g, area_prep: bool) -> tuple[str, ...]:
    """The area names of a place preposition's object ``g`` (module docstring)."""
    if g.pos_ == "PROPN" and (area_prep or g.ent_type_ in ("GPE", "LOC")):
        named = tuple(n for h in (g, *_also(g)) if (n := _name(h)))
        if named:
            return named  # else a street's area: "on Fenwick Lane in Ashby Cross"
    if g.pos_ not in ("NOUN", "PROPN", "VERB"):  # a noun the tagger took for a verb
        return ()  # ("the print works in Dunmore") still holds its area
    return tuple(n for q in g.children if q.dep_ == "prep" and q.lower_ in (*_AREA_PREPS, "of")
                 for h in q.children if h.dep_ == "pobj" and h.pos_ == "PROPN"
                 for k in (h, *_also(h)) if (n := _name(k)))  # fmt: skip


def _clause(t, g) -> bool:
    """Whether ``t`` is in a clause that describes the place ("where a clerk saw him")."""
    while t.i != g.i:
        if t.dep_ in ("relcl", "acl", "punct") and t.head.i >= g.i:
            return True
        t = t.head
    return False


def _also(h) -> list:
    """Names told beside one: "Zanesville, Ohio", and the area a description beside it
    puts it in ("Pellham, a suburb east of Port Alder"): a town may be told by either."""
    beside = [c for c in h.children if c.dep_ in ("appos", "conj", "npadvmod")]
    return [c for c in beside if c.pos_ == "PROPN"] + [
        t for c in beside if c.pos_ == "NOUN" for t in c.subtree
        if t.dep_ == "pobj" and t.pos_ == "PROPN"]  # fmt: skip


def _name(h) -> str | None:
    """The name ending at ``h``; None for a facility, a time or a number."""
    if h.ent_type_ in _NOT_PLACES or h.lemma_.lower() in _FACILITY or h.lower_ in _FACILITY:
        return None
    parts = [t for t in h.children if t.dep_ == "compound" and t.i < h.i] + [h]
    return " ".join(t.text for t in parts)


def _one_undergoer(x: Whereabout, y: Whereabout) -> bool:
    """One word or name, or a name and a definite description ("the 29-year-old"); a
    pronoun may stand for any one person but one of the other pronoun ("he", "she")."""
    if x.undergoer in _PRONOUNS.values() or y.undergoer in _PRONOUNS.values():
        return x.undergoer == y.undergoer or not (
            x.undergoer in _PRONOUNS.values() and y.undergoer in _PRONOUNS.values())
    return x.undergoer == y.undergoer or x.named != y.named


def whereabout_clash(x: Whereabout, y: Whereabout, one_name: Callable) -> bool:
    """Whether two whereabouts put one event in two areas (``one_name(m, n)``: aliases)."""
    if x.event != y.event or not _one_undergoer(x, y) or x.region != y.region:
        return False  # a region and a place in it are two levels of detail
    return not any(one_name(m, n) for m in x.areas for n in y.areas)


def whereabout_signals(a, b, one_name: Callable, one_story: Callable, score: float,
                       weight: float, la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A location signal for the first two whereabouts of frames ``a`` and ``b`` that
    clash, in claims of one story (``one_story(names, texts)``: the story's names less
    the areas and the names inside the places' texts) and not told of two days."""
    if not (a.whereabouts and b.whereabouts):
        return []
    if on_two_days(a.times, b.times):
        return []
    for x in a.whereabouts:
        for y in b.whereabouts:
            if whereabout_clash(x, y, one_name) and one_story(
                    frozenset((*x.areas, *y.areas)), (x.text, y.text)):
                what = f"{x.event.lstrip('~')}: {x.text} ({la}) vs {y.text} ({lb})"
                return [Signal("location", score, what, weight)]
    return []


def regions(f) -> frozenset[str]:
    """The areas frame ``f`` tells only as regions ("the central North Island"): they may
    hold the other account's place, so they clash with none."""
    return frozenset(n for w in f.whereabouts if w.region for n in w.areas)

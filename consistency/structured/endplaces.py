"""Where a thing ended up: where it was found or left ("the mopeds were later found
abandoned in Tannery Lane car park", "were recovered later from Tannery Lane car park",
"two mopeds, which were found dumped on waste ground behind the railway station") or
where it came down ("the balloon came down in a barley field beside Marsh Road", "the
balloon hit the ground in a paddock next to the cricket ground").

An ending is a verb of ``end_place_verbs`` (lang/en/news_facts.yaml: finding or leaving a
thing, a thing coming down) told as fact. Its thing is the passive subject or the object
of a finding verb, the subject of a coming-down one; a relative pronoun ("which were
found") stands for the noun it tells of, a verb with no subject takes the subject of the
verb it hangs on ("mopeds believed to have been used ... were recovered"); people are
no thing here (spots.py and whereabouts.py place them). Its place is the object of a
place preposition hung on the verb, on the state the thing was found in ("found abandoned
in"), on an adverb ("recovered later from") or on the verb's object ("hit the ground
in"): a described place of a known kind (``place_kinds``) or a named facility; a town
alone is no place here (it holds any spot), nor "from" with a distance ("half a mile
from the shop").

A thing struck by a falling or moving one is where it came down too: the object of a
verb of contact (``contact_verbs``: "a chunk of masonry struck a house on Cobbett
Street"). A part of a thing ("a chunk of masonry": ``portion_nouns``) is the thing after
"of", told by its broader kind (``hypernyms``: masonry, brickwork are debris), so "the
largest piece of debris" and "a big chunk of brickwork" meet; a car and a van stay two.

Two endings of one thing clash when their places share no word (a town told beside a
place, "a field off Marsh Road, Kettlewick", left out) and are of two kinds, or both name
something ("a barley field beside Marsh Road", "a paddock next to Kettlewick cricket
ground"); "a field" and "a meadow" may be one place. Two places on two named streets ("a
house in Linnet Close", "a house on Cobbett Street") clash whatever else they share, and
so do two places by two sides of one site told as names (sidenames.py: "a toilet block
beneath the East Stand", "beneath the North Stand"; "the Kessing Bridge" and "the Tolley
Bridge" are no sides); a
thing told as another one ("another chunk", "a second piece") is no thing here. A thing
and its broader kind (``hypernyms``: "the rucksack", "the bag") may be one thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.foundstates import found_states
from consistency.structured.parse import compound_name, in_condition, slot
from consistency.structured.quantities import unit_name
from consistency.structured.sidenames import side_named
from consistency.structured.spots import place_head, place_kind
from consistency.structured.streets import street_name
from consistency.structured.timeanchor import on_two_days
from consistency.structured.venues import facility_name

__all__ = ["EndPlace", "end_clash", "end_key", "end_place_signals", "end_places"]

_STRUCK = "landed"  # a thing that struck a place came down on it
_ENDINGS = {tuple(v.split()): name for name, vs in news_facts.classes("end_place_verbs").items()
            for v in vs}  # fmt: skip
_PREPS = news_facts.words("spot_prepositions") | news_facts.words("where_prepositions") | {
    "from"}
_PERSON_UNITS = frozenset(news_facts.classes("unit_classes"))
_PERSONS = news_facts.kind_nouns("person")
_RELATIVE = frozenset({"which", "that"})
_ANCHOR_PREPS = news_facts.words("anchor_prepositions")
_TOWN_DEPS = frozenset({"appos", "npadvmod", "relcl", "acl", "punct"})  # ", Kettlewick"
_CONTACT = news_facts.words("contact_verbs")
_PORTIONS = news_facts.words("portion_nouns")
_OTHER = frozenset({"another", "second", "other", "third"})  # "another chunk": one more


@dataclass(frozen=True)
class EndPlace:
    """("found", "moped", frozenset({"tannery", "lane", "car", "park"}), "car park", True,
    "Tannery Lane car park")."""

    ending: str  # the class of the verb: "found", "landed"
    thing: str  # lemma of the thing that ended there
    words: frozenset[str]  # noun lemmas and names of the place, less a town beside it
    kind: str  # the place's kind (``place_kinds``), or "facility"
    named: bool  # a name is among the place's words
    text: str  # the place as written
    streets: frozenset[str] = frozenset()  # the streets named in it ("linnet close")
    names: frozenset[str] = frozenset()  # its sides told as names ("east stand")


def end_places(doc) -> tuple[EndPlace, ...]:
    """Each ending the sentence tells with a place (see the module docstring)."""
    out = []
    for verb in doc:
        ending = _ending(verb)
        if ending is None or in_condition(verb):
            continue
        thing = _thing(verb, ending)
        objs = _place_objects(verb)
        if _struck(verb):  # "struck a house on Cobbett Street": the house
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        place = next((p for g in objs if (p := _place(g, verb))), None)
        if thing is not None and place is not None:
            out.append(EndPlace(ending, thing, *place))
    return tuple(dict.fromkeys(out))  # "found abandoned in X": one ending


def _ending(verb) -> str | None:
    """The class of an ending verb told as fact ("found", "came down", "hit the
    ground"), else None."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return None
    return _listed_ending(verb) or (_STRUCK if _struck(verb) else None)


def _listed_ending(verb) -> str | None:
    """The class ``ending_verbs`` gives the verb, with its particle or object first."""
    lemma = verb.lemma_.lower()
    extra = [c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "dobj")]
    return next((_ENDINGS[k] for k in ((lemma, *extra[:1]), (lemma,)) if k in _ENDINGS), None)


def _struck(verb) -> bool:
    """Whether ``verb`` ends its thing by striking its object ("struck a house"), not by an
    ending verb of its own ("hit the ground in a paddock")."""
    return verb.lemma_.lower() in _CONTACT and _listed_ending(verb) is None


def _thing(verb, ending: str) -> str | None:
    """The lemma of the thing that ended somewhere, or None for a person or none."""
    subj = slot(verb, "subj")
    if ending == "found":
        tok = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        tok = tok if tok is not None else next(
            (c for c in verb.children if c.dep_ == "dobj"), None)  # fmt: skip
    else:
        tok = subj
    if tok is None and verb.dep_ in ("ccomp", "xcomp", "conj"):
        tok = slot(verb.head, "subj")  # "mopeds believed to ... were recovered"
    if tok is not None and tok.lower_ in _RELATIVE and verb.dep_ == "relcl":
        tok = verb.head  # "two mopeds, which were found"
    portion = tok is not None and tok.lemma_.lower() in _PORTIONS  # "a chunk of masonry"
    if portion:
        if any(c.lower_ in _OTHER for c in tok.children):
            return None  # "another chunk of masonry": one more thing
        tok = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"), None)  # fmt: skip
    if tok is None or tok.pos_ != "NOUN" or any(c.lower_ in _OTHER for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    if unit_name(lemma) in _PERSON_UNITS or lemma in _PERSONS:
        return None
    return news_facts.broader_kind(lemma) if portion else lemma  # a car and a van: two


def _place_objects(verb) -> list:
    """Objects of the place prepositions hung on the verb, on the state its thing was
    found in, on an adverb of it or on its object; "from" with a distance left out."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    advs = [c for c in verb.children if c.dep_ == "advmod"]
    out = []
    for holder in (verb, *found_states(verb, objs), *advs, *objs):
        for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _PREPS):
            if p.lower_ == "from" and any(c.dep_ == "npadvmod" for c in p.children):
                continue  # "half a mile from the shop": a distance
            out += [g for g in p.children if g.dep_ == "pobj"]
    return out


def _place(g, verb) -> tuple[frozenset[str], str, bool, str, frozenset[str],
                             frozenset[str]] | None:  # fmt: skip
    """(words, kind, named, text, streets, names) of a described place of a known kind or a named
    facility, with what the parser hung on the verb after it to say where it lies ("a
    barley field | beside Marsh Road"), else None."""
    kind = place_kind(place_head(g)) if g.pos_ == "NOUN" else None
    if kind is None and facility_name(g) is None:
        return None
    anchors = [c for h in (verb, g.head.head) for c in h.children if c.dep_ == "prep"
               and c.lower_ in _ANCHOR_PREPS and c.i > g.i]  # fmt: skip
    cut = {t.i for a in (g, *anchors) for c in a.subtree
           if c is not a and c.dep_ in _TOWN_DEPS for t in c.subtree}  # fmt: skip
    kept = sorted({t for a in (g, *anchors) for t in a.subtree if t.i not in cut},
                  key=lambda t: t.i)  # fmt: skip
    words = frozenset(t.lemma_.lower() for t in kept if t.pos_ in ("NOUN", "PROPN"))
    named = any(t.pos_ == "PROPN" for t in kept)
    names = {compound_name(t).lower(): t for t in kept
             if t.pos_ == "PROPN" and t.dep_ != "compound"}  # fmt: skip
    streets = frozenset(n for n in names if street_name(n))
    parts = frozenset(n for n, t in names.items() if side_named(t, {t.lower_}))
    return words, kind or "facility", named, " ".join(t.text for t in kept), streets, parts


def end_clash(x: EndPlace, y: EndPlace) -> bool:
    """Whether two endings put one thing in two places (see the module docstring)."""
    if x.ending != y.ending or not news_facts.one_kind(x.thing, y.thing):
        return False
    if x.streets and y.streets:  # two streets are two places, one house or not
        return not x.streets & y.streets
    if _two_parts(x.names, y.names):  # "the East Stand", "the North Stand"
        return True
    if x.words & y.words:
        return False
    return x.kind != y.kind or (x.named and y.named)


def end_key(x: EndPlace) -> tuple[str, str]:
    """What two endings that may clash share: the ending and the thing's broader kind
    ("the rucksack" and "the bag" are told of one bag)."""
    return x.ending, news_facts.broader_kind(x.thing)


def _two_parts(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Whether two places name two sides of one kind and no side in common ("east stand",
    "north stand")."""
    return not xs & ys and any(x.split()[-1] == y.split()[-1] for x in xs for y in ys)


def end_place_signals(a, b, one_story: Callable, score: float, weight: float, la: str,
                      lb: str) -> list[Signal]:  # fmt: skip
    """A location signal for the first two endings of frames ``a`` and ``b`` that clash,
    in claims of one story (``one_story(texts)``: the story's names less those inside
    the places' texts) and not told of two days."""
    if not (a.end_places and b.end_places) or on_two_days(a.times, b.times):
        return []
    for x in a.end_places:
        for y in b.end_places:
            if end_clash(x, y) and one_story((x.text, y.text)):
                what = f"{x.thing} {x.ending}: {x.text} ({la}) vs {y.text} ({lb})"
                return [Signal("location", score, what, weight)]
    return []

"""Where a thing stands, told by the name of the place it is on or at.

"The ship is lying on Hollin Bank", "the Sela Morgen ran aground on the Skerry Ledge",
"it stands at the end of Portvenna's North Pier", "the attraction, which is located at
the seaward end of the South Pier", "sitting at a slight angle on Hollin Bank". A thing's
position is the subject of a verb of position (``position_verbs``: lie, stand, sit, be
located) or of any verb with an adverb of position (``position_adverbs``: "ran aground",
"is aground"), told as fact, with a named place after a place preposition
(``spot_prepositions``) hung on the verb, or after "of" or a place preposition hung on
the noun there ("the end of X", "an angle on X"). A counted and described thing is
placed by the preposition on it, or on the verb it is the object of: "two diseased trees
on Millbrook Road", "sent to remove two diseased trees on Mill Lane".

A place is a name of two words or more ("Hollin Bank", "North Pier", "Mill Lane"): a one-
word name is most often a town, which holds any such place (whereabouts.py compares
towns). Two positions of one thing (one word, a name and a description, "it" and either
but not two pronouns; a counted thing by its count and describing words too) clash when
their places are two names, neither inside the other, not a street and a place that is
no street (a street may cross a green, a street lies in a town), not of two known kinds
(``place_kinds`` of their last words: a pier may stand on a beach), and both or neither
told after "in": "in Tarnwick Bay" is an area that may hold "Hollin Bank".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import in_condition, modal, own_subject, proper_name
from consistency.structured.quantities import unit_name
from consistency.structured.spots import place_kind
from consistency.structured.streets import street_in_town, street_word
from consistency.structured.timeanchor import on_two_days

__all__ = ["Position", "position_clash", "position_signals", "positions"]

_VERBS = news_facts.words("position_verbs")
_ADVERBS = news_facts.words("position_adverbs")
_PREPS = news_facts.words("spot_prepositions")
_PERSON_UNITS = frozenset(unit_name(w) for w in news_facts.words("people_group_units")) | (
    news_facts.words("team_units"))  # people, responders and crews: a house is a thing
_PERSONS = news_facts.kind_nouns("person")
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                         "ORDINAL", "NORP"})  # fmt: skip
_RELATIVE = frozenset(load().grammar.relative_pronouns)
_IT = "it"  # a thing's pronoun: any one thing of the story


@dataclass(frozen=True)
class Position:
    """("ship", False, "", "Hollin Bank", False, "on Hollin Bank")."""

    thing: str  # the lemma of a described thing, a name (lower case), or "it"
    named: bool  # the thing is told by its name
    count: str  # a counted thing's count and describing words ("two diseased"), else ""
    place: str  # the place's name
    inside: bool  # the place is told after "in": an area, which may hold the other's
    text: str  # the place as written


def positions(doc) -> tuple[Position, ...]:
    """Each position the sentence tells (see the module docstring)."""
    out = []
    for verb in doc:
        if not _told_position(verb):
            continue
        thing = _thing(_subject(verb))
        if thing is not None:
            out += [Position(*thing, "", *p) for p in _places(verb)]
    for noun in doc:
        count = _count(noun)
        if count and (thing := _thing(noun)) is not None:
            holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
            out += [Position(thing[0], thing[1], count, *p) for h in holders for p in _places(h)]
    return tuple(dict.fromkeys(out))


def _told_position(verb) -> bool:
    """A verb of position, or one with an adverb of position, told as fact."""
    if verb.pos_ not in ("VERB", "AUX") or modal(verb) or in_condition(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lemma_.lower() in _VERBS or any(
        c.dep_ == "advmod" and c.lower_ in _ADVERBS for c in verb.children)


def _subject(verb):
    """The thing whose position the verb tells: its subject, the noun a relative clause
    or a participle tells of ("the attraction, which is located", "a ship lying"), or the
    subject of the clause a participle hangs on ("is visible, sitting at an angle")."""
    subj = own_subject(verb)
    if verb.dep_ == "relcl" and (subj is None or subj.lower_ in _RELATIVE):
        return verb.head
    if subj is None and verb.dep_ == "acl":
        return verb.head
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp"):
        return own_subject(verb.head)
    return subj


def _thing(tok) -> tuple[str, bool] | None:
    """(name or lemma, named) of a thing; None for a person, a plural pronoun or none."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        return (_IT, False) if tok.lower_ == _IT else None
    if tok.pos_ == "PROPN":
        return (None if tok.ent_type_ == "PERSON" else (proper_name(tok).lower(), True))
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or unit_name(lemma) in _PERSON_UNITS or lemma in _PERSONS:
        return None
    return lemma, False


def _count(noun) -> str:
    """A plural noun's count and describing words ("two diseased"), when it has both."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return ""
    nums = [c.lower_ for c in noun.children if c.dep_ == "nummod"]
    described = [c.lower_ for c in noun.children if c.dep_ == "amod"]
    return " ".join((*nums, *described)) if nums and described else ""


def _places(holder) -> list[tuple[str, bool, str]]:
    """(name, inside, text) of each named place after a place preposition of ``holder``,
    or after "of" or a place preposition of a noun there ("the end of X")."""
    out = []
    for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in _PREPS):
        for g in (g for g in p.children if g.dep_ == "pobj"):
            text = " ".join((p.text, *_until_comma(g)))
            if (name := _name(g, p.lower_ == "on")) is not None:
                out.append((name, p.lower_ == "in", text))
            elif g.pos_ == "NOUN":
                out += [(name, "in" in (p.lower_, q.lower_), text)
                        for q in g.children if q.dep_ == "prep" and q.lower_ in (*_PREPS, "of")
                        for h in q.children if h.dep_ == "pobj" and (name := _name(h))]
    return out


def _until_comma(g) -> list[str]:
    """The words of a place up to the first comma ("Hollin Bank | , a sandbank")."""
    words = []
    for t in g.subtree:
        if t.is_punct:
            break
        words.append(t.text)
    return words


def _name(tok, surface: bool = False) -> str | None:
    """A place's name of two words or more ending at ``tok``, else None. A tagger reads
    many a made-up place as a person ("Mill Lane", "Trevose Sands"): a street's name, or
    a name a thing stands "on" (``surface``), is a place whatever it says."""
    name = proper_name(tok)
    if tok.pos_ != "PROPN" or len(name.split()) < 2 or tok.ent_type_ in _NOT_PLACES:
        return None
    return name if tok.ent_type_ != "PERSON" or surface or street_word(name) else None


def _one_thing(x: Position, y: Position) -> bool:
    """One word or name, a name and a description, or a thing's pronoun and either; a
    counted thing only as another of its count and describing words."""
    if x.count != y.count:
        return False
    if _IT in (x.thing, y.thing):
        return x.thing != y.thing  # two pronouns may tell two things
    return x.thing == y.thing or x.named != y.named


def position_clash(x: Position, y: Position, one_name: Callable) -> bool:
    """Whether two positions put one thing on two named places (module docstring)."""
    if not _one_thing(x, y) or x.inside != y.inside:
        return False
    if one_name(x.place, y.place) or street_in_town(x.place, y.place):
        return False
    kinds = {place_kind(p.split()[-1].lower()) for p in (x.place, y.place)}
    return None in kinds or len(kinds) == 1  # a green and a pier: one may hold the other


def position_signals(a, b, one_name: Callable, one_story: Callable, score: float,
                     weight: float, la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A location signal for the first two positions of frames ``a`` and ``b`` that
    clash, in claims of one story (``one_story(places)``: the story's names less the two
    places) and not told of two days."""
    if not (a.positions and b.positions) or on_two_days(a.times, b.times):
        return []
    for x in a.positions:
        for y in b.positions:
            if position_clash(x, y, one_name) and one_story((x.text, y.text)):
                thing = y.thing if x.thing == _IT else x.thing
                return [Signal("location", score, f"{thing}: {x.text} ({la}) vs {y.text}"
                               f" ({lb})", weight)]  # fmt: skip
    return []

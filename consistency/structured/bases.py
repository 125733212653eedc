"""Where an organisation is based: one home base per organisation, told as a place.

"Sold it to a Rotterdam-based investment consortium", "Meridian, an investment group
based in Antwerp", "The buyer, Meridian Harbour Group, is an Antwerp-based consortium",
"Meridian is a Rotterdam outfit", "the firm, headquartered in Leeds". A base is told by
a word of ``base_words`` ("based", "headquartered") after a hyphenated name or before
"in" (``base_prepositions``), or by a place's name before a noun of an organisation
("a Rotterdam outfit": the name must not be the organisation's own). The organisation is
the name the noun stands for (its appositive, or the subject of "is a ... outfit"), else
only its kind (``org_kinds``: a consortium and a group are one kind of business). Two
accounts disagree when one organisation (one name, or a name and a noun of its kind) has
two bases, unless either base is a country (``country_names``: Rotterdam is in the
Netherlands) or either claim names the other's base too ("based in Rotterdam with an
office in Antwerp"). Two nouns without a name can be two bidders: they are not compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts

__all__ = ["Base", "base_signals", "bases", "one_org"]

_WORDS = news_facts.words("base_words")
_PREPS = news_facts.words("base_prepositions")
_KIND = {noun: kind for kind, nouns in news_facts.classes("org_kinds").items()
         for noun in nouns}  # fmt: skip
COUNTRIES = news_facts.words("country_names")
# the small model calls many towns a person or an organisation ("a Bristol-based firm")
_NOT_PLACES = frozenset({"NORP", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT"})


@dataclass(frozen=True)
class Base:
    """One organisation's home base: ("Meridian Harbour Group", "business", "Antwerp")."""

    org: str  # the organisation's name as written; "" when only a noun tells it
    kind: str  # the kind of its noun (``org_kinds``); "" when unknown
    place: str  # the base's name as written


def bases(doc) -> tuple[Base, ...]:
    """Each organisation's base told in the sentence (see the module docstring)."""
    out = []
    for tok in doc:
        if tok.lower_ in _WORDS:
            place, org = _told_place(tok), _based_one(tok)
        elif tok.pos_ == "PROPN" and tok.dep_ == "compound":
            place, org = _name_before(tok)
        else:
            continue
        if place and org is not None:
            base = _base(org, place)
            if base is not None:
                out.append(base)
    return tuple(dict.fromkeys(out))


def _name(tok) -> str:
    """A proper noun with the proper nouns written before it ("Meridian Harbour Group")."""
    parts = [c for c in tok.subtree if c.i <= tok.i and c.pos_ == "PROPN"]
    parts = [p for p in parts if all(q.pos_ == "PROPN" for q in tok.doc[p.i : tok.i + 1])]
    return " ".join(p.text for p in parts)


def _placename(tok, org_too: bool = True) -> str:
    """The name of a place, or "" when the token is no place's name (nor, unless
    ``org_too``, an organisation's)."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PLACES:
        return ""
    if tok.ent_type_ == "ORG" and not org_too:
        return ""
    return _name(tok)


def _told_place(tok) -> str:
    """The place of "Rotterdam-based" or "based in Rotterdam"."""
    before = [c for c in tok.children if c.i < tok.i and c.dep_ in ("npadvmod", "compound")]
    if before and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        return _placename(before[-1])
    for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _PREPS):
        g = next((g for g in p.children if g.dep_ == "pobj"), None)
        if g is not None:
            return _placename(g)
    return ""


def _based_one(tok):
    """What is based: the noun "based" modifies ("a Rotterdam-based consortium", "a group
    based in X", "Meridian, which is based in X"), or the subject of "is based in X"."""
    if tok.dep_ in ("amod", "acl", "relcl"):
        return tok.head
    return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)


def _name_before(tok) -> tuple[str, object]:
    """("Rotterdam", outfit) for "a Rotterdam outfit" when the outfit has a name of its
    own ("Meridian is a Rotterdam outfit"); ("", None) otherwise."""
    head = tok.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _KIND:
        return "", None
    org = _org_name(head)
    place = _placename(tok, org_too=False)
    if not org or not place or set(place.split()) & set(org.split()):
        return "", None
    return place, head


def _org_name(noun) -> str:
    """The name a noun of an organisation stands for: its appositive ("the group,
    Meridian"), what it is the appositive of ("Meridian, an investment group"), or the
    subject of a copula ("Meridian is a Rotterdam outfit"; "The buyer, Meridian, is a
    ... consortium")."""
    if noun.pos_ == "PROPN":
        return _name(noun)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return _name(noun.head)
    appos = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is not None:
        return _name(appos)
    if noun.dep_ == "attr":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN":
            return _name(subj)
        if subj is not None:
            return _org_name(subj) if subj.pos_ == "NOUN" and subj is not noun else ""
    return ""


def _base(org, place: str) -> Base | None:
    """The base of the organisation ``org`` (a noun or a name token)."""
    name = _org_name(org)
    if org.pos_ == "PROPN":
        if org.ent_type_ in ("GPE", "LOC", "FAC") or not name:
            return None
        last = org.lemma_.lower()
        appos = next((c for c in org.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        kind = _KIND.get(appos.lemma_.lower()) if appos is not None else _KIND.get(last)
        return Base(name, kind or "", place)
    kind = _KIND.get(org.lemma_.lower())
    if org.pos_ != "NOUN" or kind is None:
        return None  # "a London-based doctor": no organisation
    return Base(name, kind, place)


def one_org(x: Base, y: Base, same_name) -> bool:
    """Whether two bases are of one organisation: one name (``same_name``), or a name on
    one side and a noun of the same kind on the other."""
    if x.org and y.org:
        return same_name(x.org, y.org)
    if x.org or y.org:
        return bool(x.kind) and x.kind == y.kind
    return False


def _mentions(text: str, place: str) -> bool:
    return place.lower() in text.lower()


def _country(place: str) -> bool:
    return place.lower().removeprefix("the ") in COUNTRIES


def base_signals(a, b, same_name, one_story, score: float, weight: float, la: str, lb: str
                 ) -> list[Signal]:  # fmt: skip
    """A location signal for the first organisation of frames ``a`` and ``b`` based in two
    places (see the module docstring), in claims of one story (``one_story(names)``: the
    story's names less the organisations' and the places' own)."""
    for x in a.bases:
        for y in b.bases:
            if same_name(x.place, y.place) or _country(x.place) or _country(y.place):
                continue
            if _mentions(a.text, y.place) or _mentions(b.text, x.place):
                continue  # "based in Rotterdam with an office in Antwerp"
            if not one_org(x, y, same_name):
                continue
            if one_story(frozenset(n for n in (x.org, y.org, x.place, y.place) if n)):
                who = x.org or y.org
                what = f"{who} based in: {x.place} ({la}) vs {y.place} ({lb})"
                return [Signal("location", score, what, weight)]
    return []

"""A meeting told by its host: "the president received the delegation", "Oslo hosted
the talks", "the envoy was received by the king".

"receive" and "host" name a meeting only when what they take is a party (a named person,
group or country, a pronoun, a noun that names people) or a meeting itself. With a thing
as object they tell another event: "residents received a phone alert", "the agency
received 200 tips", "the city hosted the festival" are no meeting, and reading them as one
lines up their times with an unrelated meeting's.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.persons import person_noun
from consistency.structured.quantities import unit_name

__all__ = ["hosts_party"]

_HOST_VERBS = news_facts.words("host_verbs")
_PARTIES = news_facts.words("host_parties")
_PARTY_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PEOPLE = unit_name("people")
_THING_PRONOUNS = news_facts.words("thing_pronouns") | news_facts.words("vague_thing_pronouns")


def _party(noun, meeting_nouns: frozenset[str]) -> bool:
    """Whether ``noun`` names a party to a meeting, or the meeting itself."""
    if noun.ent_type_ in _PARTY_ENTS or noun.pos_ == "PROPN":
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ not in _THING_PRONOUNS
    lemma = noun.lemma_.lower()
    if lemma in meeting_nouns or lemma in _PARTIES or unit_name(lemma) == _PEOPLE:
        return True
    return person_noun(noun) or any(
        _party(g, meeting_nouns)  # "a delegation of lawmakers", "a group from Kyiv"
        for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for g in p.children if g.dep_ == "pobj")  # fmt: skip


def hosts_party(tok, meeting_nouns: frozenset[str]) -> bool:
    """False when a host verb (``host_verbs``) takes a thing as object: no meeting. True
    for every other verb, and for a host verb with a party, a meeting or no object."""
    if tok.lemma_.lower() not in _HOST_VERBS:
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is None or _party(obj, meeting_nouns)

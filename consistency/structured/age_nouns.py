"""Ages told of a described person whom the sentence names: "The 31-year-old woman,
Priya Nandakumar of Lower Hutt,", "Priya Nandakumar, a 34-year-old from Lower Hutt",
"Priya Nandakumar, a 31-year-old software engineer", "the 31-year-old nurse Priya
Nandakumar", "Nandakumar is a 31-year-old nurse", "Nandakumar, who is a 31-year-old
teacher", "a 31-year-old woman named Priya Nandakumar", "the tramper, a 34-year-old woman,
was identified as Priya Nandakumar".

An age adjective ("31-year-old") describes a noun ("woman", "engineer") or stands for one
("a 34-year-old from"). That described person is a named one when the parse ties the two:
an apposition (either way), the noun a compound before the name, the complement of "be"
whose subject is the name, or a naming verb ("named", "identified as"). A described person
the sentence does not name ("a 64-year-old hunter was rescued", "her father, a
64-year-old farmer") gives no age here: the story may tell of several people.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["described_name"]

_NAMING = news_facts.words("naming_verbs")
_NAMED = ("oprd", "dobj", "attr", "appos")  # "a woman named X", "called X"


def _naming(noun, by_token: dict[int, str]) -> str | None:
    """The name that a naming verb gives ``noun``: "a woman named X" (the verb a clause
    on the noun), "the woman was identified as X" (the noun the verb's subject)."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _NAMING]
    if noun.dep_ in ("nsubjpass", "nsubj") and noun.head.lemma_.lower() in _NAMING:
        verbs.append(noun.head)
    for verb in verbs:
        for c in verb.children:
            if c.dep_ in _NAMED and c.i in by_token:
                return by_token[c.i]
            if c.dep_ == "prep" and c.lower_ == "as":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i in by_token:
                    return by_token[obj.i]
    return None


def _copula(noun, by_token: dict[int, str]) -> str | None:
    """ "X is a 31-year-old nurse", "X, who is a 31-year-old teacher"."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head
    return by_token.get(subj.i) if subj is not None else None


def described_name(old, by_token: dict[int, str]) -> str | None:
    """The name of the person that the age adjective ending in token ``old`` describes,
    when the sentence names that person; ``by_token`` gives each name's tokens."""
    noun = old.head if old.dep_ == "amod" else old
    if noun.i in by_token:
        return by_token[noun.i]
    if noun.dep_ in ("appos", "compound") and noun.head.i in by_token:
        return by_token[noun.head.i]  # "the 24-year-old winger Callum Reddaway": a compound
    for c in noun.children:
        if c.dep_ == "appos" and c.i in by_token:
            return by_token[c.i]
    found = _copula(noun, by_token) or _naming(noun, by_token)
    if found is None and noun.dep_ == "appos":  # "the tramper, a 34-year-old woman, was named as X"
        found = _naming(noun.head, by_token)
    return found

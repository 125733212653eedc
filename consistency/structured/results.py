"""The state a verb of motion ends in: "ran aground", "went adrift", "came loose", "fell
silent", "came to a halt".

Such a verb tells of nothing but coming into the state named by the word after it, so
the event is that word's: "the ship ran aground", "went aground" and "grounded" are one
grounding, "came to a stop" and "stopped" one stopping, "went adrift" and "drifted" one
drift. :func:`result_word` reads the word from the parse: an adjective complement ("came
loose"), an adverb made of "a-" and a word (``result_adverbs``: "aground", "adrift",
"astray" as the word it is made of, so the verb derived from it agrees), or, after the
verbs of ``result_to_verbs``, "to" and a noun under "a" ("came to a halt", "ground to a
standstill"). A verb with an object ("ran the shop dry") or a passive ("was run
aground") keeps its own reading.
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["result_word"]

_MOTION = news_facts.words("result_motion_verbs")
_TO_VERBS = news_facts.words("result_to_verbs")
_INDEFINITE = frozenset({"a", "an"})
_OWN_ARGS = frozenset({"dobj", "auxpass", "nsubjpass"})
_MADE_OF = dict(news_facts.data().get("result_adverbs") or {})  # "aground": "ground"


def result_word(tok) -> str | None:
    """The word (a lemma) of the state a verb of motion ends in, or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in _MOTION | _TO_VERBS:
        return None
    if any(c.dep_ in _OWN_ARGS for c in tok.children):
        return None  # "ran the shop dry", "was run aground": another reading
    if lemma in _MOTION:
        word = next((w for c in tok.children if (w := _state_word(c))), None)
        if word:
            return word
    return _reached_noun(tok) if lemma in _TO_VERBS else None


def _state_word(c) -> str | None:
    """The state word of a complement: an adjective ("loose", "free"), or an "a-" adverb
    or adjective as the word it is made of ("aground" -> "ground")."""
    if c.dep_ not in ("acomp", "oprd", "advmod") or c.pos_ not in ("ADJ", "ADV"):
        return None
    word = c.lower_
    if word in _MADE_OF:
        return _MADE_OF[word]  # "aground", "adrift", "astray", "aboard"
    return c.lemma_.lower() if c.pos_ == "ADJ" and word.isalpha() else None


def _reached_noun(tok) -> str | None:
    """The noun after "to" of a state reached: "came to a halt" (under "a", no name)."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "to":
            continue
        noun = next((g for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if noun is not None and not noun.ent_type_ and any(
                d.dep_ == "det" and d.lower_ in _INDEFINITE for d in noun.children):
            return noun.lemma_.lower()
    return None

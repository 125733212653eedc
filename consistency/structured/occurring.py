"""An event keyed on the noun that names it: "the crush happened at about 10.50pm", "the
crush took place shortly before 11 p.m." and "the crush itself was just after midnight"
all time one crush, whatever verb (or none) each source picks. A verb that only says
something happened (lang/en news_facts: occurrence_verbs, occurrence_phrases), or a bare
"was" with a time after it, takes the class "~<noun>" of its common-noun subject, so two
sources timing one named happening line up even when the noun is in no word class.

"The car hit a tree" (an object: an act, not an occurrence), "it happened at 9pm" (no
noun), "the crush was deadly" (no time) and "the festival began at 8pm" (a start, not
the happening) get no class here.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING

OCCURRENCE_VERBS = news_facts.words("occurrence_verbs")
OCCURRENCE_PHRASES = {tuple(p.split()) for p in news_facts.words("occurrence_phrases")}

_TIME_LABELS = frozenset({"TIME", "DATE"})
_OBJECTS = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp"})


def occurring_noun(tok, known) -> str | None:
    """"~<noun>" when ``tok`` only says its noun subject happened (at some time); nouns
    in ``known`` (event nouns with a class of their own) are left to that class."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    noun = subj.lemma_.lower()
    if noun in known or noun in HAPPENING:
        return None  # eventclass already keys these on their noun
    lemma, kids = tok.lemma_.lower(), list(tok.children)
    phrase = [c for c in kids if (lemma, c.lower_) in OCCURRENCE_PHRASES]
    if lemma == "be":
        timed = any(c.dep_ == "prep" and _timed(c) for c in kids) or any(
            c.dep_ == "npadvmod" and c.ent_type_ in _TIME_LABELS for c in kids)
        return f"~{noun}" if timed and not any(c.dep_ in _OBJECTS for c in kids) else None
    if lemma not in OCCURRENCE_VERBS and not phrase:
        return None
    if any(c.dep_ in _OBJECTS and c not in phrase for c in kids):
        return None  # "the car hit a tree": an act on a thing
    return f"~{noun}"


def _timed(prep) -> bool:
    """Whether a preposition's object is a time ("at about 10.50pm", "just after midnight")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in _TIME_LABELS for c in prep.children)

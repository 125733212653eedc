"""Causes of a story's mishap told as a thing's doing with its upshot, and their denial.

- A thing's doing followed by a participle telling what it did (``result_verbs`` in
  lang/en/news_facts.yaml): "a charge at the base had fired late, tipping the tower off
  its line", "a valve stuck open, flooding the hold". The doing is the cause of the
  story's mishap (``fault_effect``), told without "caused by".
- A thing told as having worked as it should (``working_as_planned``): "data shows all
  charges fired in sequence", "the brakes worked properly". It denies a fault of that
  thing's doing, so it is a denied cause whose head is the thing and whose act is the
  verb: against "a charge fired late" it is one cause and its denial; against another
  thing, or another doing of it ("the first stage performed as planned" against "a
  fault in the second stage"), it says nothing.

Only a thing's doing counts, never people's ("the crew pressed on, sending a signal"),
nor a happening's ("the fire spread, destroying homes"), nor a mishap's own verb ("the
tower crashed down, knocking over a wall"): those tell the mishap itself, not its cause.
"""

from __future__ import annotations

import re

from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING, Cause, cause_denied, hedged
from consistency.structured.leadups import _core
from consistency.structured.parse import SPEECH_VERBS, in_condition, slot
from consistency.structured.quantities import unit_name

__all__ = ["upshots"]

_RESULTS = news_facts.words("result_verbs")
_AS_PLANNED = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in sorted(news_facts.words('working_as_planned')))})\b"
    r"(?!\s+to\b)"  # "opened in order to release pressure": an aim, not a manner
)
_ACTING = news_facts.words("acting_people")
_EVIDENCE = news_facts.words("evidence_verbs") | SPEECH_VERBS
_EFFECT = str(news_facts.data().get("fault_effect") or "mishap")
_PEOPLE = unit_name("people")
# a mishap's own verbs ("the stack crashed to the ground, knocking ..."): the mishap told
# with its upshot, a link of the chain (storymishap.py), not its cause
_MISHAP_ACTS = frozenset(v for vs in news_facts.classes("mishap_verbs").values() for v in vs
                         if " " not in v)  # fmt: skip
_PAST = frozenset({"VBD", "VBN"})
_MANNER = frozenset({"prep", "advmod", "advcl", "npadvmod"})


def upshots(doc) -> tuple[Cause, ...]:
    """The causes and denied causes of the story's mishap the sentence tells as above."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.tag_ not in _PAST or in_condition(tok) or hedged(tok):
            continue
        if any(c.dep_ in ("auxpass", "neg") for c in tok.children):
            continue  # done to it, by people; "did not fire as planned" tells a fault
        thing = _doer(tok)
        if thing is None:
            continue
        if _result(tok) is not None and tok.lemma_.lower() not in _MISHAP_ACTS:
            text = _text(tok, thing, _result(tok))
            out.append(Cause(_EFFECT, thing.lemma_.lower(), text, cause_denied(tok), "",
                             True, _core(tok), tok.lemma_.lower()))  # fmt: skip
        elif _as_planned(tok):
            text = _text(tok, thing, None)
            core = _core(tok) | {thing.lemma_.lower()}
            out.append(Cause(_EFFECT, thing.lemma_.lower(), text, True, "", True, core,
                             tok.lemma_.lower(), planned=True))  # fmt: skip
    return tuple(out)


def _doer(verb):
    """The thing doing ``verb``: its subject, or the noun a reported participle hangs on
    ("data shows all charges fired in sequence": charges), if a thing; else None."""
    subj = slot(verb, "subj")
    if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and (
            verb.head.head.lemma_.lower() in _EVIDENCE):  # fmt: skip
        subj = verb.head
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    lemma = subj.lemma_.lower()
    if lemma in _ACTING or lemma in HAPPENING or unit_name(lemma) == _PEOPLE:
        return None
    return subj


def _result(verb):
    """A participle after ``verb`` telling what its doing did to a thing ("..., tipping
    the stack off its line"), else None."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and c.i > verb.i and c.lemma_.lower() in _RESULTS
                 and not any(m.dep_ == "mark" for m in c.children)
                 and slot(c, "obj") is not None), None)  # fmt: skip


def _as_planned(verb) -> bool:
    """Whether the words of ``verb``'s manner (its prepositions and adverbs, not its
    object) say it worked as it should ("fired in sequence", "worked properly")."""
    words = [t for c in verb.children if c.dep_ in _MANNER for t in c.subtree]
    text = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    return bool(_AS_PLANNED.search(text))


def _text(verb, thing, result) -> str:
    """The doing as written, from its thing to its end, without the upshot."""
    cut = {t.i for t in result.subtree} if result is not None else set()
    cut |= {t.i for c in verb.children if c.dep_ in ("cc", "conj", "punct") for t in c.subtree}
    words = [t for t in (*thing.subtree, *verb.subtree)
             if t.i not in cut and t.i >= thing.left_edge.i]  # fmt: skip
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))

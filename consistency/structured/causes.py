"""Causes a source gives: "the fire was caused by an electrical fault", "blamed the crash
on driver error", "the closure is due to rising rents", "the explosion was deliberate".

The wordings are data (``cause_forms`` and their neighbours in lang/en/news_facts.yaml);
each cause names the caused thing (one name per happening: "the blaze" is "the fire"),
the cause's head noun and its text, and whether the clause giving it is denied ("there
was no evidence that the explosion was deliberate").
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.parse import (
    DENY_VERBS,
    in_condition,
    is_question,
    object_of,
    rules_out,
    slot,
)
from consistency.structured.quantities import unit_name

__all__ = ["BROAD_CAUSES", "GERMS", "Cause", "HAPPENING", "causes", "kind_and_member"]


@dataclass(frozen=True)
class Cause:
    """What a source says caused an event: "the fire was caused by an electrical fault"."""

    effect: str  # lemma of the caused thing ("fire"), or "" when the sentence has none
    cause: str  # lemma of the cause's head noun ("fault")
    text: str  # the cause as written ("an electrical fault")
    denied: bool = False  # "no evidence that the explosion was deliberate"
    owner: str = ""  # what the caused thing happened to: "solveig" of "the sinking of the Solveig"
    # the caused thing is an argument of a causal predicate ("X was caused by Y", "the
    # cause of X was Y", "X is due to Y"); False for a clause's reason ("the university
    # uses the term because ..."), whose subject need not be what was caused
    explicit: bool = True
    # a lead-up's core words (structured/leadups.py): its verb, doer and what it acted on
    core: frozenset[str] = frozenset()
    # the verb a fault is told by ("the building collapsed": collapse), faults.py
    act: str = ""
    # told as the thing working as planned ("the charges fired in sequence", upshots.py):
    # a denial only of the same thing's same doing ("a charge fired late")
    planned: bool = False


_CAUSE_FORMS = {
    lemma: tuple(tuple(form.split()) for form in forms)
    for lemma, forms in (news_facts.data().get("cause_forms") or {}).items()
}
_CAUSE_PREPS = news_facts.words("cause_prepositions")
_CAUSE_NOUNS = news_facts.words("cause_nouns")
_RESULT_NOUNS = news_facts.words("result_nouns")
HAPPENING = {w: name for name, ws in news_facts.classes("same_happening").items() for w in ws}


def causes(doc) -> tuple[Cause, ...]:
    """Causes given in the sentence, in the wordings of ``cause_forms`` ("X was caused by
    Y", "blamed X on Y", "Y was blamed for X", "X resulted from Y"), a cause noun with
    "be" ("the cause of X was Y") or a cause preposition ("X is due to / because of Y")."""
    out = []
    for tok in doc:
        found = (cause_of_verb(tok) or _cause_of_be(tok) or _cause_behind(tok)
                 or _cause_of_prep(tok) or _cause_of_subject(tok) or _found_germ(tok))  # fmt: skip
        explicit = found is not None and not (tok.dep_ == "prep" and _verb_of(tok).lemma_ != "be")
        found = found or _cause_of_mark(tok) or _cause_of_adverb(tok)
        if found is None or in_condition(tok) or hedged(tok):
            continue  # "looking into whether a faulty signal caused the crash"
        effect, by, *owner = found
        if by.pos_ == "PRON":
            continue  # "the blame lies with that": no cause named
        text = " ".join(t.text for t in by.subtree)
        denied = cause_denied(tok) or any(
            c.dep_ == "det" and c.lower_ in _NEG_DETS for c in by.children)  # fmt: skip
        out.append(Cause(_effect_name(effect), _cause_head(by), text, denied,
                         _owner(owner[0] if owner else _of_object(effect)), explicit))  # fmt: skip
    return tuple(out)


def _of_object(tok):
    """What a caused thing happened to: "the Solveig" of "the sinking of the Solveig"."""
    return slot(tok, "of") if tok is not None and not isinstance(tok, str) else None


def _owner(tok) -> str:
    return tok.lemma_.lower() if tok is not None and tok.pos_ in ("NOUN", "PROPN") else ""


_NO_EVIDENCE = news_facts.words("no_evidence_nouns")
_DOUBTING = news_facts.words("doubting_words")


def cause_denied(tok) -> bool:
    """Whether the clause giving a cause is denied: negated ("was not caused by"), or
    under a denial ("denied that", "no evidence that", "ruled out")."""
    verb = _verb_of(tok)
    for t in (verb, *verb.ancestors):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if t.lemma_.lower() in _NO_EVIDENCE and any(
                c.dep_ == "det" and c.lower_ in _NEG_DETS for c in t.children):  # fmt: skip
            return True
        if t is not verb and (t.lemma_.lower() in _DENYING or rules_out(t)):
            return True
        if t.dep_ not in ("ccomp", "acl", "xcomp", "advcl", "relcl"):
            break
    return False


_MODALS = frozenset(
    w for kind in ("possible", "obligation") for w in load().grammar.modals.get(kind, ())
)


def _verb_of(tok):
    """The verb a word hangs on (itself when a verb), else the word."""
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), tok)


def hedged(tok) -> bool:
    """A cause in a question or under "could / should / may": no cause given."""
    if is_question(tok.doc):
        return True
    verb = _verb_of(tok)
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _effect_name(tok) -> str:
    """The caused thing as one name: "the blaze" and "the fire" are one fire; a germ
    traced to its source is the contamination."""
    if isinstance(tok, str):
        return tok  # named by the wording: "a storm swamped the ferry" is a sinking
    if tok is not None and tok.tag_ == "VBG" and tok.lower_ in HAPPENING:
        return HAPPENING[tok.lower_]  # "the shooting" tagged a verb
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return ""
    lemma = tok.lemma_.lower()
    if _germ(tok) is not None:
        return _GERM_EFFECTS.get("traced") or lemma
    return HAPPENING.get(lemma, lemma)


_CAUSING = {tuple(v.split()): name for name, vs in news_facts.classes("causing_verbs").items()
            for v in vs}  # fmt: skip
_GERMS = news_facts.classes("germs")
GERMS = frozenset().union(*_GERMS.values())  # the head a germ cause gets (Cause.cause)
_GERM_FINDING = news_facts.words("germ_finding_verbs")
_GERM_EFFECTS = news_facts.data().get("germ_effects") or {}
_NOT_YET = frozenset({"to", "will"})  # "tests to identify", "will confirm": no finding yet


def _cause_of_subject(tok):
    """"A storm swamped the Solveig", "the blast brought down the tower": (the happening
    the verb names, its subject, its object) for a verb of ``causing_verbs`` used with
    both, else None."""
    if tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
        return None
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    name = _CAUSING.get((tok.lemma_.lower(), *prt[:1])) or (
        None if prt else _CAUSING.get((tok.lemma_.lower(),)))
    subj, obj = slot(tok, "subj"), slot(tok, "obj")
    if name is None or subj is None or obj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return name, subj, obj


def _germ(tok):
    """The word naming a germ in ``tok``'s phrase, the named one first ("Salmonella" of
    "Salmonella bacteria", "coli" of "E. coli"), else None."""
    named = [t for t in (tok, *(c for c in tok.children if c.dep_ == "compound"))
             if t.lower_ in _GERMS.get("named", ())]
    if named:
        return named[0]
    return tok if tok.lemma_.lower() in _GERMS.get("generic", ()) else None


def _found_germ(tok):
    """"Tests found salmonella in the chicken", "E. coli was detected in the water": (the
    illness, the germ) for a finding verb that reports a germ found, else None; a test
    still to be done ("tests to identify the germ", "will confirm") finds nothing yet."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _GERM_FINDING:
        return None
    if tok.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in _NOT_YET for c in tok.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    germ = slot(tok, "subj" if passive else "obj")
    if germ is None and not passive:  # "found salmonella in chicken served at the lunch"
        germ = next((slot(c, "subj") for c in tok.children if c.dep_ == "ccomp"), None)
    if germ is None or _germ(germ) is None:
        return None
    return _GERM_EFFECTS.get("found", ""), germ


def cause_of_verb(tok):
    """(effect, cause) of a verb in one of its ``cause_forms``, else None."""
    forms = _CAUSE_FORMS.get(tok.lemma_.lower()) if tok.pos_ in ("VERB", "AUX") else None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    for voice, effect_at, cause_at in forms or ():
        if voice != "any" and (voice == "passive") != passive:
            continue
        cause = _slot(tok, cause_at)
        effect = _happening_named(tok, cause) if effect_at == "-" else _slot(tok, effect_at)
        if cause is not None and cause_at == "as" and cause.pos_ not in ("NOUN", "PROPN"):
            continue  # "treating the death as unexplained": no cause named
        if effect is not None and cause is not None:
            return effect, cause
    return None


_PEOPLE = unit_name("people")


def _happening_named(tok, cause):
    """The happening a sentence names outside its cause ("data pointed to an overheated
    bearing shortly before the derailment": the derailment), else None."""
    if cause is None or unit_name(cause.lemma_) == _PEOPLE:
        return None  # "witnesses pointed to a man after the shooting": a person, no cause
    inside = {t.i for t in cause.subtree}
    return next((t for t in tok.doc if t.i not in inside and t.pos_ == "NOUN"
                 and t.lemma_.lower() in HAPPENING), None)  # fmt: skip


def _slot(tok, place: str):
    """:func:`slot`, and a preposition the parser took for a particle ("the strike was
    called over plans": "over" a particle with an object) or hung on the verb's object
    ("blamed the decision | on a shortage")."""
    found = slot(tok, place)
    if found is None and place not in ("subj", "obj", "by"):
        prt = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ == place), None)
        obj = slot(tok, "obj")
        prep = prt or next((c for c in (obj.children if obj is not None else ())
                            if c.dep_ == "prep" and c.lower_ == place), None)  # fmt: skip
        found = object_of(prep) if prep is not None else None
    return found


_CAUSE_ADJECTIVES = news_facts.words("cause_adjectives")
_CAUSE_ATTR_NOUNS = news_facts.words("cause_attr_nouns")
_RELATED = news_facts.words("related_words")


def _cause_of_be(tok):
    """"The cause of X was Y", "X was the result of Y", "X was deliberate / arson":
    (X, Y), else None."""
    if tok.lemma_.lower() != "be":
        return None
    subj, attr = slot(tok, "subj"), next((c for c in tok.children if c.dep_ == "attr"), None)
    acomp = next((c for c in tok.children if c.dep_ == "acomp"), None)
    if subj is not None and acomp is not None and acomp.lemma_.lower() in _CAUSE_ADJECTIVES:
        return subj, acomp
    if subj is not None and acomp is not None and acomp.lemma_.lower() in _RELATED:
        noun = next((c for c in acomp.children if c.dep_ in ("npadvmod", "compound")
                     and c.pos_ == "NOUN"), None)  # fmt: skip
        if noun is not None:
            return subj, noun  # "the shooting was not terror-related"
    blame = next((c for c in tok.children if c.dep_ == "xcomp"
                  and c.lemma_.lower() in _BLAME_WORDS), None)  # fmt: skip
    if subj is not None and blame is not None and slot(blame, "for") is not None:
        return slot(blame, "for"), subj  # "a faulty signal was to blame for the crash"
    if subj is None or attr is None:
        return None
    if attr.lemma_.lower() in _CAUSE_ATTR_NOUNS:
        return subj, attr
    if attr.lemma_.lower() in _CAUSE_NOUNS and _caused(attr) is not None:
        return _caused(attr), subj  # "corroded columns were the likely cause of the collapse"
    if subj.lemma_.lower() in _CAUSE_NOUNS and _caused(subj) is not None:
        return _caused(subj), attr  # "the reason for the closure was ..."
    if attr.lemma_.lower() in _RESULT_NOUNS and slot(attr, "of") is not None:
        return subj, slot(attr, "of")
    return None


def _caused(noun):
    """What a cause noun is the cause of: "the cause of the fire", "the reason for the
    cuts" (``cause_noun_preps``), else None."""
    return next((slot(noun, p) for p in _CAUSE_NOUN_PREPS if slot(noun, p) is not None), None)


def _cause_behind(tok):
    """"A faulty valve was behind the explosion": (the happening, the subject) for "be"
    with a preposition of ``cause_be_preps`` whose object names a happening of
    ``same_happening``, else None ("the van was behind the shop" names no happening)."""
    if tok.lemma_.lower() != "be":
        return None
    subj = slot(tok, "subj")
    for prep in _CAUSE_BE_PREPS:
        what = slot(tok, prep)
        if subj is not None and what is not None and what.lemma_.lower() in HAPPENING:
            return what, subj
    return None


_CAUSE_NOUN_PREPS = news_facts.words("cause_noun_prepositions")
_CAUSE_BE_PREPS = news_facts.words("cause_be_prepositions")
_CAUSE_MARKS = news_facts.words("cause_marks")
_CAUSE_ADVERBS = news_facts.words("cause_adverbs")
_BLAME_WORDS = news_facts.words("blame_words")


def _cause_of_adverb(tok):
    """"The fire was started deliberately": (the verb's subject, the adverb), else None."""
    if tok.dep_ != "advmod" or tok.lower_ not in _CAUSE_ADVERBS:
        return None
    effect = slot(tok.head, "subj")
    return (effect, tok) if effect is not None else None


def _cause_of_mark(tok):
    """"X happened because Y ...": (the subject of the main verb, the clause), else None."""
    if tok.dep_ != "mark" or tok.lower_ not in _CAUSE_MARKS or tok.head.dep_ != "advcl":
        return None
    effect = slot(tok.head.head, "subj")
    return (effect, tok.head) if effect is not None else None


def _cause_of_prep(tok):
    """"X is due to / because of Y": (the subject of the verb above, Y), else None."""
    if tok.dep_ != "prep" or _prep_phrase(tok) not in _CAUSE_PREPS:
        return None
    by = object_of(tok)
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if by is None or verb is None:
        return None
    subj = slot(verb, "subj")
    if _prep_phrase(tok) in _FITS and not _caused_thing(subj):
        return None  # "the figures are consistent with the forecast"
    return subj, by


_FITS = news_facts.words("cause_fit_prepositions")
_CAUSED_THINGS = (news_facts.words("damage_nouns") | news_facts.words("injury_nouns")
                  | news_facts.words("named_mishaps"))  # fmt: skip


def _caused_thing(tok) -> bool:
    """A noun naming a happening, a damage or an injury: a thing that has a cause."""
    if tok is None or tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    return lemma in HAPPENING or lemma in _CAUSED_THINGS


def _prep_phrase(tok) -> str:
    """"due to", "because of", "as a result of": the longest listed phrase ending at ``tok``."""
    for k in (3, 2, 1):
        phrase = " ".join(t.lower_ for t in tok.doc[max(0, tok.i - k) : tok.i + 1])
        if phrase in _CAUSE_PREPS:
            return phrase
    return tok.lower_


def _cause_head(tok) -> str:
    """The noun a cause names: "a failed sea wall" -> wall; "protesters throwing
    stones" -> protester (the clause's subject); "years of neglect" -> neglect (a span
    of time names how long the cause went on, its "of" object the cause)."""
    tok = _past_span(tok)
    if tok.pos_ in ("VERB", "AUX"):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (subj if subj is not None else tok).lemma_.lower()
    germ = _germ(tok)
    if germ is not None:
        return germ.lower_  # "Salmonella bacteria" is salmonella; "norovirus", not its lemma
    thing = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if tok.lemma_.lower() in _FAULT_NOUNS and thing:
        return thing[-1].lemma_.lower()  # "a storage array failure": the thing at fault
    return tok.lemma_.lower()


def _past_span(tok):
    """The "of" object of a span of time ("years of overloaded lorries", "decades of
    underfunding": a date's noun), else the word."""
    while tok.pos_ == "NOUN" and tok.ent_type_ in _TIME_LABELS:
        of = slot(tok, "of")
        if of is None or of.pos_ not in ("NOUN", "PROPN"):
            break
        tok = of
    return tok


_TIME_LABELS = frozenset({"DATE", "TIME"})
_NEG_DETS = news_facts.words("negating_determiners")
_FAULT_NOUNS = news_facts.words("fault_nouns")
_DENYING = DENY_VERBS | _DOUBTING
# verb + particle that rule a thing out ("ruled out arson")


def _broad_causes() -> dict[str, frozenset[str]]:
    """Each broad word of a cause -> the things it covers (``broad_causes``), the generic
    germ words covering the named germs among them."""
    out = {w: things for key, things in news_facts.classes("broad_causes").items()
           for w in key.split()}  # fmt: skip
    named = GERMS - _GERMS.get("generic", frozenset())
    return out | {w: named for w in _GERMS.get("generic", ())}


BROAD_CAUSES = _broad_causes()


def kind_and_member(a: Cause, b: Cause) -> bool:
    """A broad word and a thing it covers ("the bacteria" and "E. coli"; "a computer
    failure" and "a storage array failed"; "the weather" and "a gust of wind"): the broad
    word is the other's kind, or refers back to it, so it names no rival cause. Two
    covered things, or two broad words, still differ, unless they come together
    (``together_causes``: two kinds of weather)."""
    if any(_within(a, k) and _within(b, k) for k in _TOGETHER):
        return True  # "the October storms" and "heavy rain on Sunday": the weather
    return _covers(a, b) or _covers(b, a)


_TOGETHER = news_facts.words("together_causes")


def _within(c: Cause, broad: str) -> bool:
    """Whether a cause is told by ``broad`` or by a thing it covers."""
    things = BROAD_CAUSES.get(broad, frozenset())
    return c.cause == broad or c.cause in things or bool(c.core & things)


def _covers(broad: Cause, member: Cause) -> bool:
    """``broad`` names only a broad word (its core words broad ones too: "a computer
    failure", not "a computer's storage failure") that covers ``member``'s head or core."""
    things = BROAD_CAUSES.get(broad.cause)
    if things is None or any(w not in BROAD_CAUSES for w in broad.core):
        return False
    return member.cause in things or bool(member.core & things)

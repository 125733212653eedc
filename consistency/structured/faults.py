"""Faults told as the cause of a story's mishap: "early indications point to a valve
failure", "investigators are focusing on a fault in the steering system", "data showed
the ship had lost propulsion", "officials believe a pump in the dosing unit failed",
"indications are that the delivery was pumped into the wrong tank", "the pilot reported a
fault with the burner", "they say the burner cut out".

News often names a mishap's cause without "caused by": an evidence verb or noun
(``evidence_verbs``, ``evidence_nouns`` in lang/en/news_facts.yaml), or a speech verb,
reports a fault. The fault is a fault noun with the thing at fault ("a fault in the
turbopump", "an engine failure"), a thing that failed ("the steering gear had failed"),
a function lost ("lost propulsion") or a thing done the wrong way. Each becomes a
:class:`Cause` of the story's mishap (``fault_effect``) whose head is the thing at
fault, so that two sources blaming two different things disagree, while two wordings
of one fault ("lost propulsion", "an engine failure that left it without propulsion")
share a word and agree. A whole vehicle that gave out ("the bus broke down, the council
said") is the mishap itself, not a fault: its fault lies in a part ("the engine cut out").
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.causes import Cause, cause_denied, hedged
from consistency.structured.parse import SPEECH_VERBS, in_condition, slot
from consistency.structured.persons import person_noun
from consistency.structured.quantities import unit_name

__all__ = ["faults", "gave_out"]

_FAULT_NOUNS = news_facts.words("fault_nouns")
_FAILING = news_facts.words("failure_verbs") | news_facts.words("fault_verbs")
_EVIDENCE_VERBS = news_facts.words("evidence_verbs")
_EVIDENCE_NOUNS = news_facts.words("evidence_nouns")
_LOST = news_facts.words("lost_functions")
_ERRORS = news_facts.words("error_adjectives")
_ACTING = news_facts.words("acting_people")
_EFFECT = str(news_facts.data().get("fault_effect") or "mishap")
_AT_FAULT_PREPS = ("of", "with", "in", "on", "to")
_NEG_DETS = news_facts.words("negating_determiners")
# a whole vehicle that gave out ("the bus broke down") is the mishap, its fault in a part
_VEHICLES = news_facts.kind_nouns("vehicle") | {"vehicle"}
_SET_ASIDE = frozenset({"conj", "appos", "cc", "neg"})  # "..., not a hardware failure"


def faults(doc) -> tuple[Cause, ...]:
    """Faults the sentence reports as found or said, each a cause of the mishap."""
    out = []
    for tok in doc:
        found = _fault_noun(tok) or _fault_clause(tok)
        if found is None or in_condition(tok) or hedged(tok):
            continue
        thing, text = found
        denied = cause_denied(tok) or _negated(tok)
        core = _core(thing) | (_core(tok) - _FAULT_NOUNS if tok.pos_ != "VERB" else frozenset())
        act = tok.lemma_.lower() if tok.pos_ == "VERB" else ""
        out.append(Cause(_EFFECT, thing.lemma_.lower(), text, denied, "", True, core, act))
    return tuple(out)


def _reporting(tok):
    """The evidence or speech word that reports ``tok``'s phrase ("point to a fault",
    "data showed the ship had lost", "indications are that"), else None."""
    head = tok.head
    if tok.dep_ == "ROOT":
        return _according(tok)  # "according to the council, the contractor misread ..."
    if tok.dep_ in ("conj", "appos"):  # "a software fault in the computer, not a hardware failure"
        fault = next((a for a in tok.ancestors if a.lemma_.lower() in _FAULT_NOUNS), None)
        return _reporting(fault) if fault is not None else None
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "point to / focus on a fault"
    elif tok.dep_ == "advcl" and head.lemma_.lower() == "cause" and any(
            c.lower_ == "when" for c in tok.children):  # fmt: skip
        return head  # "the leak was caused when a delivery was pumped into ..."
    elif tok.dep_ not in ("dobj", "ccomp", "attr"):
        return None
    lemma = head.lemma_.lower()
    if lemma in _EVIDENCE_VERBS or (tok.dep_ == "ccomp" and lemma in SPEECH_VERBS):
        return head
    subj = slot(head, "subj") if lemma == "be" else None
    if subj is not None and subj.lemma_.lower() in _EVIDENCE_NOUNS:
        return head  # "initial indications are that ..."
    return None


def _according(verb):
    """The "according to" that puts a speaker on a main clause, else None."""
    word, prep = _ACCORDING
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word
                 and any(t.lower_ == prep for t in c.children)), None)  # fmt: skip


_ACCORDING = tuple(load().grammar.according)


def _borne(tok):
    """The verb a thing bore a fault by, itself reported ("reports indicate that the ship
    suffered an engine failure", "officials said the rig had developed a fault in a
    valve"), else None: a fault borne is found as a fault reported is."""
    head = tok.head
    if tok.dep_ != "dobj" or head.lemma_.lower() not in _BEARING:
        return None
    return head if _reporting(head) is not None else None


_BEARING = news_facts.words("damage_bearing_verbs")


def _fault_noun(tok):
    """(the thing at fault, the fault's text) of a fault noun an evidence verb reports:
    "a fault in the turbopump", "an engine failure", "a failure of the steering"."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in _FAULT_NOUNS:
        return None
    verb = _reporting(tok) or _borne(tok)
    if verb is None:
        return None
    thing = next(
        (
            c
            for c in tok.children
            if c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ in ("NN", "VBG"))
        ),
        None,
    )  # "a signalling fault"
    for holder in (tok, verb):  # "suggested a fault in the turbopump": "in" on the verb
        thing = thing or next((slot(holder, p) for p in _AT_FAULT_PREPS
                               if slot(holder, p) is not None), None)  # fmt: skip
    if thing is None:
        return None  # "pointing to a problem": no thing at fault named
    cut = {t.i for c in tok.subtree if c is not tok and (c.dep_ in _SET_ASIDE or c.lower_ == ",")
           for t in c.subtree}  # fmt: skip
    at = thing.head if thing.head.dep_ == "prep" else thing
    words = [t for t in (*tok.subtree, *at.subtree) if t.i not in cut]
    return thing, " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _fault_clause(tok):
    """(the thing at fault, the clause's text) of a reported clause telling a fault: a
    thing done the wrong way, a thing that failed, a function lost; told as done (in the
    past: "according to them, the software appears to have issued incorrect commands"
    tells no fault found)."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "advcl", "ROOT") or _reporting(tok) is None:
        return None
    if tok.tag_ not in ("VBD", "VBN"):
        return None
    lemma, subj, obj = tok.lemma_.lower(), slot(tok, "subj"), slot(tok, "obj")
    if subj is None:
        return None
    text = " ".join(t.text for t in tok.subtree if t.i >= subj.left_edge.i and not t.is_punct
                    and not _after_clause(t, tok))  # fmt: skip
    wrong = next((t.head for t in tok.subtree if t.lower_ in _ERRORS and t.dep_ == "amod"
                  and _own_clause(t, tok)), None)  # fmt: skip
    if wrong is not None:  # "a delivery was pumped into the wrong tank", by people or not
        return (subj if _erring(tok, subj) else wrong), text
    if tok.dep_ == "ROOT":
        return None  # "according to police, the snow broke away": the mishap itself
    if subj.pos_ != "NOUN" or subj.lemma_.lower() in _ACTING:
        return None
    if subj.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in subj.children):
        return None  # "maiden flights have historically failed": a generic, no fault found
    if subj.lemma_.lower() in _VEHICLES:
        return None  # "the bus broke down": the whole vehicle gave out, the mishap itself
    if lemma in _FAILING and obj is None and not _done_to(tok):
        return subj, text  # "the steering gear had failed"
    if obj is None and gave_out(tok):
        return subj, text  # "the burner cut out"
    if lemma == "lose" and obj is not None and obj.lemma_.lower() in _LOST:
        return obj, text  # "the ship had lost propulsion"
    return None


def _own_clause(t, verb) -> bool:
    """``t`` lies in ``verb``'s clause or one joined to it ("misread the order and went to
    the wrong site"), not in a clause it reports ("I thought it was a robin with the light
    on it the wrong way": a belief, no thing done wrong)."""
    head = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while head is not None and head != verb and head.dep_ == "conj":
        head = head.head
    return head == verb


def _erring(verb, subj) -> bool:
    """Whether a thing done the wrong way is told with the people who did it ("the
    contractor misread the work order and went to the wrong site", "a council officer put
    the wrong street on the order"): who erred is then the fault, so that two sources
    blaming two doers differ while one doer's error in two wordings is one."""
    if subj.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    named = subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON"  # "the lorry" may be tagged one
    return (named or subj.lemma_.lower() in _ACTING or person_noun(subj)
            or unit_name(subj.lemma_) in _PEOPLE_UNITS)  # fmt: skip


_PEOPLE_UNITS = frozenset({unit_name("people"), unit_name("responders")})
_SITE_PREPS = news_facts.words("fault_site_prepositions")  # "a pump at the plant"
_NOT_THE_THING = frozenset({"poss", "relcl", "acl", "advcl", "det", "appos", "conj"})


def _core(thing) -> frozenset[str]:
    """The nouns that say which thing is at fault: the thing and the nouns told of it
    ("the second-stage engine turbopump": turbopump, engine, stage), not its owner ("the
    ship's") nor a clause about it nor where it stands ("a storage array at the data
    centre" is no "power failure at the data centre"), so that a part and its whole meet."""
    cut = {t.i for c in thing.subtree if c is not thing and (c.dep_ in _NOT_THE_THING or (
           c.dep_ == "prep" and c.lower_ in _SITE_PREPS)) for t in c.subtree}  # fmt: skip
    words = [t for t in thing.subtree if t.i not in cut]
    after = thing.doc[thing.right_edge.i + 1] if thing.right_edge.i + 1 < len(thing.doc) else None
    if after is not None and after.tag_ == "VBG" and after.dep_ in ("advcl", "acl"):
        words += list(after.subtree)  # "the turbopump feeding the engine", hung on the verb
    return frozenset(t.lemma_.lower() for t in words if t.pos_ in ("NOUN", "PROPN"))


_GIVING_OUT = {tuple(p.split()) for p in news_facts.words("giving_out_phrases")}


def gave_out(verb) -> bool:
    """A verb and particle telling a machine gave out ("the burner cut out", "the engine
    gave out"), not done to it (passive, or with an object: "shut down the plant")."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if not prt or any(c.dep_ == "auxpass" or c.dep_ == "dobj" and c.ent_type_ not in (
            "DATE", "TIME") for c in verb.children):  # fmt: skip
        return False
    return (verb.lemma_.lower(), prt[0]) in _GIVING_OUT


def _done_to(verb) -> bool:
    """A failure verb that tells no thing giving out: done to it ("the ceasefire has been
    broken", passive), with a particle ("broken up into groups", "broke off from") or a
    verb after it ("failed to stop")."""
    return any(c.dep_ in ("auxpass", "prt", "xcomp") for c in verb.children)


def _after_clause(t, verb) -> bool:
    """A word of a clause or participle hung on ``verb`` after it ("..., allowing gas to
    build up"): not part of the fault."""
    return any(a.head == verb and a.dep_ in ("advcl", "xcomp", "conj", "cc") and a.i > verb.i
               for a in (t, *t.ancestors) if a != verb and verb in a.ancestors)  # fmt: skip


def _negated(tok) -> bool:
    """A fault named only to be set aside: "not a hardware failure"."""
    start = tok.left_edge.i
    if any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in tok.children):
        return True  # "reported no problem with the engine"
    return any(c.dep_ == "neg" for c in tok.children) or (
        start > 0 and tok.doc[start - 1].lower_ == "not"
    )

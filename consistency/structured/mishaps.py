"""Causes of a story's mishap told without a reporting verb or a "caused by":

- the cause noun with no caused thing: "the real cause was a digger cutting a cable",
  "a burst main was the reason";
- a fault noun doing the harm: "a fault on a transformer tripped supplies", "a software
  glitch grounded the fleet", "a transformer failure knocked out power";
- a failed thing doing the harm: "a burst water main washed away the soil", "a faulty
  cable sparked the fire";
- a fault named as what "it" was: "it was a transformer failure at our substation";
- a force of nature doing the harm: "a sudden gust of wind pushed the balloon down",
  "the balloon was caught by a strong gust", "lightning struck the mast";
- the reason a thing failed or gave out: "the boiler had shut down because its oil
  supply had run out", "the pump failed because a seal had worn";
- a thing said to be to blame, with no caused thing named: "a cracked heat exchanger is
  to blame".

Each becomes a :class:`Cause` of the story's mishap (``fault_effect``), as faults.py's
causes are, with the thing at fault as its head and the nouns told of it as its core, so
that two sources blaming two different things disagree ("a transformer fault" against "a
digger through a cable") while one thing told two ways agrees.
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.causes import BROAD_CAUSES, Cause, cause_denied, hedged
from consistency.structured.faults import _core, gave_out
from consistency.structured.parse import in_condition, slot
from consistency.structured.quantities import unit_name

__all__ = ["mishap_causes"]

_CAUSE_NOUNS = news_facts.words("cause_nouns")
_FAULT_NOUNS = news_facts.words("fault_nouns")
_FAILING = news_facts.words("failure_verbs")
_FAILED = _FAILING | news_facts.words("error_adjectives")
_EFFECT = str(news_facts.data().get("fault_effect") or "mishap")
_AT_FAULT_PREPS = ("of", "with", "in", "on", "to")
_AFTER = news_facts.words("leadup_marks")  # "plunged into darkness after a fault on ..."
_IT = frozenset({"it", "this", "that"})
_PEOPLE = unit_name("people")
_FORCES = BROAD_CAUSES.get("weather", frozenset())  # the forces of nature
_CAUSE_MARKS = news_facts.words("cause_marks")
_BLAME_WORDS = news_facts.words("blame_words")


def mishap_causes(doc) -> tuple[Cause, ...]:
    """The mishap's causes the sentence tells in one of the wordings above."""
    out = []
    for tok in doc:
        found = (_bare_cause(tok) or _harmful_fault(tok) or _harmful_failed(tok)
                 or _it_was_fault(tok) or _harmful_force(tok) or _failed_because(tok)
                 or _to_blame(tok))  # fmt: skip
        if found is None or in_condition(tok) or hedged(tok):
            continue
        thing, phrase = found
        text = " ".join(t.text for t in phrase)
        denied = cause_denied(tok) or any(c.dep_ == "neg" for c in tok.children)
        out.append(Cause(_EFFECT, thing.lemma_.lower(), text, denied, "", True, _core(thing)))
    return tuple(out)


def _thing(tok):
    """A thing, not a person: a common noun whose unit is not people."""
    return tok is not None and tok.pos_ == "NOUN" and unit_name(tok.lemma_) != _PEOPLE


def _bare_cause(tok):
    """"The (real) cause was X", "X was the reason": a cause noun with no "of" as subject
    or complement of "be"; (X's head, X) else None."""
    if tok.lemma_.lower() != "be":
        return None
    subj = slot(tok, "subj")
    attr = next((c for c in tok.children if c.dep_ == "attr"), None)
    if subj is None or attr is None:
        return None
    for noun, cause in ((subj, attr), (attr, subj)):
        if cause.tag_ == "VBG":  # "was a digger cutting through a cable": the doer
            cause = next((c for c in cause.children if c.dep_ in ("compound", "nsubj")), cause)
        named = any(slot(noun, p) is not None for p in ("of", "for", "behind"))
        if noun.lemma_.lower() in _CAUSE_NOUNS and not named and _thing(cause):
            return cause, _told_after(tok, attr if cause.head is attr else cause)
    return None


def _told_after(verb, tok) -> list:
    """``tok``'s phrase and what the parser hung on ``verb`` after it ("was a digger | on
    the site going through a cable")."""
    after = [c for c in verb.children if c.i > tok.i and c.dep_ in ("prep", "acl", "advcl")]
    return [t for c in (tok, *after) for t in c.subtree]


def _harms(verb) -> bool:
    """An active verb acting on something: an object or a clause ("tripped supplies",
    "caused systems to shut down")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def _at_fault(fault):
    """The thing a fault noun is a fault of: "transformer" of "a transformer failure" or
    "a fault on a transformer", else None."""
    for c in fault.children:
        if c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ in ("NN", "VBG")):
            return c
    return next((slot(fault, p) for p in _AT_FAULT_PREPS if slot(fault, p) is not None), None)


def _harmful_fault(tok):
    """"A fault on a transformer tripped supplies", "went dark after a transformer
    failure": (the thing at fault, the fault)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FAULT_NOUNS:
        return None
    after = tok.dep_ == "pobj" and tok.head.lower_ in _AFTER
    thing = _at_fault(tok)
    if thing is None or not (_thing(thing) or thing.tag_ == "VBG"):  # "a signalling fault"
        return None
    if not (after or (tok.dep_ == "nsubj" and _harms(tok.head) and not _generic(tok))):
        return None
    return thing, list(tok.subtree)


def _generic(subj) -> bool:
    """A bare plural doing harm in no past tense tells what such faults do, not this
    mishap's cause: "software problems have doomed several rocket debuts", "burst mains
    flood basements" (but "signalling problems delayed trains" is one event)."""
    if subj.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return False
    return subj.head.tag_ != "VBD"


def _failed(noun) -> bool:
    """A noun told as failed: "a burst main", "a collapsed culvert", "a faulty cable"."""
    told = (noun, *(c for c in noun.children if c.dep_ == "compound"))  # "a burst water main"
    return any(c.dep_ == "amod" and c.lemma_.lower() in _FAILED for t in told for c in t.children)


def _harmful_failed(tok):
    """"A burst water main washed away the soil": (the failed thing, its phrase)."""
    if tok.dep_ != "nsubj" or not _thing(tok) or not _failed(tok) or not _harms(tok.head):
        return None
    if _generic(tok):
        return None
    return tok, list(tok.subtree)


def _it_was_fault(tok):
    """"It was a transformer failure at our substation": a fault noun said to be what
    "it" was; (the thing at fault, the fault)."""
    if tok.dep_ != "attr" or tok.lemma_.lower() not in _FAULT_NOUNS or tok.head.lemma_ != "be":
        return None
    subj = slot(tok.head, "subj")
    thing = _at_fault(tok)
    if subj is None or subj.lower_ not in _IT or thing is None or not _thing(thing):
        return None
    return thing, list(tok.subtree)


def _harmful_force(tok):
    """"A gust of wind pushed the balloon down", "the balloon was caught by a strong
    gust": a force of nature (the ``weather`` things of ``broad_causes``) as the doer of
    a verb acting on a thing, told of this mishap (no bare plural in the present: "gales
    batter the coast each winter"); (the force, its phrase), else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FORCES:
        return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head  # "was caught by a strong gust"
        if verb.pos_ != "VERB" or not _thing(slot(verb, "subj")):
            return None
    elif tok.dep_ != "nsubj" or not _harms(tok.head) or _generic(tok):
        return None
    elif any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.head.children):
        return None  # "what the wind was doing": a question, nothing acted on
    return tok, list(tok.subtree)


def _failed_because(tok):
    """"The boiler had shut down because its oil supply had run out": the subject of a
    "because" clause on a verb telling a thing failed or gave out; (that subject, the
    clause), else None. The thing that failed is the mishap; the clause's subject is what
    was at fault."""
    if tok.dep_ != "mark" or tok.lower_ not in _CAUSE_MARKS or tok.head.dep_ != "advcl":
        return None
    clause, main = tok.head, tok.head.head
    failed = main.lemma_.lower() in _FAILING and not any(
        c.dep_ in ("auxpass", "dobj", "xcomp") for c in main.children)  # fmt: skip
    if not (failed or gave_out(main)) or not _thing(slot(main, "subj")):
        return None
    at_fault = slot(clause, "subj")
    if not _thing(at_fault) or _generic(at_fault):
        return None
    return at_fault, list(clause.subtree)


def _to_blame(tok):
    """"A cracked heat exchanger is to blame": a thing "is to blame" with no "for" naming
    what it caused (causes.py reads that one); (the thing, its phrase), else None."""
    if tok.lemma_.lower() != "be":
        return None
    blame = next((c for c in tok.children if c.dep_ == "xcomp"
                  and c.lemma_.lower() in _BLAME_WORDS), None)  # fmt: skip
    subj = slot(tok, "subj")
    if blame is None or slot(blame, "for") is not None or not _thing(subj) or _generic(subj):
        return None
    return subj, list(subj.subtree)

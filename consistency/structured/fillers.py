"""Who did one act to one thing, when a source names them: "the centre is run by the
Active Pellingford Trust", "the case was brought by the Clean Sport Agency", "Unite
organised the march", "the charge brought by the agency", "the pool, which the Trust
operates", "Leisureline, the centre's operator", "the contract was awarded to Carrick".

A filler is a name (an organisation, a person, a place) in one role of one act on one
thing: the doer (the by-agent of a passive, the subject of an active verb with the thing
as its object, the name a noun of the doer stands for: "operator", "organiser") or the
receiver (a name after "to": "awarded to"). Two sources naming different fillers of one
role of one act (one verb, or verbs of one class of ``filler_acts``: run, operate and
manage) on one thing (one noun: "centre", "case") disagree about who did it, unless one
name is the other's, inside it or its alias ("the Cycling Integrity Unit", "the
National Cycling Federation's Cycling Integrity Unit"), a claim names the other's filler
too ("run by the Trust on behalf of the council"), or the claims tell other events
(other names, other days: the 2021 case against another rider).
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.doers import described_doer, relative_head
from consistency.structured.negation import negated
from consistency.structured.parse import SPEECH_VERBS, child, in_condition, is_question, modal
from consistency.structured.persons import person_noun
from consistency.structured.titles import initials

__all__ = ["Filler", "filler_signals", "fillers", "one_act"]

_ACT_CLASS = {verb: act for act, verbs in news_facts.classes("filler_acts").items()
              for verb in verbs}  # fmt: skip
_DOER_SUFFIXES = news_facts.words("doer_suffixes")  # "operator" -> operate, "owner" -> own
_RECEIVER_PREPS = news_facts.words("receiver_prepositions")
_GIVING = news_facts.words("giving_verbs")
# a speech act has its speaker for doer ("Josh told TODAY"): who said what is quotes' work
_DEFINITE = news_facts.words("definite_determiners")
_TITLES = frozenset(t.lower() for t in load().titles.titles)  # an office, not an act
_RELATIVE = frozenset(load().grammar.relative_pronouns)
_RANKS = frozenset(r.lower() for r in load().titles.ranks)  # "Mrs", "Dr", "Cllr"
# the small model gives many firms no label or a person's: any proper noun but these
_NOT_NAMES = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class Filler:
    """One named filler of one role of one act on one thing ("run", "centre", "doer",
    "Leisureline Ltd")."""

    acts: tuple[str, ...]  # the act's class names (one verb; a doer noun may read as two)
    things: tuple[str, ...]  # lemmas of the thing's noun and its compounds ("rescue", "operation")
    role: str  # "doer" or "receiver"
    person: bool  # the filler is a person (a person and an organisation are not compared)
    names: tuple[str, ...]  # the filler's name, then the names it belongs to ("the X's Unit")


def _act(lemma: str) -> str:
    return _ACT_CLASS.get(lemma, lemma)


def _name(tok) -> str:
    """A proper noun with the proper nouns written before it ("Clean Sport Agency")."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].pos_ == "PROPN" and tok.doc[left - 1].head.i in range(
            left, tok.i + 1):  # fmt: skip
        left -= 1
    return " ".join(t.text for t in tok.doc[left : tok.i + 1]).rstrip(".")


def _filler(acts, things, role: str, tok) -> list[Filler]:
    tok = relative_head(tok)  # "NAME, who raised the alarm": doers.py
    described = described_doer(tok)  # "her partner (, James Hollis,)": doers.py
    names = described or _names(tok)
    person = bool(described) or tok.ent_type_ == "PERSON"
    return [Filler(acts, things, role, person, names)] if names else []


def _names(tok) -> tuple[str, ...]:
    """The name of a named filler and the names it belongs to, or () for no name."""
    if tok is not None and tok.pos_ == "NOUN" and (person_noun(tok) or tok.lower_ in _TITLES):
        return ()  # "the Hollow Pines frontman": one of a group's people, told by role
    if tok is not None and tok.pos_ == "NOUN":  # "the GMB union"
        named = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        return (f"{_name(named[-1])} {tok.text}",) if named else ()
    if tok is None or tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_NAMES:
        return ()
    owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return (_name(tok), *(_name(o) for o in owners))


def _things(noun) -> tuple[str, ...]:
    """Lemmas of one identified thing: a name, or a noun after "the" ("the centre");
    not "a contract" (one of many), nor "his job" (each doer's own)."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ()
    if noun.pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                       for c in noun.children):  # fmt: skip
        return ()
    compounds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    return (noun.lemma_.lower(), *compounds)


def _pobj(prep):
    return child(prep, "pobj") if prep is not None else None


def _thing_of(verb, passive: bool):
    """The thing acted on: the passive subject or the object; the noun a reduced or a
    relative clause hangs on ("the charge brought by", "the pool, which the Trust runs")."""
    thing = child(verb, "nsubjpass") if passive else child(verb, "dobj")
    if verb.dep_ in ("acl", "relcl") and (thing is None or thing.lower_ in _RELATIVE):
        return verb.head
    return thing


def _verb_fillers(verb) -> list[Filler]:
    if negated(verb) or modal(verb) or in_condition(verb) or verb.lemma_.lower() in SPEECH_VERBS:
        return []
    acts = (_act(verb.lemma_.lower()),)
    by = _pobj(next((c for c in verb.children if c.dep_ == "agent"), None))
    passive = by is not None or child(verb, "nsubjpass", "auxpass") is not None
    things = _things(_thing_of(verb, passive))
    if not things:
        return []
    doer = by if passive else child(verb, "nsubj")
    out = _filler(acts, things, "doer", doer) if doer is not None else []
    giving = verb.lemma_.lower() in _GIVING
    for c in verb.children if giving else ():  # "awarded to Carrick", "awarded Carrick it"
        receiver = _pobj(c) if c.dep_ in ("prep", "dative") and c.lower_ in _RECEIVER_PREPS else (
            c if c.dep_ == "dative" and c.pos_ != "ADP" else None)
        out += _filler(acts, things, "receiver", receiver) if receiver is not None else []
    return out


def _doer_acts(noun) -> tuple[str, ...]:
    """The acts a noun of a doer comes from ("operator": operate; "owner": own), among
    the verbs of ``filler_acts``."""
    lemma = noun.lemma_.lower()
    if lemma in _TITLES:
        return ()  # "Meridian's director": an office held, not one act
    for suffix in _DOER_SUFFIXES:
        stem = lemma.removesuffix(suffix)
        if stem != lemma and len(stem) >= 3:
            # only verbs of ``filler_acts``: "officer" is no doer of "office"
            return tuple(dict.fromkeys(_act(v) for v in (stem, stem + "e") if v in _ACT_CLASS))
    return ()


def _noun_filler(noun) -> Filler | None:
    """"Leisureline, the centre's operator", "the centre's operator, Leisureline", "the
    operator of the centre is Leisureline"."""
    acts = _doer_acts(noun)
    if not acts:
        return None
    thing = child(noun, "poss")
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = thing if thing is not None else _pobj(of)
    named = child(noun, "appos")
    if noun.dep_ == "appos":
        named = noun.head
    elif noun.dep_ in ("nsubj", "attr") and noun.head.lemma_ == "be":
        named = child(noun.head, "attr" if noun.dep_ == "nsubj" else "nsubj")
    if not _things(thing) or named is None:
        return None
    found = _filler(acts, _things(thing), "doer", named)
    return found[0] if found else None


def fillers(doc) -> tuple[Filler, ...]:
    """Every named filler of a doer or a receiver told in the sentence."""
    if is_question(doc):
        return ()
    out: list[Filler] = []
    for tok in doc:
        if tok.pos_ == "VERB":
            out += _verb_fillers(tok)
        elif tok.pos_ == "NOUN":
            found = _noun_filler(tok)
            out += [found] if found is not None else []
    return tuple(dict.fromkeys(out))


def _same(x: str, y: str, same_name) -> bool:
    return (same_name(x, y) or initials(x, y) or initials(y, x)
            or _ranked_surname(x, y) or _ranked_surname(y, x))


def _ranked_surname(short: str, name: str) -> bool:
    """"Mrs Kettley" for "Maureen Kettley" or "Organiser Maureen Kettley": a rank and a
    surname name whoever the other name ends with that surname, unless the other carries
    a rank of its own ("Mr Kettley" and "Mrs Kettley" are two people)."""
    words, other = short.split(), name.split()
    if len(words) != 2 or words[0].lower().rstrip(".") not in _RANKS or len(other) < 2:
        return False
    return other[-1] == words[1] and other[0].lower().rstrip(".") not in _RANKS


def one_act(x: Filler, y: Filler) -> bool:
    """Whether two fillers fill one role of one act on one thing, both persons or neither."""
    return x.role == y.role and x.person == y.person and bool(set(x.acts) & set(y.acts)) and bool(
        set(x.things) & set(y.things))


def filler_signals(a, b, same_name, one_story, score: float, weight: float, la: str, lb: str
                   ) -> list[Signal]:  # fmt: skip
    """A role signal for the first act on one thing whose fillers differ in frames ``a``
    and ``b`` of one story (``one_story(names)``: the story's names less the fillers')."""
    for x in a.fillers:
        for y in b.fillers:
            if not one_act(x, y) or any(
                    _same(p, q, same_name) for p in x.names for q in y.names):
                continue
            if any(n.lower() in a.text.lower() for n in y.names) or any(
                    n.lower() in b.text.lower() for n in x.names):  # fmt: skip
                continue  # "run by the Trust on behalf of the council": both named
            if one_story(frozenset((*x.names, *y.names))):
                what = (f"{x.role} of {x.acts[0]} ({x.things[0]}): {x.names[0]} ({la}) vs "
                        f"{y.names[0]} ({lb})")
                return [Signal("role", score, what, weight)]
    return []

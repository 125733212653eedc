"""Who did an act to someone, told by what kind of doer they were: "The crew of the
rescue helicopter spotted Priya", "she was located by a ground search team", "was found
by volunteer searchers on foot", "the boy was pulled from the water by a passer-by",
"firefighters rescued the boy".

A doer is the by-agent of a passive verb or the subject of an active one whose object
(or passive subject) is one person or thing. Its kinds are read from the words of the
doer's phrase (its compounds, modifiers and "of" phrases: "police helicopter", "the crew
of the Rescue Helicopter") and from a bare noun after the verb ("on foot", "by boat"),
in two classes of ``news_facts.yaml``: ``doer_modes`` (air, ground, water) and
``doer_services`` (police, fire, a member of the public ...). Two sources telling one act
(``doer_kind_acts``: "spotted" and "located" are one) on one person by doers whose kinds
of one class share nothing disagree about who did it. A doer of no kind ("searchers",
"LandSAR volunteers") is compared with none, so one doer told at two levels of detail
stays silent; so do several doers in one claim ("a helicopter crew and ground searchers"
have both kinds) and a claim that names the other's kind anywhere ("spotted by a
helicopter crew, who guided ground searchers to her"), though not in a phrase of those who
took over after the act (``handover_words``: "tackled him and sat on him until police
turned up"). A verb is read with its particle first ("brought down", "pinned down": the
act ``detain``), and "one of the raiders" stands for a person of the story as "he" does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.doers import relative_head
from consistency.structured.eventclass import LEMMA_CLASS, SPEECH_CLASSES
from consistency.structured.negation import negated
from consistency.structured.parse import (
    controller,
    in_condition,
    is_question,
    modal,
    object_of,
)
from consistency.structured.pursuits import (
    PURSUITS,
    STAND_INS,
    clause_places,
    clause_words,
    without_rivals,
)

__all__ = ["KindedDoer", "kinded_doers", "kinds_clash", "doer_kind_signals"]

_CLASSES = {"mode": news_facts.classes("doer_modes"),
            "service": news_facts.classes("doer_services"),
            "pursuit": PURSUITS, "channel": news_facts.classes("doer_channels"),
            "agency": news_facts.classes("doer_agencies"),
            "sourcing": news_facts.classes("doer_sourcing"),
            "aboard": news_facts.classes("doer_aboard"),
            "workplace": news_facts.classes("doer_workplaces")}  # fmt: skip
_EMPLOYED = news_facts.words("employment_nouns")
_WORKPLACE_PREPS = frozenset({"at", "of", "from"})
_WHOLE_ACTS = news_facts.words("alert_acts")  # of the story's emergency, whatever the object
_ACT = {v: act for act, verbs in news_facts.classes("doer_kind_acts").items() for v in verbs}
_PERSON_PRONOUNS = frozenset(w for ws in news_facts.classes("person_pronouns").values() for w in ws)
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})  # another event's words
_BARE_PREPS = frozenset({"by", "on"})  # "on foot", "by helicopter": how, not where
_DENIED = re.compile(r"\bnot (?!only\b)[^,.;]*?\bbut\b", re.IGNORECASE)  # "not by X but"
_HANDOVER = re.compile(rf"\b(?:{'|'.join(news_facts.words('handover_words'))})\b[^,.;]*",
                       re.IGNORECASE)  # "until police arrived": who took over after the act


@dataclass(frozen=True)
class KindedDoer:
    """One act on one person or thing by a doer of some kind ("find", ("Priya
    Nandakumar", "woman"), (("mode", "air"),))."""

    act: str  # the act's class ("find") or the verb's lemma
    things: tuple[str, ...]  # names of the one acted on, then its noun's lemma; "~person"
    kinds: tuple[tuple[str, str], ...]  # (class, kind) pairs: ("service", "police")
    several: bool = False  # the ones acted on are counted, more than one: "rescued five people"


def _words(toks) -> set[str]:
    """Lemmas and words as written ("passer-by" is three tokens but one word)."""
    toks = list(toks)
    text = "".join(t.text_with_ws for t in toks).lower()
    return {t.lemma_.lower() for t in toks} | set(text.split())


def _phrase(tok):
    """The doer's phrase without clauses hung on it ("who guided searchers to her")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.dep_ not in _CLAUSES]
    return sorted(out, key=lambda t: t.i)


def kinds_of(words: set[str]) -> tuple[tuple[str, str], ...]:
    """The (class, kind) pairs whose words are among ``words``."""
    return tuple((cls, kind) for cls, kinds in _CLASSES.items()
                 for kind, ws in kinds.items() if ws & words)  # fmt: skip


def _act(verb) -> str:
    """The act's class, read with the verb's particle first ("brought down"), or the
    verb's lemma."""
    lemma = verb.lemma_.lower()
    prts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return next((_ACT[f"{lemma} {p}"] for p in prts if f"{lemma} {p}" in _ACT),
                _ACT.get(lemma, lemma))  # fmt: skip


def _things(tok) -> tuple[str, ...]:
    tok = relative_head(tok)
    if tok.pos_ == "NUM" and tok.lower_ == "one" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):  # fmt: skip
        return ("~person",)  # "one of the raiders", "one of them": as a pronoun would
    if tok.lower_ in STAND_INS or tok.lemma_.lower() in STAND_INS:
        return ("~person",)  # "they were discovered by", "the animals were found by"
    if tok.pos_ == "PRON":
        return ("~person",) if tok.lower_ in _PERSON_PRONOUNS else ()
    names = [t for t in (tok, *tok.children) if t.pos_ == "PROPN"
             and (t is tok or t.dep_ == "appos")]  # fmt: skip
    out = [" ".join(c.text for c in t.subtree if c.pos_ == "PROPN" and c.i <= t.i)
           for t in names]  # fmt: skip
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                  for c in tok.children):  # fmt: skip
        return (*out, f"a {tok.lemma_.lower()}")  # "wrestled a man": someone newly told of
    return (*out, tok.lemma_.lower()) if tok.pos_ == "NOUN" else tuple(out)


def _agent(agent):
    """The by-phrase's doer; of "not by stewards but by a supporter", the one it names
    instead of the one it denies."""
    denied = any(c.dep_ == "neg" for c in agent.children) and not any(
        c.lower_ == "only" for c in agent.children)  # fmt: skip  # "not only ... but also"
    if denied and agent.conjuncts:
        return object_of(agent.conjuncts[0])
    return object_of(agent)


def _subject(verb, kids):
    """The subject of an active verb: its own; of a verb after "and" with none, that of
    the verb it is joined to ("a walker waded in and pulled him out"); of "to" after the
    complement of "be", the subject of "be" ("controllers were the first to spot it",
    "she was the one to find him")."""
    if "nsubj" in kids or "nsubjpass" in kids:
        return kids.get("nsubj")
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if (verb.dep_ in ("relcl", "acl") and head.dep_ == "attr" and head.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):  # fmt: skip
        return next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return None


def _counted(tok) -> bool:
    """Whether the ones acted on are told by a count of more than one ("five people",
    "all six teenagers"): a group, of which "one of them" is no more than a part."""
    return tok.pos_ == "NOUN" and tok.morph.get("Number") == ["Plur"] and any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in tok.children)  # fmt: skip


def _doer(verb):
    """(the doer, the one acted on) of a verb, or (None, None)."""
    kids = {c.dep_: c for c in verb.children}
    if "agent" in kids:
        done = kids.get("nsubjpass") or (verb.head if verb.dep_ in ("acl", "relcl") else None)
        return _agent(kids["agent"]), done
    if "nsubj" not in kids and verb.dep_ == "xcomp":  # "an employee is understood to have
        return controller(verb), kids.get("dobj")  # photographed the paper"
    return _subject(verb, kids), kids.get("dobj")


def _workplace(verb, doer) -> list:
    """Words telling where the doer works, outside the doer's own phrase: a place after
    a job noun that the parser hung on the verb ("photographed by a staff member | at a
    school"), or the place of a "where" clause the act is told in ("at the printing
    company, where an employee photographed the paper")."""
    out = []
    if doer.lemma_.lower() in _EMPLOYED:
        after = doer.right_edge.i + 1
        out += [t for c in verb.children if c.dep_ == "prep" and c.i == after
                and c.lower_ in _WORKPLACE_PREPS for t in c.subtree]  # fmt: skip
    chain = [verb]  # "where" may hang on any verb of the chain: "where a clerk is
    while chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)  # believed to have copied the list"
    clause = chain[-1]
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for v in chain for c in v.children):
        place = clause.head
        out += [place, *(c for c in place.children if c.dep_ in ("compound", "amod"))]
    return out


def _kinded(verb) -> KindedDoer | None:
    lemma = verb.lemma_.lower()
    if negated(verb) or modal(verb) or in_condition(verb) or (
            LEMMA_CLASS.get(lemma) in SPEECH_CLASSES):  # fmt: skip
        return None
    doer, done = _doer(verb)
    doer = relative_head(doer) if doer is not None else None  # "Bramble, ..., who alerted"
    act = _act(verb)
    if doer is None or (done is None and act not in _WHOLE_ACTS) or doer.pos_ == "PRON":
        return None
    toks = [t for d in (doer, *doer.conjuncts) for t in _phrase(d)] + _workplace(verb, doer)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _BARE_PREPS):
        obj = object_of(prep)  # "on foot", "by boat", not "on the ground"
        toks += [obj] if obj is not None and not any(c.dep_ in ("det", "poss")
                                                     for c in obj.children) else []  # fmt: skip
    pursuits = {k for k in kinds_of(clause_words(doer)) if k[0] == "pursuit"} | {
        k for k in kinds_of(clause_places(doer, verb)) if k[0] == "channel"}  # "in the room"
    kinds = tuple(dict.fromkeys((*kinds_of(_words(toks)), *pursuits)))
    things = (done is not None and _things(done)) or (
        ("~emergency",) if act in _WHOLE_ACTS else ())  # "rang 999", "dialled 999"
    if not kinds or not things:
        return None
    return KindedDoer(act, things, kinds, done is not None and _counted(done))


def kinded_doers(doc) -> tuple[KindedDoer, ...]:
    """Every act on one person or thing in the sentence whose doer is of some kind."""
    if is_question(doc):
        return ()
    found = (_kinded(t) for t in doc if t.pos_ == "VERB")
    return tuple(dict.fromkeys(k for k in found if k is not None))


def _newly_told(x: KindedDoer) -> bool:
    """Whether every one acted on is told by an indefinite ("wrestled a man to the
    ground"): someone the sentence introduces, not the story's known person a pronoun
    of the other source stands for."""
    return bool(x.things) and all(t.startswith("a ") for t in x.things)


def _one_thing(x: KindedDoer, y: KindedDoer, same_name) -> bool:
    """Whether two acts befell one person or thing: the story's one person told by a
    pronoun, or one name or noun; a counted group and one person are not one ("rescued
    five people" and "pulled one of the teenagers out" may both be so)."""
    if x.several != y.several:
        return False
    if x.act in _WHOLE_ACTS or ("~person" in x.things or "~person" in y.things) and not (
            _newly_told(x) or _newly_told(y)):  # fmt: skip
        return True  # "she was found by ...": the story's one person (same_story decides)
    return any(p == q or (p[:1].isupper() and q[:1].isupper() and same_name(p, q))
               for p in x.things for q in y.things)  # fmt: skip


def kinds_clash(x: KindedDoer, y: KindedDoer) -> tuple[str, str] | None:
    """The first class in which two doers' kinds share nothing: (x's kinds, y's kinds)."""
    for cls in _CLASSES:
        kx = {k for c, k in x.kinds if c == cls}
        ky = {k for c, k in y.kinds if c == cls}
        if kx and ky and not kx & ky:
            return "/".join(sorted(kx)), "/".join(sorted(ky))
    return None


def _named_in(text: str, kinds: str) -> bool:
    """Whether a claim's text names a word of any of ``kinds``, outside the phrases of
    rivals, of those who took over after the act ("until police arrived") and of those
    the claim denies were the doer ("not by stewards but by a supporter")."""
    text = _DENIED.sub("", _HANDOVER.sub("", without_rivals(text))).lower()
    words = set(text.replace(",", " ").replace(".", " ").split())
    words |= {w.removesuffix("s") for w in words}  # "helicopters"
    return any(ws & words for cls in _CLASSES.values() for k, ws in cls.items()
               if k in kinds.split("/"))  # fmt: skip


def doer_kind_signals(a, b, same_name, one_story, score: float, weight: float, la: str,
                      lb: str) -> list[Signal]:  # fmt: skip
    """A role signal for one act on one person by doers of kinds that exclude each other
    in frames ``a`` and ``b`` of one story (``one_story()``)."""
    for x in a.doer_kinds:
        for y in b.doer_kinds:
            clash = kinds_clash(x, y) if x.act == y.act else None
            if clash is None or not _one_thing(x, y, same_name):
                continue
            if _named_in(a.text, clash[1]) or _named_in(b.text, clash[0]) or not one_story():
                continue  # "spotted by a helicopter crew, who guided ground searchers"
            what = f"doer of {x.act} ({x.things[0]}): {clash[0]} ({la}) vs {clash[1]} ({lb})"
            return [Signal("role", score, what, weight)]
    return []

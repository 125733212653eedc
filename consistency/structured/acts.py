"""Acts told by one source and denied, or met by their opposite, in another: "the CAA
said it had opened its own investigation" against "the regulator would not launch a
separate inquiry"; "the warden was placed on administrative leave" against "the warden,
Karen Hollis, will remain in her post".

The acts are data (``act_phrases`` and ``opposed_acts`` in lang/en/news_facts.yaml); who
they concern is read from the parse: the subject, or for an active verb done to a named
person ("suspended Hollis") its object. Two claims clash when one tells an act and the
other denies it, or they tell the two sides of an ``opposed_acts`` entry, of one who (names
shared where both name one, a pronoun fits any), in one story, not on two days. A denial
of what is to come meets a telling of what was done ("has opened" against "will not
open"), never the other way round ("will open" against "has not yet opened" is a plan
not yet carried out). Silent for an act asked, possible, conditional, rumoured, or inside a
clause on a noun ("the inquiry it opened"), and for a denial that runs only to a time ("no
group had claimed responsibility by Tuesday evening": it may have since). A denial of
anyone ("no one has claimed responsibility", "nobody resigned") meets whoever the other
source tells it of; a verb of ``person_acts`` done to an organisation ("suspended the
bus operator from the route") concerns the organisation, not who did it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.halts import halted_for
from consistency.structured.hedges import relayed_rumour
from consistency.structured.negation import negated, nobody
from consistency.structured.nobody_denial import no_one
from consistency.structured.parse import in_condition, is_question, under_denial
from consistency.structured.persons import of_people

__all__ = ["Act", "act_clash", "act_keys", "act_signals", "acts"]

_PHRASES: dict[str, list[list[frozenset[str]]]] = {
    name: [[frozenset(w.split("|")) for w in phrase.lower().split()] for phrase in phrases]
    for name, phrases in (news_facts.data().get("act_phrases") or {}).items()
}
# verbs the data also lists with their objects ("resist arrest"): a bare match with another
# object is another act
_WITH_OBJECTS = frozenset(w for phrases in _PHRASES.values() for p in phrases if len(p) > 1
                          for w in p[0])  # fmt: skip
_STATES = frozenset(a for sides in (news_facts.data().get("opposed_acts") or {}).values()
                    for a in sides)  # fmt: skip
_ABSENCES = news_facts.classes("act_absences")
_OPPOSED = {name: tuple(sides) for name, sides in
            (news_facts.data().get("opposed_acts") or {}).items()}  # fmt: skip
_MODALS = load().grammar.modals
_HEDGING = frozenset(_MODALS.get("possible", ())) | frozenset(_MODALS.get("obligation", ()))
_PLANNING = frozenset(_MODALS.get("plan", ()))
_UNTIL = news_facts.words("until_words")
# the bare verbs of acts done to a person ("suspend", "dismiss" of leave_post)
_ACTED_ON = frozenset(w for name in news_facts.words("person_acts") for p in _PHRASES[name]
                      if len(p) == 1 for w in p[0])
_ARGS = frozenset({"prt", "prep", "agent", "dobj", "nsubjpass", "pobj", "advmod", "xcomp"})
_LIMITS = news_facts.words("limit_prepositions")  # "had not claimed it by Tuesday evening"
_WHEN = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Act:
    """One act of ``act_phrases`` told or denied of someone."""

    act: str  # the entry's name ("start_inquiry")
    names: frozenset[str]  # proper-noun words naming who ("hollis"); empty for a pronoun
    noun: str  # who as a common noun's lemma ("regulator"), else ""
    anaphoric: bool  # the noun is definite ("the regulator"), so may stand for a name
    denied: bool  # "would not launch", "did not resign"
    future: bool  # told under "will", "would" or "is to"
    text: str  # the words, for the explanation
    nobody: bool = False  # denied of anyone: "no one has claimed responsibility"
    # who is a person's pronoun ("suspended him": "person") or a noun or name not of
    # people ("the trust": "thing"); a person's pronoun never stands for such a thing
    kind: str = ""


def act_keys(a: Act) -> set[tuple[tuple[str, ...], object]]:
    """(act, denied) and (entry, side) of each opposed entry: differing values pair."""
    out: set[tuple[tuple[str, ...], object]] = {(("act", a.act), a.denied)}
    out |= {(("opposed_act", name), sides.index(a.act)) for name, sides in _OPPOSED.items()
            if a.act in sides and not a.denied}  # fmt: skip
    return out


def acts(doc) -> tuple[Act, ...]:
    """Every act of ``act_phrases`` the sentence tells or denies."""
    if is_question(doc):
        return ()
    out = [a for tok in doc if tok.pos_ in ("VERB", "AUX")
           for name, phrases in _PHRASES.items() if any(_matches(tok, p) for p in phrases)
           for a in (_act(tok, name),) if a is not None]  # fmt: skip
    out += [a for tok in doc if tok.pos_ == "VERB" for name in _absent(tok)
            for a in (_act(tok, name, absent=True),) if a is not None]  # fmt: skip
    return tuple(dict.fromkeys(out))


def _absent(verb) -> list[str]:
    """Acts that "without" denies of the verb's doer: "was arrested without incident"."""
    nouns = {g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "without"
             for g in c.children if g.dep_ == "pobj"}  # fmt: skip
    return [name for name, words in _ABSENCES.items() if nouns & words]


def _matches(verb, phrase: list[frozenset[str]]) -> bool:
    """The verb's lemma, then each further word hanging from the verb or from the
    preposition matched before it."""
    if verb.lemma_.lower() not in phrase[0]:
        return False
    if len(phrase) == 1 and any(c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ == "dobj" and c.ent_type_ != "PERSON" and verb.lemma_.lower() in _WITH_OBJECTS)
            for c in verb.children):  # fmt: skip
        return False  # "resisted changing companies": the data lists what resisting counts
    anchor = verb
    for words in phrase[1:]:
        hit = next((c for c in anchor.children if c.dep_ in _ARGS and (
            c.lower_ in words or c.lemma_.lower() in words)), None)  # fmt: skip
        if hit is None:
            return False
        if hit.dep_ in ("prep", "agent", "xcomp"):
            anchor = hit  # "continue to operate the route": the route hangs on "operate"
    return True


def _personal(tok) -> bool:
    """A pronoun of a person ("him", "her", "me"), not of a thing ("it") nor of any
    group ("them")."""
    return tok.pos_ == "PRON" and (set(tok.morph.get("Gender")) & {"Masc", "Fem"} or (
        set(tok.morph.get("Person")) & {"1", "2"}))


def _act(verb, name: str, absent: bool = False) -> Act | None:
    """The act at ``verb`` told or denied as fact (``absent``: denied by "without"), or
    None when the sentence only hedges, conditions, relays or bounds it."""
    if verb.dep_ in ("relcl", "acl", "amod", "pcomp"):
        return None  # "the inquiry it opened", "after opening an inquiry"
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & _HEDGING or in_condition(verb) or relayed_rumour(verb) or (
            name in _STATES and _bounded(verb)):  # fmt: skip
        return None
    subject = who = _who(verb)
    if who is not None and who.dep_ == "nsubjpass" and _done(who, name):
        who = _agent(verb)  # "a major incident was declared (by the board)": what was done
    names = frozenset() if who is None else frozenset(
        t.lower_ for t in who.subtree if t.pos_ == "PROPN")  # fmt: skip
    noun = who.lemma_.lower() if who is not None and who.pos_ == "NOUN" else ""
    anaphoric = who is not None and any(
        c.dep_ == "poss" or c.morph.get("Definite") == ["Def"] for c in who.children)
    # a halt held for a span ("suspended the licence for three months") denies the
    # resumption (halts.py), not the act of halting
    denied = absent or (negated(verb) and halted_for(verb) is None) or under_denial(verb)
    if not denied and any(_content(t) for t in verb.ancestors):
        return None  # "reports that he has been dismissed": not told
    if denied and _limited(verb):
        return None  # "had not claimed it by Tuesday evening": nothing said of later
    left = min(verb.i, subject.left_edge.i) if subject is not None else verb.i
    text = verb.doc[left : verb.right_edge.i + 1].text
    nobody = subject is not None and denied and _no_one(subject)
    return Act(name, names, noun, anaphoric, denied, bool(aux & _PLANNING), text, nobody,
               _kind(who))  # fmt: skip


def _kind(who) -> str:
    """"person" for a person's pronoun, "thing" for a noun or name not of people."""
    if who is None:
        return ""
    if who.pos_ == "PRON":
        return "person" if _personal(who) else ""
    return "" if of_people(who) or who.pos_ not in ("NOUN", "PROPN") else "thing"


def _no_one(subject) -> bool:
    """A negating subject ("nobody", "no one", "no group"): the denial is of anyone; not
    "no other group", "no one else" (some other did it: nobody_denial.no_one)."""
    return no_one(subject) or nobody(subject) and not any(  # "No-one", split
        c.dep_ in ("amod", "advmod") for c in subject.children)


def _limited(verb) -> bool:
    """A time limit in the verb's own clause ("by Tuesday evening", "until noon"): an act
    denied up to a time may have been done since."""
    return any(t.dep_ == "prep" and t.lower_ in _LIMITS and any(
        g.dep_ == "pobj" and g.ent_type_ in _WHEN for g in t.children)
        and _clause_verb(t) == verb for t in verb.subtree)  # fmt: skip


def _clause_verb(tok):
    """The nearest verb above ``tok``."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _content(tok) -> bool:
    """A noun, or a subjectless participle hung on another clause ("aware of reports
    this morning suggesting that ..."), whose content the act is."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _bounded(verb) -> bool:
    """A state kept only "until" something: "will remain in post until a successor is
    found" tells no lasting stay."""
    return any(c.lower_ in _UNTIL for t in (verb, *(c for c in verb.children
               if c.dep_ == "advcl")) for c in t.children if c.dep_ in ("prep", "mark"))


def _who(verb):
    """Whom the act concerns: a named person the active verb is done to (or the thing a
    verb of ``person_acts`` is done to: "suspended its contract"), else the subject (of
    the verb, or of the verb it completes: "refused to step down")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (obj.ent_type_ == "PERSON" or (
            verb.lemma_.lower() in _ACTED_ON and (obj.pos_ != "PRON" or _personal(obj)))):
        return obj  # "suspended deliveries" / "suspended him": not who suspends
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON":
        return _named_speaker(verb) or subj
    return subj


def _done(noun, name: str) -> bool:
    """The noun is what an act of ``name`` does ("incident" of "declared a major
    incident"): a word of its phrases after the verb."""
    words = noun.lower_, noun.lemma_.lower()
    return any(w in part for phrase in _PHRASES[name] for part in phrase[1:] for w in words)


def _agent(verb):
    """The doer of a passive verb ("by the board"), or None."""
    return next((g for c in verb.children if c.dep_ == "agent"
                 for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip


def _named_speaker(verb):
    """The named subject of the verb of saying whose clause the act is in: "Ross said she
    would appeal" concerns Ross, and "Hill said he would not" another; None when the
    speaker is unnamed."""
    while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or not any(t.pos_ == "PROPN" for t in speaker.subtree):
        return None
    return speaker


def _same_who(x: Act, y: Act) -> bool:
    """Names shared where both name someone; else one common noun, or a pronoun; a
    denial of anyone ("no one has claimed") meets anyone."""
    if x.nobody or y.nobody:
        return True
    if {x.kind, y.kind} == {"person", "thing"}:
        return False  # "suspended him" and "the trust will keep running the service"
    if x.names and y.names:
        return bool(x.names & y.names)
    if x.names or y.names:
        named, other = (x, y) if x.names else (y, x)
        if not other.noun:
            return False  # "he" beside a name: too loose a tie to set them against
        if not other.anaphoric:
            return other.noun in named.names  # "Police" is a name of its own
        return True  # "the regulator" and "the CAA": nothing says they differ
    return not (x.noun and y.noun) or x.noun == y.noun


def _clash(x: Act, y: Act) -> bool:
    if not _same_who(x, y):
        return False
    if x.act == y.act:
        if x.denied == y.denied:
            return False
        told, denial = (y, x) if x.denied else (x, y)
        return denial.future or not told.future  # "will open" vs "has not yet": a plan
    if x.denied or y.denied:
        return False
    return any({x.act, y.act} == set(sides) for sides in _OPPOSED.values())


def _pairs(a, b):
    return ((x, y) for x in a.acts for y in b.acts if _clash(x, y))


def act_signals(a, b, one_story: Callable[[], bool], apart: Callable, score: float,
                la: str, lb: str) -> list[Signal]:  # fmt: skip
    """A negation signal where frames ``a`` and ``b`` tell an act and deny it, or tell
    opposed acts, of one who, in one story, not on two days."""
    for x, y in _pairs(a, b):
        if not one_story() or apart(a.times, b.times):
            return []
        return [Signal("negation", score, f"{x.act.replace('_', ' ')}: {x.text} ({la}) vs "
                       f"{y.text} ({lb})", 1.0)]  # fmt: skip
    return []


def act_clash(a, b) -> bool:
    """Whether the frames tell an act and its denial or opposite, story and days aside."""
    return next(_pairs(a, b), None) is not None

"""The event class of a verb or event noun, whatever the wording.

Sources tell one event with different verbs ("met", "held talks with"), with an event
noun ("the meeting"), a support verb ("made landfall"), a particle ("broke out") or a
state ("remain closed"). :func:`event_class` maps each to one class from the word
classes in lang/en, so :mod:`consistency.structured.frames` can line events up.
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING as _HAPPENING
from consistency.structured.contacts import contact_class
from consistency.structured.failures import FAILURE as FAILURE  # re-exported
from consistency.structured.failures import failure_class
from consistency.structured.gerunds import gerund_only
from consistency.structured.halts import halted_for
from consistency.structured.hosts import hosts_party
from consistency.structured.hyphenated import described_by_hyphen
from consistency.structured.negation import (
    abandoned as _abandoned,
)
from consistency.structured.negation import (
    falsified as _falsified,
)
from consistency.structured.negation import (
    no_event as _no_event,
)
from consistency.structured.negation import (
    survived as _survived,
)
from consistency.structured.occurring import occurring_noun
from consistency.structured.opposites import opposite_also, opposite_class, opposite_tense
from consistency.structured.parse import controller as _controller
from consistency.structured.parse import phrasal as _phrasal
from consistency.structured.parse import state_complements as _state_complements
from consistency.structured.plans import progressive_plan
from consistency.structured.quantities import unit_name
from consistency.structured.results import result_word
from consistency.structured.titles import clean_name
from consistency.structured.verbless import rootless_subject

_LANG = load()
_EV, GRAMMAR = _LANG.events, _LANG.grammar
# Grouped lemmas: sources describe one event with different verbs.
PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    cls: frozenset(lemmas) for cls, lemmas in _EV.verb_classes.items()
}
SPEECH_CLASSES = frozenset(_EV.speech_classes)  # reported speech: the content is the event
LEMMA_CLASS = {lemma: cls for cls, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}
NOUN_CLASS = dict(_EV.noun_classes)
_PLAN_HEADS = frozenset(GRAMMAR.plan_heads)
_NEGATING_HEADS = frozenset(GRAMMAR.negating_heads)
RELATIVE_PRONOUNS = frozenset(GRAMMAR.relative_pronouns)
_PERFECT_AUXILIARIES = frozenset(GRAMMAR.perfect_auxiliaries)
_MODALITY_TENSE = {"plan": "future", "possible": "present", "obligation": "present"}
_MODAL_WORDS = frozenset(w for words in GRAMMAR.modals.values() for w in words)
_PLAN_NOUNS = news_facts.words("plan_nouns")
# Accident, disaster, court, company and protest events (lang/en/news_facts.yaml); the
# classes above keep their lemmas.
for _cls, _lemmas in news_facts.classes("predicate_classes").items():
    for _lemma in _lemmas:
        LEMMA_CLASS.setdefault(_lemma, _cls)
for _noun, _cls in (news_facts.data().get("noun_classes") or {}).items():
    NOUN_CLASS.setdefault(_noun, _cls)
_PHRASAL = {tuple(k.split()): v for k, v in (news_facts.data().get("phrasal_classes") or {}).items()}  # noqa: E501
_COMPLEMENT = news_facts.data().get("complement_classes") or {}
_LIGHT_VERBS = news_facts.words("light_verbs")
_MEETING_NOUNS = frozenset(n for n, c in NOUN_CLASS.items() if c == "meet")
_SUPPORT_VERBS = news_facts.words("support_verbs")


def event_class(tok) -> str | None:
    """The event class of a verb or event noun, with the few context-dependent lemmas."""
    lemma = tok.lemma_.lower()
    kids = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in _HAPPENING and lemma not in NOUN_CLASS and (
                _falsified(tok) or _no_event(tok) or _abandoned(tok)):  # fmt: skip
            return f"~{_HAPPENING[lemma]}"  # "reports of a second explosion were false"
        return NOUN_CLASS.get(lemma)
    if tok.pos_ not in ("VERB", "AUX") or described_by_hyphen(tok):  # "long-finned"
        return None
    by_object = failure_class(tok, lemma, NOUN_CLASS) or _onset_class(tok, lemma)
    by_object = by_object or _object_class(tok, lemma)
    by_object = by_object or contact_class(tok, lemma)  # "hit the bridge": contacts.py
    by_object = by_object or opposite_class(tok)  # "the barriers held": opposites.py
    by_object = by_object or halted_for(tok)  # "suspended flights for the season": halts.py
    if by_object:
        return by_object
    if tok.lower_ in _STATE_FORMS and not any(c.dep_ == "dobj" for c in tok.children):
        return _STATE_FORMS[tok.lower_]  # "14 people are still missing"
    if lemma == "call" and kids & {"for", "on"}:
        return "demand"
    if lemma == "speak" and not kids & {"with", "to"}:
        return "say"
    if lemma in _EV.light_verbs:
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
        return next((NOUN_CLASS[o] for o in objs if o in NOUN_CLASS), None)
    if lemma == "send":  # "send weapons" is supply, "send troops" is deploy
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
        return "supply" if objs & set(_EV.supply_objects) else "deploy"
    return (
        _worded_class(tok, lemma)
        or _state_class(tok, lemma)
        or (_SURVIVED if _survived(tok) else None)
        or _subject_class(tok, lemma)
        or (LEMMA_CLASS.get(lemma) if hosts_party(tok, _MEETING_NOUNS) else None)
        or _passive_class(tok, lemma)
        or _supported_class(tok, lemma)
        or _result_class(tok, lemma)
        or _own_class(tok, lemma)
    )


LINKING_VERBS = news_facts.words("linking_verbs")
STATE_WORDS = news_facts.data().get("state_words") or {}
ONSET_PREFIX = "~"


def onset_classes() -> frozenset[str]:
    """The event classes of coming into a state ("~sick")."""
    return frozenset(f"{ONSET_PREFIX}{s}" for s in STATE_WORDS.values())


def _onset_class(tok, lemma: str) -> str | None:
    """"~sick" for people coming into a state of ``state_words``, whatever the wording:
    "fell ill", "became sick", "were sickened", "began vomiting"."""
    if lemma in STATE_WORDS and tok.pos_ == "VERB":
        return f"{ONSET_PREFIX}{STATE_WORDS[lemma]}"
    if lemma not in LINKING_VERBS:
        return None
    word = next((c.lower_ for c in tok.children if c.dep_ in ("acomp", "oprd", "advmod")
                 and c.lower_ in STATE_WORDS), None)  # fmt: skip
    return f"{ONSET_PREFIX}{STATE_WORDS[word]}" if word else None


_SUBJECT_CLASSES = news_facts.data().get("subject_classes") or {}
ALSO_CLASSES = news_facts.data().get("also_classes") or {}


def _state_class(tok, lemma: str) -> str | None:
    """"remain closed" is (no) reopening, "stay open" (no) closure, "remain in place"
    (an order, a ban) no lifting."""
    if lemma not in _STATE_VERBS:
        return None
    return next((_STATE_NEGATES[w] for w in sorted(_state_complements(tok))
                 if w in _STATE_NEGATES), None)  # fmt: skip

_STATE_VERBS = news_facts.words("state_verbs")
_STATE_FORMS = news_facts.data().get("state_forms") or {}
_STATE_NEGATES = news_facts.data().get("state_negates") or {}
_OBJECT_CLASSES = news_facts.data().get("object_classes") or {}


_COUNT_NOUNS = news_facts.data().get("count_nouns") or {}


def _object_class(tok, lemma: str) -> str | None:
    """The class a verb takes from its object: its unit ("carrying 120 passengers"), or a
    count noun given "at" a number ("put the turnout at 10,000")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    hit = (_OBJECT_CLASSES.get(lemma) or {}).get(unit_name(obj.lemma_))
    if hit or obj.lemma_.lower() not in _COUNT_NOUNS:
        return hit
    at_number = any(p.lower_ == "at" and any(g.like_num for g in p.children)
                    for p in tok.children if p.dep_ == "prep")  # fmt: skip
    return _COUNT_NOUNS[obj.lemma_.lower()] if at_number else None


_IMPACT = news_facts.words("impact_verbs")
OCCURRENCE_VERBS = news_facts.words("occurrence_verbs")
OCCURRENCE_PHRASES = {tuple(p.split()) for p in news_facts.words("occurrence_phrases")}


def _subject_class(tok, lemma: str) -> str | None:
    """The class a verb takes from its subject: "800 jobs will go" is a cut, "the death
    toll rose" counts deaths, and a verb that only says something happened ("the blast
    occurred", "the quake struck", "the march took place") is its subject's event."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = subj or rootless_subject(tok)  # verbless.py: "The outage hit shortly after 5.40pm"
    if subj is None:
        return None
    noun = subj.lemma_.lower()
    for key in (lemma, "*"):
        hit = (_SUBJECT_CLASSES.get(key) or {}).get(noun)
        if hit:
            return hit
    occurs = lemma in OCCURRENCE_VERBS or any(
        (lemma, c.lower_) in OCCURRENCE_PHRASES for c in tok.children
        if c.dep_ in ("dobj", "prt", "advmod"))  # fmt: skip
    if not occurs or subj.pos_ != "NOUN":
        return None
    if noun in _HAPPENING:
        return NOUN_CLASS.get(noun) or f"~{_HAPPENING[noun]}"
    return NOUN_CLASS.get(noun)


def classed_events(root) -> list:
    """(token, class) of every event word under ``root``, breadth first; a verb that also
    names a second class ("killed": a death too) is listed once more with it."""
    out = []
    for t in _bfs(root) if root is not None else ():
        c = event_class(t)
        if c:
            out.append((t, c))
            verb = t.pos_ in ("VERB", "AUX")
            extra = (_also(t) or _result(t)) if verb else None
            if extra and extra != c:
                out.append((t, extra))
            happening = _started_happening(t, c)
            if happening:
                out.append((t, happening))
        if (named := occurring_noun(t, NOUN_CLASS)) and named != c:  # occurring.py
            out.append((t, named))
    return out


_RESULTS = news_facts.data().get("result_complements") or {}
_SURVIVED = news_facts.data().get("survival_class")  # "still standing": no destruction


_THING_ALSO = news_facts.data().get("thing_also_classes") or {}
# nouns of people: the person kind, the counted people and responders, the offenders
_PERSON_NOUNS = news_facts.kind_nouns("person") | news_facts.words("offender_nouns")
_PEOPLE_UNITS = frozenset(unit_name(w) for w in news_facts.words("people_group_units"))


def _thing_also(tok, lemma: str) -> str | None:
    """The second class a verb names only of a thing done to ("the chimney was brought
    down", "felled the tower"; not "brought down by passers-by" of a man)."""
    keys = [lemma, *(f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt")]
    cls = next((_THING_ALSO[k] for k in keys if k in _THING_ALSO), None)
    done = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if cls is None or done is None or done.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = done.lemma_.lower()
    person = done.ent_type_ == "PERSON" or lemma in _PERSON_NOUNS or (
        unit_name(lemma) in _PEOPLE_UNITS)
    return None if person else cls


def _also(tok) -> str | None:
    """The second class of a verb ("killed": a death), alone or with its particle ("swept
    away": a destruction)."""
    lemma = tok.lemma_.lower()
    return ALSO_CLASSES.get(lemma) or opposite_also(tok) or next(
        (ALSO_CLASSES[f"{lemma} {c.lower_}"] for c in tok.children if c.dep_ in (
            "prt", "advmod") and f"{lemma} {c.lower_}" in ALSO_CLASSES), None) or _thing_also(
        tok, lemma)  # fmt: skip


def _result(tok) -> str | None:
    """The class of a verb's result word: "shot the suspect dead" is a death too."""
    return next((_RESULTS[c.lower_] for c in tok.children if c.pos_ == "ADJ"
                 and c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "advmod")
                 and c.lower_ in _RESULTS), None)  # fmt: skip


_START_CLASSES = news_facts.words("happening_start_classes")


def _started_happening(tok, cls: str) -> str | None:
    """"~shooting" for "the shooting began": a happening's start is its time."""
    if cls not in _START_CLASSES:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    noun = subj.lemma_.lower() if subj is not None else ""
    return f"~{_HAPPENING[noun]}" if noun in _HAPPENING else None


_PASSIVE_CLASSES = news_facts.data().get("passive_classes") or {}


def _passive_class(tok, lemma: str) -> str | None:
    """The class of a verb that names its event only in the passive ("was charged")."""
    if lemma in _PASSIVE_CLASSES and any(c.dep_ == "auxpass" for c in tok.children):
        return _PASSIVE_CLASSES[lemma]
    return None


def _supported_class(tok, lemma: str) -> str | None:
    """"made landfall", "set sentencing for ...", "returned its verdict": a support verb
    takes the class of the noun it governs (the noun itself when it has none)."""
    if lemma not in _SUPPORT_VERBS:
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    obj = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                and c.pos_ in ("NOUN", "ADJ", "VERB")), None)  # fmt: skip
    if obj is None:
        return None
    noun = obj.lower_ if obj.pos_ == "VERB" else obj.lemma_.lower()  # a gerund: "Sentencing"
    return NOUN_CLASS.get(noun) or f"~{noun}"


def _worded_class(tok, lemma: str) -> str | None:
    """The class a verb takes with its particle ("break out") or complement ("found
    guilty"), from the word classes."""
    hit = _phrasal(tok)
    if hit:
        return hit
    for c in tok.children:
        hit = _prep_phrasal(lemma, c)
        if hit:
            return hit
        if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and lemma in _COMPLEMENT:
            hit = _COMPLEMENT[lemma].get(c.lemma_.lower())
            if hit:
                return hit
    return None


def _result_class(tok, lemma: str) -> str | None:
    """The class of the state a verb of motion ends in (results.py): "ran aground" is a
    grounding ("~ground"), "came to a stop" a stopping, as the verbs "grounded", "stopped";
    not a listed phrase of occurring ("will go ahead")."""
    word = result_word(tok)
    if not word or any((lemma, c.lower_) in OCCURRENCE_PHRASES for c in tok.children):
        return None
    return NOUN_CLASS.get(word) or LEMMA_CLASS.get(word) or f"~{word}"


def _prep_phrasal(lemma: str, c) -> str | None:
    """Verb + preposition + object ("taken to hospital", "pulled from the water", "were
    aboard the ferry"), the preposition on the verb or on its argument ("there were 85
    people on board")."""
    preps = [c] if c.dep_ == "prep" else []
    if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj"):
        preps = [p for p in c.children if p.dep_ == "prep"]
    for prep in preps:
        for g in prep.children:
            for key in ((lemma, prep.lower_, g.lemma_.lower()), (lemma, prep.lower_, "*")):
                if g.dep_ == "pobj" and key in _PHRASAL:
                    return _PHRASAL[key]
    return None


def _own_class(tok, lemma: str) -> str | None:
    """A verb of no listed class is its own class ("~lose"), when it has a nominal
    argument: two sources using one verb about one named thing tell one event."""
    if tok.pos_ != "VERB" or lemma in _LIGHT_VERBS | _PLAN_HEADS or not lemma.isalpha():
        return None  # "’s" of "it’s" is no verb of its own
    kids = {c.dep_ for c in tok.children}
    if lemma in _NEGATING_HEADS and kids & {"xcomp", "ccomp"}:
        return None  # "failed to stop the fire": the event is the complement
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return f"~{lemma}"  # "a failed sea wall": the wall failed
    if "xcomp" in kids and "dobj" not in kids and not gerund_only(tok):
        return None  # "refuses to plan an offensive": the event is the complement
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = subj if subj is not None else rootless_subject(tok)  # "The Sela Morgen, ...,
    # grounded at 11.40pm": verbless.py
    if subj is not None and subj.lemma_.lower() in _HAPPENING and lemma in _IMPACT:
        return f"~{_HAPPENING[subj.lemma_.lower()]}"  # "the blast shook / tore through"
    if subj is not None or "dobj" in kids:
        return f"~{lemma}"
    if tok.dep_ == "xcomp" and _controller(tok) is not None:
        return f"~{lemma}"  # "residents will be allowed to return": the residents return
    if _conjoined_subject(tok) is not None:
        return f"~{lemma}"  # "the crew shut the engine down and landed at 7:52 p.m."
    return None


def _conjoined_subject(tok):
    """The subject a verb shares with the verb it is conjoined to ("the crew" of "landed"
    in "the crew declared an emergency and landed"), or None."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _bfs(root):
    queue = [root]
    while queue:
        tok = queue.pop(0)
        yield tok
        queue.extend(tok.children)


def name_of(tok, doc) -> str:
    """The entity containing ``tok``, else the token with its compound modifiers."""
    relative = tok.lower_ in RELATIVE_PRONOUNS
    if relative and tok.head.dep_ == "prep" and tok.head.head.dep_ == "relcl":
        tok = tok.head.head.head  # "Lavrov, with whom he met" -> Lavrov
    elif relative and tok.head.dep_ == "relcl":
        tok = tok.head.head
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return clean_name(ent.text)
    parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
    return clean_name(" ".join(p.text for p in parts))


def tense_modality(tok) -> tuple[str, str | None]:
    """(tense, modality) of an event verb: "will meet" is (future, plan), "may have
    stolen" (past, possible), a cancelled event a plan that will not happen."""
    if _abandoned(tok):
        return "future", "plan"  # "cancelled the vote": a vote that will not happen
    if opposite_tense(tok):
        return opposite_tense(tok)  # "will go ahead": not called off (opposites.py)
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    tags = {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if tok.dep_ == "xcomp":  # "will be allowed to return": the return is a plan too
        aux |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"} & _MODAL_WORDS
    head = tok.head.lemma_.lower() if tok.dep_ in ("xcomp", "acomp", "acl") else ""
    for modality, words in GRAMMAR.modals.items():
        if aux & set(words):
            if modality == "possible" and tok.tag_ == "VBN" and aux & _PERFECT_AUXILIARIES:
                return "past", modality  # "may have stolen": a guess at what happened
            return _MODALITY_TENSE[modality], modality
    if head in _PLAN_HEADS | _PLAN_NOUNS or (
            head == "be" and tok.head.head.lemma_ in _PLAN_HEADS):  # fmt: skip
        return "future", "plan"
    if head == "be" and tok.dep_ == "xcomp" and any(c.lower_ == "to" for c in tok.children):
        return "future", "plan"  # "the school is to reopen on Monday"
    if head in GRAMMAR.readiness_heads:
        return "future", "possible"
    if progressive_plan(tok) or halted_for(tok):
        return "future", "plan"  # "is closing the route for two weeks": plans.py, halts.py
    if tok.tag_ == "VBD" or "VBD" in tags or (tok.tag_ == "VBN" and aux & _PERFECT_AUXILIARIES) or (
        tok.tag_ == "VBN" and (tok.dep_ == "amod" or rootless_subject(tok) is not None)
    ):  # "a failed sea wall"; "The barge grounded at 1pm" read as a modifier (verbless.py)
        return "past", None
    return "present", None

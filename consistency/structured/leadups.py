"""Causes told as what came before a mishap: "the leopard escaped after a keeper left a
service hatch unlocked", "the flight diverted following a low oil pressure warning",
"water had been seeping through a crack for weeks before the dam gave way", "a bird
strike triggered the emergency that forced the flight to divert".

News gives a mishap's cause this way as often as with "caused by". The mishap is a verb
of ``mishap_verbs`` (lang/en/news_facts.yaml), named as the happening it tells, so that
two verbs of one mishap ("escaped", "got out") are one caused thing. The lead-up is the
clause or noun after "after / following", the clause a mishap ends ("until / before it
gave way") or follows ("a branch tore the roof, and the cat climbed out"), both only a
thing's doing, or the subject of the verb that forced it. The mishap is the caused thing
itself, so each lead-up is an explicit cause (it pairs claims as "caused by" does). Each
lead-up keeps its core words (its verb, its doer, what it acted on) so that two wordings
of one lead-up ("a keeper left a hatch open", "staff left the service hatch unlocked")
are told apart from two lead-ups ("a falling branch tore the mesh roof").
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.causes import HAPPENING, Cause, cause_denied, cause_of_verb, hedged
from consistency.structured.parse import (
    SPEECH_VERBS,
    in_condition,
    object_of,
    own_subject,
    slot,
)  # fmt: skip

__all__ = ["alike", "leadups"]

_MISHAPS = {tuple(v.split()): name for name, vs in news_facts.classes("mishap_verbs").items()
            for v in vs}  # fmt: skip
_MARKS = news_facts.words("leadup_marks")
_UNTIL = news_facts.words("leadup_until_marks")
_FORCING = news_facts.words("forcing_verbs")
_LIGHT = news_facts.words("light_verbs")
_UNITS = news_facts.classes("unit_classes")
_ACTING = (
    news_facts.words("acting_people")
    | _UNITS.get("people", frozenset())
    | _UNITS.get("responders", frozenset())
)
_OCCURRING = news_facts.words("leadup_happening_verbs")
_WHEN = news_facts.words("leadup_when_marks")
_TIME_HEDGES = frozenset(news_facts.data().get("clock_hedges") or {})
_NAMED = news_facts.words("named_mishaps")
_CONTACT = news_facts.words("contact_verbs")
_CONTACT_PREPS = news_facts.words("contact_prepositions")
_RELATIVE = frozenset({"that", "which"})
_NOT_A_CAUSE = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"})


def leadups(doc) -> tuple[Cause, ...]:
    """Causes the sentence gives as lead-ups to a mishap verb, told as fact."""
    out = []
    for tok in doc:
        name = _mishap(tok)
        if name is None or in_condition(tok) or hedged(tok):
            continue
        for by in _leadups_of(tok):
            if by.pos_ == "PRON" or hedged(by) or in_condition(by):
                continue
            text = _text(by, tok)
            denied = cause_denied(tok) or cause_denied(by)
            out.append(Cause(name, _head(by), text, denied, "", True, _core(by)))
    return tuple(out)


def _text(by, mishap) -> str:
    """The lead-up as written, without its mark ("after"), the clauses it leads to
    ("..., sending water over the wall until it collapsed") or the mishap told after it
    ("... tore the roof, and the cat climbed out")."""
    cut = {t.i for c in by.children if c.dep_ in ("advcl", "mark", "cc")
           or (c.dep_ == "advmod" and c.lower_ in _WHEN) for t in c.subtree}  # fmt: skip
    if mishap.head == by:
        cut |= {t.i for t in mishap.subtree}
    words = [t for t in by.subtree if t.i not in cut]
    while words and words[-1].is_punct:
        words.pop()
    return " ".join(t.text for t in words)


def _mishap(tok) -> str | None:
    """The happening a mishap verb names ("got out": escape), else None."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    for c in tok.children:  # "got out" (a particle), "gave way" (parsed as an object)
        if c.dep_ in ("prt", "dobj", "advmod") and (lemma, c.lower_) in _MISHAPS:
            return _MISHAPS[(lemma, c.lower_)]
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # "broke down" is no "break"
    subj = slot(tok, "subj")
    if lemma in _OCCURRING and subj is not None and subj.pos_ == "NOUN":
        name = HAPPENING.get(subj.lemma_.lower(), subj.lemma_.lower())
        if name in _NAMED:
            return name  # "the collision happened after an operator overrode the system"
    return _MISHAPS.get((lemma,))


def _leadups_of(verb) -> list:
    """The lead-ups the sentence gives the mishap ``verb``."""
    out = _noun_leadups(verb)  # "diverted following a low oil pressure warning"
    out += _contact_leadups(verb)  # "sank after striking a submerged object"
    for c in verb.children:
        if c.dep_ == "advcl" and _mark(c) in _MARKS and slot(c, "subj") is not None:
            if _occurring(verb) and _a_time(c):
                continue  # "the leak began shortly after the session had started"
            out.append(c)  # "escaped after a keeper left a service hatch unlocked"
            out += _noun_leadups(c)  # "after the crew shut down the engine following a warning"
        elif c.dep_ == "advcl" and _at_when(c) and _occurring(verb) and _things_doing(c):
            out.append(c)  # "the leak began when a digger cut into the main"
    if verb.dep_ == "advcl" and _mark(verb) in _UNTIL:
        clause = _told_clause(verb.head)
        if clause is not None and _things_doing(clause):
            out.append(clause)  # "water had been seeping through a crack before it gave way"
    if verb.dep_ == "conj" and verb.head.i < verb.i and _own_subject(verb):
        before = _reported(verb.head)
        if before is not None and _things_doing(before) and _done_before(before):
            out.append(before)  # "a falling branch tore through the roof, and the cat climbed out"
    forced = _forced_by(verb)
    if forced is not None:
        out.append(forced)
    return out


def _own_subject(verb) -> bool:
    """A joined verb with a subject of its own ("a branch tore the roof, and the cat
    climbed out"); one sharing the first verb's ("debris flew over the fence and crashed
    through a roof") tells one doer's doings, the mishap itself told in two steps, so the
    first is no lead-up to the second."""
    return own_subject(verb) is not None or any(c.dep_ == "expl" for c in verb.children)


def _done_before(verb) -> bool:
    """A clause told as done, in the past ("a branch tore / had torn the roof"): one told
    with a modal ("the official line will talk about machinery, but the ship ran
    aground") or in the present tells no doing before the mishap."""
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _at_when(clause) -> bool:
    """A clause opened by "when" (a mark, or an adverb to the parser)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in clause.children)


def _a_time(clause) -> bool:
    """A clause after "after" that only times the mishap: one telling that something
    began or happened ("after the session had started"), or put by a time's hedge
    (``clock_hedges``: "shortly after", "just after")."""
    if clause.lemma_.lower() in _OCCURRING:
        return True
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    before = clause.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    return before is not None and f"{before.lower_} {mark.lower_}" in _TIME_HEDGES


def _occurring(verb) -> bool:
    """A verb of ``leadup_happening_verbs`` with the mishap as its subject ("the fire
    started", "the collision happened")."""
    return verb.lemma_.lower() in _OCCURRING and slot(verb, "subj") is not None


def _reported(tok):
    """The clause a speech verb reports ("officials say a branch tore the roof, and ...":
    tore), else the word itself."""
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return tok
    return next((c for c in tok.children if c.dep_ == "ccomp"), None)


def _noun_leadups(verb) -> list:
    """The nouns after "after / following" on ``verb`` that can be causes."""
    nouns = [object_of(p) for p in verb.children if p.dep_ == "prep" and p.lower_ in _MARKS]
    return [n for n in nouns if n is not None and _noun_leadup(n)]


def _contact_leadups(verb) -> list:
    """The contacts the mishap's own subject made before it: "the trawler sank after
    striking a submerged object", "the bus overturned after hitting a kerb" (a verb of
    ``contact_verbs`` with what it struck, after "after / following"). Only a contact:
    "sank after leaving port" tells what came before, not its cause."""
    out = []
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in _MARKS:
            continue
        done = next((c for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if done is None or done.lemma_.lower() not in _CONTACT:
            continue
        struck = slot(done, "obj") or next((slot(done, w) for w in _CONTACT_PREPS
                                            if slot(done, w) is not None), None)  # fmt: skip
        if struck is not None and _noun_leadup(struck):
            out.append(done)
    return out


def _mark(clause) -> str:
    return next((c.lower_ for c in clause.children if c.dep_ == "mark"), "")


def _noun_leadup(noun) -> bool:
    """A noun after "after / following" that can be a cause: no time ("after midnight",
    "after two hours"), no person, no name."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in _NOT_A_CAUSE:
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.lemma_.lower() not in _ACTING


def _told_clause(tok):
    """The clause with a doer that a participle hangs on ("debris had clogged the
    spillway, sending water over the wall": clogged), else None."""
    while tok is not None and slot(tok, "subj") is None:
        if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.pos_ != "VERB":
            return None
        tok = tok.head
    return tok


def _things_doing(clause) -> bool:
    """A clause whose doer is a thing, not people, told in the active voice: "debris had
    clogged the spillway"."""
    subj = slot(clause, "subj")
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ in _NOT_A_CAUSE:
        return False
    if subj.dep_ == "nsubjpass":
        return False  # "the runway was closed after the landing": done to it, by people
    return subj.lemma_.lower() not in _ACTING


def _forced_by(verb):
    """ "A bird strike triggered the emergency that forced the flight to divert": the
    bird strike (the cause of what forced the mishap), else None."""
    force = verb.head
    if verb.dep_ != "xcomp" or force.lemma_.lower() not in _FORCING:
        return None
    agent = slot(force, "subj")
    if agent is not None and agent.lower_ in _RELATIVE and force.dep_ == "relcl":
        agent = force.head  # "the emergency that forced ..."
    if agent is None or agent.pos_ not in ("NOUN", "PROPN"):
        return None
    if agent.dep_ in ("dobj", "nsubjpass"):
        found = cause_of_verb(agent.head)
        if found is not None and found[0] == agent:
            return found[1]  # "a bird strike triggered the emergency that forced ..."
    return agent


def _head(tok) -> str:
    """The noun a lead-up names: a clause's doer ("a keeper left ..."), else the noun."""
    if tok.pos_ in ("VERB", "AUX"):
        subj = slot(tok, "subj")
        if subj is None and tok.lemma_.lower() in _CONTACT and slot(tok, "obj") is not None:
            return slot(tok, "obj").lemma_.lower()  # "after striking an object": the object
        return (subj if subj is not None else tok).lemma_.lower()
    return tok.lemma_.lower()


def _core(tok) -> frozenset[str]:
    """The words that say which lead-up it is: a clause's verb (unless light), its doer
    and what it acted on; a noun and the nouns it is told of ("a low oil pressure
    warning": warning, pressure, oil). Each noun with its compounds and "of" object."""
    nouns = [tok]
    words = set()
    if tok.pos_ in ("VERB", "AUX"):
        nouns = [slot(tok, p) for p in ("subj", "obj")]
        if tok.lemma_.lower() not in _LIGHT:
            words.add(tok.lemma_.lower())
    for noun in (n for n in nouns if n is not None):
        words.add(noun.lemma_.lower())
        words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        of = slot(noun, "of")
        if of is not None:
            words.add(of.lemma_.lower())
            words |= {c.lemma_.lower() for c in of.children if c.dep_ == "compound"}
    return frozenset(words)


def alike(a: Cause, b: Cause) -> bool:
    """Whether two causes, one or both a lead-up, can be one cause told two ways: their
    core words meet, or a lead-up's core words are in the other cause's text ("a bird hit
    the engine", "a bird strike")."""
    if a.core and b.core:
        return bool(a.core & b.core)
    return bool(a.core & _words(b.text)) or bool(b.core & _words(a.text))


def _words(text: str) -> set[str]:
    """The words of a text, each also without a plural "s" ("branches": "branche", "branch")."""
    out = set()
    for w in text.lower().split():
        out |= {w, w.removesuffix("s"), w.removesuffix("es")}
    return out

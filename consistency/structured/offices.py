"""Offices read from the parse around a person's name, beyond the listed titles.

A writer names a person's office in many structures, and with words no list holds:
a capitalised compound before the name ("Group Commander Alan Fairweather", "Station
Manager Alan Fairweather", "said Professor Ines Kald"), an apposition anchored to an
organisation ("Dieter Lange, the museum's chief curator", "Lena Hartl, head of the
Veldmoor tourism board", "Anna Holt, Director of the Sternhaus Museum"), a copula ("Lange
is the museum's head of security") or a relative clause in the present tense ("Lena
Hartl, who chairs the Veldmoor tourism board"). Each is read as a :class:`TitledPerson`
with the organisation named with it, so that :mod:`consistency.structured.conflicts`
compares it like a listed title.

Epithets are no office: a descriptor not in the title list counts only when an
organisation holds it (a possessor or an "of/at/for/with" object that is a body, not a
person or a field of study) or when it is capitalised inside the sentence. "The
28-year-old climber", "a veteran", "the rider's father" (kin), "the rider's teammate" (a
person's, no body's) stay unread. The noun may follow the name ("Helen Garside, the
hotel's general manager") or stand before it with the name apposed ("The hotel's head
chef, Helen Garside"; one singular noun, one person's office). An office
told with a generic word ("head of the museum") is its holder's office whatever the
organisation calls it: see :func:`one_office`. An office modifier makes an office of
words no list holds ("Deputy harbour master Ingrid Falk", "Deputy headteacher Claire
Dunmore"): a deputy's office, which
:mod:`consistency.structured.conflicts` compares with the office itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consistency.lang import load
from consistency.structured import news_facts
from consistency.structured.persons import names_person
from consistency.structured.titles import TITLE, TitledPerson, clean_name, normalise_title

__all__ = [
    "FORMER_MARKERS", "OFFICE_MODIFIERS", "all_titles", "offices", "one_office", "unmodified",
]

_KIN = news_facts.words("kin_nouns")
_GENERIC = news_facts.words("generic_offices")
_VERB_OFFICE = {v: office for office, verbs in news_facts.classes("office_verbs").items()
                for v in verbs}  # fmt: skip
_DEPTS = frozenset(load().titles.departments)
_RANKS = frozenset(r.lower() for r in load().titles.ranks)
FORMER_MARKERS = frozenset(load().titles.former_markers)
OFFICE_MODIFIERS = (news_facts.words("office_modifiers")
                     | news_facts.words("office_title_modifiers"))
# modifiers that make an office of any words ("deputy harbour master"); not "vice", which
# does so only inside a listed title ("Vice CEO Shane Smith" names the company Vice)
_MAKERS = news_facts.words("office_modifiers")
_LISTED = re.compile(rf"^{TITLE}$")
_ORG_PREPS = frozenset({"of", "at", "for", "with"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
_NOT_OFFICE_LABELS = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
_TITLE_IN = re.compile(rf"(?<![\w-]){TITLE}(?![\w-])")
_EPITHET_TAGS = frozenset({"JJS", "RBS", "CD"})  # "its best rider", "a 28-year-old guide"
_FOLLOWERS = frozenset({"prep", "relcl", "acl", "appos", "punct", "cc", "conj", "advmod"})


def _phrase(tok) -> str:
    """A noun phrase without its determiner and without what follows its head (a
    preposition, a clause), keeping the conjuncts of a name ("Fire and Rescue Service")."""
    cut = {t.i for c in tok.children if c.dep_ in _FOLLOWERS - {"cc", "conj"}
           for t in c.subtree}  # fmt: skip
    words = [t for t in tok.subtree if t.i not in cut and t.dep_ not in ("det", "punct", "case")
             and t.tag_ != "PRP$"]  # fmt: skip
    return clean_name(" ".join(t.text for t in words))


def _is_body(tok) -> bool:
    """Whether a noun names an organisation or a place that holds offices: a name, or a
    common noun told as one thing ("the tourism board", "its trust"), not a field
    ("a historian of goldsmithing") nor a person."""
    if tok.lower_ in _KIN or (tok.ent_type_ == "PERSON" and tok.dep_ in ("compound", "flat")
                              or any(c.dep_ == "compound" for c in tok.children)
                              and tok.ent_type_ == "PERSON"):
        return False  # a full name is a person; the tagger calls many a one-word place one
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "GPE", "FAC"):
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in tok.children)


def _org_of(tok) -> tuple[str, str]:
    """(department, organisation) named after an office noun: "of security" is its
    department, "of the Veldmoor tourism board" its organisation."""
    dept, org = "", ""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _ORG_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "of" and obj.lower_ in _DEPTS and not dept:
                dept = obj.lower_
                inner = _org_of(obj)[1]
                org = org or inner
            elif _is_body(obj) and not org:
                org = _phrase(obj)
            elif not org:
                org = _org_of(obj)[1]  # "a historian of goldsmithing at Marrenburg University"
    return dept, org


def _owner(tok) -> tuple[str, bool]:
    """(the possessor's name, whether it is a body): "the museum's" -> ("museum", True)."""
    for c in tok.children:
        if c.dep_ == "poss":
            if c.tag_ == "PRP$":
                return "", c.lower_ == "its"
            if names_person(c):
                return _phrase(c), False  # "the rider's teammate": a person's, no body's
            return _phrase(c), c.ent_type_ != "PERSON" or _LISTED.match(tok.text) is not None
    return "", False


def _described(d, name: str) -> TitledPerson | None:
    """The office a descriptor noun of ``name`` tells, or None for an epithet."""
    listed = bool(_LISTED.match(d.text)) or d.lemma_.lower() in _GENERIC
    if d.pos_ not in ("NOUN", "PROPN") or d.ent_type_ in _NOT_OFFICE_LABELS:
        return None
    if d.ent_type_ and not listed:
        return None  # "Alan Fairweather (Eastmoor Fire and Rescue Service)": a body
    if d.lemma_.lower() in _KIN or d.lower_ in _KIN:
        return None
    mods = [c for c in d.children if c.dep_ in ("amod", "compound", "nmod") and c.i < d.i]
    if any(t.tag_ in _EPITHET_TAGS or "year" in t.lower_ or t.lower_ in FORMER_MARKERS
           or t.ent_type_ == "ORDINAL" for m in mods for t in m.subtree):  # fmt: skip
        return None  # "its best rider", "a 28-year-old guide", "its former director"
    # the office's own words: common nouns ("press secretary") and the modifiers that make
    # another office ("deputy"); a name before it is its organisation ("the Pentagon press
    # secretary"), an adjective no part of it ("its elusive leader")
    words = [m for m in mods if m.pos_ == "NOUN" or m.lower_ in OFFICE_MODIFIERS]
    named = [m for m in mods if m.pos_ == "PROPN"]
    dept, org = _org_of(d)
    owner, owner_is_body = _owner(d)
    org = org or owner or " ".join(t.text for m in named for t in m.subtree)
    title = " ".join([*(m.text for m in words), d.text]) + (f" of {dept}" if dept else "")
    if not listed and (any(c.dep_ == "conj" for c in d.children) or (d.pos_ == "PROPN" and named)
                       or (d.left_edge.i > 0 and d.doc[d.left_edge.i - 1].text == "(")):
        return None  # a body's name: "Alan Fairweather (Eastmoor Fire and Rescue Service)"
    if not listed and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in d.children):
        return None  # "a veteran of the team", "a guide with Nordgrat": a kind, no office
    capitalised = d.is_title and d.i > d.sent.start  # "Dieter Lange, Head of Security"
    made = any(m.lower_ in _MAKERS for m in words)  # "deputy headteacher": a deputy's office
    if not (listed or capitalised or made or (org and (owner_is_body or not owner))):
        return None
    return TitledPerson(name, normalise_title(title), org)


def _descriptors(p) -> list:
    """Nouns that say who the person ``p`` is: its appositions, the noun it is in
    apposition to, the complement of its copula, and these in its relative clause."""
    out = [c for c in p.children if c.dep_ == "appos"]
    if p.dep_ == "appos":
        head = p.head
        if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "The mayor of Veldmoor, Lena Hartl": the parse's slip
        if _LISTED.match(head.text) or (head.tag_ == "NN" and not any(
                c.dep_ == "prep" and c.i < p.i for c in head.children)):
            # "Veldmoor's mayor, Lena Hartl", "The hotel's head chef, Helen Garside"; not
            # "the life of this American citizen, Obama" (the name tells the citizen),
            # nor "Revolutionary War luminaries Samuel Adams and Paul Revere" (a plural
            # noun tells what several people were, no one person's office)
            out.append(head)
    if p.dep_ in ("nsubj", "nsubjpass") and p.head.lemma_ == "be":
        out += [c for c in p.head.children if c.dep_ == "attr"]
    for rel in (c for c in p.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        out += [c for c in rel.children if c.dep_ == "attr"]
    return out


def _held(p, name: str, event_class: Callable) -> list[TitledPerson]:
    """"who chairs the tourism board": the office held, from a present-tense verb."""
    out = []
    for rel in (c for c in p.children if c.dep_ == "relcl"):
        office = _VERB_OFFICE.get(rel.lemma_.lower())
        if office is None or rel.tag_ not in ("VBZ", "VBP"):
            continue
        for obj in (c for c in rel.children if c.dep_ == "dobj"):
            if _is_body(obj) and event_class(obj) is None:
                out.append(TitledPerson(name, normalise_title(office), _phrase(obj)))
    return out


def _before(ent, name: str) -> list[TitledPerson]:
    """A capitalised compound before a full name: "Group Commander Alan Fairweather"."""
    if len(ent) < 2:
        return []  # "Dieter" before "Lange" may be his first name
    run = []
    i = ent.start - 1
    doc = ent.doc
    while i >= ent.sent.start:
        t = doc[i]
        if not (t.is_title and t.dep_ == "compound" and t.head.i > t.i
                and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON"
                and t.lower_.rstrip(".") not in _RANKS):  # fmt: skip
            break
        run.insert(0, t)
        i -= 1
    org = [t for t in run if t.ent_type_ in _PLACE_LABELS]
    run = [t for t in run if t.ent_type_ not in _PLACE_LABELS]
    if not run or (len(run) == 1 and not any(x.is_alpha for x in doc[ent.sent.start:run[0].i])):
        return []  # one capitalised word opening the sentence says nothing
    title = " ".join(t.text for t in run)
    if _TITLE_IN.search(title) or doc[run[0].i - 1].pos_ in ("ADP", "CCONJ", "PART"):
        return []  # "Apple CEO Tim Cook": the listed title is read; "Secretary of State X"
    title = normalise_title(title)
    org_name = " ".join(t.text for t in org) or _org_of(ent.root)[1]
    return [TitledPerson(name, title, org_name)]


def _modified_run(ent, name: str) -> list[TitledPerson]:
    """An office that an office modifier makes of the words before a name, listed or
    not: "Deputy harbour master Ingrid Falk", "acting head teacher Jo Bell", "Tarnwick
    assistant port manager Ola Berg". The modifier tells an office (a deputy something);
    the words from it to the name are the office, a name before it its organisation."""
    doc, run = ent.doc, []
    i = ent.start - 1
    while i >= ent.sent.start:
        t = doc[i]
        if t.dep_ not in ("compound", "amod", "nmod") or not (
                ent.start <= t.head.i < ent.end or any(t.head.i == r.i for r in run)):
            break  # each word modifies the name or a word after it
        if not t.is_alpha or t.ent_type_ == "PERSON" or t.lower_.rstrip(".") in _RANKS:
            break
        run.insert(0, t)
        i -= 1
    mods = [k for k, t in enumerate(run) if t.lower_ in _MAKERS]
    former = i >= ent.sent.start and doc[i].lower_ in FORMER_MARKERS
    if not mods or mods[0] == len(run) - 1 or former:
        return []  # no modifier, a modifier alone ("Acting Ola Berg"), or a former office
    if any(t.lower_ in FORMER_MARKERS for t in run[: mods[0]]):
        return []
    org = " ".join(t.text for t in run[: mods[0]] if t.pos_ == "PROPN")
    title = normalise_title(" ".join(t.text for t in run[mods[0]:]))
    return [TitledPerson(name, title, org)]


def unmodified(title: str) -> str:
    """The office without its office modifiers ("deputy harbour master" -> "harbour
    master"); the title itself when it has none."""
    return " ".join(w for w in title.split() if w not in OFFICE_MODIFIERS)


def offices(doc, event_class: Callable) -> tuple[TitledPerson, ...]:
    """Every (person, office, organisation) the parse tells around a person's name."""
    out: list[TitledPerson] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = clean_name(ent.text)
        out += _before(ent, name) or _modified_run(ent, name)
        out += [t for d in _descriptors(ent.root) if (t := _described(d, name))]
        out += _held(ent.root, name, event_class)
    return tuple(out)


def one_office(a: TitledPerson, b: TitledPerson, canonical) -> bool:
    """Whether a generic office ("head", "leader") and another are one office: unless
    both are told of two bodies, one inside the other ("mayor of Veldmoor", "head of the
    Veldmoor tourism board"), the head of a body may be what another source calls its
    director (and "Isil" and "Islamic State" may be one body). A deputy's office is
    not its head's."""
    if a.title not in _GENERIC and b.title not in _GENERIC:
        return False
    if (unmodified(a.title) == a.title) != (unmodified(b.title) == b.title):
        return False  # a deputy leader is no head of the body
    if not (a.org and b.org):
        return True
    wa, wb = (set(canonical(o).lower().split()) for o in (a.org, b.org))
    return not (wa < wb or wb < wa)  # two names of one body may be two spellings


def all_titles(parsed: tuple[TitledPerson, ...], written: tuple[TitledPerson, ...]
               ) -> tuple[TitledPerson, ...]:
    """The parse's offices, then the ones the title patterns read (``titles_in``) that the
    parse did not: once per (person, office), the parse's organisation first."""
    out: dict[tuple[str, str], TitledPerson] = {}
    for t in (*parsed, *written):
        out.setdefault((t.person, t.title), t)
    # "Deputy council leader Hannah Osei": the patterns read "leader", the parse "deputy
    # council leader"; the shorter reading would tell the deputy's office as the leader's
    modified = [t for t in parsed if unmodified(t.title) != t.title]
    for t in written:
        if any(m.person == t.person and m.title.endswith(" " + t.title) for m in modified):
            out.pop((t.person, t.title), None)
    # "the chief executive of X": the parse reads "executive" ("chief" an adjective), the
    # patterns the whole listed office; the parse's shorter word is no other office
    for t in parsed:
        if any(w.person == t.person and w.title.endswith(" " + t.title) for w in written):
            out.pop((t.person, t.title), None)
    return tuple(out.values())

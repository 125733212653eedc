"""Titles of office read around a person's name, with the organisation that holds them.

A source names a person's office in many ways: before the name ("Finance Director Anika
Rourke", "its finance director, Anika Rourke") or after it ("Anika Rourke, Meridian's
chief executive", "Miriam Tolley, operations director at Velmouth Port Authority",
"Miriam Tolley, the port authority's chief executive"). The office keeps its department
("finance director" is not "operations director"; "director of operations" is the
"operations director") so two sources giving one person two offices can be compared, and
keeps the organisation named with it, so that offices in two named organisations are not
taken for one office told two ways. A former office ("Meridian's former chief executive")
is no claim about the present one and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.lang import load, phrases
from consistency.structured import news_facts

__all__ = ["TITLE", "TitledPerson", "clean_name", "initials", "named_as", "normalise_title",
           "orgs_differ", "titles_in"]  # fmt: skip

_TI = load().titles


@dataclass(frozen=True)
class TitledPerson:
    """A person named with a title in the text ("Foreign Minister Antony Blinken")."""

    person: str
    title: str  # normalised: lowercase, no nationality ("foreign minister")
    org: str = ""  # the organisation named with the title ("Meridian"), if any


# a space in a title also matches a hyphen ("secretary-general")
TITLE = "(?i:" + phrases(_TI.titles).replace(r"\s+", "[- ]") + ")"
_DEPT = "(?i:" + phrases(_TI.departments).replace(r"\s+", "[- ]") + ")"
# "Deputy Mayor", "acting chief executive": a modifier makes another office; a department
# before the title ("finance director") or after it ("director of operations") too
_OFFICE = (
    "(?i:(?:(?:" + phrases(sorted(news_facts.words("office_modifiers"))) + ")[- ])?)"
    + rf"(?:{_DEPT}[- ])?{TITLE}(?:\s+of\s+{_DEPT}\b)?"
)
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_ORG = r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’.&-]*){0,5}"
# the holder of the office before it: "Meridian's", "the port authority's", "its"
_OWNER = (
    r"(?:(?P<owner>the\s+(?:[\w&.-]+\s+){0,3}?[\w&.-]+|(?:[A-Z][\w&.-]*\s+){0,3}?[A-Z][\w&.-]*)"
    r"['’]s|its|his|her|their)\s+"
)
_FORMER_WORD = rf"(?:{phrases(_TI.former_markers)})[- ]\s*"
# ranks and honorifics between a title and the name ("spokesman Rear Adm. John Kirby")
_RANKS = re.compile(rf"^(?:(?:{phrases(_TI.ranks)})\.?\s+)+")
_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?P<title>{_OFFICE}),?\s+(?P<name>{_NAME})")
_TITLE_AFTER = re.compile(
    rf"(?P<name>{_NAME}),\s+(?P<lead>(?:(?:the|a|an)\s+)?(?:{_FORMER_WORD})?"
    rf"(?:[A-Z][\w.]*\s+){{0,2}}?(?:{_OWNER})?(?:{_FORMER_WORD})?)"
    rf"(?P<title>{_OFFICE})\b(?!\s+[A-Z])"
    # the organisation after the title: "chief executive of the Velmouth Port Authority"
    rf"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?P<org>{_ORG}))?"
)
# a second office held beside the first: "Renata Solberg, President and Chief Executive"
_AND_TITLE = re.compile(rf"\s+and\s+(?:the\s+)?(?P<title>{_OFFICE})\b")
_FORMER = re.compile(rf"\b(?:{phrases(_TI.former_markers)})\b[- ]?\s*$", re.IGNORECASE)
_FORMER_IN = re.compile(rf"\b(?:{phrases(_TI.former_markers)})\b", re.IGNORECASE)
_COUNTRY_PREFIX = re.compile(
    "^(?:" + "|".join(r"\.?".join(map(re.escape, c)) + r"\.?" for c in _TI.country_prefixes)
    + r")\s+", re.IGNORECASE,
)
_OF_DEPT = re.compile(rf"^(?P<title>.+?)\s+of\s+(?P<dept>{_DEPT})$")


def normalise_title(title: str) -> str:
    """Lowercase, one spelling per title ("Secretary-General" = "secretary general"), the
    department before the office ("director of operations" = "operations director")."""
    t = " ".join(title.lower().replace("-", " ").split())
    t = _COUNTRY_PREFIX.sub("", t)
    t = _TI.title_synonyms.get(t, t)
    m = _OF_DEPT.match(t)
    if m and t not in _TI.titles:  # "secretary of state" is one title
        t = f"{m['dept']} {m['title']}"
    return _TI.title_synonyms.get(t, t)


def clean_name(name: str) -> str:
    """An entity's text without a leading "the", possessive or stray punctuation."""
    n = re.sub(r"['’]s?$", "", name.strip(' \t\n,.;:"“”()'))
    n = re.sub(r"^(?:the|The)\s+", "", n)
    return " ".join(n.split())


def _org(m: re.Match) -> str:
    owner = m.groupdict().get("owner") or m.groupdict().get("org") or ""
    return clean_name(owner)


def titles_in(text: str) -> tuple[TitledPerson, ...]:
    """Every (person, office) the text names, in order, once each."""
    flat = text.replace("(", "").replace(")", "")
    out: dict[tuple[str, str], str] = {}
    for rx in (_TITLE_BEFORE, _TITLE_AFTER):
        for m in rx.finditer(flat):
            if _FORMER.search(flat[max(0, m.start() - 8) : m.start()]):
                continue  # a former title is no claim about the present one
            if _FORMER_IN.search(m.groupdict().get("lead") or ""):
                continue  # "Anika Rourke, Meridian's former chief executive"
            name = clean_name(_RANKS.sub("", m.group("name")))
            # the name must not itself start with a title word ("Minister Antony")
            if not name or re.match(TITLE + r"\b", name):
                continue
            org = _org(m)
            out.setdefault((name, normalise_title(m.group("title"))), org)
            also = _AND_TITLE.match(flat, m.end("title"))
            if also:
                out.setdefault((name, normalise_title(also.group("title"))), org)
    return tuple(TitledPerson(n, t, org) for (n, t), org in out.items())


def initials(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` by its initials: "CSA" for "Clean Sport Agency" (the
    capitalised words' first letters)."""
    letters = "".join(w[0] for w in name.split() if w[:1].isupper())
    return short.isupper() and len(short) >= 2 and short == letters


def orgs_differ(a: TitledPerson, b: TitledPerson, canonical) -> bool:
    """Whether the two offices are named in two organisations, both by proper name and
    neither name inside the other ("Meridian" and "Meridian Harbour Group" are one;
    "the port authority" is too vague to tell; "NSGN" is "Northern Shire Gas Networks" by
    its initials): two offices one person may hold."""
    if not (a.org[:1].isupper() and b.org[:1].isupper()):
        return False
    if initials(a.org, b.org) or initials(b.org, a.org):
        return False
    wa, wb = (set(canonical(o).lower().split()) for o in (a.org, b.org))
    return not (wa <= wb or wb <= wa)


_RANK_RUN = rf"(?:(?:{phrases(_TI.ranks)})\.?\s+)*"


def named_as(text: str, names, office: str, unless) -> bool:
    """Whether ``text`` gives one of ``names`` the office ``office`` (unlisted words too),
    before the name ("Harbour master Ingrid Falk", "the harbour master, Ingrid Falk") or
    after it ("Ingrid Falk, the harbour master"), with no word of ``unless`` (the office
    modifiers, "former") just before the office: "deputy harbour master" is another one."""
    words = office.split()
    if not words or not names:
        return False
    title = r"[- ]".join(map(re.escape, words))
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(
        rf"(?<![\w-])(?P<title>{title}),?\s+{_RANK_RUN}(?:{name})\b"
        rf"|\b(?:{name}),\s+(?:the\s+|its\s+|[\w’'-]+[’']s\s+)?(?P<after>{title})\b(?![- ]\w)",
        re.IGNORECASE,
    )
    for m in rx.finditer(text):
        start = m.start("title") if m.group("title") else m.start("after")
        before = text[:start].split()
        if not before or before[-1].lower().strip(",") not in unless:
            return True
    return False

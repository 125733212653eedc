"""One canonical name per entity across all articles, so spelling is never a contradiction.

Sources transliterate (Zelensky / Zelenskiy, Sergei / Sergey), shorten
("Blinken" for "Antony Blinken") and mistype ("Antony Blink"). Every comparison in
:mod:`consistency.structured.conflicts` goes through :meth:`AliasTable.canonical`, and the groups
with several spellings are reported once as naming variants.

Spelling rules and synonyms are language data (:func:`consistency.lang.name_rules`);
the user adds more (Kiev / Kyiv) in the config's ``lang`` section.

spaCy's small model often labels a bare surname as a place ("Blinken" -> GPE); a group
that contains a full person name (or a titled one) is a person whatever its other labels.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from consistency.core.types import NamingVariant
from consistency.lang import NameRules, name_rules
from consistency.structured.frames import Frame
from consistency.structured.streets import street_name

log = logging.getLogger(__name__)

__all__ = ["AliasTable", "build_aliases", "name_key"]

_KIND_OF_LABEL = {"person": "person", "org": "org", "place": "place"}


def name_key(name: str, rules: NameRules | None = None) -> str:
    """Lowercase, accent-free, punctuation-free, transliterated form used for matching.

    ``rules`` defaults to the built-in ones (no user additions).
    """
    return _name_key(name, rules or name_rules())


@functools.lru_cache(maxsize=65536)
def _name_key(name: str, rules: NameRules) -> str:
    key = rules.fold(" ".join(_words(name)))
    return rules.synonyms.get(key, key)


def _words(name: str) -> list[str]:
    """Lowercase, accent-free words of ``name``, without possessives or punctuation."""
    n = unicodedata.normalize("NFKD", name)
    n = "".join(ch for ch in n if not unicodedata.combining(ch)).lower()
    n = re.sub(r"['’]s\b", "", n)
    return re.sub(r"[^\w\s-]", " ", n).replace("-", " ").split()


@dataclass(frozen=True)
class AliasTable:
    """Maps every spelling seen (by :func:`name_key`) to its group's canonical name."""

    keys: Mapping[str, str] = field(default_factory=dict)  # name_key -> canonical
    kinds: Mapping[str, str] = field(default_factory=dict)  # canonical -> person/org/place
    groups: tuple[NamingVariant, ...] = ()
    rules: NameRules = field(default_factory=name_rules)

    def key(self, name: str) -> str:
        """:func:`name_key` under this table's rules."""
        return name_key(name, self.rules)

    def canonical(self, name: str) -> str:
        """The canonical name of ``name``; an unseen name maps to itself (tidied)."""
        return self.keys.get(self.key(name), " ".join(name.split()))

    def kind(self, name: str) -> str | None:
        """"person", "org" or "place" for a known name (by the majority of its mentions)."""
        return self.kinds.get(self.canonical(name))

    def variants(self) -> tuple[NamingVariant, ...]:
        """Groups spelled in two or more ways (surname-only short forms do not count)."""
        return self.groups


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _standard(name: str, rules: NameRules) -> int:
    """How many words are already in the standard transliteration (breaks frequency ties)."""
    return sum(rules.word(t) == t for t in _words(name))


def _similar_token(a: str, b: str, threshold: float) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True  # a truncated typo: "Blink" for "Blinken"
    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= threshold


def _is_person(label_count: Counter[str]) -> bool:
    people = label_count["person"] + label_count["titled"]
    return people >= label_count["place"] + label_count["org"]


def _is_synonym(name: str, rules: NameRules) -> bool:
    raw = " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())
    return raw in rules.synonyms and rules.synonyms[raw] != raw


def _surface(name: str, rules: NameRules) -> str:
    """Spelling as a reader sees it: case, hyphens, apostrophes, dots and the words that
    name matching ignores ("the United States") do not count."""
    words = re.sub(r"['’]s\b", "", name.lower()).split()
    return re.sub(r"[\W_]", "", "".join(w for w in words if w not in rules.ignored))


def _same_person(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    same_first = _similar_token(ta[0], tb[0], 85)
    same_last = ta[-1] == tb[-1] or fuzz.ratio(ta[-1], tb[-1]) >= 85
    # Both tokens must agree: "Joe Biden" and "Jill Biden" are two people.
    return (ta[0] == tb[0] and _similar_token(ta[-1], tb[-1], 80)) or (same_first and same_last)


def _link_full_names(full: list[str], uf: _UnionFind) -> None:
    """Merge multi-token person names that differ by a typo or transliteration.

    Only names sharing a first name or the start of a surname are compared (blocking), so
    a corpus with thousands of names stays fast.
    """
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in full:
        tokens = name.split()
        blocks["first:" + tokens[0]].append(name)
        blocks["last:" + tokens[-1][:3]].append(name)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) not in seen and _same_person(a, b):
                    uf.union(a, b)
                seen.add((a, b))


def _link_short_names(
    singles: list[str], full: list[str], persons: set[str], uf: _UnionFind
) -> None:
    """Attach a one-word mention to the only full person name it can be short for."""
    by_prefix: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in full:
        tokens = name.split()
        by_prefix[tokens[-1][:2]].append(name)
        by_first[tokens[0]].append(name)
    for s in singles:
        # exact surname (any label: spaCy tags "Blinken" as a place) or, for a mention
        # labelled as a person, a close misspelling; never a prefix ("Chen" is not "Chengdu")
        fuzzy = s in persons
        roots = {
            uf.find(f)
            for f in by_prefix[s[:2]]
            if f.split()[-1] == s or (fuzzy and len(s) >= 4 and fuzz.ratio(f.split()[-1], s) >= 88)
        }
        if len(roots) > 1:
            log.debug("alias %r is ambiguous between %d people; left alone", s, len(roots))
            continue
        if not roots and len(s) >= 4:
            roots = {uf.find(f) for f in by_first[s]}
        if len(roots) == 1:
            uf.union(s, next(iter(roots)))


@dataclass
class _Mentions:
    """Every name spelling seen, with its counts, labels and documents."""

    counts: Counter[str] = field(default_factory=Counter)  # spelling -> mentions
    labels: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    docs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    key_of: dict[str, str] = field(default_factory=dict)  # spelling -> name_key


def _mentions(frames: Mapping[str, Frame], doc_of: Mapping[str, str], rules) -> _Mentions:
    seen = _Mentions()
    for cid, fr in frames.items():
        mentions = [(n, "person") for n in fr.people] + [(n, "org") for n in fr.orgs]
        mentions += [(n, "place") for n in fr.locations]
        mentions += [(n, "located") for n in fr.places]  # "in X": where something happened
        mentions += [(t.person, "titled") for t in fr.titles]
        for name, label in mentions:
            key = name_key(name, rules)
            if not key or not any(ch.isupper() for ch in name):
                continue  # "nom de guerre", "green": lowercase words are not names
            seen.key_of[name] = key
            seen.counts[name] += 1
            seen.labels[key][label] += 1
            seen.docs[name].add(doc_of.get(cid, ""))
    return seen


def _group_kind(group_keys: set[str], labels: Mapping[str, Counter[str]]) -> str:
    """person / org / place for a group: a street's name ("Marsh Road") is a place, else
    a full person name decides, else the majority."""
    full = [k for k in group_keys if len(k.split()) >= 2]
    if full and all(street_name(k) for k in full):
        return "place"  # a tagger reads "Marsh" as a first name, "Road" as a surname
    if any(len(k.split()) >= 2 and (labels[k]["person"] or labels[k]["titled"])
           for k in group_keys):  # fmt: skip
        return "person"
    # "a plant in Dunmore" says more than a tagger's label of "the Dunmore plant" (org)
    if any(labels[k]["located"] for k in group_keys):
        return "place"
    label_count: Counter[str] = Counter()
    for k in group_keys:
        label_count.update(labels[k])
    label_count.pop("located", None)
    # a lone "Foreign Minister Geneva" in a garbled headline must not outvote GPE
    label_count["person"] += label_count.pop("titled", 0)
    return _KIND_OF_LABEL.get(label_count.most_common(1)[0][0], "person")


def _variant(names: list[str], canonical: str, seen: _Mentions, rules) -> NamingVariant | None:
    """The group as a naming variant when it is spelled in two or more ways."""
    canon_key = name_key(canonical, rules)
    canon = set(canon_key.split())
    key_of = seen.key_of
    spellings = sorted(
        {n for n in names if key_of[n] == canon_key or not set(key_of[n].split()) <= canon},
        key=lambda n: (-seen.counts[n], n),
    )
    # abbreviations and official synonyms (US / United States) are not spelling variants
    distinct = {_surface(n, rules) for n in spellings if not _is_synonym(n, rules)}
    if len(distinct) < 2:
        return None
    doc_ids = sorted({d for n in names for d in seen.docs[n] if d})
    return NamingVariant(canonical, tuple(spellings), tuple(doc_ids))


def build_aliases(
    frames: Mapping[str, Frame], doc_of: Mapping[str, str], rules: NameRules | None = None
) -> AliasTable:
    """Group the names in ``frames`` into entities; ``doc_of`` maps claim id -> doc id.

    Canonical = the most frequent full (multi-word) spelling in the group. ``rules`` are
    the name rules with the user's additions (:func:`consistency.lang.name_rules`).
    """
    rules = rules or name_rules()
    seen = _mentions(frames, doc_of, rules)
    labels = seen.labels
    uf = _UnionFind()
    keys = sorted(labels)
    for k in keys:
        uf.find(k)
    personish = [k for k in keys if labels[k]["person"] + labels[k]["titled"]]
    full = [k for k in personish if len(k.split()) >= 2]
    singles = [k for k in keys if len(k.split()) == 1]
    _link_full_names(full, uf)
    _link_short_names(singles, full, {k for k in personish if _is_person(labels[k])}, uf)

    members: dict[str, list[str]] = defaultdict(list)  # root key -> spellings
    for name, key in seen.key_of.items():
        members[uf.find(key)].append(name)
    table: dict[str, str] = {}
    kinds: dict[str, str] = {}
    variants: list[NamingVariant] = []
    for names in members.values():
        pool = [n for n in names if len(n.split()) >= 2] or names
        canonical = max(pool, key=lambda n: (seen.counts[n], _standard(n, rules), len(n), n))
        group_keys = {seen.key_of[n] for n in names}
        table.update(dict.fromkeys(group_keys, canonical))
        kinds[canonical] = _group_kind(group_keys, labels)
        variant = _variant(names, canonical, seen, rules)
        if variant is not None:
            variants.append(variant)
    log.debug("alias table: %d names, %d naming variants", len(table), len(variants))
    return AliasTable(table, kinds, tuple(sorted(variants, key=lambda v: v.canonical)), rules)

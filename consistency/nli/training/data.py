"""Readers for the NLI training data, the label mapping and the fixed dev split.

Every reader turns one upstream format into :class:`NLIExample` records and counts the
rows it had to skip, so that a corrupt or truncated file shows up as a number in the
log rather than as a silent drop. The dev split is decided by a hash of the pair's text,
so it never changes between runs, machines or data orderings.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.core.groups import DisjointSets

log = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("contradiction", "entailment", "neutral")
"""Label order of the model head (index = class id)."""
LABEL2ID: dict[str, int] = {name: i for i, name in enumerate(LABELS)}

_ALIASES = {
    "c": "contradiction",
    "contradiction": "contradiction",
    "contradicts": "contradiction",
    "e": "entailment",
    "entailment": "entailment",
    "entails": "entailment",
    "n": "neutral",
    "neutral": "neutral",
}

DATA_ENV = "CONSISTENCY_NLI_DATA"
"""Environment variable naming the NLI data folder when no ``--data-dir`` is given."""
NEW_PROTOCOLS = ("base", "edit_premise", "edit_other")
"""3-way New Protocols sets. ``contrast`` is 2-way (entailment vs. not) and is skipped:
its "contradiction" also covers neutral pairs, which would teach the model wrong labels."""


TSV_SOURCES = (("cad", "cad_snli_train.tsv"), ("taxinli", "taxinli_train.tsv"),
               ("breaking", "breaking_nli.tsv"))
"""Headed ``premise``/``hypothesis``/``label`` TSVs: (source name, file name)."""


class DataError(ValueError):
    """A data file that cannot be read at all (missing, wrong header)."""


def resolve_data_dir(given: str | Path | None, env: str = DATA_ENV, what: str = "NLI") -> Path:
    """The data folder: ``given`` if set, else ``$env``; a clear error when neither exists."""
    raw = str(given) if given else os.environ.get(env, "")
    if not raw:
        raise DataError(f"no {what} data folder: pass --data-dir or set ${env}")
    path = Path(raw)
    if not path.is_dir():
        raise DataError(f"{path}: {what} data folder not found (from "
                        f"{'--data-dir' if given else '$' + env})")
    return path


@dataclass(frozen=True)
class NLIExample:
    """One labelled premise/hypothesis pair; ``label`` is one of :data:`LABELS`."""

    premise: str
    hypothesis: str
    label: str
    source: str


@dataclass(frozen=True)
class ReadResult:
    """The examples read from one source and how many rows were malformed."""

    source: str
    examples: tuple[NLIExample, ...]
    malformed: int = 0


@dataclass(frozen=True)
class Split:
    """Train and dev examples of one source (dev is fixed by :func:`is_dev`)."""

    source: str
    train: tuple[NLIExample, ...]
    dev: tuple[NLIExample, ...]
    malformed: int = 0


def normalize_label(raw: str) -> str | None:
    """Map an upstream label spelling to one of :data:`LABELS` (None if unknown)."""
    return _ALIASES.get(raw.strip().lower())


def _clean(text: str) -> str:
    return " ".join(text.split())


def _make(premise: str, hypothesis: str, raw_label: str, source: str) -> NLIExample | None:
    label = normalize_label(raw_label)
    premise, hypothesis = _clean(premise), _clean(hypothesis)
    if label is None or not premise or not hypothesis:
        return None
    return NLIExample(premise, hypothesis, label, source)


def _collect(source: str, rows: Iterable[NLIExample | None]) -> ReadResult:
    good: list[NLIExample] = []
    bad = 0
    for ex in rows:
        if ex is None:
            bad += 1
        else:
            good.append(ex)
    if bad:
        log.warning("%s: skipped %d malformed rows", source, bad)
    return ReadResult(source, tuple(good), bad)


def read_mnli_tsv(path: Path, source: str) -> ReadResult:
    """Read a GLUE-MNLI style TSV (columns ``sentence1``, ``sentence2``, ``gold_label``)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")

    def rows() -> Iterator[NLIExample | None]:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            needed = ("sentence1", "sentence2", "gold_label")
            if header is None or any(col not in header for col in needed):
                raise DataError(f"{path}: header lacks {needed}")
            i1, i2, il = (header.index(col) for col in needed)
            for row in reader:
                if len(row) != len(header):
                    yield None
                    continue
                yield _make(row[i1], row[i2], row[il], source)

    return _collect(source, rows())


def read_esnli(folder: Path, source: str = "snli") -> ReadResult:
    """Read e-SNLI's aligned ``s1.dev`` / ``s2.dev`` / ``labels.dev`` line files."""
    folder = Path(folder)
    files = [folder / name for name in ("s1.dev", "s2.dev", "labels.dev")]
    for f in files:
        if not f.is_file():
            raise DataError(f"{f}: no such file")
    s1, s2, lab = (f.read_text(encoding="utf-8").splitlines() for f in files)
    if not len(s1) == len(s2) == len(lab):
        raise DataError(f"{folder}: s1/s2/labels have {len(s1)}/{len(s2)}/{len(lab)} lines")
    return _collect(source, (_make(p, h, y, source) for p, h, y in zip(s1, s2, lab, strict=True)))


def read_label_tsv(path: Path, source: str) -> ReadResult:
    """Read a headerless ``label<TAB>premise<TAB>hypothesis`` TSV (TextFooler's SNLI)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")

    def rows() -> Iterator[NLIExample | None]:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            yield _make(parts[1], parts[2], parts[0], source) if len(parts) == 3 else None

    return _collect(source, rows())


def read_plain_tsv(path: Path, source: str) -> ReadResult:
    """Read a TSV with a ``premise``, ``hypothesis``, ``label`` header (CAD, TaxiNLI, Breaking).

    Quotes are literal text (no CSV quoting): these files contain unbalanced quotes.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t") if lines else []
    needed = ("premise", "hypothesis", "label")
    if any(col not in header for col in needed):
        raise DataError(f"{path}: header lacks {needed}")
    ip, ih, il = (header.index(col) for col in needed)

    def rows() -> Iterator[NLIExample | None]:
        for line in lines[1:]:
            parts = line.split("\t")
            yield _make(parts[ip], parts[ih], parts[il], source) if len(parts) == len(
                header) else None

    return _collect(source, rows())


def read_jsonl(path: Path, source: str, max_premise_chars: int | None = None) -> ReadResult:
    """Read JSONL with ``premise``, ``hypothesis`` and ``label`` keys.

    ``max_premise_chars`` skips (and counts as ``too long`` in the log) pairs whose premise
    is longer, e.g. ConTRoL's ~4,000-character passages that a 128-token model cannot see.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")

    def rows() -> Iterator[NLIExample | None]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                ex = _make(str(rec["premise"]), str(rec["hypothesis"]), str(rec["label"]), source)
            except (json.JSONDecodeError, KeyError, TypeError):
                ex = None
            yield ex

    result = _collect(source, rows())
    if max_premise_chars is not None:
        kept = tuple(e for e in result.examples if len(e.premise) <= max_premise_chars)
        log.info("%s: %d of %d pairs have premises over %d chars, skipped", source,
                 len(result.examples) - len(kept), len(result.examples), max_premise_chars)
        result = ReadResult(source, kept, result.malformed)
    return result


def read_all(data_dir: Path) -> list[ReadResult]:
    """Read every training source under ``data_dir`` (ConTRoL is left out: see docs).

    A TSV of :data:`TSV_SOURCES` that is absent is skipped with a warning, so an older
    data folder still works; the original five sources are required.
    """
    data_dir = Path(data_dir)
    results = [read_mnli_tsv(data_dir / "new-protocols" / f"{name}.train.tsv", name)
               for name in NEW_PROTOCOLS]
    results.append(read_esnli(data_dir / "esnli-dev", "snli"))
    results.append(read_label_tsv(data_dir / "textfooler" / "snli.tsv", "textfooler"))
    for source, name in TSV_SOURCES:
        if (data_dir / name).is_file():
            results.append(read_plain_tsv(data_dir / name, source))
        else:
            log.warning("%s: not found, source %s skipped", data_dir / name, source)
    return results


def pair_hash(premise: str, hypothesis: str) -> int:
    """A stable 64-bit hash of the pair's text (for the dev split)."""
    digest = hashlib.sha256(f"{premise}\x1f{hypothesis}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _linked_groups(examples: Sequence[NLIExample]) -> dict[str, list[NLIExample]]:
    """Pairs grouped so that pairs sharing a premise *or* a hypothesis are in one group,
    keyed by the group's smallest premise (CAD edits either side of one original pair)."""
    sets = DisjointSets()
    for ex in examples:
        sets.union("p:" + ex.premise, "h:" + ex.hypothesis)
    members: dict[str, list[NLIExample]] = {}
    for ex in examples:
        members.setdefault(sets.find("p:" + ex.premise), []).append(ex)
    return {min(e.premise for e in group): group for group in members.values()}


LINKED_SOURCES = frozenset({"cad"})
"""Sources split by linked groups (premise or hypothesis shared) instead of by premise."""


def split(result: ReadResult, dev_fraction: float = 0.1, dev_max: int = 1000) -> Split:
    """Split one source into train/dev, fixed by hashing the premise.

    Premises are ordered by their sha256 and whole premise groups go to dev until it
    holds ``min(dev_max, dev_fraction * n)`` pairs, so no premise is in both parts (SNLI
    has three hypotheses per premise) and the split does not depend on file order.
    For :data:`LINKED_SOURCES` a group also joins pairs that share a hypothesis.
    """
    groups: dict[str, list[NLIExample]] = {}
    if result.source in LINKED_SOURCES:
        groups = _linked_groups(result.examples)
    else:
        for ex in result.examples:
            groups.setdefault(ex.premise, []).append(ex)
    target = min(dev_max, round(len(result.examples) * dev_fraction))
    dev_premises: set[str] = set()
    n_dev = 0
    for premise in sorted(groups, key=lambda p: pair_hash(p, "")):
        if n_dev >= target:
            break
        dev_premises.add(premise)
        n_dev += len(groups[premise])
    dev = tuple(e for p in dev_premises for e in groups[p])
    dev_ids = {id(e) for e in dev}
    dev = tuple(e for e in result.examples if id(e) in dev_ids)
    train = tuple(e for e in result.examples if id(e) not in dev_ids)
    return Split(result.source, train, dev, result.malformed)


def drop_dev_overlap(splits: Sequence[Split]) -> list[Split]:
    """Remove from every train part the pairs whose premise or hypothesis is a dev premise
    of *any* source: Breaking NLI and CAD reuse SNLI premises, so a per-source split alone
    could train on another source's dev sentences."""
    dev_text = {e.premise for sp in splits for e in sp.dev}
    out = []
    for sp in splits:
        train = tuple(e for e in sp.train
                      if e.premise not in dev_text and e.hypothesis not in dev_text)
        if len(train) != len(sp.train):
            log.info("%s: %d train pairs share a sentence with a dev premise, dropped",
                     sp.source, len(sp.train) - len(train))
        out.append(Split(sp.source, train, sp.dev, sp.malformed))
    return out


def load_splits(data_dir: Path) -> list[Split]:
    """Read every source and split each into its fixed train/dev parts."""
    return drop_dev_overlap([split(r) for r in read_all(data_dir)])

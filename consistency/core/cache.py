"""On-disk caches keyed by content hashes, so a re-run pays only for what changed.

One SQLite file under ``cache.dir`` holds claims (and frames) per document, embeddings
per claim text and model, and NLI scores per directed pair and model. Keys hash the content
and every setting that changes the value, so a stale entry is never read: changing
a claims setting, the model or this module's ``VERSION`` simply misses.
SQLite makes each write atomic and lets two runs share the cache safely.

Values are data only (JSON for claims, frames and scores, raw float32 for vectors):
reading a cache file never runs code, so a cache someone else wrote is harmless. A
file that is not a cache of this shape is moved aside with a warning and rebuilt.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from consistency.core.config import CacheConfig
from consistency.core.ids import sha256
from consistency.core.types import Article, Claim, NLIScores

log = logging.getLogger(__name__)

# bump when claims/frames extraction changes what it returns (11: values, amounts, stays,
# injuries, one-person destinations, described ages; 12: a negated speech verb reporting
# nothing is no denial, lowercase entities are no names, regions; 13: kinds of doer,
# partitives; 14: guessed figures, host verbs; 15: totals; 16: hyphenated number words,
# year-dated counts, hyphenated participles; 19: finders' pursuits, places of found things;
# 24: counted parts of a group head their event; choices; deadlines; 25: neither-nor and
# set-aside denials, kept states, number words are no names, people aboard,
# people moved by participle or relative clause, sides told as names, clause times;
# 26: acts told only as advice or aim are not asserted, demanded destinations, sums paid
# to each payee or demanded, "nobody was hurt" against one person hurt; 27: kinds of who
# raised the alarm or first noticed, event heads and counts of copulas and left-in states;
# 28: groups of counted people and crews, declared emergencies, contacts, reaching water,
# end places, broad causes, parts of a day after a clock time; 29: compass bearings from a
# landmark, things moved to a place, lengths of a thing, floors moved from, counts of a past year,
# denials narrowed to a kind or group, choices kept open, things in or out of service,
# who attended a meeting told by its noun, the act a cause tells, faults meeting the
# story's named mishap; 31: another instance of a planned thing, "he" after a newly
# described person, a falling thing's street, an arrest's town, costs, numbers told in
# words, counts of places, causes with their upshot, doers' workplaces, being told of a
# thing, plans put off; 33: a guildhall as a venue, a relative clause on an amount has a
# thing of its own, lead-ups that came or were triggered after a doing; 36: crews and
# members counted as people, deputies' offices, ages of described names, one thing at two
# named places, causes of a grounding, verbs of motion into a state, forecast spans, vote
# splits and jobs; 37: a bare verb of leaving a post done to a thing concerns the thing;
# 38: an ordinal ("the 63rd minute") is no count; 47: ages of role nouns and of a
# standalone "the 58-year-old", offices before an apposed name, remote things, owned deeds,
# clause times, implied subjects, counts told back; 48: kinds of act, failures of things only;
# 49: a speaker's whole phrase, a halt held for a span is no denied act, lapses, hedged
# fractions, ages of a role noun before a name; 50: a wrong thing only in the fault's own
# clause)
VERSION = "50"
T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS nli (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_TABLES = {"blobs", "vectors", "nli"}
# What each per-document kind holds, imported only when used (frames live above core).
_ITEM_TYPES = {
    "claims": "consistency.core.types:Claim",
    "frames": "consistency.structured.frames:Frame",
}


@functools.lru_cache(maxsize=8)
def _codec(item_type: type) -> Any:
    """A JSON codec for a list of ``item_type`` (frozen dataclasses, nested)."""
    from pydantic import ConfigDict, TypeAdapter

    # Quantities may be open-ended (high = inf): keep infinities as JSON constants.
    return TypeAdapter(list[item_type], config=ConfigDict(ser_json_inf_nan="constants"))


def _item_type(kind: str) -> type:
    module, _, name = _ITEM_TYPES[kind].partition(":")
    return getattr(importlib.import_module(module), name)


def user_cache_dir() -> Path:
    """The per-user cache folder: ``$CONSISTENCY_CACHE``, else ``$XDG_CACHE_HOME/consistency``.

    Never relative to the working directory: a folder someone sends you must not be
    able to bring its own cache along.
    """
    base = os.environ.get("CONSISTENCY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "consistency"
    )
    return Path(base)


class Cache:
    """Content-addressed cache; with ``enabled=False`` every lookup misses and nothing is kept."""

    def __init__(self, config: CacheConfig, enabled: bool = True):
        self.enabled = enabled
        self.path = Path(config.dir or user_cache_dir()) / "cache.sqlite"
        self._db: sqlite3.Connection | None = None
        self._nli: dict[str, NLIScores] = {}
        self._pending: dict[str, str] = {}
        self.hits = 0
        self.misses = 0

    @property
    def db(self) -> sqlite3.Connection | None:
        if not self.enabled:
            return None
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError as exc:
                self._move_aside(exc)
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        """Connect and check the file is a cache of this shape (else DatabaseError)."""
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            for table in _TABLES:
                cols = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
                if cols != ["key", "value"]:
                    raise sqlite3.DatabaseError(f"table {table} has columns {cols}")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _move_aside(self, exc: Exception) -> None:
        """Rename a corrupt or foreign cache file (and its journals) and start afresh."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        log.warning(
            "%s is not a usable cache (%s); moved to %s, rebuilding",
            self.path,
            " ".join(str(exc).split()),
            aside.name,
        )
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            if src.exists():
                os.replace(src, Path(str(aside) + suffix))

    def _get_many(self, table: str, keys: Sequence[str]) -> dict[str, bytes]:
        if self.db is None or not keys:
            return {}
        found: dict[str, bytes] = {}
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT key, value FROM {table} WHERE key IN ({marks})", chunk)
            found.update(rows)
        return found

    def _put_many(self, table: str, items: dict[str, bytes | str]) -> None:
        if self.db is None or not items:
            return
        with self.db:
            self.db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", items.items())

    def per_document(
        self,
        kind: str,
        settings: str,
        articles: Sequence[Article],
        compute: Callable[[Sequence[Article]], list[T]],
        doc_of: Callable[[T], str],
        skip: Collection[str] = (),
    ) -> list[T]:
        """Items of each article (claims, say), computing only the articles not cached.

        Documents whose id is in ``skip`` once ``compute`` returns (those it failed on)
        are not stored, so the next run tries them again and reports them again.
        """
        keys = {
            a.id: sha256(kind, VERSION, settings, a.text, repr(a.body), a.published or "")
            for a in articles
        }
        cached = self._decoded(kind, self._get_many("blobs", list(keys.values())))
        todo = [a for a in articles if keys[a.id] not in cached]
        self.hits += len(articles) - len(todo)
        self.misses += len(todo)
        fresh = compute(todo) if todo else []
        by_doc: dict[str, list[T]] = {a.id: [] for a in todo}
        for item in fresh:
            by_doc[doc_of(item)].append(item)
        codec = _codec(_item_type(kind))
        self._put_many(
            "blobs",
            {keys[d]: codec.dump_json(items) for d, items in by_doc.items() if d not in skip},
        )
        out: list[T] = []
        for a in articles:
            out.extend(by_doc[a.id] if a.id in by_doc else cached[keys[a.id]])
        return out

    def _decoded(self, kind: str, rows: dict[str, bytes]) -> dict[str, list]:
        """Decode cached JSON values; one that does not decode is a miss (and recomputed)."""
        codec = _codec(_item_type(kind))
        out: dict[str, list] = {}
        for key, value in rows.items():
            try:
                out[key] = codec.validate_json(value)
            except ValueError as exc:
                log.warning(
                    "cached %s entry %s is unreadable, recomputed (%s)",
                    kind,
                    key[:12],
                    " ".join(str(exc).split())[:200],
                )
        return out

    def claims(
        self,
        articles: Sequence[Article],
        settings: str,
        compute: Callable[[Sequence[Article]], list[Claim]],
        skip: Collection[str] = (),
    ) -> list[Claim]:
        return self.per_document("claims", settings, articles, compute, lambda c: c.doc_id, skip)

    def embeddings(
        self, model_key: str, texts: Sequence[str], compute: Callable[[Sequence[str]], np.ndarray]
    ) -> np.ndarray:
        """Vectors of ``texts``, encoding only texts this model has not embedded before."""
        keys = [sha256("vec", model_key, t) for t in texts]
        cached = {k: v for k, v in self._get_many("vectors", keys).items() if _vector_ok(v)}
        missing = list(
            dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in cached)
        )
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        fresh = compute(missing) if missing else np.zeros((0, 0), dtype=np.float32)
        new = {
            sha256("vec", model_key, t): fresh[i].astype(np.float32).tobytes()
            for i, t in enumerate(missing)
        }
        self._put_many("vectors", new)
        cached.update(new)
        if not texts:
            return np.zeros((0, fresh.shape[1] if fresh.size else 0), dtype=np.float32)
        return np.vstack([np.frombuffer(cached[k], dtype=np.float32) for k in keys])

    def nli_many(self, model_key: str, pairs: Sequence[tuple[str, str]]) -> list[NLIScores | None]:
        """Cached scores of each (premise, hypothesis), None where not cached; one query."""
        keys = [sha256("nli-directed", model_key, p, h) for p, h in pairs]
        missing = list({k for k in keys if k not in self._nli})
        for key, row in self._get_many("nli", missing).items():
            try:
                self._nli[key] = NLIScores(*map(float, json.loads(row)))
            except (ValueError, TypeError):
                log.warning("cached NLI score %s is unreadable, recomputed", key[:12])
        return [self._nli.get(k) for k in keys]

    def put_nli(self, model_key: str, premise: str, hypothesis: str, scores: NLIScores) -> None:
        key = sha256("nli-directed", model_key, premise, hypothesis)
        self._nli[key] = scores
        self._pending[key] = json.dumps([scores.entailment, scores.neutral, scores.contradiction])

    def flush(self) -> None:
        self._put_many("nli", self._pending)
        self._pending = {}

    def clear(self) -> int:
        """Delete the cache file; returns the bytes freed."""
        if self._db is not None:
            self._db.close()
            self._db = None
        freed = 0
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                freed += p.stat().st_size
                p.unlink()
        return freed


def _vector_ok(value: object) -> bool:
    """A cached vector is float32 bytes; anything else (a foreign file's rows) is a miss."""
    return isinstance(value, bytes) and len(value) > 0 and len(value) % 4 == 0


def weights_hash(model_dir: Path) -> str:
    """Short hash of a model folder's config and weights, naming its exports in the cache."""
    h = hashlib.sha256()
    for name in ("config.json", "model.safetensors"):
        with (model_dir / name).open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:16]


def model_fingerprint(name: str) -> str:
    """A key that changes when a model's weights change.

    A local folder hashes its weight and config files; a hub name is its own key.
    """
    path = Path(name)
    return f"path:{_folder_hash(path)}" if path.is_dir() else f"name:{name}"


def _folder_hash(folder: Path) -> str:
    parts = []
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix in (".safetensors", ".bin", ".onnx", ".json"):
            parts.append(f"{f.relative_to(folder)}:{hashlib.sha256(f.read_bytes()).hexdigest()}")
    return sha256(*parts)

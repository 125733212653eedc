"""Content-hashed ids, atomic file writes and JSON Lines parsing, shared by every stage."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_SURROGATE = re.compile("[\ud800-\udfff]")


def sha256(*parts: str) -> str:
    """Hex sha256 of the parts, joined with a separator that cannot occur in text."""
    h = hashlib.sha256()
    for i, part in enumerate(parts):
        if i:
            h.update(b"\x00")
        h.update(part.encode("utf-8"))
    return h.hexdigest()


def doc_id(text: str) -> str:
    """Id of a document: the hash of its text, so a copy under another name is the same."""
    return sha256("doc", text)[:16]


def claim_id(doc: str, text: str, start: int) -> str:
    return sha256("claim", doc, str(start), text)[:16]


def pair_id(text_a: str, text_b: str) -> str:
    """Order-independent id of two claim texts (the finding id in reports)."""
    first, second = sorted((text_a, text_b))
    return sha256("pair", first, second)[:16]


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` via a temp file in the same folder and a rename.

    A crash leaves either the old file or the new one, never half of one.
    """
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def parse_json(text: str, replace_surrogates: bool = False) -> Any:
    """``json.loads`` that fails only with a one-line ValueError, whatever the input.

    Hostile JSON (100,000 nested brackets, a 5,000-digit number, a ``\\ud800`` escape
    with no partner) otherwise raises RecursionError or produces strings that cannot be
    written back as UTF-8. Lone surrogates are an error, or with ``replace_surrogates``
    become U+FFFD.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n" not in text.rstrip():  # one line (of a JSON Lines file, say)
            raise ValueError(f"not valid JSON ({exc.msg})") from exc
        where = f"line {exc.lineno} column {exc.colno}"
        raise ValueError(f"not valid JSON at {where}: {exc.msg}") from exc
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise ValueError(f"not usable JSON ({' '.join(str(exc).split())})") from exc
    if "\\u" in text and _has_surrogate(value):
        if not replace_surrogates:
            raise ValueError("JSON string holds a lone surrogate (\\udXXX), not valid Unicode")
        value = _fix_surrogates(value)
    return value


def _strings(value: Any) -> Iterator[str]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _has_surrogate(value: Any) -> bool:
    return any(_SURROGATE.search(s) for s in _strings(value))


def _fix_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate replaced (parse depth is already bounded)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_fix_surrogates(k): _fix_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fix_surrogates(v) for v in value]
    return value


def jsonl_objects(text: str, where: str) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line of JSON Lines ``text``.

    Raises ValueError ``"<where>:<line>: ..."`` at the first bad line, so callers can
    re-raise it as their own error type and the user sees the file and the line. Lines
    end at ``\\n`` only: JSON strings may hold U+2028 and other Unicode line breaks.
    """
    out: list[tuple[int, dict]] = []
    for no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = parse_json(line)
        except ValueError as exc:
            raise ValueError(f"{where}:{no}: {exc}") from exc
        if not isinstance(obj, dict):
            raise ValueError(f"{where}:{no}: expected a JSON object")
        out.append((no, obj))
    return out


def atomic_write_many(files: dict[Path, bytes]) -> None:
    """Write every file's temporary first, then rename them all into place.

    A failure while writing (a full disk) leaves every old file as it was; the renames
    that follow cannot run out of space, so the files are replaced together.
    """
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            target = Path(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            temps.append((tmp, target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, target in temps:
            os.replace(tmp, target)
    finally:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)


def dedupe_findings(findings: Iterable[T]) -> list[T]:
    """The first item of each ``id``, in order (findings come sorted best first).

    One article repeated in a file, or one sentence in two documents, gives the same
    pair of texts, hence the same finding id, many times.
    """
    seen: set[str] = set()
    out: list[T] = []
    for item in findings:
        key = item.id  # type: ignore[attr-defined]
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def ensure_writable_dir(path: str | os.PathLike[str]) -> None:
    """Check that folder ``path`` exists and is writable, or could be created; else OSError.

    Run before the slow stages, so a bad ``--out`` fails in a second, not after an hour.
    Nothing is created: a run that fails later leaves no empty report folder behind.
    """
    folder = Path(path)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(existing))
    if not os.access(existing, os.W_OK | os.X_OK):
        raise PermissionError(errno.EACCES, "not writable", str(existing))

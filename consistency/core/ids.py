"""Content-hashed ids, atomic file writes and JSON Lines parsing, shared by every stage."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


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


def jsonl_objects(text: str, where: str) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line of JSON Lines ``text``.

    Raises ValueError ``"<where>:<line>: ..."`` at the first bad line, so callers can
    re-raise it as their own error type and the user sees the file and the line.
    """
    out: list[tuple[int, dict]] = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}:{no}: not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise ValueError(f"{where}:{no}: expected a JSON object")
        out.append((no, obj))
    return out

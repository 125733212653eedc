"""``consistency serve``: a report's ``report.html`` in the browser, with verdicts saved.

The page is the report.html that ``check`` wrote (the same page as on disk); served, its
buttons and keys write each verdict and note to the review store at once, through
:class:`consistency.review.store.ReviewStore` (one short transaction per verdict), so
several tabs and a terminal ``consistency review`` can work on one store together.
Every store call runs on one worker thread that owns the SQLite connection.

Only loopback addresses are bound unless the caller allows a remote one. Requests must
name a local host (no DNS rebinding) and writes must carry the ``X-Consistency`` header,
which a cross-site form cannot send.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from consistency.core.config import Config
from consistency.core.types import Finding
from consistency.review.interactive import ReviewError, load_report
from consistency.review.records import VERDICTS, ReviewStoreError, Snapshot, VerdictRecord
from consistency.review.store import ReviewStore
from consistency.stages.report_html import MODE_FILE

log = logging.getLogger(__name__)

SERVED_MODE = '<meta name="consistency-mode" content="served">'
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")
NOTE_LIMIT = 10_000
CLIENT_HEADER = "x-consistency"
API = "/api"  # the prefix of the review server's JSON routes


class ServeError(Exception):
    """The app cannot start (no report, bad address); one line. ``exit_code`` 2 = usage."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def is_loopback(host: str) -> bool:
    """True for localhost and any loopback address (127.0.0.0/8, ::1)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def load_page(report_dir: Path) -> str:
    """report.html of ``report_dir``, switched to served mode."""
    path = report_dir / "report.html"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ServeError(
            f"{path}: no report.html here ({exc.strerror}); run `consistency check` first", 2
        ) from exc
    if MODE_FILE not in text:
        raise ServeError(f"{path}: not a report.html written by consistency check", 2)
    return text.replace(MODE_FILE, SERVED_MODE, 1)


class StoreWorker:
    """One thread that owns the review store's connection; every call runs on it."""

    def __init__(self, config: Config) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="review-store")
        self._store: ReviewStore | None = None
        self.path = Path(config.review.store)
        self._timeout = config.review.busy_timeout_s
        self.call(lambda store: None)  # open now: a bad store fails before serving

    def _run(self, fn: Callable[[ReviewStore], Any]) -> Any:
        if self._store is None:
            self._store = ReviewStore(self.path, busy_timeout=self._timeout)
        return fn(self._store)

    def call(self, fn: Callable[[ReviewStore], Any]) -> Any:
        return self._pool.submit(self._run, fn).result()

    async def acall(self, fn: Callable[[ReviewStore], Any]) -> Any:
        return await asyncio.wrap_future(self._pool.submit(self._run, fn))

    def close(self) -> None:
        if self._store is not None:
            self._pool.submit(self._store.close).result()
        self._pool.shutdown()


def _record(rec: VerdictRecord) -> dict[str, Any]:
    return {"finding_id": rec.finding_id, "verdict": rec.verdict, "note": rec.note,
            "time": rec.time}


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _parse_body(body: Any) -> tuple[str | None, str | None]:
    """verdict and note from a request body; ValueError with a message when bad."""
    if not isinstance(body, dict) or not ({"verdict", "note"} & body.keys()):
        raise ValueError("send {\"verdict\": \"confirmed\"|\"rejected\"} and/or {\"note\": ...}")
    verdict, note = body.get("verdict"), body.get("note")
    if verdict is not None and verdict not in VERDICTS:
        raise ValueError(f"verdict must be confirmed or rejected, not {verdict!r}")
    if note is not None and (not isinstance(note, str) or len(note) > NOTE_LIMIT):
        raise ValueError(f"note must be text of at most {NOTE_LIMIT} characters")
    return verdict, note


class _Handlers:
    """The app's endpoints, over one report and one store worker."""

    def __init__(self, page: str, findings: dict[str, Finding], worker: StoreWorker) -> None:
        self.page, self.findings, self.worker = page, findings, worker

    async def index(self, request: Request) -> Response:
        return HTMLResponse(self.page, headers={"Cache-Control": "no-store"})

    async def verdicts(self, request: Request) -> Response:
        records = await self.worker.acall(lambda store: store.verdicts())
        kept = {r.finding_id: _record(r) for r in records if r.finding_id in self.findings}
        return JSONResponse({"store": str(self.worker.path), "verdicts": kept})

    async def set_finding(self, request: Request) -> Response:
        if request.headers.get(CLIENT_HEADER) != "1":
            return _error("missing X-Consistency header", 403)
        fid = request.path_params["finding_id"]
        finding = self.findings.get(fid)
        if finding is None:
            return _error(f"no finding {fid!r} in this report", 404)
        try:
            verdict, note = _parse_body(await request.json())
        except ValueError as exc:
            return _error(str(exc), 400)

        def write(store: ReviewStore) -> VerdictRecord | None:
            if verdict is not None:
                return store.set_verdict(fid, verdict, note, Snapshot.from_finding(finding))
            return store.get(fid) if store.set_note(fid, note or "") else None

        try:
            rec = await self.worker.acall(write)
        except ReviewStoreError as exc:
            log.warning("%s", exc)
            return _error(str(exc), 503)
        if rec is None:
            return _error("confirm or reject the finding first; a note goes with a verdict", 409)
        return JSONResponse(_record(rec))


def create_app(report_dir: str | Path, config: Config, allow_remote: bool = False) -> Starlette:
    """The ASGI app for one report folder and the review store of ``config``."""
    folder = Path(report_dir)
    page = load_page(folder)
    try:
        findings = {f.id: f for f in load_report(folder).findings}
    except ReviewError as exc:
        raise ServeError(str(exc), exc.exit_code) from exc
    try:
        worker = StoreWorker(config)
    except ReviewStoreError as exc:
        raise ServeError(str(exc)) from exc
    handlers = _Handlers(page, findings, worker)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        yield
        worker.close()

    hosts = ["*"] if allow_remote else list(LOCAL_HOSTS)
    return Starlette(
        routes=[
            Route("/", handlers.index),
            Route(f"{API}/verdicts", handlers.verdicts),
            Route(f"{API}/findings/{{finding_id}}", handlers.set_finding, methods=["POST"]),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)],
        lifespan=lifespan,
    )


def bind(host: str, port: int, allow_remote: bool = False) -> socket.socket:
    """A listening socket on ``host:port``; a non-loopback host needs ``allow_remote``."""
    if not is_loopback(host) and not allow_remote:
        raise ServeError(
            f"--host {host} is not a local address; add --allow-remote to serve it to "
            "the network (anyone who can reach it can change verdicts)", 2
        )
    bare = host.strip("[]")
    family = socket.AF_INET6 if ":" in bare else socket.AF_INET
    # proto must be named: asyncio sets TCP_NODELAY only on IPPROTO_TCP sockets, and without
    # it each small response waits ~40 ms on the client's delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((bare, port))
    except OSError as exc:
        sock.close()
        raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror}); try --port", 1) from exc
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(report_dir: str | Path, config: Config, host: str = "127.0.0.1", port: int = 8765,
          allow_remote: bool = False, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve ``report_dir`` until interrupted (Ctrl-C stops it cleanly)."""
    import uvicorn

    app = create_app(report_dir, config, allow_remote=allow_remote)
    sock = bind(host, port, allow_remote)
    if on_ready is not None:
        on_ready(url_of(sock))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()

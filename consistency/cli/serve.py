"""`consistency serve`: thin command-line wrapper over :func:`consistency.web.app.serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from consistency.core.config import ConfigError, load_config

SERVE_HELP = """Review a report in the browser: confirm, reject and annotate findings.

Serves REPORT_DIR's report.html (default: report.out in the config) on 127.0.0.1.

Each verdict goes to the review store at once, as with `consistency review`.

Keys in the page: j/k next/previous, c confirm, r reject, n note. Ctrl-C stops it.

Example: consistency serve reports/latest --port 8765
"""


def serve_command(
    report_dir: Annotated[Path | None, typer.Argument(help="Report folder.")] = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on (a non-local one needs --allow-remote).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(
        "--port", min=0, max=65535, help="Port (0: any free one).")] = 8765,
    allow_remote: Annotated[bool, typer.Option(
        "--allow-remote", help="Allow a --host other machines can reach.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="Config file.")] = None,
) -> None:
    from consistency.web.app import ServeError, serve

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    folder = report_dir or Path(cfg.report.out)

    def ready(url: str) -> None:
        typer.echo(f"serving {folder} at {url}  (review store {cfg.review.store}; Ctrl-C stops)")

    try:
        serve(folder, cfg, host=host, port=port, allow_remote=allow_remote, on_ready=ready)
    except ServeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        pass
    typer.echo("stopped")


def register(app: typer.Typer) -> None:
    """Add the serve command to the main app."""
    app.command("serve", help=SERVE_HELP)(serve_command)

"""The ``consistency`` command line: thin wrappers over library functions of the same name.

Exit codes: 0 success, 2 usage or config error (including nothing to check), 1 failure.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from consistency.core.config import ConfigError, load_config
from consistency.core.escape import escape_terminal

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Model-loading bars from transformers would interleave with ours.
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

app = typer.Typer(
    help="Find where news sources about one story disagree, with the evidence side by side.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
cache_app = typer.Typer(help="Manage the on-disk cache of claims, embeddings and NLI scores.")

ConfigOpt = typer.Option(
    None, "--config", "-c", help="YAML config file (default: configs/default.yaml)."
)
SetOpt = typer.Option(
    None, "--set", help="Override a key, e.g. --set nli.contradiction_threshold=0.6"
)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    return typer.Exit(code)


def config_or_exit(path: Path | None, overrides: list[str] | None):
    try:
        return load_config(path, overrides or [])
    except ConfigError as exc:
        raise fail(str(exc), 2) from None


class _Bars:
    """A rich progress bar per stage, shown only on a terminal and for stages that last."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.progress = Progress(
            TextColumn("{task.description:>8}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=False,
            disable=not enabled,
        )
        self.task = None

    def start(self, stage: str, total: int | None) -> None:
        if self.enabled:
            self.progress.start()
            self.task = self.progress.add_task(stage, total=total)

    def advance(self, n: float = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, n)

    def finish(self) -> None:
        if self.task is not None:
            total = self.progress.tasks[-1].total
            if total is not None:
                self.progress.update(self.task, completed=total)
            self.progress.stop()
            self.task = None


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="Folders (searched recursively) or files."),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Report folder (default: report.out in the config)."
    ),
    config: Path | None = ConfigOpt,
    set_: list[str] | None = SetOpt,
    no_cache: bool = typer.Option(False, "--no-cache", help="Ignore and do not fill the cache."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars or summary."),
    engine: str | None = typer.Option(
        None, "--engine", help="local | ray: where claims, embedding and NLI run "
        "(default: engine.kind; ray joins $RAY_ADDRESS, else starts a local Ray)."
    ),
    num_cpus: int | None = typer.Option(
        None, "--num-cpus", help="CPUs of a local Ray started by --engine ray (default: all)."
    ),
) -> None:
    """Check a folder of articles for contradictions between sources.

    Example: consistency check seeds/ --out reports/latest --set pair.k=10
    (on Ray: consistency check seeds/ --engine ray --num-cpus 2)
    """
    from consistency.engine import EngineError
    from consistency.pipeline import CheckError
    from consistency.pipeline import check as run_check

    extra = [f"engine.kind={engine}"] if engine else []
    extra += [f"engine.num_cpus={num_cpus}"] if num_cpus is not None else []
    cfg = config_or_exit(config, [*(set_ or []), *extra])
    target = out or Path(cfg.report.out)
    bars = _Bars(enabled=not quiet and sys.stderr.isatty())
    try:
        result = run_check(paths, cfg, out=target, progress=bars, use_cache=not no_cache)
    except CheckError as exc:
        raise fail(str(exc), 2) from None
    except EngineError as exc:
        raise fail(str(exc), 1) from None
    except Exception as exc:  # noqa: BLE001 - one clean line for any failure
        logging.getLogger(__name__).debug("check failed", exc_info=True)
        raise fail(f"check failed: {exc}", 1) from None
    for problem in result.run.skipped:
        typer.secho(f"skipped {escape_terminal(problem)}", err=True, fg=typer.colors.YELLOW)
    if result.run.documents < 2:
        from consistency.stages.report import ONE_SOURCE

        typer.secho(f"warning: {ONE_SOURCE}", err=True, fg=typer.colors.YELLOW)
    if not result.findings and result.near_misses and not quiet:
        m = result.near_misses[0]
        typer.echo(f"nothing flagged; the nearest miss scored {m.score:.2f} "
                   f"(--set {' --set '.join(m.setting.split())} would flag it; see report.md)")
    if not quiet:
        run = result.run
        secs = sum(s.seconds for s in run.stages)
        typer.echo(
            f"{run.documents} documents, {run.claims} claims, {run.pairs_scored} pairs "
            f"({run.pairs_per_claim:.2f} per claim, {run.pairs_nli} by NLI), {run.flags} flagged, "
            f"{len(result.corroborations)} corroborated, {secs:.1f} s"
        )
        typer.echo(f"report: {target / 'report.md'}  ({target / 'report.yaml'}, "
                   f"{target / 'report.html'})")


@cache_app.command("clear")
def cache_clear(config: Path | None = ConfigOpt, set_: list[str] | None = SetOpt) -> None:
    """Delete the cache (claims, embeddings, NLI scores).

    Example: consistency cache clear --config my.yaml
    """
    from consistency.core.cache import Cache

    cfg = config_or_exit(config, set_)
    freed = Cache(cfg.cache).clear()
    typer.echo(f"cleared {cfg.cache.dir} ({freed / 1e6:.1f} MB)")


def _register() -> None:
    from consistency.cli.nli import app as nli_app
    from consistency.cli.review import register
    from consistency.cli.serve import register as register_serve

    app.add_typer(nli_app, name="nli")
    app.add_typer(cache_app, name="cache")
    register(app)
    register_serve(app)


_register()


def main() -> None:
    logging.basicConfig(
        level=os.environ.get("CONSISTENCY_LOG", "WARNING").upper(),
        format="%(levelname)s %(name)s: %(message)s",
    )
    app()


if __name__ == "__main__":
    main()

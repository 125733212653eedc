"""`consistency review` and `consistency tune`: thin command-line wrappers.

Each command loads the config, calls the library function of the same name in
:mod:`consistency.review.interactive` / :mod:`consistency.review.tune` and prints
the result. Errors are one line on stderr: exit 2 for usage and config problems, 1 for failures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from consistency.core.config import Config, ConfigError, load_config
from consistency.review.store import ReviewStoreError

if TYPE_CHECKING:
    from consistency.core.types import Finding

REVIEW_HELP = """Review flagged findings: confirm or reject each; verdicts are remembered.

Without options, walks the findings of REPORT_DIR (default: report.out in the config,
reports/latest) one at a time.

Example: consistency review reports/latest --set 3f2a9c1d0b7e4a55=confirmed --note "AP fixed it"
"""
REPORT_HELP = """Re-write report.md and report.yaml with your verdicts, without re-checking.

Example: consistency report reports/latest
"""
TUNE_HELP = """Recommend thresholds from your verdicts (precision/recall per cut point).

Example: consistency tune --target-precision 0.9 --write --config my.yaml
(or: consistency tune --refit --write --config my.yaml)
"""


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _config(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        _fail(str(exc), 2)


def review_command(
    report_dir: Annotated[Path | None, typer.Argument(help="Report folder.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List findings and verdicts.")] = False,
    set_: Annotated[list[str] | None, typer.Option(
        "--set", help="ID=confirmed|rejected (repeatable; an id prefix will do).")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Note to save with --set.")] = None,
    export: Annotated[Path | None, typer.Option(
        "--export", help="Write all verdicts to FILE (.csv or .jsonl).")] = None,
    import_: Annotated[Path | None, typer.Option(
        "--import", help="Merge verdicts from FILE (.csv or .jsonl).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Config file.")] = None,
) -> None:
    from consistency.review import interactive as lib
    from consistency.review.store import located

    cfg = _config(config)
    folder = report_dir or Path(cfg.report.out)
    cfg = located(cfg, folder)
    modes = sum(bool(m) for m in (list_, set_, export, import_))
    if modes > 1:
        _fail("use one of --list, --set, --export, --import at a time", 2)
    if note is not None and not set_:
        _fail("--note goes with --set ID=confirmed|rejected", 2)
    try:
        if list_:
            _print_list(lib.list_findings(folder, cfg))
        elif set_:
            for item in set_:
                fid, sep, verdict = item.partition("=")
                if not sep or not fid.strip():
                    _fail(f"--set {item!r}: expected ID=confirmed or ID=rejected", 2)
                rec = lib.set_verdict(folder, cfg, fid.strip(), verdict, note)
                extra = f" ({rec.note})" if rec.note else ""
                typer.echo(f"{rec.finding_id}: {rec.verdict}{extra}")
        elif export:
            typer.echo(f"exported {lib.export_verdicts(cfg, export)} verdicts to {export}")
        elif import_:
            res = lib.import_verdicts(cfg, import_)
            typer.echo(f"imported {import_}: {res.rows} rows, {res.written} saved, "
                       f"{res.kept} kept (the store had a later verdict)")
        else:
            summary = lib.review(folder, cfg)
            if summary.confirmed or summary.rejected or summary.notes:
                lib.report(folder, cfg)  # the report shows the verdicts at once
                typer.echo(f"updated {folder / 'report.md'} with the verdicts")
    except KeyboardInterrupt:
        _fail("interrupted; the verdicts given so far are saved", 130)
    except lib.ReviewError as exc:
        _fail(str(exc), exc.exit_code)
    except ReviewStoreError as exc:
        _fail(str(exc), 1)


def report_command(
    report_dir: Annotated[Path | None, typer.Argument(help="Report folder.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Config file.")] = None,
) -> None:
    from consistency.review import interactive as lib

    cfg = _config(config)
    try:
        out = lib.report(report_dir or Path(cfg.report.out), cfg)
    except lib.ReviewError as exc:
        _fail(str(exc), exc.exit_code)
    except ReviewStoreError as exc:
        _fail(str(exc), 1)
    typer.echo(f"wrote {out / 'report.md'} and {out / 'report.yaml'} with the verdicts")


def _print_list(findings: tuple[Finding, ...]) -> None:
    if not findings:
        typer.echo("no findings")
    for f in findings:
        verdict = f.verdict or ("new" if f.new else "-")
        typer.echo(f"{f.id}  {f.kind:<13} {f.score:5.2f}  {verdict:<9}  {f.explanation}")


def _refit(cfg, write: Path | None) -> None:
    from consistency.review.tune import refit

    try:
        result = refit(cfg, write)
    except (ReviewStoreError, ConfigError) as exc:
        _fail(str(exc), 1)
    typer.echo(result.message)
    if result.needed:
        raise typer.Exit(1 if write else 0)
    for name, w in result.weights.items():
        typer.echo(f"  {name:<12} {w:+.4f}")
    typer.echo(f"  {'bias':<12} {result.bias:+.4f}")
    if result.written:
        typer.echo(f"wrote score.weights and score.bias to {result.written}")


def tune_command(
    target_precision: Annotated[float | None, typer.Option(
        "--target-precision", min=0.0, max=1.0,
        help="Precision to reach (default: review.target_precision).")] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Write the recommended thresholds into the --config file.")] = False,
    config: Annotated[Path | None, typer.Option("--config", help="Config file.")] = None,
    plot: Annotated[Path | None, typer.Option(
        "--plot", help="Where to save the precision-recall PNG.")] = None,
    refit: Annotated[bool, typer.Option(
        "--refit", help="Refit score.weights / score.bias on the verdicts instead.")] = False,
) -> None:
    from consistency.review.tune import tune

    if write and config is None:
        _fail("--write needs --config FILE (the shipped default is never rewritten)", 2)
    # --write may create the config file; until then the defaults apply
    cfg = _config(None) if write and config is not None and not config.exists() else _config(config)
    from consistency.review.store import located

    cfg = located(cfg, cfg.report.out)
    if refit:
        _refit(cfg, config if write else None)
        return
    try:
        result = tune(cfg, target_precision, plot=plot, write=config if write else None)
    except ReviewStoreError as exc:
        _fail(str(exc), 1)
    except ConfigError as exc:
        _fail(str(exc), 1)
    if result.needed:
        typer.echo(result.message)
        raise typer.Exit(1 if write else 0)
    typer.echo(f"{result.verdicts} verdicts: {result.positives} confirmed, "
               f"{result.negatives} rejected; target precision {result.target_precision:.2f}")
    typer.echo(f"\n{'threshold':>9}  {'precision':>9}  {'recall':>6}  {'tp':>4}  {'fp':>4}")
    for p in result.curves[0].points:
        typer.echo(f"{p.threshold:9.4f}  {p.precision:9.3f}  {p.recall:6.3f}  "
                   f"{p.true_positives:4d}  {p.false_positives:4d}")
    typer.echo(f"\n{'score':<14} {'threshold':>9}  {'precision':>9}  {'recall':>6}")
    for c in result.curves:
        r = c.recommended
        typer.echo(f"{c.name:<14} {r.threshold:9.4f}  {r.precision:9.3f}  {r.recall:6.3f}" if r
                   else f"{c.name:<14} {'none reaches the target':>30}")
    typer.echo(f"\n{result.message}\nplot: {result.plot}")
    if result.written:
        typer.echo(f"wrote thresholds to {result.written}")


def register(app: typer.Typer) -> None:
    """Add the review, tune and report commands to the main app."""
    app.command("review", help=REVIEW_HELP)(review_command)
    app.command("tune", help=TUNE_HELP)(tune_command)
    app.command("report", help=REPORT_HELP)(report_command)


def main() -> None:
    """Run review/tune alone (``python -m consistency.cli.review review ...``)."""
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register(app)
    app()


if __name__ == "__main__":
    main()

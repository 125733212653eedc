"""`consistency nli ...` commands (placeholder; owned by the NLI work)."""

import typer

app = typer.Typer(help="Train, run and evaluate the NLI cross-encoder.", no_args_is_help=True)

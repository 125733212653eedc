"""The command line: thin typer wrappers over the library functions of the same name.

``app`` holds ``check`` and ``cache``; ``review`` adds ``review`` and ``tune``; ``nli``
adds ``nli train | predict | eval``. Library errors become one-line messages and exit
codes here, nowhere else.
"""

from consistency.cli.app import app, main

__all__ = ["app", "main"]

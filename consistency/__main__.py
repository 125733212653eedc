"""`python -m consistency` runs the CLI."""

from consistency.cli import main

if __name__ == "__main__":
    main()

"""`python -m consistency` runs the CLI."""

from consistency.cli.app import main

if __name__ == "__main__":
    main()

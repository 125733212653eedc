"""Kept for test files that import the old name; the builders live in tests/builders.py."""

from tests.builders import make_article, make_claim

__all__ = ["make_article", "make_claim"]

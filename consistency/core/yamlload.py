"""YAML that refuses a key written twice in one mapping.

PyYAML keeps the last of two equal keys without a word, so a second ``light_verbs:``
in a language file, or a second ``threshold:`` in a user's config, silently replaces
the first. Every file the package reads as data goes through :func:`load_unique`,
which fails with the key and its line instead.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["load_unique"]


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None,
                    f"key {key!r} on line {line} is already set on line {seen[key]}",
                    key_node.start_mark,
                )
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def load_unique(text: str) -> Any:
    """``yaml.safe_load`` that raises ``yaml.YAMLError`` on a duplicate mapping key."""
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass

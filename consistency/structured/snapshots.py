"""A count of a lasting state is a snapshot: "five people remained in hospital on Sunday
morning" and "one person remains in hospital" (told a day later) count one group at two
times, an update, not a clash; so "40 homes stayed without power overnight" and "a dozen
homes stay cut off", "three patients remained in intensive care" and "one remains there".
Two counts of a kept state (``state_verbs``: remain, stay) told in two tenses (the past
of an earlier report, the present of the report's own day) are never compared; two in
one tense still are ("five remain" and "two remain").
"""

from __future__ import annotations

from consistency.structured import news_facts

__all__ = ["snapshots_apart"]

_STATE_VERBS = news_facts.words("state_verbs")


def snapshots_apart(verb_a: str, tense_a: str, verb_b: str, tense_b: str) -> bool:
    """Whether two counts, each with its verb (or count key) and tense, are snapshots of a
    kept state at two times."""
    return verb_a in _STATE_VERBS and verb_b in _STATE_VERBS and tense_a != tense_b

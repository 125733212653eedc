"""Temperatures told of one place: "temperatures in some classrooms had dropped to 9C",
"staff recorded temperatures as low as 4C in some classrooms".

A temperature is a number written with its scale ("4C", "48F", "minus 3C", "-2C") in a
sentence that speaks of heat or cold (news_facts ``temperature_words``: "5C" alone may
name a school form). It is told of a place: the noun "temperatures" is compounded with
("classroom temperatures"), the place after "in" ("in Brackenmoor", "in some
classrooms"), else the subject ("some classrooms were as cold as 48F"). Two sources
giving one place, on no two days, two temperatures further apart than a conversion's
rounding (48F is 8.9C, told as 9C) disagree. A sentence whose own readings lie further
apart tells a change or a range ("fell from 18C to 9C", "between 4C and 9C"), no one
reading, and gives none. A forecast ("are forecast to fall to minus 5C") tells no
reading, and "in Brackenmoor" and "in some classrooms" are two places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.core.types import Signal
from consistency.structured import news_facts
from consistency.structured.timeanchor import on_two_days

__all__ = ["Temperature", "temperatures", "temperature_signals", "temperatures_meet"]

_WORDS = news_facts.words("temperature_words")
_FORECAST = news_facts.words("duration_forecast_words")
_MINUS = news_facts.words("minus_words")
_READING = re.compile(r"(?<![\w.])(-|\u2212)?(\d+(?:\.\d+)?)\s?\u00b0?\s?([CF])\b")
SLACK_C = 1.5  # degrees Celsius two readings of one place may differ by: a conversion


@dataclass(frozen=True)
class Temperature:
    """A temperature ``celsius`` (as written: ``text``) told of ``place`` (a noun's lemma
    or a name, lower case)."""

    place: str
    celsius: float
    text: str


def _place(doc) -> str | None:
    """What the sentence's temperature is told of (see the module docstring)."""
    for tok in doc:
        if tok.lemma_.lower() in _WORDS:
            mod = next((c for c in tok.children if c.dep_ == "compound"), None)
            if mod is not None:
                return mod.lemma_.lower()
    for tok in doc:
        if tok.dep_ == "prep" and tok.lower_ == "in":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in (
                    "DATE", "TIME"):  # fmt: skip
                return obj.lemma_.lower()
    subj = next((t for t in doc if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or subj.lemma_.lower() in _WORDS:
        return None
    return subj.lemma_.lower()


def temperatures(doc) -> tuple[Temperature, ...]:
    """The temperatures a claim (its parse ``doc``) reports of a place; none in a
    forecast, none with no place."""
    words = {t.lemma_.lower() for t in doc}
    if not words & _WORDS or words & _FORECAST:
        return ()
    place = _place(doc)
    if place is None:
        return ()
    out = []
    for m in _READING.finditer(doc.text):
        value = float(m.group(2))
        before = doc.text[: m.start()].split()
        if m.group(1) or (before and before[-1].lower() in _MINUS):
            value = -value
        celsius = value if m.group(3) == "C" else (value - 32) * 5 / 9
        out.append(Temperature(place, round(celsius, 1), m.group(0)))
    if any(abs(x.celsius - y.celsius) > SLACK_C for x in out for y in out):
        return ()  # "fell from 18C to 9C", "between 4C and 9C": a change or a range
    return tuple(out)


def temperatures_meet(a, b) -> bool:
    """Whether two claims (frames) give one place's temperature."""
    return bool({t.place for t in a.temperatures} & {t.place for t in b.temperatures})


def temperature_signals(a, b, story, score: float, weight: float, la: str,
                        lb: str) -> list[Signal]:  # fmt: skip
    """One "number" signal for one place given two temperatures beyond a conversion's
    rounding, on one day, in one story (``story()``); none when any reading of one agrees
    with any of the other's ("48F (9C)" against "9C")."""
    if not temperatures_meet(a, b) or on_two_days(a.times, b.times):
        return []
    pairs = [(x, y) for x in a.temperatures for y in b.temperatures if x.place == y.place]
    if any(abs(x.celsius - y.celsius) <= SLACK_C for x, y in pairs) or not pairs or not story():
        return []
    x, y = pairs[0]
    text = f"temperature in {x.place}: {x.text} ({la}) vs {y.text} ({lb})"
    return [Signal("number", score, text, weight)]

"""Numbers in news text, normalised to ranges so that different wordings compare equal.

"100,000", "100 thousand" and "a hundred thousand" all become ``Quantity(100000, 100000)``;
approximate wordings become ranges ("about 30" -> 27..33, "more than 100 thousand" ->
100000..inf, "tens of thousands" -> 10000..99999). Sources round and hedge numbers
differently, so comparing strings would report false conflicts; comparing ranges
(with a tolerance) does not.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from consistency.lang import load, phrases
from consistency.structured import news_facts

__all__ = [
    "number_token", "years_in", "INCREMENT_WORDS",
    "Quantity", "parse_quantities", "parse_quantity_spans", "parse_number", "quantities_agree",
    "unit_name", "quantities_in_doc", "counted_noun",
]  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number as a closed range ``[low, high]`` (``high`` may be ``inf``), with its unit."""

    low: float
    high: float
    unit: str | None
    text: str

    @property
    def exact(self) -> bool:
        return self.low == self.high


_NUM_DATA = load().numbers
_ARTICLES = frozenset(_NUM_DATA.articles)
_UNITS: dict[str, float] = {**_NUM_DATA.number_words, **dict.fromkeys(_ARTICLES, 1)}
_SCALES = _NUM_DATA.scales
_VAGUE = _NUM_DATA.vague
_VAGUE_SMALL = _NUM_DATA.vague_small
_HEDGES = _NUM_DATA.hedges


def _unit_classes() -> dict[str, str]:
    """Counted nouns that count the same people ("residents", "people", "workers"), from
    lang/en/news_facts.yaml; the synonyms of numbers.yaml keep theirs."""
    from consistency.structured import news_facts

    return {w: unit for unit, nouns in news_facts.classes("unit_classes").items() for w in nouns}


_UNIT_SYNONYMS = {**_unit_classes(), **_NUM_DATA.unit_synonyms}
_SKIP_WORDS = frozenset(_NUM_DATA.skip_words)
_MONTHS = phrases([w for forms in load().time.months for w in forms])

_WORDNUM = phrases(list(_NUM_DATA.number_words))
_SCALE = phrases(list(_SCALES))
_HEDGE = phrases(list(_HEDGES))
_SINGLE = (rf"(?:{phrases(_NUM_DATA.single_determiners)})\s+"
           rf"(?:{phrases(_NUM_DATA.single_words)})")
_SINGLE_RE = re.compile(_SINGLE, re.IGNORECASE)
_UNDER_100 = rf"(?:{_WORDNUM})(?:[- ](?:{_WORDNUM}))?"
_HUNDRED = (rf"(?:{_UNDER_100}|{phrases(_NUM_DATA.articles)})\s+"
            rf"(?:{phrases([w for w, v in _SCALES.items() if v == 100])})")
_AND = rf"(?:(?:{phrases(_NUM_DATA.number_joins)})\s+)"
_BIG = phrases([w for w, v in _SCALES.items() if v >= 1000 and w not in _NUM_DATA.short_scales])
_SCALE_NEXT = rf"(?![- ]?(?:{_SCALE})\b)(?!-)"  # "two hundred and three hundred": a range
# A number told in several words: "two hundred and twelve", "eighteen thousand four
# hundred"; no scale may follow it, so a range ("two thousand and three thousand") stays two.
_COMPOUND = (rf"(?:(?:{_HUNDRED}(?:\s+{_AND}?{_UNDER_100})?|{_UNDER_100}|"
             rf"{phrases(_NUM_DATA.articles)})\s+(?:{_BIG})\s+{_AND}?"
             rf"(?:{_HUNDRED}(?:\s+{_AND}?{_UNDER_100})?|{_UNDER_100})|"
             rf"{_HUNDRED}\s+{_AND}?{_UNDER_100}){_SCALE_NEXT}")
_POINT = phrases(_NUM_DATA.decimal_words)
_DECIMAL = rf"{_UNDER_100}\s+(?:{_POINT})(?:\s+(?:{_WORDNUM}))+"  # "one point two (million)"
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_SINGLE}\b|{_DECIMAL}\b|{_COMPOUND}\b|"
        rf"(?:{_UNDER_100}|{phrases(_NUM_DATA.articles)})\b)")
_VAGUE_OF = (rf"(?:{phrases(list(_VAGUE_SMALL))})\s+of\s+"
             rf"(?:{phrases(list(_NUM_DATA.vague_scales))})")
_VAGUE_RE = f"{_VAGUE_OF}|{phrases(list(_VAGUE))}"
_QTY_RE = re.compile(
    rf"(?P<hedge>\b(?:{_HEDGE})\s+)?(?:\$|€|£)?"
    rf"(?:(?P<vague>\b(?:{_VAGUE_RE})\b)|"
    rf"(?P<num>(?<![\w.,:]){_NUM})(?:(?:\s+|-|(?<=\d))(?P<scale>(?:{_SCALE})\b)"
    rf"(?:\s+(?P<scale2>{phrases(_NUM_DATA.second_scales)}))?)?)"
    rf"(?P<pct>\s*(?:%|(?:{phrases(_NUM_DATA.percent_words)})\b))?",
    re.IGNORECASE,
)
_FRACTIONS = {" ".join(k.split()): v for k, v in _NUM_DATA.scale_fractions.items()}
# "a quarter of a million": the fraction just before an article and its scale, and the
# hedge before the fraction ("at least half a dozen")
_FRACTION_BEFORE = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?\b(?P<part>{phrases(list(_FRACTIONS))})\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(rf"\s*(?:{phrases(_NUM_DATA.range_joins)}|-|–)\s*")
_DATE_NEAR = re.compile(rf"\b(?:{_MONTHS})\.?\s*$|^\s*(?:,\s*)?(?:{_MONTHS})\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(rf"(?:{'|'.join(load().time.ordinal_suffixes)})\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|[:.]\d\d\b)", re.IGNORECASE)
_UNIT_WORD = re.compile(r"[A-Za-z$€%][\w'-]*")
_WORD = re.compile(r"\w")
_CURRENCY_SIGNS = "$€£"


def parse_number(text: str) -> float | None:
    """The value of one number written in digits or words ("100,000", "a hundred", "2.5")."""
    t = text.strip().lower().replace(",", "")
    if _SINGLE_RE.fullmatch(t):
        return 1.0  # "a single", "the lone": one
    try:
        return float(t)
    except ValueError:
        pass
    point = next((w for w in _NUM_DATA.decimal_words if f" {w} " in f" {t} "), None)
    if point:  # "one point two": the whole part, then one digit a word
        whole, _, rest = f" {t} ".partition(f" {point} ")
        digits = [_UNITS.get(w) for w in rest.split()]
        if not whole.strip() or not digits or any(d is None or d >= 10 for d in digits):
            return None
        base = parse_number(whole)
        return None if base is None else base + float("0." + "".join(str(int(d)) for d in digits))
    total = current = 0.0  # "eighteen thousand four hundred": 18 * 1000 + 4 * 100
    for part in re.split(r"[- ]+", t):
        if part in _UNITS:
            current += _UNITS[part]
        elif part in _SCALES and part not in _NUM_DATA.short_scales:
            if _SCALES[part] >= 1000:
                total, current = total + (current or 1.0) * _SCALES[part], 0.0
            else:
                current = (current or 1.0) * _SCALES[part]  # "two dozen" is 24, "a dozen" 12
        elif part and part not in _NUM_DATA.number_joins:  # "a hundred and ten"
            return None
    return total + current


def _vague_range(text: str) -> tuple[float, float]:
    words = text.lower().split()
    if len(words) == 3:  # "tens of thousands": the small range times the scale
        lo, hi = _VAGUE_SMALL[words[0]]
        base = _NUM_DATA.vague_scales[words[2]]
        return lo * base, (hi + 1) * base - 1
    return _VAGUE[words[0]]


def _unit_after(text: str, end: int) -> str | None:
    """The counted noun after a number: the first lowercase word, skipping "of" and adjectives."""
    for word in _UNIT_WORD.findall(text[end : end + 60])[:4]:
        low = word.lower().strip(".,;:'\"")
        if low in _SKIP_WORDS or word[0].isupper():
            continue
        if low in _UNIT_SYNONYMS:
            return _UNIT_SYNONYMS[low]
        singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
        return _UNIT_SYNONYMS.get(singular, singular)
    return None


def _scaled(value: float, m, text: str) -> tuple[float, str, str]:
    """``value`` of the match ``m`` of ``text`` times its scales and the fraction before
    them, with that fraction's words ("" for none) and the hedge before it."""
    for s in (m.group("scale"), m.group("scale2")):
        if s:
            value *= _SCALES[s.lower()]
    part, told, hedge = _fraction(m.group("num"), m.group("scale"), text[: m.start("num")])
    return value * part, told, hedge


def _fraction(num: str, scale: str | None, before: str) -> tuple[float, str, str]:
    """The fraction told before an article and its scale ("a quarter of a million",
    "half a dozen"), its words with the space after them and the hedge before them ("at
    least half a dozen"), else (1, "", "")."""
    m = _FRACTION_BEFORE.search(before) if scale and num.lower() in _ARTICLES else None
    if m is None:
        return 1.0, "", ""
    part = _FRACTIONS[" ".join(m.group("part").lower().split())]
    return part, before[m.start():], m.group("hedge") or ""


def parse_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, skipping years, dates and lone "a"/"one" as in "one of"."""
    return tuple(q for _, q in parse_quantity_spans(text))


def unit_name(word: str) -> str:
    """The unit for a counted noun (lemma or plural): synonyms share one name."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return _UNIT_SYNONYMS.get(low) or _UNIT_SYNONYMS.get(singular, singular)


def parse_quantity_spans(text: str) -> tuple[tuple[int, Quantity], ...]:
    """Like :func:`parse_quantities`, with the offset where each number ends in ``text``."""
    found: list[tuple[int, Quantity]] = []
    last_start = last_end = 0
    for m in _QTY_RE.finditer(text):
        num, vague, scale = m.group("num"), m.group("vague"), m.group("scale")
        if vague:
            (low, high), told, told_hedge = _vague_range(vague), "", ""
        else:
            if num is None or num.lower() in _ARTICLES and not scale:
                continue
            if num[0].isalpha() and num[0].isupper() and _WORD.search(text, 0, m.start("num")):
                continue  # "Group of Seven": a capitalised number word mid-sentence is a name
            short_scale = scale and scale.lower() in _NUM_DATA.short_scales
            if short_scale and not text[m.start("scale") - 1].isdigit():
                continue  # "5 m" is ambiguous; only "5m"/"5k" count
            value = parse_number(num)
            if value is None:
                continue
            before = text[max(0, m.start("num") - 12) : m.start("num")]
            after = text[m.end() : m.end() + 12]
            if not scale and (_DATE_NEAR.search(before) or _DATE_NEAR.search(after)):
                continue
            if not scale and re.fullmatch(r"(1[89]|20)\d\d", num):
                continue  # a year
            if not scale and (_CLOCK_AFTER.match(text, m.end("num")) or (
                    num[-1].isdigit() and _ORDINAL_AFTER.match(text, m.end("num")))):
                continue  # a time of day ("9 p.m.", "10:30"), an ordinal ("63rd"): no count
            lone = num.lower() in _NUM_DATA.partitive_words and not scale
            if lone and re.match(r"\s+of\b", text[m.end() :]):
                continue  # "one of the ..."
            value, told, told_hedge = _scaled(value, m, text)  # told: "a quarter of" a million
            if told:  # "three quarters of a million": "three" is the fraction's, no count
                found = [f for f in found if f[0] <= m.start("num") - len(told)]
            low = high = value
        hedge = (m.group("hedge") or told_hedge).strip().lower()
        if hedge:
            rel_lo, rel_hi = _HEDGES[" ".join(hedge.split())]
            low, high = low * rel_lo, high * rel_hi
        unit = "%" if m.group("pct") else _unit_after(text, m.end())
        # the currency sign may follow a hedge ("about $5m") or precede the match ("US$5m")
        sign = text[max(0, m.start() - 1) : m.start("vague") if vague else m.start("num")]
        unit = next((_UNIT_SYNONYMS[c] for c in sign if c in _CURRENCY_SIGNS), unit)
        number_end = m.end("vague") if vague else m.end("scale2") if m.group("scale2") else (
            m.end("scale") if scale else m.end("num")
        )
        q = Quantity(low, high, unit, (told + m.group(0)).strip())
        joined = found and _RANGE_JOIN.fullmatch(text[last_end : m.start()])
        if joined and found[-1][1].low <= low:
            # "one or two shots", "20 to 30 people", "between 4,000 and 5,000": one range
            # (written upwards: "$5m to 30 villages" is two numbers)
            prev = found.pop()[1]
            q = Quantity(min(prev.low, low), max(prev.high, high), unit or prev.unit,
                         text[text.index(prev.text, last_start) : m.end()].strip())  # fmt: skip
            m_start = last_start
        else:
            m_start = m.start()
        found.append((number_end, q))
        last_start, last_end = m_start, m.end()
    return tuple(found)


_ESTIMATE_HEDGES = tuple(sorted(news_facts.words("estimate_hedges")))
# words that make a count an increment ("another three", "a further 20", "12 more")
INCREMENT_WORDS = news_facts.words("increment_before") | news_facts.words("increment_after")
WIDE_BOUND = 2.0  # an estimate this many times the firm count is another count, not a bound


def reach_estimate(q: Quantity) -> bool:
    """True for "as many as 1.3 million", "up to 500": the most a count may reach."""
    return q.text.lower().startswith(_ESTIMATE_HEDGES) and q.high != float("inf")


def estimate_exceeds(estimate: Quantity, firm: Quantity) -> bool:
    """True when an estimate ("may have stolen as many as 1.3 million", "up to 1.3
    million") lies far above a firm count of the same thing ("about 410,000"): a bound
    WIDE_BOUND times the firm figure tells another count. "Up to 500" against "about 450"
    is the same count told as a bound, and a firm "more than 400,000" has no top to pass."""
    return firm.high != float("inf") and estimate.high >= WIDE_BOUND * firm.high > 0


def quantities_agree(a: Quantity, b: Quantity, tolerance: float) -> bool:
    """True when the two ranges overlap once each is widened by ``tolerance`` (relative)."""
    a_lo, a_hi = a.low * (1 - tolerance), a.high * (1 + tolerance)
    b_lo, b_hi = b.low * (1 - tolerance), b.high * (1 + tolerance)
    return a_lo <= b_hi and b_lo <= a_hi


def relative_gap(a: Quantity, b: Quantity) -> float:
    """How far apart two ranges are, relative to the larger number (0 when they overlap)."""
    if a.low <= b.high and b.low <= a.high:
        return 0.0
    lo_range, hi_range = (a, b) if a.high < b.low else (b, a)
    return (hi_range.low - lo_range.high) / max(hi_range.low, 1e-9)


def _counted(tok):
    """The noun a number counts: its head for "30 people", the "of" object for "tens of
    thousands of troops"; None when the number is not a modifier ("two were killed")."""
    for _ in range(3):  # "more than 100 thousand soldiers": thousand -> soldiers
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj
        if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "conj"):
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in _SCALE_WORDS:
            return tok
    return None


_SCALE_WORDS = frozenset(_NUM_DATA.scale_nouns)


def counted_noun(tok):
    """The noun token a number token counts ("30 people" -> people), else None."""
    return _counted(tok)


def _speeds() -> dict[str, tuple[str, float]]:
    from consistency.structured import news_facts

    table = news_facts.data().get("speed_units") or {}
    return {" ".join(k.lower().split()): (str(v[0]), float(v[1])) for k, v in table.items()}


_SPEEDS = _speeds()
SPEED_UNITS = frozenset(unit for unit, _ in _SPEEDS.values())
_SPEED_AFTER = re.compile(
    r"\s*(" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _SPEEDS),
                              key=len, reverse=True)) + r")(?![\w/])",
    re.IGNORECASE,
) if _SPEEDS else None


def _speed(text: str, end: int, q: Quantity) -> Quantity | None:
    """The quantity as a speed in its compared unit ("110 km/h" -> 68 mph), else None."""
    m = _SPEED_AFTER.match(text, end) if _SPEED_AFTER is not None else None
    if m is None:
        return None
    unit, factor = _SPEEDS[" ".join(m.group(1).lower().split())]
    return Quantity(q.low * factor, q.high * factor, unit, f"{q.text} {m.group(1)}")


def quantities_in_doc(doc, text: str) -> list[tuple[int, Quantity]]:
    """Quantities (with end offsets) whose unit is the counted noun from the parse."""
    out: list[tuple[int, Quantity]] = []
    for end, q in parse_quantity_spans(text):
        if q.unit in ("%", "usd", "eur", "gbp"):
            out.append((end, q))
            continue
        speed = _speed(text, end, q)
        if speed is not None:
            out.append((end, speed))
            continue
        tok = doc.char_span(end - 1, end, alignment_mode="expand")
        noun = _counted(tok.root) if tok is not None and len(tok) else None
        unit = unit_name(noun.lemma_) if noun is not None else None
        out.append((end, dataclasses.replace(q, unit=unit)))
    return out


_YEAR = re.compile(r"(1[89]|20)\d\d")


def number_token(doc, end: int):
    """The token of ``doc`` a quantity ending at character ``end`` ends in (the
    ``quantities_in_doc`` offsets), or None."""
    return next((t for t in doc if t.idx < end <= t.idx + len(t)), None)


def years_in(tokens) -> tuple[int, ...]:
    """The years written among ``tokens`` ("1998", "2011"), sorted, once each: an amount
    or count told with a year is of that year."""
    return tuple(sorted({int(t.text) for t in tokens if _YEAR.fullmatch(t.text)}))

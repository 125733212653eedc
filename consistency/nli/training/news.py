"""NLI pairs from real news (FNC-1 training stances and bodies), with a fixed story split.

FNC-1 pairs a headline (one claim of a story) with article bodies labelled *agree*,
*disagree*, *discuss* or *unrelated*. From it we make:

* **neutral**: an *unrelated* headline against the body sentence that overlaps it most,
  kept only when they share a capitalised name or at least :data:`MIN_SHARED_WORDS`
  content words. That is the "different event, same person or place" case that news
  produces and that a model trained on captions calls a contradiction.
* **entailment / contradiction candidates**: an *agree* / *disagree* headline against the
  body sentence that carries the stance, picked as the sentence with the most content
  words in common with the headline (ties: the earlier sentence), and kept only when it
  shares at least half of the headline's content words. These labels are noisy (a body
  that disagrees often restates the claim before denying it); see docs/nli-model.md for
  the precision of a hand-checked sample.
* **different-event pairs** (dev only): two body sentences from different stories that
  share a capitalised name; gold neutral, used to measure false contradictions.

Stories are the connected groups of headlines and bodies linked by a related stance
(agree / disagree / discuss). A story is dev when the sha256 of its smallest headline
falls in the dev fraction; a pair is train only when all its text comes from train
stories, dev only when all of it comes from dev stories, otherwise it is dropped. So no
dev headline or dev body is ever trained on.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.core.groups import DisjointSets
from consistency.nli.training.data import DataError, NLIExample

NEWS_ENV = "CONSISTENCY_NEWS_DATA"
"""Environment variable naming the news data folder (``fnc1_train_*.csv``)."""
STANCES, BODIES = "fnc1_train_stances.csv", "fnc1_train_bodies.csv"
RELATED = frozenset({"agree", "disagree", "discuss"})
MIN_SHARED_WORDS = 3
DEV_PERCENT = 15
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_SENT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")


@dataclass(frozen=True)
class Stance:
    """One FNC-1 stance row."""

    headline: str
    body_id: str
    stance: str


@dataclass(frozen=True)
class NewsData:
    """Stances, body sentences by body id, and the story id of each headline and body."""

    stances: tuple[Stance, ...]
    sentences: dict[str, tuple[str, ...]]
    story: dict[str, str]
    dev_stories: frozenset[str]

    def is_dev(self, key: str) -> bool:
        """Whether a ``h:<headline>`` or ``b:<body id>`` key belongs to a dev story."""
        return self.story[key] in self.dev_stories


@dataclass(frozen=True)
class NewsSplit:
    """News-derived train pairs and the two dev sets (labelled pairs, different events).

    ``train`` holds headline/sentence pairs (source ``news``) and different-event
    sentence pairs from train stories (source ``news_events``). Contradiction candidates
    are left out of ``train`` unless asked for: a hand-checked sample was right only 8 of
    20 times (docs/nli-model.md)."""

    train: tuple[NLIExample, ...]
    dev: tuple[NLIExample, ...]
    different_events: tuple[NLIExample, ...]


def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def content_words(text: str, stop: frozenset[str]) -> set[str]:
    """Lower-cased words of three letters or more that are not stop words."""
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in stop}


def names(text: str, stop: frozenset[str]) -> set[str]:
    """Capitalised words that are not the first word and not stop words (a cheap NER)."""
    words = _WORD.findall(text)
    return {w for w in words[1:] if w[0].isupper() and not w.isupper() and len(w) > 2
            and w.lower() not in stop}


def sentences(body: str, min_words: int = 6, max_words: int = 45) -> tuple[str, ...]:
    """Body sentences of a readable length (news bodies have lists, captions and credits)."""
    out = []
    for para in body.split("\n"):
        for s in _SENT.split(para.strip()):
            s = " ".join(s.split())
            if min_words <= len(s.split()) <= max_words:
                out.append(s)
    return tuple(out)


def _read_csv(path: Path, needed: Sequence[str]) -> list[dict[str, str]]:
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or any(c not in reader.fieldnames for c in needed):
            raise DataError(f"{path}: header lacks {tuple(needed)}")
        return list(reader)


def _stories(stances: Iterable[Stance]) -> dict[str, str]:
    """Story id (smallest headline of the group) of every ``h:``/``b:`` key."""
    sets = DisjointSets()
    for st in stances:
        # every headline and body gets a story, related or not
        head, body = sets.find("h:" + st.headline), sets.find("b:" + st.body_id)
        if st.stance in RELATED:
            sets.union(head, body)
    return sets.roots()


def _is_dev_story(story: str, dev_percent: int) -> bool:
    return int(hashlib.sha256(story.encode()).hexdigest()[:8], 16) % 100 < dev_percent


def load_news(folder: Path, dev_percent: int = DEV_PERCENT) -> NewsData:
    """Read the FNC-1 training stances and bodies from ``folder`` and fix the story split
    (``dev_percent`` of the stories, chosen by hash, are dev)."""
    folder = Path(folder)
    rows = _read_csv(folder / STANCES, ("Headline", "Body ID", "Stance"))
    stances = tuple(Stance(" ".join(r["Headline"].split()), r["Body ID"].strip(),
                           r["Stance"].strip().lower()) for r in rows)
    bodies = _read_csv(folder / BODIES, ("Body ID", "articleBody"))
    sents = {r["Body ID"].strip(): sentences(r["articleBody"]) for r in bodies}
    missing = {st.body_id for st in stances} - set(sents)
    if missing:
        raise DataError(f"{folder / STANCES}: {len(missing)} body ids not in {BODIES}")
    story = _stories(stances)
    dev = frozenset(s for s in set(story.values()) if _is_dev_story(s, dev_percent))
    return NewsData(stances, sents, story, dev)


def best_sentence(headline: str, candidates: Sequence[str], stop: frozenset[str]
                  ) -> tuple[str, int, bool] | None:
    """The candidate sharing most content words with ``headline``: (sentence, shared words,
    shares a name); None if there are no candidates."""
    head_words, head_names = content_words(headline, stop), names(headline, stop)
    best: tuple[str, int, bool] | None = None
    for s in candidates:
        shared = len(head_words & content_words(s, stop))
        if best is None or shared > best[1]:
            best = (s, shared, bool(head_names & names(s, stop)))
    return best


def stance_pairs(news: NewsData, stop: frozenset[str]) -> list[tuple[NLIExample, bool]]:
    """(pair, is_dev) for every usable stance row; pairs mixing train and dev are dropped."""
    label_of = {"agree": "entailment", "disagree": "contradiction", "unrelated": "neutral"}
    out: list[tuple[NLIExample, bool]] = []
    for st in news.stances:
        label = label_of.get(st.stance)
        dev_h, dev_b = news.is_dev("h:" + st.headline), news.is_dev("b:" + st.body_id)
        if label is None or dev_h != dev_b:
            continue
        found = best_sentence(st.headline, news.sentences[st.body_id], stop)
        if found is None:
            continue
        sentence, shared, same_name = found
        if label == "neutral":
            keep = same_name or shared >= MIN_SHARED_WORDS
        else:
            keep = shared >= max(2, len(content_words(st.headline, stop)) / 2)
        if keep:
            out.append((NLIExample(sentence, st.headline, label, "news"), dev_h))
    return out


def different_event_pairs(news: NewsData, stop: frozenset[str], max_pairs: int = 600,
                          seed: int = 7, dev: bool = True) -> list[NLIExample]:
    """Gold-neutral pairs of sentences from two different stories sharing a name, all
    from dev stories (``dev=True``) or all from train stories."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for body_id, sents in sorted(news.sentences.items()):
        key = "b:" + body_id
        if key not in news.story or news.is_dev(key) != dev:
            continue
        for s in sents:
            for name in names(s, stop):
                by_name.setdefault(name, []).append((news.story[key], s))
    rng = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    out: list[NLIExample] = []
    for name in sorted(by_name):
        items = by_name[name]
        rng.shuffle(items)
        made = 0
        for i, (sa, a) in enumerate(items):
            other = next((b for sb, b in items[i + 1:] if sb != sa and (a, b) not in seen), None)
            if other is not None:
                seen.add((a, other))
                out.append(NLIExample(a, other, "neutral", "different_events" if dev
                                      else "news_events"))
                made += 1
            if made >= 3:
                break
    rng.shuffle(out)
    return sorted(out[:max_pairs], key=lambda e: (e.premise, e.hypothesis))


def news_split(folder: Path, max_dev: int = 1000, seed: int = 7, events_train: int = 1500,
               contradictions: bool = False, dev_percent: int = DEV_PERCENT) -> NewsSplit:
    """Train pairs, a labelled dev sample and the different-event dev set from ``folder``.

    The labelled dev sample holds neutral and entailment pairs only (contradiction
    candidates are too noisy to score against)."""
    stop = _stopwords()
    news = load_news(folder, dev_percent)
    pairs = stance_pairs(news, stop)
    train = [e for e, dev in pairs if not dev
             and (contradictions or e.label != "contradiction")]
    train += different_event_pairs(news, stop, events_train, seed, dev=False)
    dev = [e for e, is_dev in pairs if is_dev and e.label != "contradiction"]
    rng = random.Random(seed)
    if len(dev) > max_dev:
        dev = rng.sample(dev, max_dev)
    return NewsSplit(tuple(train), tuple(dev), tuple(different_event_pairs(news, stop)))

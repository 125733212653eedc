"""When someone was first told of a thing: "the council first learned of the spill at 4pm",
"the spill was reported to the council at about 9am", "the council was notified at noon".

Learning of a thing, being told, informed, notified or alerted of it, and having it
reported to you are one moment of the one told, whatever the verb; two sources timing it
at two moments disagree (alerts.py compares them). Each notice keeps who was told (the
recipient) and what of (the matter), so that two notices of two recipients ("the school
was told at 7am", "parents were told at 9am") or of two matters ("notified of the spill",
"notified of the road closure") stay apart. A pronoun recipient ("the agency said the
leak was reported to it") stands for the subject of the verb it is told under.

Silent for an order or a clause told ("residents were told to leave", "were told that
the road had reopened": what was told is another event), a speech verb's own object
("he told reporters"), and a negated or unasserted verb. Word classes:
``notice_*`` in lang/en/news_facts.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass

from consistency.structured import news_facts
from consistency.structured.parse import child

__all__ = ["Notice", "notices", "one_notice"]

_LEARNING = news_facts.words("notice_learning_verbs")
_TELLING = news_facts.words("notice_telling_verbs")
_REPORTING = news_facts.words("notice_reporting_verbs")
_TO = news_facts.words("notice_to_words")
_MATTER = news_facts.words("notice_matter_words")
_PRONOUNS = news_facts.words("thing_pronouns") | news_facts.words("thing_object_pronouns")
_CLAUSES = ("xcomp", "ccomp", "neg")
# what carries news rather than being it ("alerted to images of the paper", "told of a
# report of smoke"): no matter of its own
_CARRIERS = news_facts.kind_nouns("datum") | news_facts.words("alert_report_nouns")


@dataclass(frozen=True)
class Notice:
    """One being told of a thing: the verb's lemma, who was told, what of."""

    verb: str
    recipients: tuple[str, ...]
    matter: tuple[str, ...] = ()


def _word(tok) -> str:
    return tok.lower_ if tok.pos_ == "PROPN" else tok.lemma_.lower()


def _names(tok) -> tuple[str, ...]:
    """The noun's own word and its conjuncts ("police and the council")."""
    if tok.lower_ in _PRONOUNS:
        return _speaker(tok)
    return tuple(dict.fromkeys(_word(t) for t in (tok, *tok.conjuncts) if t.pos_ in (
        "NOUN", "PROPN")))  # fmt: skip


def _speaker(tok) -> tuple[str, ...]:
    """Whom a pronoun recipient stands for: the subject of the verb it is told under ("the
    agency said the leak was reported to it")."""
    verb = tok.head
    while verb.head.i != verb.i:  # up to the root, whose head is itself
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _PRONOUNS and subj.pos_ in ("NOUN", "PROPN"):
            return (_word(subj),)
    return ()


def _matter(verb) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_word(g) for c in verb.children if c.dep_ == "prep"
                               and c.lower_ in _MATTER for g in c.children
                               if g.dep_ == "pobj"))  # fmt: skip


def _notice(tok) -> Notice | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or any(c.dep_ in _CLAUSES for c in tok.children):
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if lemma in _LEARNING and not passive:
        subj, matter = child(tok, "nsubj"), _matter(tok)
        return Notice(lemma, _names(subj), matter) if subj is not None and matter else None
    if lemma in _TELLING:
        told = child(tok, "nsubjpass") if passive else child(tok, "dobj")
        if told is None or (not passive and lemma not in news_facts.words("alert_verbs")
                            and not _matter(tok)):  # fmt: skip
            return None  # "he told reporters": speech, not a notice
        return Notice(lemma, _names(told), _matter(tok))
    if lemma in _REPORTING and passive:
        to = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in _TO
                   for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
        thing = child(tok, "nsubjpass")
        if to is None or thing is None:
            return None
        return Notice(lemma, _names(to), _names(thing))
    return None


def notices(doc) -> tuple[Notice, ...]:
    """Each notice of the sentence with a recipient."""
    out = (_notice(t) for t in doc)
    return tuple(dict.fromkeys(n for n in out if n is not None and n.recipients))


def one_notice(x: Notice, y: Notice) -> bool:
    """Two notices can be one: one recipient, and one matter where both name one."""
    if not set(x.recipients) & set(y.recipients):
        return False
    mx, my = set(x.matter) - _CARRIERS, set(y.matter) - _CARRIERS
    return not (mx and my) or bool(mx & my)

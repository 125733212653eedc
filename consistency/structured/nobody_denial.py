"""An event denied of one kind of participant under "no": "no rescuer was injured", "no
shots were fired", "no homes were damaged", "no man had been arrested".

The denial meets every source that tells the event happened to that kind of participant
("one rescuer was injured", "fired a shot into the ceiling"), or to a narrower one
(``hypernyms``: "no patient data was lost" against "we lost the notes from the night";
:func:`kind_covers`): candidates.py pairs them
whatever the embeddings say (:func:`kind_keys`), and compare() reads the negation. Not a
denial of the kind when the participants already told are set aside ("no other staff were
injured", "no further shots were fired": some were), nor when a group is named ("none of
the passengers": partitives.py). A negating pronoun ("nobody was hurt") is left out: it
would meet every injury of the story's sources, those of earlier events too ("the blast
injured about 1,500 people", told of another meteor).
"""

from __future__ import annotations

from consistency.structured import news_facts
from consistency.structured.negation import controller_subjects
from consistency.structured.quantities import INCREMENT_WORDS, unit_name

__all__ = ["denied_kinds", "kind_covers", "kind_keys", "no_one"]

_NEG_DETS = news_facts.words("negating_determiners")
_NEG_PRONOUNS = news_facts.words("negating_pronouns")
_BESIDES = news_facts.words("besides_words") | INCREMENT_WORDS
_UNDERGOERS = ("nsubjpass", "dobj")
_BROADER = news_facts.classes("hypernyms")
_KINDS = {n: sorted(k for k, ns in _BROADER.items() if n in ns)
          for nouns in _BROADER.values() for n in nouns}  # fmt: skip


def denied_kinds(tok) -> tuple[str, ...]:
    """The kinds of participant under "no" an event is denied of, by unit name: "no rescuer
    was injured" -> ("responders",), "no shots were fired" -> ("shot",). Such a denial
    meets the assertions of its event of one of those kinds (:func:`kind_keys`), not every
    assertion: "no rescuer was hurt" does not deny that four skiers were."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)  # "no homes had to be evacuated"
    told = [*tok.children, *(controller_subjects(tok) if passive else ())]
    return tuple(unit_name(c.lemma_) for c in told
                 if (c.dep_ in _UNDERGOERS or c.head is not tok)
                 and c.lower_ not in _NEG_PRONOUNS | {"one"} and no_one(c)
                 and c.pos_ == "NOUN")  # fmt: skip


def kind_keys(events, speech) -> set[tuple[tuple[str, ...], bool]]:
    """Candidate keys (("polar", class, kind), denied): a denial of a kind of participant
    (:func:`denied_kinds`) and each asserted event of that class with that participant
    (its heads); events of ``speech`` classes are left out."""
    out = set()
    for e in events:
        if not e.asserted or e.cls in speech:
            continue
        kinds, denied = (e.denied_kinds, True) if e.negated else (_with_kinds(e.heads), False)
        out |= {(("polar", e.cls, k), denied) for k in kinds}
    return out


def _with_kinds(heads) -> tuple[str, ...]:
    """The heads and the broader nouns covering them (``hypernyms``): "notes" meets a
    denial of "no patient data"."""
    return tuple(dict.fromkeys((*heads, *(k for h in heads for k in _KINDS.get(h, ())))))


def kind_covers(denied, told) -> bool:
    """Whether an event denied of a kind under "no" covers a told event's participant of a
    narrower noun (``hypernyms``): "no patient data was lost" and "we lost the notes from
    the last few hours"; "no car was hit" says nothing of "a lorry", nor of "a vehicle"."""
    return denied.negated and not told.negated and any(
        h in _BROADER.get(k, ()) for k in denied.denied_kinds for h in told.heads)


def no_one(tok) -> bool:
    """A participant that is no one: "nobody", "no one", "none", "no rescuer"; not "no
    one else", "no other staff", "no more shots"."""
    if any(c.lower_ in _BESIDES or (c.dep_ == "prep" and c.lower_ == "of")
           for c in tok.children):  # fmt: skip
        return False  # "none of the passengers": a group, partitives.py
    if tok.lower_ in _NEG_PRONOUNS:
        return True
    return any(c.dep_ == "det" and c.lower_ in _NEG_DETS for c in tok.children)

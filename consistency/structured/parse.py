"""Small readings of a spaCy parse shared by the structured checks: the word in a verb's
subject, object or preposition slot, a complement's controlling subject, the words that
open a clause, whether a word stands in a condition ("if", "whether", "unless"), under a
modal or under a verb of denial, and whether a verb rules a thing out.
"""

from __future__ import annotations

from consistency.lang import load
from consistency.structured import news_facts

__all__ = [
    "SPEECH_VERBS", "SUBJECTS",
    "CONDITIONS", "DENY_VERBS", "compound_name", "controller", "in_condition", "is_question",
    "marks", "modal", "object_of", "own_subject", "phrasal", "proper_name", "rules_out",
    "passive_shared", "shared_subject", "slot",
    "state_complements", "under_denial",
]  # fmt: skip

CONDITIONS = news_facts.words("condition_marks")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # a verb's subject, active or passive
DENY_VERBS = frozenset(load().events.verb_classes.get("deny", ()))
# the verbs of the speech classes ("say", "tell" ...): reported speech, not the event
SPEECH_VERBS = frozenset(w for cls in load().events.speech_classes
                         for w in load().events.verb_classes.get(cls, ()))  # fmt: skip
# modals that leave an event untold: "could break out", "must be replaced", "will be checked"
_UNTOLD_MODALS = frozenset(w for kind in ("possible", "obligation", "plan")
                           for w in load().grammar.modals.get(kind, ()))  # fmt: skip
_EXCLUDING = {tuple(k.split()) for k, v in (news_facts.data().get("phrasal_classes") or {}).items()
              if v == "exclude" and len(k.split()) == 2}  # fmt: skip


def child(tok, *deps: str):
    """The token's first child of one of the dependencies ``deps``, or None."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def own_subject(verb):
    """The verb's own subject (active or passive), or None."""
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def shared_subject(verb):
    """The subject an "and"-conjunct verb with none of its own shares with the verb it
    is joined to ("the match has been recorded as a draw and will not be replayed": the
    match), or None."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or own_subject(verb):
        return None
    return own_subject(verb.head) or shared_subject(verb.head)


def passive_shared(verb) -> tuple:
    """The subject a passive "and"-conjunct shares, when it is what the verb before it
    was done to too ("was recorded as a draw and will not be replayed"): what the
    conjunct was done to; else ()."""
    subj = shared_subject(verb)
    passive = subj is not None and any(c.dep_ == "auxpass" for c in verb.children)
    return (subj,) if passive and subj.dep_ == "nsubjpass" else ()


def proper_name(tok) -> str:
    """A proper noun with the proper nouns compounded on it ("Grace Annabel")."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in (*parts, tok))


def compound_name(tok) -> str:
    """A noun with the compounds before it, whatever their tags: "Carrick Street", "Bains
    News", "East Stand"."""
    return " ".join([c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
                    + [tok.text])  # fmt: skip


def controller(tok):
    """The subject of the verb a complement hangs on ("residents" in "residents will be
    allowed to return"), or None."""
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def marks(tok) -> set[str]:
    """The words that open a clause: "if", "unless", and "in case" (a preposition and its
    object in the parse)."""
    out = set()
    for c in tok.children:
        if c.dep_ == "mark":
            out.add(c.lower_)
        elif c.dep_ == "prep":
            obj = next((g.lower_ for g in c.children if g.dep_ == "pobj"), "")
            out.add(f"{c.lower_} {obj}".strip())
    return out


def in_condition(tok) -> bool:
    """Whether ``tok`` stands in a clause of condition ("if", "whether", "unless")."""
    return any(marks(t) & CONDITIONS for t in (tok, *tok.ancestors))


def object_of(prep):
    """A preposition's object: a noun ("by a gas leak") or a clause ("by protesters
    throwing stones")."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def of_object(tok):
    """The object of an "of" hung on ``tok`` ("the oil" of "some of the oil", "the lines"
    of "a set of power lines"), or None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip


def slot(tok, place: str):
    """The word in ``place`` of a verb: subj, obj, by (passive agent) or a preposition."""
    deps = {"subj": ("nsubj", "nsubjpass"), "obj": ("dobj",)}.get(place)
    if deps:
        found = next((c for c in tok.children if c.dep_ in deps), None)
        if found is None and place == "subj" and tok.dep_ == "xcomp":
            return controller(tok)  # "the fire is believed to have been caused by"
        return found
    dep, word = ("agent", "by") if place == "by" else ("prep", place)
    prep = next((c for c in tok.children if c.dep_ == dep and c.lower_ == word), None)
    obj = slot(tok, "obj") if prep is None and dep == "prep" else None
    if obj is not None:  # hung on the object's end by the parser: "blamed the collapse of
        prep = next((c for c in obj.subtree if c.dep_ == dep and c.lower_ == word  # the
                     and c.right_edge.i == obj.right_edge.i), None)  # bridge on rain"
    return object_of(prep) if prep is not None else None


_PHRASAL = {tuple(k.split()): v
            for k, v in (news_facts.data().get("phrasal_classes") or {}).items()}  # fmt: skip


def phrasal(tok) -> str | None:
    """The class of a verb with its particle or object ("break out", "called off", "left
    the tracks", in the passive "charges were brought"), from ``phrasal_classes``; None
    when it has none."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("prt", "advmod", "dobj", "nsubjpass"):
            for word in (c.lower_, c.lemma_.lower()):
                if (lemma, word) in _PHRASAL:
                    return _PHRASAL[(lemma, word)]
    return None


def state_complements(tok) -> set[str]:
    """What a state verb keeps: "closed" in "will remain closed", "in place" in "orders
    will remain in place", "in force", "in effect" (preposition and noun)."""
    out = {c.lower_ for c in tok.children if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp")
           or kept_clause(c)}  # fmt: skip
    out |= {f"{c.lower_} {g.lower_}" for c in tok.children if c.dep_ == "prep"
            for g in c.children if g.dep_ == "pobj"}  # fmt: skip
    return out


def kept_clause(c) -> bool:
    """A state word the parser hangs on a state verb as a clause of its own, with no
    subject or conjunction of its own: "the park stayed shut on Sunday"."""
    return c.dep_ == "advcl" and not any(
        g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in c.children)


def is_question(doc) -> bool:
    """The sentence asks rather than tells ("Was the dam cracked?"): no claim either way."""
    return doc.text.rstrip().endswith("?")


def modal(verb) -> bool:
    """The verb stands under a modal of possibility, obligation or plan: no fact told."""
    return any(c.dep_ == "aux" and c.lower_ in _UNTOLD_MODALS for c in verb.children)


def under_denial(verb) -> bool:
    """The verb stands under a verb of denial ("denied that the dam had cracked")."""
    return any(t.lemma_.lower() in DENY_VERBS for t in verb.ancestors)


def rules_out(tok) -> bool:
    """A phrasal verb of the ``exclude`` class with its particle ("ruled out arson")."""
    return any((tok.lemma_.lower(), c.lower_) in _EXCLUDING for c in tok.children
               if c.dep_ == "prt")  # fmt: skip

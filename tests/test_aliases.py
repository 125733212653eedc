"""Alias table: transliterations, short forms and typos merge; different people do not."""

from __future__ import annotations

import pytest

from consistency.core.config import LangConfig, load_config
from consistency.lang import name_rules
from consistency.structured.aliases import build_aliases, name_key
from consistency.structured.frames import Frame, TitledPerson

# a renaming, not a spelling rule: the user adds it (config `lang`), the code does not know it
KYIV = LangConfig(extra_transliterations={"kiev": "kyiv"})


def table(*frames: Frame, lang: LangConfig | None = None):
    doc_of = {f.claim_id: f"doc{f.claim_id}" for f in frames}
    return build_aliases({f.claim_id: f for f in frames}, doc_of, name_rules(lang))


def test_transliterations_and_short_forms():
    t = table(
        Frame("1", people=("Sergei Lavrov", "Antony Blinken", "Volodymyr Zelenskiy")),
        Frame("2", people=("Sergey Lavrov", "Antony Blinken", "Volodymyr Zelensky")),
        Frame("3", people=("Sergei Lavrov", "Antony Blink"), locations=("Blinken", "Kiev")),
        Frame("4", people=("Zelenskiy", "Lavrov"), locations=("Kyiv",)),
        lang=KYIV,
    )
    assert t.canonical("Sergey Lavrov") == t.canonical("Lavrov") == "Sergei Lavrov"
    assert t.canonical("Antony Blink") == t.canonical("Blinken") == "Antony Blinken"
    assert t.canonical("Zelenskiy") == t.canonical("Volodymyr Zelensky")
    assert t.canonical("Kiev") == t.canonical("Kyiv")
    assert t.kind("Blinken") == "person"  # spaCy called it a place; the group says person
    assert t.kind("Kyiv") == "place"


def test_variants_lists_only_real_spelling_groups():
    t = table(
        Frame("1", people=("Sergei Lavrov", "Antony Blinken")),
        Frame("2", people=("Sergey Lavrov", "Blinken")),
    )
    groups = {v.canonical: v for v in t.variants()}
    assert set(groups) == {"Sergei Lavrov"}  # "Blinken" is a short form, not a variant
    assert set(groups["Sergei Lavrov"].variants) == {"Sergei Lavrov", "Sergey Lavrov"}
    assert groups["Sergei Lavrov"].docs == ("doc1", "doc2")


def test_people_sharing_a_surname_stay_apart():
    t = table(
        Frame("1", people=("Joe Biden", "Jill Biden", "Joe Biden")),
        Frame("2", people=("Biden",)),
    )
    assert t.canonical("Joe Biden") != t.canonical("Jill Biden")
    assert t.canonical("Biden") == "Biden"  # ambiguous: left alone
    assert t.variants() == ()


def test_first_name_only_links_when_unique():
    t = table(Frame("1", people=("Sergei Lavrov",)), Frame("2", people=("Sergei",)))
    assert t.canonical("Sergei") == "Sergei Lavrov"


def test_titled_headline_accident_does_not_make_a_place_a_person():
    t = table(
        Frame("1", titles=(TitledPerson("Geneva", "foreign minister"),)),
        Frame("2", locations=("Geneva",)),
        Frame("3", locations=("Geneva",)),
    )
    assert t.kind("Geneva") == "place"


def test_unknown_names_and_keys():
    t = table(Frame("1", people=("Antony Blinken",)))
    assert t.canonical("  Dmytro   Kuleba ") == "Dmytro Kuleba"
    assert name_key("U.S.") == name_key("USA") == "united states"
    assert name_key("Zelenskyy's") == "zelensky"


def test_abbreviations_merge_but_are_not_reported_as_variants():
    t = table(Frame("1", locations=("US", "Kiev")), Frame("2", locations=("United States", "Kyiv")),
              lang=KYIV)
    assert t.canonical("U.S.") == t.canonical("United States")
    assert [v.canonical for v in t.variants()] == [t.canonical("Kyiv")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sergei Lavrov", "Sergey Lavrov"),  # transliteration
        ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
        pytest.param("Dmitry Peskov", "Dmitri Peskov", marks=pytest.mark.xfail(
            strict=True, reason="-y / -i endings no longer fold since the language rules moved "
            "to lang/en (the old list had dmitri -> dmitry); fix, then drop the mark")),
        ("Antony Blinken", "Antony Blink"),  # truncated typo
        ("Elena Farkas", "Elena Farkaš"),  # accent
        ("Miriam Haddad", "Miriam Hadad"),  # one letter
        ("Jonas Abara", "Jonas Abbara"),
        ("Omar Farah", "Omar Farha"),  # transposed letters
        ("Ivan Petrov", "Ivan Petrof"),
        ("Ahmed Abdi Farah", "Ahmed Abdi Farha"),  # three words: the surname decides
        ("Mikhail Gorbachev", "Mihail Gorbachev"),  # a first name spelled two ways
        ("Mikhail Gorbachev", "Mihail Gorbachov"),  # ... and the surname too
        ("Mikhail Sergeyevich Gorbachev", "Mihail Sergeyevich Gorbachov"),
    ],
)
def test_spellings_of_one_person_merge(first, second):
    t = table(Frame("1", people=(first,)), Frame("2", people=(second,)))
    assert t.canonical(first) == t.canonical(second)
    assert [set(v.variants) for v in t.variants()] == [{first, second}]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Grace Wanjiru", "Grace Achieng"),  # same first name: two people
        ("Paul Byrne", "Paul Kenny"),
        ("Ida Sorensen", "Ida Sorenstam"),
        ("Joe Biden", "Jill Biden"),  # same surname
        ("Maria Lopez", "Mario Lopez"),
        ("Grace Wanjiru", "Grace Ann Achieng"),  # names of different lengths
    ],
)
def test_different_people_stay_apart(first, second):
    t = table(Frame("1", people=(first, "Omar Pike")), Frame("2", people=(second, "Omar Pike")))
    assert t.canonical(first) == first and t.canonical(second) == second
    assert t.variants() == ()


def test_a_shared_first_name_alone_is_ambiguous():
    t = table(
        Frame("1", people=("Grace Wanjiru", "Grace Achieng")),
        Frame("2", people=("Wanjiru", "Achieng")),
        Frame("3", people=("Grace",)),
    )
    assert t.canonical("Wanjiru") == "Grace Wanjiru"
    assert t.canonical("Achieng") == "Grace Achieng"
    assert t.canonical("Grace") == "Grace"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oleksandr Syrskyi", "Oleksandr Syrsky"),  # -sky / -skyi / -skiy
        ("Anatoliy Kinakh", "Anatoly Kinakh"),  # -iy after a consonant
        ("Arkadiy Dvorkovich", "Arkady Dvorkovich"),
        ("Andrey Kostin", "Andrei Kostin"),  # -ey / -ei
        ("Nikolay Patrushev", "Nikolai Patrushev"),  # -ay / -ai
        ("Valeriya Novodvorskaya", "Valeria Novodvorskaya"),  # -iya / -ia
    ],
)
def test_spelling_rules_fold_variants_of_names_not_in_the_seeds(a, b):
    assert name_key(a) == name_key(b)
    t = table(Frame("1", people=(a,)), Frame("2", people=(b, b)))
    assert t.canonical(a) == t.canonical(b) == b


def test_spelling_rules_keep_different_names_apart():
    assert name_key("Andrei Kostin") != name_key("Andrew Kostin")
    assert name_key("Kiev") != name_key("Kyiv")  # a renaming: only through the config
    t = table(Frame("1", people=("Maria Ivanova",)), Frame("2", people=("Mario Ivanova",)))
    assert name_key("Maria") != name_key("Mario")
    assert t.variants() or t.canonical("Maria Ivanova") != t.canonical("Mario Ivanova")


def test_user_additions_come_from_the_config(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("lang:\n  extra_transliterations: {Kharkov: kharkiv}\n"
                   "  extra_aliases: {the white house: us administration}\n")
    rules = name_rules(load_config(cfg).lang)
    assert name_key("Kharkov", rules) == name_key("Kharkiv", rules) == "kharkiv"
    assert name_key("Kharkov") != name_key("Kharkiv")  # not built in
    assert name_key("White House", rules) == "us administration"


LABEL_FIELD = {"person": "people", "place": "locations", "org": "orgs"}


def mentions(name: str, *labels: str) -> list[Frame]:
    """One frame per mention of ``name``, labelled as spaCy did (in this order)."""
    out = []
    for i, label in enumerate(labels):
        if label == "titled":  # "Foreign Minister Kuleba"
            out.append(Frame(f"{name}{i}", titles=(TitledPerson(name, "foreign minister"),)))
        else:
            out.append(Frame(f"{name}{i}", **{LABEL_FIELD[label]: (name,)}))
    return out


@pytest.mark.parametrize(
    ("name", "labels", "kind"),
    [
        ("Kuleba", ("place", "place", "titled", "titled", "person"), "person"),
        ("Kuleba", ("titled", "person"), "person"),
        ("Odesa", ("person", "place", "place"), "place"),
        ("Reuters", ("org", "org", "place"), "org"),
        ("Geneva", ("titled", "place", "place"), "place"),
    ],
)
def test_one_word_names_take_the_majority_label(name, labels, kind):
    assert table(*mentions(name, *labels)).kind(name) == kind


SECRETARY = TitledPerson("Antony Blinken", "secretary of state")


@pytest.mark.parametrize(
    "full",
    [
        Frame("0", people=("Antony Blinken",)),
        Frame("0", titles=(SECRETARY,)),
        Frame("0", people=("Antony Blinken",), titles=(SECRETARY,)),
        Frame("0", people=("Antony John Blinken",)),  # the surname is the last word
    ],
)
def test_a_full_person_name_makes_its_short_form_a_person(full):
    t = table(full, *mentions("Blinken", "place", "place"))
    name = (full.people or (SECRETARY.person,))[0]
    assert t.canonical("Blinken") == name
    assert t.kind("Blinken") == t.kind(name) == "person"


@pytest.mark.parametrize(
    ("labels", "linked"),
    [  # how spaCy labelled the one-word misspelling "Hadad" of "Miriam Haddad"
        (("person",), True),
        (("person", "place"), True),
        (("titled", "place"), True),
        (("person", "place", "org"), False),  # mostly not a person: only an exact surname links
        (("person", "place", "place"), False),
        (("place",), False),
    ],
)
def test_a_misspelt_surname_links_only_when_labelled_a_person(labels, linked):
    t = table(Frame("0", people=("Miriam Haddad",)), *mentions("Hadad", *labels))
    assert t.canonical("Hadad") == ("Miriam Haddad" if linked else "Hadad")


@pytest.mark.parametrize(
    ("full", "short", "canonical"),
    [
        ("Maria Elena Haddad", "Hadad", "Maria Elena Haddad"),  # the surname is the last word
        ("Ali Haddi", "Hadi", "Ali Haddi"),  # four letters are enough for a typo
        ("Miriam Haddad", "Hamid", "Hamid"),  # a person, but not this one
        ("Omar Pike", "Omar", "Omar Pike"),  # a unique first name
        ("Joe Biden", "Joe", "Joe"),  # a first name under four letters is too common
    ],
)
def test_short_forms(full, short, canonical):
    t = table(Frame("0", people=(full,)), Frame("1", people=(short,)))
    assert t.canonical(short) == canonical


def test_an_ambiguous_short_form_does_not_stop_the_others():
    t = table(Frame("0", people=("Joe Biden", "Jill Biden", "Kamala Harris")),
              Frame("1", people=("Biden", "Harris")))  # fmt: skip
    assert t.canonical("Biden") == "Biden"
    assert t.canonical("Harris") == "Kamala Harris"


def test_lowercase_mentions_are_not_names():
    t = table(Frame("0", people=("green", "Omar Pike"), orgs=("the army",)))
    assert t.kind("the army") is None and t.kind("green") is None
    assert t.kind("Omar Pike") == "person"


@pytest.mark.parametrize(
    ("label", "spellings"),
    [
        ("place", ("US", "USA", "U.S.", "United States")),  # abbreviations and synonyms
        ("place", ("the United States", "US", "United States")),  # an ignored word
        ("person", ("Jean-Yves Le Drian", "Jean Yves Le Drian")),  # a hyphen
        ("person", ("Antony Blinken", "Antony Blinken's")),  # a possessive
        ("person", ("ANTONY BLINKEN'S", "Antony Blinken")),  # case
    ],
)
def test_not_spelling_variants(label, spellings):
    t = table(*[m for s in spellings for m in mentions(s, label)])
    assert len({t.canonical(s) for s in spellings}) == 1
    assert t.variants() == ()


def test_variants_list_the_most_used_spelling_first():
    t = table(Frame("1", people=("Sergey Lavrov", "Sergey Lavrov")),
              Frame("2", people=("Sergei Lavrov", "Sergei Lavrov", "Sergei Lavrov")),
              Frame("3", people=("Sergey Lavrov", "Sergey Lavrov")))  # fmt: skip
    (v,) = t.variants()
    assert v.variants == ("Sergey Lavrov", "Sergei Lavrov") and v.canonical == "Sergey Lavrov"

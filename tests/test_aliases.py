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

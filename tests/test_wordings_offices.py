"""Wordings of a person's office read from the parse (structured/offices.py): a
capitalised compound before the name, an apposition or copula anchored to an
organisation, a present-tense relative clause; and one quotation put in two mouths when
the speaker carries a relative clause."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

# Round 10 (rules10a). None: no role signal, and no candidate pair.
_OFFICES = [
    # dev (sternhaus_museum_theft): head of security vs chief curator
    ("Dieter Lange, the museum's head of security, said the alarm had gone off.",
     "Dieter Lange, the museum's chief curator, told Heritage Weekly the exhibition had "
     "been planned with security advisers.", "role"),
    ('Dieter Lange, Head of Security, confirmed that the alarm system worked as designed.',
     '"Nothing was left to chance," said Dieter Lange, the museum\'s chief curator.', "role"),
    # dev (veldmoor_avalanche): mayor vs head / chair of the tourism board
    ("Veldmoor's mayor, Lena Hartl, said the village was in shock.",
     'Lena Hartl, head of the Veldmoor tourism board, said the valley was grieving.', "role"),
    ('The mayor of Veldmoor, Lena Hartl, told me the whole community is in mourning.',
     'Lena Hartl, who chairs the Veldmoor tourism board, said the valley was grieving.',
     "role"),
    # dev (pellingford_chlorine_leak): two capitalised ranks before the name
    ('"We were fortunate," said Group Commander Alan Fairweather of Eastmoor Fire and '
     'Rescue Service.',
     'Station Manager Alan Fairweather, who led the fire service operation, said crews had '
     'the leak under control.', "role"),
    # other wordings: a rank or office no list holds; copula; relative clause; "of ORG"
    ('Chief Superintendent Rhona Vale said officers had sealed the road.',
     'Detective Inspector Rhona Vale said officers had sealed the road.', "role"),
    ('Watch Manager Tom Esk said the crews had left.',
     'Crew Commander Tom Esk said the crews had left.', "role"),
    ("Ines Kald is the trust's finance director.",
     "Ines Kald, the trust's head of operations, said the wards were open.", "role"),
    ('Ines Kald, who runs the Alder Valley hospital trust, said the wards were open.',
     "Alder Valley's mayor, Ines Kald, said the wards were open.", "role"),
    ('Pia Lund, Registrar of the Harlow Diocese, said the records were safe.',
     "Pia Lund, the diocese's archivist, said the records were safe.", "role"),
    ('Marta Holm, the club\'s physiotherapist, said the injury was minor.',
     "Marta Holm, the club's team doctor, said the injury was minor.", "role"),
    # look-alikes: an office and its shortening; one office in other words; epithets
    ("Dieter Lange, the museum's head of security, said the alarm had gone off.",
     'Dieter Lange, Head of Security, confirmed that the alarm system worked.', None),
    ('Group Commander Alan Fairweather said the crews had left.',
     'Alan Fairweather, a commander with Eastmoor Fire and Rescue Service, said the crews '
     'had left.', None),
    ('Lena Hartl, head of the Veldmoor tourism board, said the valley was grieving.',
     'Lena Hartl, who chairs the Veldmoor tourism board, said the valley was grieving.', None),
    ('Helene Voss, head of the Sternhaus Museum, said the brooch was irreplaceable.',
     "Helene Voss, the Sternhaus Museum's director, said the brooch was irreplaceable.", None),
    ('Mayor Lena Hartl said the valley was grieving.',
     'Lena Hartl, head of the Veldmoor tourism board, said the valley was grieving.', None),
    ('Callum Reddaway, the team\'s leader, was caught by an out-of-competition test.',
     'The 28-year-old climber Callum Reddaway was caught by an out-of-competition test.', None),
    ('Jonas Brell, a veteran of the Kestrel-Arnholt team, said the ban was fair.',
     "Jonas Brell, Kestrel-Arnholt's sporting director, said the ban was fair.", None),
    ("Colin Reddaway, 58, the rider's father, said his son had never cheated.",
     "Colin Reddaway, the team's coach, said his son had never cheated.", None),
    ("Helene Voss, the museum's former director, said the brooch was irreplaceable.",
     "Helene Voss, the museum's chief curator, said the brooch was irreplaceable.", None),
    ('Station Manager Alan Fairweather, who led the fire service operation, said crews '
     'had the leak under control.',
     'Station Manager Alan Fairweather said crews had the leak under control.', None),
    # real news (bench/mixed): no office in "the life of this American citizen, Obama";
    # adjectives and a name before the office are no part of it
    ('The life of this American citizen, Obama, depends on your next decision.',
     'President Obama said the video was being examined.', None),
    ("Abu Bakr al-Baghdadi, the group's elusive leader, was seen in Mosul.",
     'Abu Bakr al-Baghdadi, its self-proclaimed caliph, was seen in Mosul.', None),
    ('John Kirby, the Pentagon press secretary, said the strikes had killed the leader.',
     'Pentagon spokesman John Kirby said the strikes had killed the leader.', None),
    ('ALAN FAIRWEATHER (Eastmoor Fire and Rescue Service): Our crews isolated the supply.',
     'Station Manager Alan Fairweather said crews isolated the supply.', None),
]


@pytest.mark.parametrize(("a", "b", "kind"), _OFFICES)
def test_offices_read_from_the_parse(nlp, config, a: str, b: str, kind: str | None) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    kinds = [s.kind for s in comparison.signals]
    if kind is None:
        assert "role" not in kinds, comparison.signals
    else:
        assert kind in kinds, comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    (_OFFICES[0][0], _OFFICES[0][1]),
    (_OFFICES[4][0], _OFFICES[4][1]),
    (_OFFICES[8][0], _OFFICES[8][1]),
])  # fmt: skip
def test_two_offices_are_paired_whatever_the_embeddings(nlp, config, a: str, b: str) -> None:
    assert_paired_and_compared(nlp, config, a, b, "role")


@pytest.mark.parametrize(("a", "b", "kind"), [
    # dev (sternhaus_museum_theft): the opening quotation mark left with the paragraph
    ('This is a wound in the heart of our city," said Helene Voss, the museum\'s director, '
     'who was called to the scene in the middle of the night.',
     'This is a wound in the heart of our city," said Marrenburg\'s mayor, Konrad Wieland.',
     'role'),
    ('We will rebuild every house on this street," said Ada Kimble, the trust\'s chief '
     'executive, who has led it since the flood of 2019 and lives in the town.',
     'We will rebuild every house on this street," Mayor Ellis Harrow told reporters.', 'role'),
    # look-alike: the words after the quote are another sentence, not its attribution
    ('We will rebuild every house on this street," Ada Kimble said, and then the council '
     'met for three hours to discuss the cost of the repairs to the bridge and the road.',
     'We will rebuild every house on this street," Mayor Ellis Harrow told reporters.', None),
])  # fmt: skip
def test_speaker_with_a_relative_clause(nlp, config, a: str, b: str, kind) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    kinds = [s.kind for s in comparison.signals]
    assert (kind in kinds) if kind else ("role" not in kinds), comparison.signals

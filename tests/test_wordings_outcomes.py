"""Wordings of a state of health told and denied (structured/conditions.py), of opposed
outcomes of one thing (structured/outcomes.py), of a reopening against a bound at a part
of the month, and of a denial with a claim beside it."""

from __future__ import annotations

import pytest

from tests.wordings import assert_paired_and_compared, compare_pair

_FIRES = [
    # round 9 dev pairs (pellingford, reddaway)
    ('A nine-year-old girl is in a critical condition at Eastmoor General Hospital.',
     'The hospital said no child was in a critical condition.'),
    ('A nine-year-old girl remained in a critical condition last night.',
     'We have been assured that no child is in a critical condition.'),
    ('We expect the centre to reopen to the public on Monday 16 June.',
     'The centre will remain closed until at least the end of the month.'),
    ('The centre is expected to reopen on Monday once safety checks are complete.',
     'It will stay shut until at least the end of June.'),
    ('Reddaway loses the national road race title he won that day.',
     'And he keeps his national road race title.'),
    ('He has also been stripped of the national road race title.',
     'And he keeps his national road race title.'),
    # other wordings of a condition told and denied
    ('Two firefighters remain critically ill in hospital after the Harlow blaze.',
     'None of the firefighters hurt in the Harlow blaze is critically ill, the brigade said.'),
    ('A teenage boy was taken to hospital in a serious condition after the Alder crash.',
     'Police said nobody was in a serious condition after the Alder crash.'),
    ('One passenger suffered life-threatening injuries in the Alder crash.',
     'None of the injuries in the Alder crash are life-threatening, police said.'),
    ('A 12-year-old was flown to hospital in a critical condition after the Alder crash.',
     'No child was in a critical condition after the Alder crash, the hospital said.'),
    ("The driver's injuries are life-threatening, police said after the Alder crash.",
     "The driver's injuries in the Alder crash are not thought to be life-threatening."),
    # other wordings of a reopening before a bound
    ('The Alder pool will reopen on Tuesday, the council said.',
     'The Alder pool will stay closed until at least early next month.'),
    ('The Harlow museum is due to reopen on Friday.',
     'The Harlow museum will not reopen until the end of the month at the earliest.'),
    ('Officials said the Carrow line would reopen on Wednesday.',
     'The Carrow line will remain shut until at least the end of next month.'),
    # other opposed outcomes
    ('Reddaway retains his national road race title, the Brennholt tribunal said.',
     'Reddaway forfeits the national road race title, the Brennholt tribunal said.'),
    ('The appeal court upheld the four-year ban on Reddaway.',
     'The appeal court overturned the four-year ban on Reddaway.'),
    ('The Alder council approved the harbour plan on Tuesday.',
     'The Alder council rejected the harbour plan on Tuesday.'),
    ('Marta Lind was cleared of murder at Harlow Crown Court.',
     'Marta Lind was convicted of murder at Harlow Crown Court.'),
    ('The Alder motion was passed by the council on Tuesday.',
     'The Alder motion was rejected by the council on Tuesday.'),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), _FIRES)
def test_told_and_opposed_give_a_signal(nlp, config, a: str, b: str) -> None:
    comparison, gate = compare_pair(nlp, config, a, b)
    kinds = [s.kind for s in comparison.signals]
    assert gate and ("negation" in kinds or "time" in kinds), comparison.signals


@pytest.mark.parametrize(("a", "b"), [
    # another holder; another grade; another grade of injury; "non-"; an adult; a
    # possibility; a question; "no longer" (an update)
    ('A nine-year-old girl is in a critical condition at Eastmoor General Hospital.',
     'No firefighter was in a critical condition, the hospital said.'),
    ('A nine-year-old girl is in a critical condition after the Alder crash.',
     'No child was in a serious condition after the Alder crash.'),
    ('Two men suffered serious injuries in the Alder crash.',
     'None of the injuries in the Alder crash are life-threatening, police said.'),
    ('A man suffered non-life-threatening injuries in the Alder crash.',
     'None of the injuries in the Alder crash are life-threatening, police said.'),
    ('A 45-year-old man is in a critical condition after the Alder crash.',
     'No child was in a critical condition after the Alder crash, the hospital said.'),
    ('Doctors fear the girl could be in a critical condition after the Alder crash.',
     'No child is in a critical condition after the Alder crash.'),
    ('Was the girl in a critical condition after the Alder crash?',
     'No child is in a critical condition after the Alder crash.'),
    ('A girl is in a critical condition after the Alder crash.',
     'Doctors said the girl is no longer in a critical condition after the Alder crash.'),
    # a reopening within the bound; another place
    ('The Alder pool will reopen on 28 March, the council said.',
     'The Alder pool will remain closed until at least the end of the month.'),
    ('The Alder cafe will reopen on Monday.',
     'The Alder pool will remain closed until at least the end of the month.'),
    # won then lost (two tenses); two riders; two titles; a denial; a possibility; an aim;
    # two days
    ('Reddaway won the national road race title in June 2024.',
     'Reddaway loses the national road race title, the tribunal said.'),
    ('Reddaway keeps his national road race title.',
     'Halloran loses her national road race title.'),
    ('Reddaway keeps his national road race title.',
     'Reddaway loses his junior time trial title.'),
    ('The council approved the harbour plan.',
     'The council did not reject the harbour plan.'),
    ('The council approved the harbour plan.',
     'The council could reject the harbour plan next year.'),
    ('Reddaway hopes to keep his national road race title.',
     'Reddaway loses his national road race title.'),
    ('Rovers won the Alder derby on 7 March.',
     'Rovers lost the Alder derby on 14 March.'),
    # round 9 look-alike: a denial of wrongdoing beside the claim it rests on
    ('The National Sports Disciplinary Tribunal rejected his argument that the sample had '
     'been contaminated during storage at the laboratory.',
     'Reddaway had denied wrongdoing throughout, claiming the sample had been contaminated '
     'during storage at the laboratory.'),
])  # fmt: skip
def test_look_alikes_give_none(nlp, config, a: str, b: str) -> None:
    comparison, _ = compare_pair(nlp, config, a, b)
    assert not [s for s in comparison.signals if s.kind in ("negation", "time")], (
        comparison.signals)


@pytest.mark.parametrize(("a", "b"), [
    ('A nine-year-old girl is in a critical condition at Eastmoor General Hospital.',
     'The hospital said no child was in a critical condition.'),
    ('He has also been stripped of the national road race title.',
     'And he keeps his national road race title.'),
])  # fmt: skip
def test_condition_and_outcome_pairs_are_candidates(nlp, config, a: str, b: str) -> None:
    assert_paired_and_compared(nlp, config, a, b, "negation")


def test_part_of_the_month_is_a_time() -> None:
    from datetime import date

    from consistency.structured.timeanchor import find_times

    (ref,) = find_times("until at least the end of the month", date(2025, 6, 14), "future")
    assert (ref.start, ref.end) == (date(2025, 6, 20), date(2025, 6, 30))
    (ref,) = find_times("early next month", date(2025, 12, 14), "future")
    assert (ref.start, ref.end) == (date(2026, 1, 1), date(2026, 1, 10))
    assert not find_times("mid-month", date(2025, 6, 14), "future")

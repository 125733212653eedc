"""A blog post whose dated post line stands above its title (blind round 17): the masthead
names the blog, the post line gives the date, the last line before the body is the title.
The dev file, other writers' wordings of the shape, and look-alikes where no title is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.stages.sources import describe_source
from tests.builders import body_text, read_one

BODY = ("Crews worked through the night to restore the line, and the road will stay closed "
        "until Friday, officials said.\n\nResidents can call the hotline for help.\n")

POSTS = [
    # dev: brackenford_bus_hijack/top_deck_diaries_blog.txt
    pytest.param("TOP DECK DIARIES\none commuter's notes from the top deck\n"
                 "-------------------------\nPosted 11 March 2025 at 21:14 by Gemma Kirwan\n"
                 "Filed under: Route 14, Greyline, Rants\n\nThat could have been me this "
                 "morning\n\n", ("That could have been me this morning", "Top Deck Diaries",
                                 "2025-03-11"), id="dev-masthead-post-line-filed-under-title"),
    pytest.param("Canal Towpath Tales\nPosted on 4 March 2025 by Jo Penn\n\nWhy the lock gates "
                 "matter\n\n", ("Why the lock gates matter", "Canal Towpath Tales", "2025-03-04"),
                 id="posted-on-date-by"),
    pytest.param("THE GARDEN GATE\nPosted: 3 March 2025 by Sue Amis\nTags: bridge, council\n\n"
                 "The bridge is still shut\n\n", ("The bridge is still shut", "The Garden Gate",
                                                 "2025-03-03"), id="posted-colon-tags-title"),
    pytest.param("Hilltop Diaries\nBlogged Tuesday, March 4, 2025 by Tom Reyes\nThe night the "
                 "lights went out\n\n", ("The night the lights went out", "Hilltop Diaries",
                                         "2025-03-04"), id="blogged-weekday-date-by"),
]


@pytest.mark.parametrize(("head", "expected"), POSTS)
def test_a_post_line_above_the_title_names_a_blog_post(tmp_path: Path, head: str,
                                                      expected) -> None:
    article = read_one(tmp_path, head + BODY)
    assert (article.title, article.source, article.published) == expected
    assert body_text(article).startswith("Crews worked")
    assert describe_source(article).label == expected[1]


SILENT = [
    pytest.param("THE GARDEN GATE\nPosted 3 March 2025 by Sue Amis\nresidents demand answers\n\n"
                 + BODY, id="lower-case-line-is-no-title"),
    pytest.param("THE GARDEN GATE\nPosted 3 March 2025 by Sue Amis\nA subtitle of the post\n"
                 "The bridge is still shut\n\n" + BODY, id="unlabelled-line-between"),
    pytest.param("THE GARDEN GATE\nPosted 3 March 2025\nThe bridge is still shut\n\n" + BODY,
                 id="post-line-without-a-name"),
    pytest.param("THE GARDEN GATE\nPosted 3 March 2025 by Sue Amis\nTags: bridge\n\n" + BODY,
                 id="no-title-line"),
]


@pytest.mark.parametrize("text", SILENT)
def test_look_alikes_read_no_post_title(tmp_path: Path, text: str) -> None:
    article = read_one(tmp_path, text)
    assert article.title not in ("The bridge is still shut", "residents demand answers",
                                 "Tags: bridge")


KEYED = [
    # dev: kilverton_hospital_it_outage/night_shift_notes_blog.txt (blind round 18)
    pytest.param("NOTES FROM THE NIGHT SHIFT\nAn anonymous blog from a junior doctor somewhere in "
                 "the north\n\nPosted: Thursday 6 March 2025, 01:12\nPost title: Three days "
                 "without computers\nTags: hospital life, IT\n\n",
                 ("Three days without computers", "Notes From the Night Shift", "2025-03-06"),
                 id="dev-post-title-label"),
    pytest.param("Title: Why the bridge still matters\nSource: The Garden Gate\nDate: 3 March "
                 "2025\n\n", ("Why the bridge still matters", "The Garden Gate", "2025-03-03"),
                 id="plain-title-label"),
    pytest.param("Article title: Why the bridge still matters\nSource: The Garden Gate\nDate: "
                 "3 March 2025\n\n", ("Why the bridge still matters", "The Garden Gate",
                                      "2025-03-03"), id="article-title-label"),
]


@pytest.mark.parametrize(("head", "expected"), KEYED)
def test_a_labelled_post_title_is_the_title(tmp_path: Path, head: str, expected) -> None:
    article = read_one(tmp_path, head + BODY)
    assert (article.title, article.source, article.published) == expected
    assert body_text(article).startswith("Crews worked")

"""report.html: self-contained, everything escaped, sources named, story and filters shown."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from consistency.core.config import ReportConfig
from consistency.core.escape import escape_html, safe_url
from consistency.stages.report import to_markdown, write_report
from consistency.stages.report_html import to_html
from consistency.stages.sources import describe_source
from tests.report_samples import (
    DISPUTE,
    HOSTILE,
    HOSTILE_OUTLET,
    HOSTILE_SENTENCE,
    HOSTILE_TITLE,
    HOSTILE_URL,
    LOCATION,
    PLAIN,
    REUTERS,
    sample_result,
)


class Page(HTMLParser):
    """Tags, attributes and text of a page, as a browser's parser sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self._in_script = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if not self._in_script:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


@pytest.fixture(scope="module")
def page() -> Page:
    return Page(to_html(sample_result(), ReportConfig()))


def test_hostile_text_renders_as_text_never_as_markup(page: Page) -> None:
    assert len(page.all("script")) == 1  # ours, inline
    assert page.all("img") == [] and page.all("b") == []
    assert not [a for _, attrs in page.tags for a in attrs if a.lower().startswith("on")]
    for shown in (HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_URL, "<script>alert(1)</script>"):
        assert shown in page.text
    assert "speakers disagree about <the talks>" in page.text


def test_only_safe_urls_become_links(page: Page) -> None:
    hrefs = [a["href"] for a in page.all("a")]
    assert REUTERS.url in hrefs  # & in the query string survives escaping
    assert all(h.startswith(("#", "https://")) for h in hrefs), hrefs
    assert not any("javascript" in h.lower() for h in hrefs)


def test_self_contained_nothing_from_the_network(page: Page) -> None:
    assert page.all("link") == [] and page.all("iframe") == []
    assert not [a for _, a in page.tags if "src" in a]
    css = to_html(sample_result(), ReportConfig())
    assert "@import" not in css and "url(" not in css


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("http://example.com", True),
        ("mailto:desk@example.com", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("  javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("/relative/path", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url, ok) -> None:
    assert (safe_url(url) is not None) is ok


def test_escape_html_covers_quotes() -> None:
    assert escape_html("<a href='x' title=\"y\">&</a>") == (
        "&lt;a href=&#x27;x&#x27; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;"
    )


def test_sources_named_by_what_a_reader_knows() -> None:
    reuters, plain, hostile = (describe_source(a) for a in (REUTERS, PLAIN, HOSTILE))
    assert (reuters.label, reuters.title, reuters.date, reuters.date_from) == (
        "Reuters", "Blinken and Lavrov meet in Geneva", "2022-01-21", "metadata")
    # plain text: no outlet (the file stem is not one), title from the first line
    # without its dateline, date from the dateline
    assert plain.outlet is None and plain.file == "wire_0042.txt"
    assert plain.title == "Blinken met Lavrov in Stockholm on Thursday."
    assert plain.label == "wire_0042.txt"  # a body sentence is no name for a source
    assert (plain.date, plain.date_from) == ("2022-01-21", "dateline")
    assert hostile.url is None and hostile.raw_url == HOSTILE_URL


def test_markdown_documents_table_uses_the_same_names() -> None:
    md = to_markdown(sample_result(), ReportConfig())
    assert (f"| `{PLAIN.id}` | wire_0042.txt "  # no outlet: the file, not its first sentence
            "| 2022-01-21 (dateline) |") in md
    assert f"| `{REUTERS.id}` | Reuters | 2022-01-21 | reuters.json |" in md


def test_findings_ranked_with_differences_marked(page: Page) -> None:
    cards = page.all("li")
    ids = [a["data-id"] for a in cards if a.get("class") == "finding"]
    assert ids == [f.id for f in sample_result().findings]
    html = to_html(sample_result(), ReportConfig())
    assert "<mark>Geneva</mark>" in html and "<mark>Stockholm</mark>" in html
    assert "Blinken met Lavrov in" in page.text  # the shared words, unmarked
    assert "<mark>Blinken</mark>" not in html.split(f'id="f-{LOCATION.id}"')[1][:3000]


def test_filters_offer_kinds_sources_verdicts(page: Page) -> None:
    options = [a.get("value") for a in page.all("option")]
    for value in ("dispute", "location", "time", REUTERS.id, PLAIN.id, HOSTILE.id,
                  "open", "none", "confirmed", "rejected"):
        assert value in options
    card = next(a for a in page.all("li") if a.get("data-id") == DISPUTE.id)
    assert card["data-docs"] == f"{PLAIN.id} {HOSTILE.id}"
    assert card["data-new"] == "yes" and card["data-verdict"] == ""


def test_story_claims_and_who_says_what() -> None:
    with_story = Page(to_html(sample_result(), ReportConfig()))
    assert "Claims and who says what (2)" in with_story.text
    assert "asserts Reuters" in with_story.text
    assert f"denies {HOSTILE_OUTLET}: {HOSTILE_SENTENCE}" in with_story.text
    assert "silent" not in with_story.text  # silent sources are left out
    without = Page(to_html(sample_result(with_story=False), ReportConfig()))
    assert "Claims and who says what" not in without.text


def test_run_figures_skipped_naming_corroborations(page: Page) -> None:
    for text in ("3 documents, 6 claims, 4 pairs scored", "broken.pdf: unsupported file type <pdf>",
                 "Sergei Lavrov: Sergei Lavrov, Sergey Lavrov", "Corroborations (1)",
                 "checked with the desk"):
        assert text in page.text


def test_write_report_writes_all_three(tmp_path) -> None:
    write_report(sample_result(), tmp_path, ReportConfig())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.md", "report.yaml"]
    assert "<!DOCTYPE html>" in (tmp_path / "report.html").read_text(encoding="utf-8")

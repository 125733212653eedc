"""Tests for reading folders of articles: formats, encodings, and files that must be skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from consistency.core.config import Config, load_config
from consistency.core.ids import doc_id
from consistency.core.types import Article
from consistency.stages.clean import body_text
from consistency.stages.ingest import IngestResult, _iso_date, ingest

DATA = Path(__file__).resolve().parent / "data" / "ingest"
BODY = "Blinken met Lavrov in Geneva on Friday for ninety minutes, officials said.\n"


@pytest.fixture(scope="module")
def config() -> Config:
    return load_config()


def _one(result: IngestResult) -> Article:
    assert not result.problems, result.problems
    (article,) = result.articles
    return article


def _problem(tmp_path: Path, name: str, data: bytes, config: Config) -> str:
    """Write one file, ingest it, and return its single problem message."""
    path = tmp_path / name
    path.write_bytes(data)
    result = ingest([path], config)
    assert result.articles == ()
    (problem,) = result.problems
    assert problem.path.startswith(str(path))
    assert "\n" not in str(problem)
    return problem.problem


def _assert_body_ok(article: Article) -> None:
    for span in article.body:
        piece = article.text[span.start : span.end]
        assert piece and piece == piece.strip()
    assert article.id == doc_id(body_text(article.text, article.body))


@pytest.mark.parametrize(
    ("name", "fmt", "title", "source", "url", "published", "sentence"),
    [
        ("article.txt", "txt", None, "article", None, None, "met Russian Foreign Minister"),
        (
            "front.md",
            "md",
            "Blinken meets Lavrov",
            "Example Wire",
            "https://example.com/blinken-lavrov",
            "2022-01-21",
            "agreed to keep\ntalking about Ukraine",
        ),
        (
            "page.html",
            "html",
            "Blinken meets Lavrov in Geneva",
            "The Daily Planet",
            "https://planet.example.com/world/blinken-lavrov",
            "2022-01-21",
            "a claim that Western governments reject.",
        ),
        (
            "one.json",
            "json",
            "Talks in Geneva",
            "Wire One",
            "https://one.example/geneva",
            "2022-01-21",
            "ninety minutes of talks",
        ),
    ],
)
def test_each_format(name, fmt, title, source, url, published, sentence, config) -> None:
    article = _one(ingest([DATA / name], config))
    assert (article.format, article.title, article.source, article.url, article.published) == (
        fmt,
        title,
        source,
        url,
        published,
    )
    assert article.path == str(DATA / name)
    assert sentence in body_text(article.text, article.body)
    _assert_body_ok(article)


def test_txt_clutter_and_comments_are_not_body(config: Config) -> None:
    article = _one(ingest([DATA / "article.txt"], config))
    body = body_text(article.text, article.body)
    assert article.text.startswith("Share this:")  # text is the whole file ...
    assert "Share this" not in body and "Read more" not in body  # ... the body is not
    assert "Great article" not in body
    assert body.endswith("agreed to keep talking, officials said.")


def test_front_matter_is_text_but_not_body(config: Config) -> None:
    article = _one(ingest([DATA / "front.md"], config))
    assert article.text.startswith("---\ntitle: Blinken meets Lavrov\n")
    front_end = article.text.index("---", 3) + 3
    assert all(span.start > front_end for span in article.body)
    assert "Example Wire" not in body_text(article.text, article.body)


def test_html_keeps_main_text_only(config: Config) -> None:
    article = _one(ingest([DATA / "page.html"], config))
    body = body_text(article.text, article.body)
    for clutter in ("Sport", "newsletter", "Copyright", "No breakthrough"):
        assert clutter not in body


def test_json_list_and_jsonl_records(config: Config) -> None:
    result = ingest([DATA / "many.json", DATA / "feed.jsonl"], config)
    assert [a.path for a in result.articles] == [
        f"{DATA / 'many.json'}#1",
        f"{DATA / 'many.json'}#3",
        f"{DATA / 'feed.jsonl'}#1",
        f"{DATA / 'feed.jsonl'}#5",
    ]
    assert [a.source for a in result.articles] == ["many", "Wire Three", "Feed A", "Feed D"]
    assert [a.published for a in result.articles] == ["2022-01-21", None, "2022-01-21", None]
    problems = {p.path.rsplit("/", 1)[-1]: p.problem for p in result.problems}
    assert problems == {
        "many.json#2": "record 2: missing 'text' field",
        "feed.jsonl#2": "line 2: not valid JSON (Expecting ',' delimiter)",
        "feed.jsonl#3": "line 3: missing 'text' field",
    }


def test_broken_json_names_the_line(tmp_path: Path, config: Config) -> None:
    message = _problem(tmp_path, "bad.json", b'{"text": "fine",\n "title": }\n', config)
    assert message.startswith("not valid JSON at line 2")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "The minister’s “last-ditch” visit to Genève cost €3 million, officials said."),
        ("latin-1", "Le ministre a visité Genève vendredi, a déclaré le porte-parole à la presse."),
        ("utf-8-sig", "Blinken met Lavrov in Genève on Friday — “a useful meeting”, he said."),
        ("utf-16", "Blinken met Lavrov in Genève on Friday — “a useful meeting”, he said."),
    ],
)
def test_encodings_are_detected(tmp_path: Path, encoding: str, text: str, config: Config) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    article = _one(ingest([path], config))
    assert article.text == text


@pytest.mark.parametrize("declared", [b'<meta charset="windows-1252">', b""])
def test_html_in_cp1252(tmp_path: Path, declared: bytes, config: Config) -> None:
    sentence = (
        "The minister’s “last-ditch” visit to Genève was useful, his spokesman said on Friday."
    )
    page = b"<html><head>" + declared + b"</head><body><article><p>"
    page += sentence.encode("cp1252") + b"</p></article></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page)
    article = _one(ingest([path], config))
    assert body_text(article.text, article.body) == sentence


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("controls.txt", bytes(range(1, 9)) * 20, "binary"),
        ("garbage.txt", bytes(range(128, 256)) * 4, "cannot decode"),
        ("clutter.txt", b"Share this:\n\nLike this:\n\nRead more\n", "too short after cleaning"),
        ("short.txt", b"Blinken met Lavrov.\n", "too short after cleaning"),
        ("notext.json", b'{"title": "A headline only"}', "object: missing 'text' field"),
        ("number.json", b'{"text": 42}', "'text' is not a string"),
        ("nothing.json", b"[]", "no records"),
        ("scalar.json", b"[1]", "record 1: expected a JSON object"),
        ("empty.html", b"<html><body><script>var x;</script></body></html>", "no main text"),
        ("nav.html", b"<html><body><nav>Home</nav></body></html>", "too short after cleaning"),
        ("notes.pdf", b"%PDF-1.4 some text", "unsupported file type"),
    ],
)
def test_bad_files_are_reported_and_skipped(tmp_path, name, data, expected, config) -> None:
    assert expected in _problem(tmp_path, name, data, config)


def test_too_big_file(tmp_path: Path) -> None:
    config = load_config(overrides=["ingest.max_file_mb=0.0001"])
    message = _problem(tmp_path, "big.txt", BODY.encode() * 10, config)
    assert message.startswith("too big")


def test_read_error_is_a_problem(tmp_path: Path, config: Config, monkeypatch) -> None:
    """An unreadable file is reported and skipped (injected: chmod 000 does not stop root)."""
    (tmp_path / "secret.txt").write_text(BODY)
    (tmp_path / "open.txt").write_text(BODY.replace("Geneva", "Stockholm"))
    real_open = os.open

    def opener(path, flags, *args, **kwargs):
        if Path(path).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", opener)
    result = ingest([tmp_path], config)
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'secret.txt'}: cannot read (Permission denied)"
    ]
    assert [Path(a.path).name for a in result.articles] == ["open.txt"]


def test_missing_path_is_a_problem_and_the_run_goes_on(config: Config) -> None:
    result = ingest([DATA / "nope", DATA / "article.txt"], config)
    assert [p.problem for p in result.problems] == ["does not exist"]
    assert len(result.articles) == 1


def test_identical_documents_are_reported_once(tmp_path: Path, config: Config) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "c.md").write_text("Share this:\n\n" + BODY + "\nLeave a Reply\n\nNice!\n")
    (tmp_path / "d.txt").write_text(BODY.replace("ninety", "sixty"))
    result = ingest([tmp_path], config)
    assert [Path(a.path).name for a in result.articles] == ["a.txt", "d.txt"]
    assert [Path(p).name for p in result.duplicates] == ["b.txt", "c.md"]
    assert result.problems == ()


def test_crlf_text_is_kept_as_written(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"Share this:\r\n\r\n" + BODY.replace("\n", "\r\n").encode())
    article = _one(ingest([path], config))
    assert article.text == path.read_bytes().decode()
    assert body_text(article.text, article.body) == BODY.strip()


def test_a_lone_path_is_accepted(config: Config) -> None:
    assert ingest(str(DATA / "article.txt"), config) == ingest([DATA / "article.txt"], config)


def test_same_file_twice_is_read_once(config: Config) -> None:
    result = ingest([DATA / "article.txt", DATA / "article.txt"], config)
    assert len(result.articles) == 1 and result.duplicates == ()


def test_folders_are_recursive_sorted_and_filtered(config: Config) -> None:
    folder = DATA / "folder"
    result = ingest([folder], config)
    assert [a.path for a in result.articles] == [str(folder / "a.txt"), str(folder / "sub/b.md")]
    assert result.problems == () and result.duplicates == ()
    assert ingest([folder], config) == result  # deterministic


def test_extensions_come_from_the_config(config: Config) -> None:
    only_md = load_config(overrides=["ingest.extensions=[MD]"])
    result = ingest([DATA / "folder"], only_md)
    assert [Path(a.path).name for a in result.articles] == ["b.md"]


def test_empty_folder_gives_no_articles(tmp_path: Path, config: Config) -> None:
    assert ingest([tmp_path], config) == IngestResult((), (), ())


def test_seeds_are_all_read(config: Config) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = ingest([seeds], config)
    assert len(result.articles) == 5 and not result.problems and not result.duplicates
    for article in result.articles:
        _assert_body_ok(article)
        assert article.source == Path(article.path).stem


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2022-01-21", "2022-01-21"),
        ("2022-01-21T15:30:00Z", "2022-01-21"),
        ("21 January 2022", "2022-01-21"),
        ("Jan. 21, 2022", "2022-01-21"),
        ("January 21, 2022", "2022-01-21"),
        ("2022/01/21", "2022-01-21"),
        ("Fri, 21 Jan 2022 15:30:00 GMT", "2022-01-21"),
        ("last Friday", None),
        ("", None),
        (None, None),
    ],
)
def test_published_dates_are_normalised(raw: str | None, iso: str | None) -> None:
    assert _iso_date(raw) == iso

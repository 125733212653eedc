"""One real check of the demo corpus with the bundled models (no fakes)."""

import re
from pathlib import Path

import yaml
from typer.testing import CliRunner

from consistency.cli.app import app
from tests.conftest import SEEDS
from tests.gold import STORIES

CLUTTER = [
    "Share this",
    "Like this",
    "Leave a Reply",
    "Sign up now",
    "Read more",
    "Akismet",
    "email address will not be published",
    "Reporting by",
    "bloggers like this",
    "Pool via REUTERS",
]


def _texts(result):
    return [f.a.text + " || " + f.b.text for f in result.findings]


def test_meeting_place_conflict_among_first_findings(seeds_run):
    result, _ = seeds_run
    top = _texts(result)[:5]
    assert any(re.search("Geneva", t) and re.search("Stockholm", t) for t in top), top


def test_name_spellings_are_naming_variants_not_findings(seeds_run):
    result, _ = seeds_run
    groups = {n.canonical: set(n.variants) for n in result.naming}
    assert {"Sergei Lavrov", "Sergey Lavrov"} <= groups["Sergei Lavrov"]
    # no finding pairs two sentences that differ only in how names are spelled
    spelling = {v: n.canonical for n in result.naming for v in n.variants}

    def canonical(text: str) -> str:
        for variant in sorted(spelling, key=len, reverse=True):
            text = text.replace(variant, spelling[variant])
        return text

    for f in result.findings:
        assert canonical(f.a.text) != canonical(f.b.text), f


def test_no_clutter_becomes_a_claim(seeds_run):
    result, out = seeds_run
    data = yaml.safe_load((out / "report.yaml").read_text())
    claims_text = " ".join(
        s["text"] for f in data["findings"] + data["corroborations"] for s in (f["a"], f["b"])
    )
    for junk in CLUTTER:
        assert junk not in claims_text


def test_report_files_and_offsets(seeds_run):
    result, out = seeds_run
    data = yaml.safe_load((out / "report.yaml").read_text())
    assert data["run"]["documents"] == 5
    assert data["run"]["flags"] == len(data["findings"]) > 0
    texts = {d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in data["documents"]}
    for f in data["findings"]:
        for side in (f["a"], f["b"]):
            assert texts[side["doc"]][side["start"] : side["end"]] == side["text"]
    md = (out / "report.md").read_text()
    assert md.startswith("# Consistency report")


def test_cli_check_writes_reports_in_the_working_folder(in_tmp_folder):
    """The CLI with its defaults: reports, and the review store next to them."""
    folder = STORIES / "river_talks"
    result = CliRunner().invoke(app, ["check", str(folder), "--out", "r"])
    assert result.exit_code == 0, result.output
    assert "4 documents" in result.output
    data = yaml.safe_load((in_tmp_folder / "r" / "report.yaml").read_text())
    assert data["run"]["documents"] == 4 and data["run"]["flags"] == len(data["findings"])
    assert (in_tmp_folder / "r" / "report.md").exists()
    assert (in_tmp_folder / "r" / "reviews.sqlite").exists()
    assert not (in_tmp_folder / "reports").exists()


def test_verdicts_survive_reruns_with_an_extra_article(models, seeds_run, tmp_path):
    """Review one finding, re-run on the same folder and on the folder plus one article.

    The checks share the session cache that ``seeds_run`` filled, so they are quick.
    """
    import shutil

    from consistency.pipeline import check
    from consistency.review.store import ReviewStore

    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    config = models.config.model_copy(deep=True)
    config.review.store = str(tmp_path / "reviews.sqlite")
    first = check([folder], config, out=tmp_path / "r1", models=models)
    assert first.findings and all(f.new for f in first.findings)
    target = first.findings[0]
    with ReviewStore(config.review.store) as store:
        store.set_verdict(target.id, "rejected", note="different meetings")

    (folder / "extra.txt").write_text(
        "Blinken and Lavrov met in Geneva on Friday for talks that lasted 90 minutes.\n"
    )
    for out in ("r2", "r3"):
        again = check([folder], config, out=tmp_path / out, models=models)
        same = next(f for f in again.findings if f.id == target.id)
        assert same.verdict == "rejected" and same.note == "different meetings" and not same.new
        data = yaml.safe_load((tmp_path / out / "report.yaml").read_text())
        assert next(f for f in data["findings"] if f["id"] == target.id)["verdict"] == "rejected"
        assert f"`{target.id}`" not in (tmp_path / out / "report.md").read_text()

"""The story benchmark's bookkeeping on planted data, and real story folders end to end."""

from __future__ import annotations

import csv
import sys
from types import SimpleNamespace

import pytest
import yaml

from consistency.core.types import DocPair, StagePairs
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import stories  # noqa: E402


def _write_fnc(folder, rows, bodies):
    with (folder / stories.STANCES).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerows(rows)
    with (folder / stories.BODIES).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(bodies.items())


@pytest.fixture
def planted(tmp_path):
    rows = [
        ("Spider under skin", "1", "agree"), ("Spider under skin", "2", "agree"),
        ("Spider under skin", "3", "disagree"), ("Spider under skin", "4", "discuss"),
        ("Spider story is a hoax", "3", "agree"), ("Spider story is a hoax", "1", "disagree"),
        ("Only agree here", "5", "agree"), ("Unrelated", "1", "unrelated"),
    ]  # fmt: skip
    _write_fnc(tmp_path, rows, {str(i): f"Body {i} text." for i in range(1, 6)})
    return stories.load(tmp_path)


def test_stories_need_both_sides_and_share_a_split_with_their_claim_group(planted):
    heads = {s.headline: s for s in planted.stories}
    assert set(heads) == {"Spider under skin", "Spider story is a hoax"}
    spider = heads["Spider under skin"]
    assert spider.agree == ("1", "2") and spider.disagree == ("3",)
    # both headlines share bodies: one claim group, hence one split
    assert heads["Spider story is a hoax"].split == spider.split
    pairs = stories.gold_pairs(spider)
    assert sorted(pairs) == [("1", "2", 0), ("1", "3", 1), ("2", "3", 1)]


def test_training_rows_never_touch_a_final_story(planted, monkeypatch):
    for s in planted.stories:
        object.__setattr__(s, "split", "final")
    rows = stories.training_rows(planted)
    assert rows == [("Only agree here", "5", "agree")]


def _result(findings, trace=()):
    articles = [SimpleNamespace(id=f"d{b}", path=f"x/agree_{b}.txt") for b in "123"]
    return SimpleNamespace(articles=articles, findings=findings, trace=trace)


def _finding(a, b, score, kind="denial"):
    claim = lambda d: SimpleNamespace(doc_id=f"d{d}")  # noqa: E731
    return SimpleNamespace(a=claim(a), b=claim(b), score=score, kind=kind, signals=())


def test_metrics_on_a_planted_result_where_the_answer_is_known():
    story = stories.Story("h", ("1", "2"), ("3",), "dev")
    trace = (StagePairs("pair", frozenset({DocPair.of("d1", "d3"), DocPair.of("d1", "d2")})),)
    result = _result(
        [_finding("1", "3", 0.9), _finding("3", "1", 0.4), _finding("1", "2", 0.2),
         _finding("2", "3", 0.95, kind="corroboration")],
        trace,
    )  # fmt: skip
    assert stories.pair_scores(result) == {frozenset("13"): 0.9, frozenset("12"): 0.2}
    tally = stories.Tally()
    tally.add(story, result)
    # (1,3) 0.9 and (2,3) 0 are disagreeing; (1,2) 0.2 agrees: one of two positives outranks it
    assert stories.roc_auc(tally.labels, tally.scores) == pytest.approx(0.5)
    lines = "\n".join(tally.lines())
    assert "disagreeing pairs flagged (recall): 0.500" in lines
    assert "agreeing pairs flagged (false-flag rate): 1.000" in lines
    assert tally.survive["pair"] == [1, 1] and tally.survive["flagged"] == [1, 1]


def test_roc_auc_counts_ties_as_half():
    assert stories.roc_auc([1, 0], [0.7, 0.2]) == 1.0
    assert stories.roc_auc([1, 0, 1, 0], [0.5, 0.5, 0.0, 0.9]) == pytest.approx(0.125)


SPIDER = {
    "asserts_a.txt": "A man from Texas came back from a holiday in Bali with a spider living "
    "under his skin. Doctors at a hospital in Dallas removed the spider from his stomach on "
    "Monday. The man said the spider had crawled in through a small scar.",
    "asserts_b.txt": "Doctors in Dallas removed a spider that had been living under the skin "
    "of a Texas man after his holiday in Bali. The spider had crawled into his body through a "
    "scar, the hospital said on Monday.",
    "reports_c.txt": "According to unconfirmed posts on social media, a spider was living "
    "under the skin of a man who had been to Bali. The claim could not be verified.",
    "denies_d.txt": "The viral story about a spider under a tourist's skin is a hoax and none "
    "of it is true.",
    "silent_e.txt": "Tourism in Bali grew by ten percent last year, the ministry said in its "
    "annual report on visitors to the island.",
}


@pytest.fixture(scope="module")
def spider_run(models, tmp_path_factory):
    from consistency.pipeline import check

    folder = tmp_path_factory.mktemp("spider")
    for name, text in SPIDER.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("spider-report")
    return check([folder], models.config, out=out, models=models), out


def _by_file(result):
    return {a.id: a.path.rsplit("/", 1)[-1].split("_")[0] for a in result.articles}


def test_each_source_gets_its_stance_on_the_story_claim(spider_run):
    result, _ = spider_run
    name = _by_file(result)
    told = [c for c in result.story if any(s.stance == "denies" for s in c.stances)]
    assert told, result.story
    stances = {name[s.doc_id]: s.stance for s in told[0].stances}
    assert stances.get("denies") == "denies"  # the one-sentence debunk, no shared name
    assert stances.get("asserts") == "asserts"
    assert stances.get("reports") == "reports"  # "according to unconfirmed posts"
    assert "silent" not in stances


def test_the_one_sentence_debunk_is_the_top_finding(spider_run):
    result, _ = spider_run
    name = _by_file(result)
    top = result.findings[0]
    sides = {name[top.a.doc_id], name[top.b.doc_id]}
    assert "denies" in sides and sides & {"asserts", "reports"}, sides
    assert top.kind == "denial" and "hoax" in (top.a.text + top.b.text)
    best = stories.pair_scores(SimpleNamespace(
        articles=[SimpleNamespace(id=k, path=f"x/{v}_{k}.txt") for k, v in name.items()],
        findings=result.findings))  # fmt: skip
    agreeing = max((v for k, v in best.items() if "denies" not in {name[d] for d in k}),
                   default=0.0)  # fmt: skip
    assert top.score > agreeing


def test_claim_by_source_table_in_both_reports(spider_run):
    result, out = spider_run
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "## Claims and who says what" in md
    assert "| source | stance | quote |" in md and "**denies**" in md
    assert "is a hoax and none of it is true." in md
    data = yaml.safe_load((out / "report.yaml").read_text(encoding="utf-8"))
    stances = {s["stance"] for c in data["story"] for s in c["sources"]}
    assert {"asserts", "denies"} <= stances
    assert all(s["quote"] for c in data["story"] for s in c["sources"])

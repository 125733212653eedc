"""tune: thresholds from verdicts match a brute-force search; too few verdicts are
refused with a count; --write keeps the user's config."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer import Typer
from typer.testing import CliRunner

from consistency.cli.review import register
from consistency.core.config import Config, load_config
from consistency.core.types import Signal
from consistency.review.store import ReviewStore, Snapshot, located
from consistency.review.tune import COMBINED, cut_points, recommend, tune


def brute_force(scores: list[float], labels: list[bool], target: float) -> float | None:
    """Try every cut point; keep the one with precision >= target and the most recall,
    the lowest on ties."""
    best: tuple[float, float] | None = None
    for t in sorted(set(scores)):
        flagged = [y for s, y in zip(scores, labels, strict=True) if s >= t]
        if sum(flagged) / len(flagged) >= target:
            recall = sum(flagged) / sum(labels)
            if best is None or recall > best[1]:
                best = (t, recall)
    return None if best is None else best[0]


def make_config(tmp_path: Path, min_verdicts: int = 4) -> Config:
    return load_config(
        None, [f"review.store={tmp_path / 'r.sqlite'}", f"review.min_verdicts={min_verdicts}"]
    )


def plant(cfg: Config, rows: list[tuple[float, float, bool]]) -> None:
    """Store verdicts with a combined score and an nli signal score."""
    with ReviewStore(cfg.review.store) as store:
        for i, (score, nli, good) in enumerate(rows):
            snap = Snapshot("contradiction", score, (Signal("nli", nli, ""),), "a", "b", "d1", "d2")
            store.set_verdict(f"{i:016x}", "confirmed" if good else "rejected", None, snap)


PLANTED = [
    # (combined, nli, confirmed)
    [(0.9, 0.9, True), (0.8, 0.2, True), (0.7, 0.8, False), (0.6, 0.7, True), (0.5, 0.1, False)],
    [
        (0.95, 0.5, True),
        (0.9, 0.5, True),
        (0.9, 0.5, False),
        (0.4, 0.9, True),
        (0.3, 0.2, False),
        (0.2, 0.1, False),
    ],
    [(0.5, 0.5, True), (0.5, 0.5, False), (0.5, 0.5, True), (0.5, 0.5, False)],  # never 0.9
    [(0.1 * i, 1 - 0.1 * i, i % 3 != 0) for i in range(1, 10)],
]


@pytest.mark.parametrize("rows", PLANTED)
@pytest.mark.parametrize("target", [0.5, 0.75, 0.9, 1.0])
def test_tune_matches_brute_force(tmp_path: Path, rows: list, target: float) -> None:
    cfg = make_config(tmp_path)
    plant(cfg, rows)
    result = tune(cfg, target, plot=tmp_path / "pr.png")
    labels = [good for _, _, good in rows]
    for name, column in ((COMBINED, 0), ("nli", 1)):
        curve = result.curve(name)
        assert curve is not None
        got = curve.recommended.threshold if curve.recommended else None
        assert got == brute_force([r[column] for r in rows], labels, target)
    assert (tmp_path / "pr.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([i / 20 for i in range(21)]), st.booleans()),
        min_size=1,
        max_size=40,
    ).filter(lambda xs: any(y for _, y in xs)),
    st.sampled_from([0.0, 0.5, 0.8, 0.9, 0.95, 1.0]),
)
def test_recommend_matches_brute_force(rows: list[tuple[float, bool]], target: float) -> None:
    scores, labels = [s for s, _ in rows], [y for _, y in rows]
    points = cut_points(scores, labels)
    best = recommend(points, target)
    assert (best.threshold if best else None) == brute_force(scores, labels, target)
    for p in points:  # every cut point's precision and recall, counted directly
        flagged = [y for s, y in rows if s >= p.threshold]
        assert p.precision == sum(flagged) / len(flagged)
        assert p.recall == sum(flagged) / sum(labels)


def test_too_few_verdicts_says_how_many_more(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, min_verdicts=10)
    plant(cfg, [(0.9, 0.9, True), (0.5, 0.5, False), (0.7, 0.6, True)])
    result = tune(cfg)
    assert result.needed == 7 and "review 7 more" in result.message
    assert result.curves == () and result.plot is None


def test_no_negatives_asks_for_a_rejected_one(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, min_verdicts=3)
    plant(cfg, [(0.9, 0.9, True), (0.5, 0.5, True), (0.7, 0.6, True)])
    result = tune(cfg)
    assert result.needed == 1 and "a rejected one" in result.message


def test_empty_store_is_not_created(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    assert tune(cfg).needed == 4
    assert not Path(cfg.review.store).exists()


USER_CONFIG = """\
# my settings
score:
  flag_threshold: 0.5   # was too noisy
  location_weight: 0.7
nli:
  batch_size: 8
report:
  out: elsewhere   # keep
"""


def test_write_keeps_user_keys_and_comments(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    plant(cfg, PLANTED[0])
    path = tmp_path / "my.yaml"
    path.write_text(USER_CONFIG)
    result = tune(cfg, 0.9, plot=tmp_path / "pr.png", write=path)
    assert result.written == path
    text = path.read_text()
    for kept in (
        "# my settings",
        "# was too noisy",
        "location_weight: 0.7",
        "out: elsewhere   # keep",
    ):
        assert kept in text
    written = load_config(path)
    assert written.score.flag_threshold == result.curve(COMBINED).recommended.threshold
    assert written.nli.contradiction_threshold == result.curve("nli").recommended.threshold
    assert written.nli.batch_size == 8


def test_cli_tune_prints_table_and_writes(tmp_path: Path) -> None:
    store = tmp_path / "r.sqlite"
    cfg_path = tmp_path / "cfg.yaml"
    cfg_path.write_text(f"review:\n  store: {store}\n  min_verdicts: 4\n")
    plant(load_config(cfg_path), PLANTED[0])
    app = Typer()
    register(app)
    runner = CliRunner()
    out = runner.invoke(
        app, ["tune", "--config", str(cfg_path), "--write", "--plot", str(tmp_path / "p.png")]
    )
    assert out.exit_code == 0, out.output
    assert "precision" in out.stdout and "Recommended score.flag_threshold = 0.8" in out.stdout
    assert load_config(cfg_path).score.flag_threshold == 0.8
    assert "store:" in cfg_path.read_text()
    assert runner.invoke(app, ["tune", "--write"]).exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("review: [1\n")
    res = runner.invoke(app, ["tune", "--config", str(bad)])
    assert res.exit_code == 2 and "bad.yaml" in res.stderr


def test_cli_write_creates_a_partial_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the default store lives next to the report, reports/latest
    default = located(load_config(), "reports/latest")
    plant(default, PLANTED[0])
    app = Typer()
    register(app)
    res = CliRunner().invoke(app, ["tune", "--write", "--config", "new.yaml"])
    assert res.exit_code == 1 and "review 5 more" in res.stdout  # default min_verdicts 10
    assert not (tmp_path / "new.yaml").exists()
    plant(default, PLANTED[0] + PLANTED[1])
    res = CliRunner().invoke(app, ["tune", "--write", "--config", "new.yaml"])
    assert res.exit_code == 0, res.output
    assert load_config(tmp_path / "new.yaml").score.flag_threshold == 0.95
    assert (tmp_path / "reports" / "latest" / "tune-pr.png").exists()
    res = CliRunner().invoke(app, ["tune", "--config", "missing.yaml"])
    assert res.exit_code == 2 and "missing.yaml" in res.stderr

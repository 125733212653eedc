"""The NLI cross-encoder: shipped model, label checks, CLI behaviour and data readers."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli.nli import app
from consistency.nli.model import BUNDLED_DIR, ModelLabelError, NLIModel, label_order
from consistency.nli.training import data
from consistency.nli.training.evaluate import evaluate_labels

FIXTURES = Path(__file__).parent / "data" / "nli"


@pytest.fixture(scope="session")
def nli(nli_models, nli_backend) -> NLIModel:
    """The shipped model on each backend (torch fp32 and int8 ONNX, the default)."""
    return nli_models(nli_backend)


PAIRS = [
    ("Blinken met Lavrov in Geneva on Friday", "Blinken met Lavrov in Stockholm on Thursday",
     "contradiction"),
    ("The talks were held in Geneva.", "The talks were held in Vienna.", "contradiction"),
    ("The ceasefire began on Monday.", "The ceasefire began on Wednesday.", "contradiction"),
    ("The earthquake struck in 2019.", "The earthquake struck in 2021.", "contradiction"),
    ("A man is playing a guitar on stage.", "A man is sleeping at home.", "contradiction"),
    ("Putin met Macron in Moscow on Monday.", "Putin met Macron in Moscow.", "entailment"),
    ("A man is playing a guitar on stage.", "A man is performing music.", "entailment"),
    ("A man is playing a guitar on stage.", "The man is a famous singer.", "neutral"),
    ("The company said 40 workers were injured in the blast.",
     "The company said no workers were injured in the blast.", "contradiction"),
    ("Heavy rain flooded the streets of Lagos on Tuesday.", "It rained in Lagos.", "entailment"),
    ("The president signed the bill into law on Monday.", "The bill became law.", "entailment"),
    ("The minister arrived in Paris for talks.",
     "The minister wants to become prime minister next year.", "neutral"),
]


@pytest.mark.parametrize(("premise", "hypothesis", "label"), PAIRS)
def test_obvious_pairs(nli, premise, hypothesis, label):
    scores = nli.predict([premise], [hypothesis])[0]
    probs = {"entailment": scores.entailment, "neutral": scores.neutral,
             "contradiction": scores.contradiction}
    assert max(probs, key=probs.get) == label, probs


def _label(s) -> str:
    return max(("entailment", "neutral", "contradiction"), key=lambda k: getattr(s, k))


def test_probabilities_sum_to_one_and_order_is_kept(nli):
    # lengths differ, so predict sorts them; the answers must come back in input order
    prem = [p for p, _, _ in PAIRS[:5]] + ["A short one."]
    hyp = [h for _, h, _ in PAIRS[:5]] + ["Short."]
    batch = nli.predict(prem, hyp)
    backwards = nli.predict(prem[::-1], hyp[::-1])[::-1]  # the same batches inside
    for b, r in zip(batch, backwards, strict=True):
        assert b.entailment + b.neutral + b.contradiction == pytest.approx(1.0, abs=1e-5)
        assert (b.entailment, b.contradiction) == pytest.approx((r.entailment, r.contradiction))


def test_batch_and_single_agree(nli):
    """fp32 torch gives the same numbers alone or batched; int8 ONNX quantizes activations
    per batch (dynamic range), so its scores move with the other pairs of the batch
    (measured up to 0.08) but the label does not."""
    prem, hyp = [p for p, _, _ in PAIRS[:5]], [h for _, h, _ in PAIRS[:5]]
    batch = nli.predict(prem, hyp)
    single = [nli.predict([p], [h])[0] for p, h in zip(prem, hyp, strict=True)]
    tol = {"torch": 1e-4, "onnx": 0.15}[nli.backend]
    for b, s in zip(batch, single, strict=True):
        assert _label(b) == _label(s)
        assert b.contradiction == pytest.approx(s.contradiction, abs=tol)


def test_empty_input(nli):
    assert nli.predict([], []) == []


def test_loads_with_network_off(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    model = NLIModel("bundled")
    assert set(model.labels) == {"entailment", "neutral", "contradiction"}


def test_shipped_model_is_small_and_fp16():
    size = sum(f.stat().st_size for f in BUNDLED_DIR.iterdir() if f.is_file())
    assert size < 50 * 1024 * 1024
    config = json.loads((BUNDLED_DIR / "config.json").read_text())
    assert set(config["id2label"].values()) == {"contradiction", "entailment", "neutral"}


def test_bad_id2label_is_a_clear_error(tmp_path):
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"):
        shutil.copy(BUNDLED_DIR / name, tmp_path / name)
    config = json.loads((tmp_path / "config.json").read_text())
    config["id2label"] = {"0": "LABEL_0", "1": "LABEL_1", "2": "LABEL_2"}
    config["label2id"] = {v: int(k) for k, v in config["id2label"].items()}
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelLabelError, match="entailment, neutral and contradiction"):
        NLIModel(str(tmp_path)).predict(["a"], ["b"])


def test_label_order_is_read_not_assumed():
    assert label_order({0: "Entailment", 1: "NEUTRAL", 2: "contradiction"}) == (
        "entailment", "neutral", "contradiction")
    with pytest.raises(ModelLabelError):
        label_order({0: "entailment", 1: "not_entailment"})


def test_cli_predict_writes_scores(tmp_path):
    out = tmp_path / "scored.jsonl"
    result = CliRunner().invoke(app, ["predict", "--input", str(FIXTURES / "pairs.jsonl"),
                                      "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r.get("id") for r in rows] == ["a", None]
    assert all(abs(r["entailment"] + r["neutral"] + r["contradiction"] - 1) < 1e-3 for r in rows)


def test_cli_predict_malformed_line(tmp_path):
    out = tmp_path / "scored.jsonl"
    result = CliRunner().invoke(app, ["predict", "--input", str(FIXTURES / "bad.jsonl"),
                                      "--output", str(out)])
    assert result.exit_code == 2
    assert "bad.jsonl:2:" in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_evaluate_metrics():
    gold = ["entailment", "neutral", "contradiction", "contradiction"]
    pred = ["entailment", "contradiction", "contradiction", "neutral"]
    res = evaluate_labels(gold, pred)
    assert res.accuracy == 0.5
    assert res.metrics("contradiction").precision == 0.5
    assert res.metrics("contradiction").recall == 0.5
    assert res.confusion[1] == (0, 0, 1)
    assert "accuracy: 0.5000" in res.render()


def test_readers_count_malformed_rows():
    mnli = data.read_mnli_tsv(FIXTURES / "mnli.tsv", "base")
    assert [e.label for e in mnli.examples] == ["entailment", "contradiction", "neutral"]
    assert mnli.malformed == 2
    esnli = data.read_esnli(FIXTURES / "esnli")
    assert len(esnli.examples) == 2 and esnli.malformed == 1
    assert esnli.examples[0] == data.NLIExample(
        "A man plays a guitar .", "A man plays music .", "entailment", "snli")
    tf = data.read_label_tsv(FIXTURES / "textfooler.tsv", "textfooler")
    assert len(tf.examples) == 2 and tf.malformed == 1
    ctl = data.read_jsonl(FIXTURES / "control.jsonl", "control")
    assert [e.label for e in ctl.examples] == ["contradiction", "neutral"]
    assert ctl.malformed == 1


def test_dev_split_is_fixed_and_disjoint():
    ex = tuple(data.NLIExample(f"premise {i // 3}", f"hyp {i}", "neutral", "s")
               for i in range(300))
    a = data.split(data.ReadResult("s", ex))
    b = data.split(data.ReadResult("s", tuple(reversed(ex))))
    assert {e.premise for e in a.dev} == {e.premise for e in b.dev}
    assert len(a.dev) == 30
    assert not {e.premise for e in a.dev} & {e.premise for e in a.train}


def test_plain_tsv_reader_counts_malformed_rows():
    res = data.read_plain_tsv(FIXTURES / "plain.tsv", "cad")
    assert [e.label for e in res.examples] == ["entailment", "neutral", "contradiction"]
    assert res.malformed == 2  # a row with two columns, a row with an unknown label
    assert res.examples[0] == data.NLIExample(
        "A man rides a red bike.", "A man rides a bike.", "entailment", "cad")


def test_plain_tsv_reader_needs_its_header(tmp_path):
    bad = tmp_path / "x.tsv"
    bad.write_text("sentence1\tsentence2\tgold_label\na\tb\tneutral\n")
    with pytest.raises(data.DataError, match="header lacks"):
        data.read_plain_tsv(bad, "cad")


def test_cad_split_keeps_edits_of_one_pair_together():
    # CAD edits either the premise or the hypothesis of one original pair: a premise edit
    # shares the hypothesis, so it must land on the same side as the original.
    ex = []
    for i in range(60):
        ex += [data.NLIExample(f"p{i}", f"h{i}", "entailment", "cad"),
               data.NLIExample(f"p{i} edited", f"h{i}", "neutral", "cad"),
               data.NLIExample(f"p{i}", f"h{i} edited", "contradiction", "cad")]
    sp = data.split(data.ReadResult("cad", tuple(ex)))
    dev_h = {e.hypothesis.removesuffix(" edited") for e in sp.dev}
    train_h = {e.hypothesis.removesuffix(" edited") for e in sp.train}
    assert sp.dev and not dev_h & train_h
    assert len(sp.dev) % 3 == 0


def test_train_pairs_sharing_a_dev_premise_are_dropped():
    dev_ex = data.NLIExample("A dog runs.", "An animal moves.", "entailment", "snli")
    leak = data.NLIExample("A dog runs.", "A cat runs.", "contradiction", "breaking")
    keep = data.NLIExample("A cat sleeps.", "A cat rests.", "entailment", "breaking")
    out = data.drop_dev_overlap([data.Split("snli", (), (dev_ex,)),
                                 data.Split("breaking", (leak, keep), ())])
    assert out[1].train == (keep,)


def test_data_dir_comes_from_option_or_env(monkeypatch, tmp_path):
    monkeypatch.delenv(data.DATA_ENV, raising=False)
    with pytest.raises(data.DataError, match=r"--data-dir or set \$CONSISTENCY_NLI_DATA"):
        data.resolve_data_dir("")
    monkeypatch.setenv(data.DATA_ENV, str(tmp_path / "absent"))
    with pytest.raises(data.DataError, match="absent: NLI data folder not found"):
        data.resolve_data_dir(None)
    monkeypatch.setenv(data.DATA_ENV, str(tmp_path))
    assert data.resolve_data_dir(None) == tmp_path
    assert data.resolve_data_dir(FIXTURES) == FIXTURES


def test_cli_eval_dev_without_data_is_a_usage_error(monkeypatch):
    monkeypatch.delenv(data.DATA_ENV, raising=False)
    result = CliRunner().invoke(app, ["eval", "--dev"])
    assert result.exit_code == 2
    assert "CONSISTENCY_NLI_DATA" in result.output


def test_news_pairs_from_stances():
    from consistency.nli.training.news import news_split

    train = news_split(FIXTURES / "fnc", dev_percent=0)
    ent = {e.hypothesis: e.premise for e in train.train if e.label == "entailment"}
    # agree -> the body sentence that restates the headline, as entailment
    assert ent["Mayor Sarah Collins resigns after budget scandal"].startswith(
        "Mayor Sarah Collins resigned on Monday")
    assert ent["Storm floods coastal town of Brixley"].startswith("A powerful storm flooded")
    # unrelated headline vs a body sentence sharing only a name -> neutral
    (neu,) = [e for e in train.train if e.label == "neutral" and e.source == "news"]
    assert "Pop star Collins" in neu.hypothesis and "Mayor Sarah Collins" in neu.premise
    # disagree candidates are not trained on by default (too noisy)
    assert all(e.label != "contradiction" for e in train.train)
    assert not train.dev and not train.different_events
    with_contra = news_split(FIXTURES / "fnc", dev_percent=0, contradictions=True)
    assert any(e.label == "contradiction" for e in with_contra.train)


def test_news_dev_stories_are_never_trained_on():
    from consistency.nli.training.news import news_split

    dev = news_split(FIXTURES / "fnc", dev_percent=100)
    assert not dev.train and dev.dev
    (pair,) = dev.different_events
    assert pair.label == "neutral"
    assert {"Singer Amy Collins" in pair.premise + pair.hypothesis,
            "Mayor Sarah Collins" in pair.premise + pair.hypothesis} == {True}


def test_news_split_by_story_is_consistent():
    from consistency.nli.training.news import load_news

    news = load_news(FIXTURES / "fnc", dev_percent=50)
    # a headline and the bodies that agree/disagree/discuss with it share one story
    assert news.story["h:Mayor Sarah Collins resigns after budget scandal"] == news.story["b:1"]
    assert news.story["b:1"] == news.story["b:2"]
    assert news.story["b:3"] != news.story["b:1"]


def test_news_folder_missing_is_a_clear_error(tmp_path):
    from consistency.nli.training.news import load_news

    with pytest.raises(data.DataError, match="fnc1_train_stances.csv: no such file"):
        load_news(tmp_path)


@pytest.fixture(scope="module")
def onnx_nli(tmp_path_factory) -> NLIModel:
    """The int8 backend, exported into a temporary cache (never the user's)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONSISTENCY_CACHE", str(tmp_path_factory.mktemp("onnx-cache")))
        model = NLIModel("bundled", backend="onnx")
        model.predict(["warm"], ["up"])
    return model


BACKEND_PAIRS = [
    ("Blinken met Lavrov in Geneva on Friday", "Blinken met Lavrov in Stockholm on Thursday",
     "contradiction"),
    ("A man is playing a guitar on stage.", "A man is performing music.", "entailment"),
    ("A man is playing a guitar on stage.", "The man is a famous singer.", "neutral"),
    ("Heavy rain flooded the streets of Lagos on Tuesday.", "It rained in Lagos.", "entailment"),
]


@pytest.mark.parametrize("backend", ["torch", "onnx"])
def test_both_backends_on_hand_written_pairs(backend, nli, onnx_nli):
    model = nli if backend == "torch" else onnx_nli
    scores = model.predict([p for p, _, _ in BACKEND_PAIRS], [h for _, h, _ in BACKEND_PAIRS])
    for (_, _, label), s in zip(BACKEND_PAIRS, scores, strict=True):
        probs = {"entailment": s.entailment, "neutral": s.neutral,
                 "contradiction": s.contradiction}
        assert max(probs, key=probs.get) == label, probs


def test_onnx_export_goes_to_the_given_cache(onnx_nli):
    path = Path(onnx_nli._model.model_path)
    assert path.is_file() and "onnx-cache" in str(path)


def test_cli_train_rejects_a_bad_cap_and_missing_data(monkeypatch, tmp_path):
    monkeypatch.delenv(data.DATA_ENV, raising=False)
    out = tmp_path / "model"
    bad_cap = CliRunner().invoke(app, ["train", "--output", str(out), "--cap", "base"])
    assert bad_cap.exit_code == 2 and "expected SOURCE=N" in bad_cap.output
    no_data = CliRunner().invoke(app, ["train", "--output", str(out)])
    assert no_data.exit_code == 2 and "CONSISTENCY_NLI_DATA" in no_data.output
    assert not out.exists()

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

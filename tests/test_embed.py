import numpy as np
import pytest


@pytest.fixture(scope="module")
def embedder(models):
    return models.embedder


def test_vectors_are_unit_length_and_meaningful(embedder):
    v = embedder.encode([
        "Blinken met Lavrov in Geneva on Friday.",
        "The US secretary of state met the Russian foreign minister in Geneva.",
        "Heavy rain flooded the city centre overnight.",
    ])
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_empty_input(embedder):
    assert embedder.encode([]).shape == (0, 384)


def test_progress_callback_counts_every_text(embedder):
    seen = []
    embedder.encode(["one short sentence."] * 5, on_batch=seen.append)
    assert sum(seen) == 5


@pytest.mark.parametrize("backend,floor", [("onnx", 0.999), ("onnx-int8", 0.95)])
def test_onnx_backends_agree_with_torch(backend, floor):
    """fp32 ONNX gives torch's vectors; per-channel int8 stays close."""
    from consistency.stages.embed import Embedder

    texts = [
        "Blinken met Lavrov in Geneva on Friday.",
        "Heavy rain flooded the city centre overnight, and trains were cancelled.",
        "The ferry was carrying 12 trucks when it hit the bridge.",
    ]
    ref = Embedder(backend="torch").encode(texts)
    got = Embedder(backend=backend).encode(texts)
    assert got.shape == ref.shape
    assert ((ref * got).sum(axis=1) > floor).all()


def test_unknown_backend_is_refused():
    from consistency.stages.embed import Embedder

    with pytest.raises(ValueError, match="backend must be one of"):
        Embedder(backend="tpu")

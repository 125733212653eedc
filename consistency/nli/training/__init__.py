"""Training and evaluating the NLI cross-encoder: data readers with fixed dev splits,
the training loop, synthetic contradictions, and metrics. Only ``consistency nli
train | eval`` and the benchmarks import this; a check never does.
"""

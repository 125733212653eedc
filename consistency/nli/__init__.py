"""Our own NLI cross-encoder: training, loading, prediction and evaluation."""

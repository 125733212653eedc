"""The NLI cross-encoder a check runs: loading (torch or int8 ONNX), prediction, and the
JSON Lines files of ``consistency nli predict | eval``; training lives in ``training/``.
"""

"""Mutation testing of the core modules: would the tests notice a small bug?

    python bench/mutation.py                       # mutmut on every core module (slow)
    python bench/mutation.py timeanchor pairing    # some modules
    python bench/mutation.py quantities --sample 60  # a random sample of each module's mutants
    python bench/mutation.py aliases --keep /tmp/mut  # keep the scratch copy, list survivors
    python bench/mutation.py --handmade            # the hand-made mutants, caught or survived
    python bench/mutation.py --handmade --models   # ... also with the model-level tests

Each module is mutated by mutmut (https://mutmut.readthedocs.io) in a scratch copy of the
repository, and each mutant runs only that module's fast unit tests (MODULES below), so a
run never touches the working tree. The score is killed / all mutants; mutants that no
selected test reaches ("no tests") count as survivors, as they are bugs nobody would see,
and so do timeouts (printed apart: on a busy machine a timeout is often only slowness).

The hand-made mutants (HANDMADE) are bugs that once passed the whole suite; each is a
text patch applied to a scratch copy, with the tests that must now fail. Not part of the
default test suite: it takes minutes per module.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

# module -> (file to mutate, the fast tests that cover it)
MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "quantities": ("consistency/structured/quantities.py",
                   ("tests/test_quantities.py", "tests/test_conflicts.py")),
    "timeanchor": ("consistency/structured/timeanchor.py", ("tests/test_timeanchor.py",)),
    "aliases": ("consistency/structured/aliases.py", ("tests/test_aliases.py",)),
    "score": ("consistency/stages/score.py", ("tests/test_score.py",)),
    "pairing": ("consistency/stages/pairing.py", ("tests/test_pairing.py",)),
    "report": ("consistency/stages/report.py", ("tests/test_report.py",)),
}  # fmt: skip
SEEDS_TEST = "tests/test_quality.py::test_seeds_findings_are_exactly_the_expected_set"
KILLED = {1, 3}  # pytest: tests failed / internal error
NO_TESTS = {5, 33}
TIMEOUT = {36, 24, -24, 152, 255}  # mutmut's codes; on a loaded machine often just slowness


@dataclass(frozen=True)
class Mutant:
    """A hand-made bug: replace ``old`` by ``new`` in ``path``; ``tests`` must then fail."""

    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]
    model_tests: tuple[str, ...] = ()


HANDMADE: tuple[Mutant, ...] = (
    Mutant("pair.k 8 -> 2", "consistency/configs/default.yaml", "  k: 8 ", "  k: 2 ",
           ("tests/test_pairing.py",), (SEEDS_TEST,)),
    Mutant("pair.min_similarity 0.45 -> 0.6", "consistency/configs/default.yaml",
           "min_similarity: 0.45", "min_similarity: 0.6", ("tests/test_pairing.py",),
           (SEEDS_TEST,)),
    Mutant("keep the top half of the findings", "consistency/pipeline.py",
           "return sorted(flagged, key=key), sorted(agreed, key=key)",
           "return sorted(flagged, key=key)[: (len(flagged) + 1) // 2], sorted(agreed, key=key)",
           ("tests/test_score.py",), (SEEDS_TEST,)),
    Mutant("double the number tolerance (comparison)", "consistency/structured/quantities.py",
           "    a_lo, a_hi = a.low * (1 - tolerance)",
           "    tolerance *= 2\n    a_lo, a_hi = a.low * (1 - tolerance)",
           ("tests/test_quantities.py", "tests/test_conflicts.py")),
    Mutant("double the number tolerance (config)", "consistency/configs/default.yaml",
           "number_tolerance: 0.1 ", "number_tolerance: 0.2 ", ("tests/test_quantities.py",)),
    Mutant('"this Thursday" in the previous week', "consistency/structured/timeanchor.py",
           "return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday)",
           "return anchor - timedelta(days=anchor.weekday()) + timedelta(days=weekday - 7)",
           ("tests/test_timeanchor.py",)),
    Mutant("present-tense weekday always in the past week", "consistency/structured/timeanchor.py",
           "return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)",
           "return anchor - timedelta(days=back)", ("tests/test_timeanchor.py",)),
    Mutant("two people with the same first name merge", "consistency/structured/aliases.py",
           "return (ta[0] == tb[0] and _similar_token(ta[-1], tb[-1], 80)) or",
           "return (ta[0] == tb[0]) or", ("tests/test_aliases.py",)),
    Mutant("report written in place, not atomically", "consistency/stages/report.py",
           "    atomic_write_many(\n        {\n"
           '            out / name: text.encode("utf-8", "replace")\n',
           "    out.mkdir(parents=True, exist_ok=True)\n    list(\n        {\n"
           '            (out / name).write_bytes(text.encode("utf-8", "replace"))\n',
           ("tests/test_report.py",)),
    Mutant("same-document neighbours use up k", "consistency/stages/pairing.py",
           "            if claims[j].doc_id == claims[i].doc_id:\n                continue\n"
           "            taken += 1\n",
           "            taken += 1\n            if claims[j].doc_id == claims[i].doc_id:\n"
           "                continue\n", ("tests/test_pairing.py",)),
    Mutant("naming-only pairs scored like any other", "consistency/stages/score.py",
           "    combined = 0.0 if cmp.naming_only else combined\n",
           "    combined = combined\n", ("tests/test_score.py",)),
)  # fmt: skip


def scratch_copy(dest: Path) -> Path:
    """The parts of the repository the tests need, copied (the NLI weights linked)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "model")
    shutil.copytree(ROOT / "consistency", dest / "consistency", ignore=ignore)
    (dest / "consistency" / "nli" / "model").symlink_to(ROOT / "consistency" / "nli" / "model")
    for name in ("tests", "seeds"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", dest / "pyproject.toml")
    shutil.copy2(ROOT / "README.md", dest / "README.md")
    return dest


def _env(where: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(where), "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1"}  # fmt: skip


def _pytest(where: Path, tests: tuple[str, ...]) -> int:
    cmd = [PY, "-m", "pytest", "-q", "-x", "-p", "no:randomly", *tests]
    done = subprocess.run(cmd, cwd=where, env=_env(where), capture_output=True, text=True)
    return done.returncode


def run_handmade(models: bool) -> int:
    """Apply each hand-made mutant in turn to one scratch copy; print caught/survived."""
    survived = 0
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        where = scratch_copy(Path(tmp))
        if _pytest(where, tuple(sorted({t for m in HANDMADE for t in m.tests}))) != 0:
            print("the selected tests fail without any mutant; fix them first")
            return 2
        for m in HANDMADE:
            target = where / m.path
            original = target.read_text(encoding="utf-8")
            if original.count(m.old) != 1:
                print(f"  ?         {m.name}: patch does not apply (code changed?)")
                survived += 1
                continue
            target.write_text(original.replace(m.old, m.new), encoding="utf-8")
            try:
                tests = m.tests + (m.model_tests if models else ())
                caught = _pytest(where, tests) in KILLED
            finally:
                target.write_text(original, encoding="utf-8")
            survived += not caught
            print(f"  {'caught  ' if caught else 'SURVIVED'}  {m.name}  ({' '.join(tests)})")
    print(f"hand-made mutants caught: {len(HANDMADE) - survived} of {len(HANDMADE)}")
    return 1 if survived else 0


def _mutmut_config(path: str, tests: tuple[str, ...]) -> str:
    items = ", ".join(json.dumps(t) for t in tests)
    return (
        "\n[tool.mutmut]\n"
        'source_paths = ["consistency"]\n'
        f"only_mutate = [{json.dumps(path)}]\n"
        f"pytest_add_cli_args_test_selection = [{items}]\n"
        'also_copy = ["tests", "seeds", "pyproject.toml", "README.md"]\n'
        # Workers forked from mutmut's main process inherit the caches its stats run
        # filled (functools.lru_cache on name keys, loaded language data), so a mutant
        # in a cached function never runs and "survives". A fork server that has only
        # collected the tests starts every mutant cold.
        'process_isolation = "forkserver"\n'
        'forkserver_warmup = "collect"\n'
        # mutmut's wall-clock limit is half its CPU limit, 15 s for a fast test file: on a
        # shared machine that kills slow-but-passing runs. A real hang still ends.
        "timeout_constant = 5.0\n"
    )


# Appended to the scratch copy's conftest: the fork server loads the spaCy model while
# collecting (a model, no code under test), so no mutant pays for loading it.
WARM_SPACY = """

from consistency.core.config import load_config as _load_config  # noqa: E402
from consistency.core.nlp import load_spacy as _load_spacy  # noqa: E402

_load_spacy(_load_config().models.spacy)
"""
NEEDS_SPACY = {"quantities"}


def _mutmut(where: Path, args: list[str], jobs: int) -> None:
    cmd = [PY, "-m", "mutmut", "run", "--max-children", str(jobs), *args]
    # mutmut puts mutants/ on the path itself; an inherited PYTHONPATH would shadow it.
    # mutmut forks a child per mutant: an OpenMP pool (faiss, torch) started in the parent
    # hangs children, so every library runs single-threaded.
    env = {k: v for k, v in _env(where).items() if k != "PYTHONPATH"}
    env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    subprocess.run(cmd, cwd=where, env=env, capture_output=True, text=True)


def _statuses(where: Path, path: str) -> dict[str, int | None]:
    meta = where / "mutants" / (path + ".meta")
    return json.loads(meta.read_text())["exit_code_by_key"] if meta.exists() else {}


def _survivors(codes: dict[str, int | None]) -> list[str]:
    return sorted(k for k, v in codes.items() if v not in KILLED)


def run_module(
    name: str, sample: int, jobs: int, seed: int, keep: Path | None = None
) -> tuple[int, int, int, int]:
    """(killed, timed out, no tests, total) for one module's mutants (or a sample).

    With ``keep``, the scratch copy is made in ``keep/name`` and left there, and the
    surviving mutants are listed (``mutmut show NAME`` in ``keep/name`` prints one).
    """
    path, tests = MODULES[name]
    with tempfile.TemporaryDirectory(prefix=f"mutmut-{name}-") as tmp:
        if keep is not None:
            shutil.rmtree(keep / name, ignore_errors=True)
        where = scratch_copy(keep / name if keep is not None else Path(tmp))
        with (where / "pyproject.toml").open("a", encoding="utf-8") as fh:
            fh.write(_mutmut_config(path, tests))
        if name in NEEDS_SPACY:
            with (where / "tests" / "conftest.py").open("a", encoding="utf-8") as fh:
                fh.write(WARM_SPACY)
        chosen: list[str] = []
        if sample:
            _mutmut(where, ["no-such-mutant"], jobs)  # generates the mutants, runs none
            names = sorted(_statuses(where, path))
            chosen = sorted(random.Random(seed).sample(names, min(sample, len(names))))
        _mutmut(where, chosen, jobs)
        codes = _statuses(where, path)
        if chosen:
            codes = {k: v for k, v in codes.items() if k in chosen}
        if keep is not None:
            print(f"{name}: survivors (mutmut show NAME in {where}):")
            for k in _survivors(codes):
                print(f"  {k}  exit {codes[k]}")
    killed = sum(v in KILLED for v in codes.values())
    timeouts = sum(v in TIMEOUT for v in codes.values())
    untested = sum(v in NO_TESTS for v in codes.values())
    return killed, timeouts, untested, len(codes)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", help=f"some of {', '.join(MODULES)} (default: all)")
    ap.add_argument("--sample", type=int, default=0, help="mutants per module (0 = all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="keep the scratch copies here, list survivors")
    ap.add_argument("--handmade", action="store_true")
    ap.add_argument("--models", action="store_true", help="hand-made: model-level tests too")
    args = ap.parse_args()
    if args.handmade:
        return run_handmade(args.models)
    unknown = sorted(set(args.modules) - set(MODULES))
    if unknown:
        ap.error(f"unknown module(s): {', '.join(unknown)}")
    total_killed = total = 0
    for name in args.modules or list(MODULES):
        killed, timeouts, untested, n = run_module(
            name, args.sample, args.jobs, args.seed, args.keep
        )
        total_killed, total = total_killed + killed, total + n
        score = killed / n if n else 0.0
        print(f"{name:11s} {killed:4d} killed of {n:4d} mutants ({timeouts} timed out, "
              f"{untested} reached by no test)  score {score:.0%}", flush=True)  # fmt: skip
    if total:
        score = total_killed / total
        print(f"{'total':11s} {total_killed:4d} killed of {total:4d}  score {score:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

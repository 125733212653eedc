"""The package as a user gets it: a wheel installed in a fresh virtual environment, run
from another folder; and the README's Python example, run as written.

The fresh environment reuses the already installed dependencies (torch and the rest)
without a network: it is a venv of the same interpreter whose site-packages holds a
``.pth`` line naming this environment's site-packages. A directory added by a ``.pth``
line has its own ``.pth`` files ignored, so the editable install of the source tree
does not leak in; the test checks the code runs from the wheel.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NO_CACHE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900):
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH (it would put the source tree first), a private home and cache."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), CONSISTENCY_CACHE=str(home / "cache"), HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", XDG_CACHE_HOME=str(home / ".cache"))  # fmt: skip
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built offline from a copy of the sources (the tree stays clean)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "consistency", src / "consistency", ignore=NO_CACHE)
    dist = tmp / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "-q", "-w", str(dist), str(src)], tmp)  # fmt: skip
    (whl,) = dist.glob("consistency-*.whl")
    return whl


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed, reusing this environment's dependencies."""
    tmp = tmp_path_factory.mktemp("venv")
    env_dir = tmp / "env"
    base = getattr(sys, "_base_executable", sys.executable)
    _run([base, "-m", "venv", "--without-pip", str(env_dir)], tmp)
    python = env_dir / "bin" / "python"
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                   tmp).stdout.strip()  # fmt: skip
    parent = sysconfig.get_paths()["purelib"]
    (Path(purelib) / "_parent_env.pth").write_text(parent + "\n", encoding="utf-8")
    env = _clean_env(tmp)
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
         tmp, env)  # fmt: skip
    return env_dir


def test_wheel_holds_the_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "consistency/configs/default.yaml" in names
    for part in ("events", "grammar", "names", "numbers", "time", "titles"):
        assert f"consistency/lang/en/{part}.yaml" in names
    assert any(n.startswith("consistency/nli/model/") and n.endswith(".json") for n in names)
    for name in ("templates/report.html.j2", "static/report.css", "static/report.js"):
        assert f"consistency/web/{name}" in names  # report.html is written by every check


@pytest.mark.slow
def test_installed_wheel_checks_the_seeds_from_another_folder(venv, tmp_path):
    home, work = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    work.mkdir()
    shutil.copytree(SEEDS, work / "articles")
    env = _clean_env(home)
    where = _run([str(venv / "bin" / "python"), "-c",
                  "import consistency, sys; print(consistency.__file__, sys.prefix)"],
                 work, env).stdout  # fmt: skip
    assert str(venv) in where.split()[0] and str(ROOT) not in where, where

    _run([str(venv / "bin" / "consistency"), "check", "articles", "--quiet"], work, env)

    out = work / "reports" / "latest"
    assert (out / "report.md").is_file() and (out / "report.html").is_file()
    report = yaml.safe_load((out / "report.yaml").read_text(encoding="utf-8"))
    assert report["run"]["documents"] == len(list(SEEDS.glob("*.txt")))
    locations = [f["explanation"] for f in report["findings"] if "location" in f["signals"]]
    assert any("Geneva" in e and "Stockholm" in e for e in locations), locations
    assert (home / "cache").is_dir()  # the per-user cache, not a folder in the working dir
    assert not (work / ".consistency-cache").exists()


def _readme_python() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert len(blocks) == 1, "the README has one Python example"
    return blocks[0]


@pytest.mark.slow
def test_readme_python_example_runs(tmp_path, monkeypatch, capsys):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONSISTENCY_CACHE", str(tmp_path / "cache"))
    exec(compile(_readme_python(), "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out.splitlines()
    assert 1 <= len(printed) <= 5
    assert all(re.match(r"\d\.\d+ \w+ \S", line) for line in printed), printed
    md = (tmp_path / "reports" / "latest" / "report.md").read_text(encoding="utf-8")
    assert "Geneva" in md and "Stockholm" in md

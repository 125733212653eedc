"""The command line: help everywhere, documented, clean errors and exit codes."""

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from consistency.cli.app import app
from tests.conftest import ROOT

runner = CliRunner()


def _commands(group=app, prefix=()):
    import typer.main

    click_group = typer.main.get_command(group)

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                yield from walk(sub, (*path, name))
        else:
            yield path

    return list(walk(click_group, prefix))


COMMANDS = _commands()


def test_expected_commands_exist():
    names = {" ".join(c) for c in COMMANDS}
    assert {
        "check",
        "review",
        "tune",
        "nli train",
        "nli predict",
        "nli eval",
        "cache clear",
    } <= names


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_example_and_is_in_readme(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"consistency {' '.join(command)}" in (ROOT / "README.md").read_text()


def test_empty_folder_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path), "--out", str(tmp_path / "r")])
    assert result.exit_code == 2
    assert "no readable documents" in result.output
    assert not (tmp_path / "r").exists()


def test_config_error_exit_2(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path), "--set", "nli.contradiction_threshold=2"])
    assert result.exit_code == 2
    assert re.search(r"\[nli -> contradiction_threshold\]", result.output)


def test_python_dash_m_works():
    done = subprocess.run(
        [sys.executable, "-m", "consistency", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0 and "check" in done.stdout


def test_foreign_review_store_fails_fast_and_is_untouched(tmp_path):
    store = tmp_path / "reviews.sqlite"
    store.write_bytes(b"not a database at all, just bytes")
    doc = tmp_path / "a.txt"
    doc.write_text("Blinken met Lavrov in Geneva on Friday for talks on Ukraine.\n")
    result = runner.invoke(app, ["check", str(doc), "--set", f"review.store={store}"])
    assert result.exit_code == 1
    assert "not a consistency review store" in result.output
    assert store.read_bytes() == b"not a database at all, just bytes"

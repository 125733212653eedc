from pathlib import Path

import pytest
import yaml

from consistency.core.config import DEFAULT_CONFIG, Config, ConfigError, load_config
from consistency.core.yamlload import load_unique


def test_default_yaml_sets_every_key():
    """The shipped file must spell out every key the models define, no more, no less."""
    data = yaml.safe_load(DEFAULT_CONFIG.read_text())
    defaults = Config().model_dump()
    assert set(data) == set(defaults)
    for section, values in defaults.items():
        assert set(data[section]) == set(values), section
    load_config(DEFAULT_CONFIG)


def test_overrides_apply_and_coerce():
    cfg = load_config(
        overrides=["nli.contradiction_threshold=0.7", "pair.k=3", "cache.enabled=false"]
    )
    assert cfg.nli.contradiction_threshold == 0.7
    assert cfg.pair.k == 3
    assert cfg.cache.enabled is False


@pytest.mark.parametrize(
    ("override", "message"),
    [
        (
            "nli.contradiction_threshold=1.5",
            "[nli -> contradiction_threshold] must be less than or equal to 1",
        ),
        ("nli.bogus=1", "[nli -> bogus] is not a known key"),
        ("pair.k=zero", "[pair -> k] must be a valid integer"),
        ("index.kind=annoy", "[index -> kind] must be 'auto', 'exact', 'ivf' or 'hnsw'"),
        ("nothing", "expected key=value"),
    ],
)
def test_bad_values_name_the_key(override, message):
    with pytest.raises(ConfigError) as err:
        load_config(overrides=[override])
    assert message in str(err.value)


def test_unknown_section_in_file(tmp_path: Path):
    bad = tmp_path / "c.yaml"
    bad.write_text("models:\n  nli: bundled\nextra_section: {}\n")
    with pytest.raises(ConfigError, match=r"c\.yaml: \[extra_section\] is not a known key"):
        load_config(bad)


def test_partial_file_keeps_defaults(tmp_path: Path):
    part = tmp_path / "p.yaml"
    part.write_text("pair:\n  k: 2\n")
    cfg = load_config(part)
    assert cfg.pair.k == 2 and cfg.nli.batch_size == Config().nli.batch_size


@pytest.mark.parametrize("text", ["[unclosed", "- a list\n- not a mapping\n"])
def test_broken_yaml(tmp_path: Path, text):
    bad = tmp_path / "b.yaml"
    bad.write_text(text)
    with pytest.raises(ConfigError, match="b.yaml"):
        load_config(bad)


def test_missing_file(tmp_path: Path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")


def test_digest_changes_with_settings():
    assert load_config().digest() == load_config().digest()
    assert load_config().digest() != load_config(overrides=["pair.k=3"]).digest()


def test_partial_file_keeps_the_shipped_clutter_patterns(tmp_path: Path):
    part = tmp_path / "p.yaml"
    part.write_text("nli:\n  contradiction_threshold: 0.6\n")
    cfg = load_config(part)
    assert cfg.nli.contradiction_threshold == 0.6
    assert cfg.clean.clutter_patterns == load_config().clean.clutter_patterns != []


def test_key_written_twice_is_refused_with_both_lines(tmp_path: Path):
    """PyYAML would keep the second value silently; the user learns where both are."""
    p = tmp_path / "c.yaml"
    p.write_text("score:\n  flag_threshold: 0.5\n  flag_threshold: 0.9\n")
    expected = r"c\.yaml.*'flag_threshold' on line 3 is already set on line 2"
    with pytest.raises(ConfigError, match=expected):
        load_config(p)


@pytest.mark.parametrize("path", sorted((DEFAULT_CONFIG.parent.parent / "lang").rglob("*.yaml")),
                         ids=lambda p: p.name)
def test_language_data_sets_each_key_once(path: Path):
    """A class defined twice in a language file would replace the first definition."""
    load_unique(path.read_text(encoding="utf-8"))


def test_duplicate_key_in_language_data_is_refused(tmp_path: Path):
    from consistency.lang import Events, LangDataError, _load_file

    p = tmp_path / "events.yaml"
    p.write_text("light_verbs: [be]\nlight_verbs: [have]\n")
    with pytest.raises(LangDataError, match=r"events\.yaml.*'light_verbs' on line 2"):
        _load_file(p, Events)

"""House rules checked on the source: no import cycles, short functions, module docstrings,
and language data kept in consistency/lang (validated, hashed, one definition per class)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from consistency import lang

PACKAGE = Path(__file__).resolve().parent.parent / "consistency"
MAX_LINES = 60
# Functions allowed past MAX_LINES (none now; adding one needs a reason here).
LONG_ALLOWED: set[tuple[str, str]] = set()


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Package modules ``name`` imports, in function bodies too (a lazy import only hides
    a cycle), but not under TYPE_CHECKING; resolved to the most specific known module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()

    def add(target: str) -> None:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            found.add(target)

    def visit(nodes) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    add(alias.name)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    pkg = name if is_pkg else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        pkg = pkg.rpartition(".")[0]
                    base = f"{pkg}.{base}" if base else pkg
                for alias in node.names:
                    add(f"{base}.{alias.name}")
            else:
                visit(ast.iter_child_nodes(node))

    visit(tree.body)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_modules():
    mods = _modules()
    known = set(mods)
    # a package's __init__ importing its own submodules is a re-export, not a cycle
    graph = {
        n: {m for m in _imports(n, p, known) if not (p.name == "__init__.py" and
                                                      m.startswith(n + "."))}
        for n, p in mods.items()
    }  # fmt: skip
    assert _cycles(graph) == []


@pytest.mark.parametrize("name", sorted(_modules()))
def test_every_module_imports_on_its_own(name):
    importlib.import_module(name)


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def test_no_function_over_60_lines():
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for fn in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            lines = fn.end_lineno - fn.lineno + 1  # type: ignore[operator]
            if lines > MAX_LINES and (rel, fn.name) not in LONG_ALLOWED:
                too_long.append(f"{rel}:{fn.lineno} {fn.name} ({lines} lines)")
    assert too_long == []


def test_every_module_has_a_docstring():
    missing = [
        str(p.relative_to(PACKAGE))
        for p in sorted(PACKAGE.rglob("*.py"))
        if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))
    ]
    assert missing == []


# -- language data ----------------------------------------------------------------------


def test_language_data_loads_and_has_one_definition_per_class():
    data = lang.load()
    assert data.time.weekdays[0] == "monday" and data.time.month_number["sept"] == 9
    assert set(data.events.speech_classes) <= set(data.events.verb_classes)
    assert set(data.events.noun_classes.values()) <= set(data.events.verb_classes)
    # every verb lemma belongs to one class only
    lemmas = [w for words in data.events.verb_classes.values() for w in words]
    assert len(lemmas) == len(set(lemmas))


def _string_literals(path: Path) -> list[str]:
    """Lowercased string constants of a module, docstrings excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    return [n.value.lower() for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_word_lists_left_in_the_structured_modules():
    """Weekday, month, number, speech-verb and name literals live in lang/en only."""
    for path in [*(PACKAGE / "structured").glob("*.py"), PACKAGE / "stages" / "claims.py"]:
        literals = _string_literals(path)
        for word in ("monday", "friday", "january", "sept", "reiterate", "zelensk", "kiev",
                     "sergey", "thousand", "minister", "spokesman", "yesterday", "biannual"):
            hits = [lit for lit in literals if word in lit]
            assert not hits, f"{path.name} spells {word!r} in {hits}"


def test_malformed_language_data_names_file_and_key(tmp_path):
    src = lang.LANG_DIR / "en"
    bad = tmp_path / "en"
    bad.mkdir()
    for f in src.glob("*.yaml"):
        (bad / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (bad / "time.yaml").write_text(
        (src / "time.yaml").read_text(encoding="utf-8").replace(
            "weekdays: [monday,", "weekdays: [monday, someday,"
        ),
        encoding="utf-8",
    )
    with pytest.raises(lang.LangDataError, match=r"time\.yaml: \[weekdays\]"):
        lang.load("en", tmp_path)
    (bad / "time.yaml").write_text((src / "time.yaml").read_text(encoding="utf-8"))
    (bad / "names.yaml").write_text(
        "transliteration_rules: [{pattern: '(', replace: x}]\nignored_words: []\nsynonyms: {}\n"
    )
    with pytest.raises(lang.LangDataError, match=r"names\.yaml: \[transliteration_rules -> 0 "
                                                 r"-> pattern\].*regular expression"):  # fmt: skip
        lang.load("en", tmp_path)


def test_language_digest_changes_with_the_data_and_the_user_additions(tmp_path):
    from consistency.core.config import LangConfig

    base = lang.lang_digest()
    assert base == lang.lang_digest() == lang.load().digest
    assert lang.lang_digest(LangConfig()) != lang.lang_digest(
        LangConfig(extra_aliases={"the white house": "us administration"})
    )
    copy = tmp_path / "en"
    copy.mkdir()
    for f in (lang.LANG_DIR / "en").glob("*.yaml"):
        text = f.read_text(encoding="utf-8")
        (copy / f.name).write_text(text.replace("[meet, host, receive]", "[meet, host]"))
    assert lang.load("en", tmp_path).digest != base

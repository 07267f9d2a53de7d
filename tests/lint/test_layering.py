"""Layering: what may import what, and what an extractor may not do.

- ``link/`` and ``store/`` import nothing from ``extract/`` (they work on records, not on parses);
- importing ``newsledger.link`` or ``newsledger.store``, and ``newsledger --help``, load no spaCy;
- an extractor is a function of its arguments: no module in ``extract/`` reads the environment
  (``os.environ``, ``os.getenv``), imports ``newsledger.config`` or calls ``load_settings``, or keeps a
  process-wide vocabulary with ``functools.cache``/``lru_cache``: a cached function without parameters
  (one value for the whole process), or a cached function that loads data (calls ``open``, ``read_*``,
  ``load_*``, ``read_text``/``read_bytes`` or ``importlib.resources.files``). Caching a pure computation
  keyed by its arguments (``@lru_cache def _tokens(word: str)``) stays allowed.

The subprocess checks need the package's lazy top level (``newsledger/__init__.py`` imports the pipeline
on first use); the scans are plain AST walks, each checked on a synthetic file below.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "newsledger"

# --- the scanners ------------------------------------------------------------------------------------------


def module_name(path: Path, root: Path = SRC) -> str:
    """``src/newsledger/link/identity.py`` -> ``newsledger.link.identity`` (a package's ``__init__`` is the package)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, root: Path = SRC) -> set[str]:
    """Every module ``path`` imports, relative imports resolved (``from .. import x`` counts ``pkg.x`` too)."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # a submodule imported by name
    return found


def extract_imports(path: Path, root: Path = SRC) -> list[str]:
    """The imports of ``newsledger.extract`` (or anything in it) made by ``path``."""
    return sorted(m for m in imported_modules(path, root) if m == "newsledger.extract"
                  or m.startswith("newsledger.extract."))


_CACHES = {"cache", "lru_cache"}
_LOADERS_EXACT = {"open", "read_text", "read_bytes", "files"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return _dotted(node.func)
    return ""


def _is_cache(decorator: ast.AST) -> bool:
    return _dotted(decorator).rpartition(".")[2] in _CACHES


def _loads_data(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Call):
            last = _dotted(node.func).rpartition(".")[2]
            if last in _LOADERS_EXACT or last.startswith(("load_", "read_", "_load", "_read")):
                return True
    return False


def extractor_violations(path: Path, root: Path = SRC) -> list[str]:
    """What ``path`` (a module of ``extract/``) does that an extractor may not: see the module docstring."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    out: list[str] = []
    for m in sorted(imported_modules(path, root)):
        if m == "newsledger.config" or m.startswith("newsledger.config."):
            out.append(f"imports {m}")
        if m in ("os.environ", "os.getenv", "os.environb"):
            out.append(f"imports {m}")
    for node in ast.walk(tree):
        where = f"line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Attribute) and _dotted(node) in ("os.environ", "os.getenv", "os.environb"):
            out.append(f"{where}: reads the environment ({_dotted(node)})")
        elif isinstance(node, ast.Call) and _dotted(node.func).rpartition(".")[2] == "load_settings":
            out.append(f"{where}: calls load_settings")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(map(_is_cache, node.decorator_list)):
            a = node.args
            has_params = bool(a.posonlyargs or a.args or a.kwonlyargs or a.vararg or a.kwarg)
            if not has_params:
                out.append(f"{where}: {node.name}() is cached without parameters (a process-wide value)")
            elif _loads_data(node):
                out.append(f"{where}: {node.name}() is cached and loads data (a vocabulary loader)")
    return out


def _modules(*packages: str) -> list[Path]:
    return sorted(p for pkg in packages for p in (PACKAGE / pkg).rglob("*.py"))


# --- the checks on the code ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _modules("link", "store"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_link_and_store_import_nothing_from_extract(path: Path) -> None:
    assert extract_imports(path) == [], f"{path.relative_to(SRC)} imports the extractors"


@pytest.mark.parametrize("path", _modules("extract"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_extractors_read_no_settings_environment_or_process_wide_vocabulary(path: Path) -> None:
    assert extractor_violations(path) == [], f"{path.relative_to(SRC)}: the lexicon is an argument"


def _fresh_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            timeout=120, env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("statement", ["import newsledger.link", "import newsledger.store",
                                       "from newsledger.store import Ledger"])
def test_link_and_store_load_no_spacy(statement: str) -> None:
    loaded = _fresh_python(f"""
        import sys
        {statement}
        print(sorted(m for m in sys.modules if m == "spacy" or m.startswith("newsledger.extract")))
    """)
    assert loaded == "[]", f"`{statement}` loads {loaded}"


@pytest.mark.parametrize("args", [["--help"], ["ingest", "--help"], ["analyze", "--help"]], ids=" ".join)
def test_command_line_help_loads_no_spacy(args: list[str]) -> None:
    loaded = _fresh_python(f"""
        import sys
        from click.testing import CliRunner
        from newsledger.serve.cli import cli
        result = CliRunner().invoke(cli, {args!r})
        assert result.exit_code == 0, result.output
        print(sorted(m for m in sys.modules if m == "spacy" or m.startswith("newsledger.extract")))
    """)
    assert loaded == "[]", f"`newsledger {' '.join(args)}` loads {loaded}"


def test_each_link_and_store_module_imports_first() -> None:
    """store's writer uses link's ledger modules, which use store's schema: no import order may break that."""
    names = [module_name(p) for p in _modules("link", "store") if "migrations" not in p.parts]
    failed = _fresh_python(f"""
        import importlib, sys
        failed = []
        for name in {names!r}:
            for loaded in [m for m in sys.modules if m == "newsledger" or m.startswith("newsledger.")]:
                del sys.modules[loaded]
            try:
                importlib.import_module(name)
            except ImportError as exc:
                failed.append(f"{{name}}: {{exc}}")
        print(failed)
    """)
    assert failed == "[]"


# --- the scanners catch what they must, and only that ---------------------------------------------------------


def _write(root: Path, relative: str, code: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


@pytest.mark.parametrize("code", [
    "from ..extract import extract\n",
    "from .. import extract\n",
    "from ..extract.agreements import vocabulary\n",
    "import newsledger.extract.events\n",
    "from newsledger.extract import statements\n",
    "def later():\n    from ..extract import extract\n",
])
def test_scanner_finds_an_import_of_the_extractors(tmp_path: Path, code: str) -> None:
    path = _write(tmp_path, "newsledger/link/bad.py", code)
    assert extract_imports(path, tmp_path), code


def test_scanner_resolves_relative_imports_from_the_right_package(tmp_path: Path) -> None:
    ok = _write(tmp_path, "newsledger/link/ok.py", """
        from ..lexicon.agreements import shipped_agreement_vocabulary
        from .extract_like import x
        from ..store import schema
    """)
    assert extract_imports(ok, tmp_path) == []
    init = _write(tmp_path, "newsledger/store/__init__.py", "from ..extract import extract\n")
    assert extract_imports(init, tmp_path) == ["newsledger.extract", "newsledger.extract.extract"]


BAD_EXTRACTOR = """
    import functools
    import os
    from functools import lru_cache

    from ...config import Settings
    from newsledger.config import load_settings

    LANG = os.environ.get("LANG")
    HOME = os.getenv("HOME")

    @functools.cache
    def _words():
        return frozenset()

    @lru_cache(maxsize=None)
    def _table(name):
        return read_yaml(name)

    def settings_now():
        return load_settings()
"""

GOOD_EXTRACTOR = """
    import functools
    from functools import lru_cache

    from ...lexicon import Lexicon

    @functools.lru_cache(maxsize=4096)
    def _shape(word: str) -> str:
        return "".join("X" if c.isupper() else "x" for c in word)

    @lru_cache
    def _pattern(words: frozenset[str]) -> str:
        return "|".join(sorted(words))

    def events(doc, lexicon: Lexicon):
        return [w for w in doc if _shape(w) in lexicon.events.verbs]
"""


def test_scanner_finds_each_thing_an_extractor_may_not_do(tmp_path: Path) -> None:
    path = _write(tmp_path, "newsledger/extract/events/bad.py", BAD_EXTRACTOR)
    found = extractor_violations(path, tmp_path)
    text = "\n".join(found)
    assert "imports newsledger.config" in text
    assert "reads the environment (os.environ)" in text and "reads the environment (os.getenv)" in text
    assert "calls load_settings" in text
    assert "_words() is cached without parameters" in text
    assert "_table() is cached and loads data" in text


def test_scanner_allows_pure_caches_keyed_by_arguments(tmp_path: Path) -> None:
    path = _write(tmp_path, "newsledger/extract/events/good.py", GOOD_EXTRACTOR)
    assert extractor_violations(path, tmp_path) == []

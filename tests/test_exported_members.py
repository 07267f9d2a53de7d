"""The public surface is explicit, importable and documented."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
import subprocess
import sys
from typing import Any

import pytest

import newsledger

# Modules of the core whose public names are checked with the package's own (the extractor, link, store
# and serve packages are not yet held to it).
CORE_MODULES = ("newsledger.config", "newsledger.errors", "newsledger.models", "newsledger.pipeline",
                "newsledger.ingest", "newsledger.parse", "newsledger.schema")


def undocumented(obj: Any) -> bool:
    """True for a class or function without a docstring of its own.

    ``dataclasses.dataclass`` gives a class without a docstring its signature as one
    (``Side(actor: 'str | None', claim: 'str', ...)``), so a plain truth test passes every dataclass.
    """
    doc = (obj.__doc__ or "").strip()
    if not doc:
        return True
    if isinstance(obj, type) and dataclasses.is_dataclass(obj):
        return re.fullmatch(re.escape(obj.__name__) + r"\(.*\)", doc, re.S) is not None
    return False


def public_names(module: Any) -> list[str]:
    """``__all__``, or else every name the module defines that does not start with an underscore."""
    if hasattr(module, "__all__"):
        return list(module.__all__)
    return [name for name, value in vars(module).items()
            if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__]


def is_documentable(obj: Any) -> bool:
    """Classes, functions and wrapped functions (``functools.cache``); not constants or type aliases."""
    return inspect.isclass(obj) or inspect.isroutine(obj) or hasattr(obj, "__wrapped__")


def test_all_names_exist_and_are_unique() -> None:
    assert len(newsledger.__all__) == len(set(newsledger.__all__))
    for name in newsledger.__all__:
        assert hasattr(newsledger, name), name


@pytest.mark.parametrize("module", ["newsledger", *CORE_MODULES])
def test_public_classes_and_functions_are_documented(module: str) -> None:
    mod = importlib.import_module(module)
    for name in public_names(mod):
        obj = getattr(mod, name)
        if is_documentable(obj):
            assert not undocumented(obj), f"{module}.{name} has no docstring of its own"


def test_generated_dataclass_docstrings_are_caught() -> None:
    """The check above must fail for a dataclass whose only docstring is the one ``dataclass`` made up."""

    @dataclasses.dataclass(frozen=True)
    class Bare:
        actor: str | None
        claim: str

    @dataclasses.dataclass(frozen=True)
    class Documented:
        """One side of something."""

        actor: str | None

    def function() -> None:
        pass

    assert Bare.__doc__ and undocumented(Bare)
    assert not undocumented(Documented)
    assert undocumented(function)


def test_importing_the_package_does_not_load_spacy() -> None:
    """The command line, the ledger and the API import ``newsledger`` without paying for a language model."""
    code = ("import sys, newsledger; assert 'spacy' not in sys.modules, 'spacy imported'; "
            "assert 'newsledger.pipeline' not in sys.modules; "
            "from newsledger import analyze_text; assert callable(analyze_text) and 'spacy' in sys.modules")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = newsledger.no_such_name  # type: ignore[attr-defined]
    assert {"analyze_text", "analyze_paths", "analyze_documents"} <= set(dir(newsledger))


def test_no_package_attribute_shadows_its_submodule() -> None:
    """``newsledger.extract.times`` must be the module, not a function re-exported under its name."""
    import pkgutil
    import types

    for info in pkgutil.walk_packages(newsledger.__path__, "newsledger."):
        if not info.ispkg:
            continue
        package = importlib.import_module(info.name)
        for sub in pkgutil.iter_modules(package.__path__):
            value = getattr(package, sub.name, None)
            assert value is None or isinstance(value, types.ModuleType), f"{info.name}.{sub.name} is {value!r}"

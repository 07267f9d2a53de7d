"""The public surface is explicit and importable."""

from __future__ import annotations

import newsledger


def test_all_names_exist_and_are_unique() -> None:
    assert len(newsledger.__all__) == len(set(newsledger.__all__))
    for name in newsledger.__all__:
        assert hasattr(newsledger, name), name


def test_public_classes_are_documented() -> None:
    for name in newsledger.__all__:
        obj = getattr(newsledger, name)
        if isinstance(obj, type) or callable(obj):
            assert obj.__doc__, f"{name} has no docstring"


def test_no_package_attribute_shadows_its_submodule() -> None:
    """``newsledger.extract.times`` must be the module, not a function re-exported under its name."""
    import importlib
    import pkgutil
    import types

    for info in pkgutil.walk_packages(newsledger.__path__, "newsledger."):
        if not info.ispkg:
            continue
        package = importlib.import_module(info.name)
        for sub in pkgutil.iter_modules(package.__path__):
            value = getattr(package, sub.name, None)
            assert value is None or isinstance(value, types.ModuleType), f"{info.name}.{sub.name} is {value!r}"

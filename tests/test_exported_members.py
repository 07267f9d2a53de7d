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

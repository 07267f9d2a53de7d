"""No spaCy token compared by identity: ``Doc.__getitem__`` and ``Token.head`` make a new ``Token`` object on
every access, so ``tok.head is tok`` is never true, even for a sentence root, and ``node is not verb`` always is.
Two such comparisons hid bugs for several stops (a verb + object pattern's noun taken as its own target; a
span's root never found). Tokens are compared by ``.i``. The scan flags ``is`` / ``is not`` where either side
is a ``.head`` or a ``doc[...]`` subscript (``is None`` is fine)."""

from __future__ import annotations

import ast
from itertools import pairwise
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "newsledger"


def _token_like(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute) and node.attr == "head":
        return True
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "doc"


def identity_comparisons(source: str) -> list[int]:
    """Line numbers of ``is`` / ``is not`` comparisons of a token-like expression with anything but None."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, (left, right) in zip(node.ops, pairwise(operands), strict=True):
            if not isinstance(op, ast.Is | ast.IsNot):
                continue
            if any(isinstance(x, ast.Constant) and x.value is None for x in (left, right)):
                continue
            if _token_like(left) or _token_like(right):
                found.append(node.lineno)
    return found


def test_the_scan_finds_identity_comparisons() -> None:
    bad = "if tok.head is tok:\n    pass\nif doc[i] is not verb:\n    pass\nif tok.head is None:\n    pass\n"
    assert identity_comparisons(bad) == [1, 3]
    assert identity_comparisons("if tok.head.i == tok.i:\n    pass\n") == []


def test_no_token_is_compared_by_identity() -> None:
    offenders = [f"{path.relative_to(SRC)}:{line}" for path in sorted(SRC.rglob("*.py"))
                 for line in identity_comparisons(path.read_text("utf-8"))]
    assert not offenders, f"compare tokens by .i, not by identity: {offenders}"

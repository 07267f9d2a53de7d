"""newsledger: a sourced, queryable ledger of international-affairs news.

>>> from newsledger import analyze_text
>>> analysis = analyze_text("...", published=datetime.date(2025, 8, 17))
>>> analysis.to_dict()["schema"]
'newsledger.analysis/1'

Importing the package is cheap: only the errors are imported with it; the
settings, the records, the ledger and the analysis functions (which need spaCy
and the extractors) are imported the first time one of them is used (PEP 562). So the command line,
the ledger and the API can use ``newsledger`` without loading a language model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import (
    BinaryInput,
    ConfigError,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedInput,
    ModelNotInstalled,
    NewsledgerError,
    NotAnArticle,
    QueryError,
    StoreError,
    TooLarge,
    UnsupportedLanguage,
    UnsupportedType,
)

if TYPE_CHECKING:
    from .config import Settings, load_settings
    from .ledger import Ledger, Records
    from .models import (
        SCHEMA,
        Agreement,
        Analysis,
        Conflict,
        Document,
        Entity,
        Event,
        Label,
        Side,
        Skipped,
        Span,
        Stance,
        Statement,
        TimeExpr,
    )
    from .pipeline import analyze_documents, analyze_paths, analyze_text

# Public names imported on first use, and the module each comes from: the analysis functions import
# spaCy; the settings and the records are cheap but not needed by `newsledger --help`, which must start
# at once.
_MODELS = ("SCHEMA", "Agreement", "Analysis", "Conflict", "Document", "Entity", "Event", "Label", "Side", "Skipped",
           "Span", "Stance", "Statement", "TimeExpr")
_LAZY = {
    **dict.fromkeys(_MODELS, ".models"),
    "Settings": ".config",
    "load_settings": ".config",
    "Ledger": ".ledger",
    "Records": ".ledger",
    "analyze_documents": ".pipeline",
    "analyze_paths": ".pipeline",
    "analyze_text": ".pipeline",
}

__all__ = [
    "SCHEMA",
    "Agreement",
    "Analysis",
    "BinaryInput",
    "ConfigError",
    "Conflict",
    "Document",
    "EmptyInput",
    "EncodingError",
    "Entity",
    "Event",
    "InputError",
    "Label",
    "Ledger",
    "MalformedInput",
    "ModelNotInstalled",
    "NewsledgerError",
    "NotAnArticle",
    "QueryError",
    "Records",
    "Settings",
    "Side",
    "Skipped",
    "Span",
    "Stance",
    "Statement",
    "StoreError",
    "TimeExpr",
    "TooLarge",
    "UnsupportedLanguage",
    "UnsupportedType",
    "__version__",
    "analyze_documents",
    "analyze_paths",
    "analyze_text",
    "load_settings",
]


def __getattr__(name: str) -> Any:
    """Import a public name of :data:`_LAZY` from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups find it without coming back here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

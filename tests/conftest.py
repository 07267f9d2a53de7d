"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from newsledger import Analysis, analyze_text, load_settings
from newsledger.config import Settings
from newsledger.lexicon import Lexicon, load_lexicon

EVAL_ENV = "NEWSLEDGER_EVAL_DATA"

# Property tests check what a function returns, never how fast: on a shared, loaded machine hypothesis's
# per-example deadline (200 ms) failed a date-arithmetic test that passes alone.
hypothesis_settings.register_profile("newsledger", deadline=None)
hypothesis_settings.load_profile("newsledger")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def lexicon(settings: Settings) -> Lexicon:
    """The shipped vocabularies, as the pipeline loads them once per run."""
    return load_lexicon(settings)


@pytest.fixture(scope="session")
def nlp(settings: Settings):
    from newsledger.parse import load_model

    return load_model(settings.spacy_model)


@pytest.fixture(scope="session")
def analyze(nlp, settings: Settings) -> Callable[..., Analysis]:
    """Analyse a text with the default pipeline (model already loaded)."""

    def run(text: str, published: str | None = "2025-08-17") -> Analysis:
        return analyze_text(text, dt.date.fromisoformat(published) if published else None, settings)

    return run


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    """The shared gold data; tests that need it skip, with the reason, when it is not configured."""
    value = os.environ.get(EVAL_ENV)
    if not value:
        pytest.skip(f"{EVAL_ENV} is not set: quality gates against ../shared/eval are not run")
    path = Path(value)
    if not path.is_dir():
        pytest.fail(f"{EVAL_ENV}={value} is not a directory")
    return path

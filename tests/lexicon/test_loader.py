"""The one loader of every vocabulary: booleans, versions, schemas, the merge rule and where errors point."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.config import load_settings
from newsledger.errors import ConfigError
from newsledger.lexicon import USER_FILES, Lexicon, LexiconError, files_in_use, load_lexicon
from newsledger.lexicon.agreements import load_agreement_vocabulary
from newsledger.lexicon.cues import load_cues
from newsledger.lexicon.loader import WordLists, merge, read_yaml
from newsledger.textutil import form_key


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return str(path)


def test_merge_rule_maps_by_key_lists_extend_scalars_replace() -> None:
    base = {"a": {"x": [1, 2], "y": 1}, "b": [1], "c": "old"}
    extra = {"a": {"x": [2, 3], "z": 5}, "b": [4], "c": "new", "d": True}
    assert merge(base, extra) == {"a": {"x": [1, 2, 3], "y": 1, "z": 5}, "b": [1, 4], "c": "new", "d": True}
    assert base == {"a": {"x": [1, 2], "y": 1}, "b": [1], "c": "old"}  # the inputs are left as they were


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "y", "n", "Yes", "OFF"])
def test_yaml_11_booleans_stay_words(tmp_path: Path, word: str) -> None:
    user = _write(tmp_path, "cues.yaml", f"speech_verbs: [{word}]\n")
    assert word.lower() in load_cues(user).speech_verbs


def test_true_and_false_are_still_booleans(tmp_path: Path) -> None:
    user = _write(tmp_path, "events.yaml", "verbs:\n  shun: {type: REJECT, symmetric: true}\n")
    data = read_yaml("events.yaml", user, schema="events", version=1)
    assert data["verbs"]["shun"]["symmetric"] is True


def test_a_user_file_of_another_version_is_refused_with_its_line(tmp_path: Path) -> None:
    user = _write(tmp_path, "agreements.yaml", "# mine\nversion: 2\nmaking_verbs: [initial]\n")
    with pytest.raises(LexiconError, match=r"agreements\.yaml:2: version 2 is not the version 1") as err:
        load_agreement_vocabulary(user)
    assert err.value.line == 2


def test_a_user_file_without_version_is_read_as_the_current_one(tmp_path: Path) -> None:
    user = _write(tmp_path, "agreements.yaml", "document_types:\n  concordat: {rank: 6, heads: [concordat]}\n")
    vocab = load_agreement_vocabulary(user)
    assert vocab.type_of("the new concordat") == ("concordat", 6)
    assert vocab.type_of("memorandum of understanding") == ("memorandum", 2)  # the shipped types stay


def test_schema_errors_name_file_line_and_problem(tmp_path: Path) -> None:
    user = _write(tmp_path, "events.yaml", "version: 1\nverbs:\n  shun:\n    type: REJECT\n    cameo: 12x\n")
    with pytest.raises(LexiconError) as err:
        read_yaml("events.yaml", user, schema="events", version=1)
    message = str(err.value)
    assert message.startswith(f"{user}:5: verbs/shun/cameo")
    assert "does not match" in message


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    user = _write(tmp_path, "cues.yaml", "speech_verbs: [say, tell\nspeech_nouns: [x]\n")
    with pytest.raises(LexiconError, match=r"cues\.yaml:\d+: not valid YAML"):
        load_cues(user)


def test_unknown_keys_are_refused(tmp_path: Path) -> None:
    user = _write(tmp_path, "cues.yaml", "speach_verbs: [harrumph]\n")
    with pytest.raises(LexiconError, match="speach_verbs"):
        load_cues(user)


def test_a_missing_user_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_cues(str(tmp_path / "nowhere.yaml"))


def test_word_lists_name_the_file_when_a_list_is_missing() -> None:
    lists = WordLists({"modals": ["Must", "should"]}, "data/example.yaml")
    assert lists["modals"] == {"must", "should"} and lists.modals == lists["modals"]
    with pytest.raises(LexiconError, match=r"data/example\.yaml: no word list 'pronouns'"):
        _ = lists["pronouns"]


def test_the_lexicon_is_loaded_once_per_set_of_files(tmp_path: Path) -> None:
    settings = load_settings()
    first = load_lexicon(settings)
    assert isinstance(first, Lexicon) and load_lexicon(settings) is first
    user = _write(tmp_path, "actors.tsv", "institution\tRuritanian Guard\tGRC\tMIL\n")
    extended = load_lexicon(settings.replace(actors_file=user))
    assert extended is not first
    assert extended.actors.institution("Ruritanian Guard") == ("GRC", "MIL")
    assert first.actors.institution("Ruritanian Guard") is None


def test_closed_class_words_are_defined_once_and_reach_the_events_lexicon() -> None:
    lexicon = load_lexicon(load_settings())
    assert {"will", "shall"} <= lexicon.english["modal_future"]
    assert lexicon.events.modal_aux["will"] == "future" and lexicon.events.modal_aux["must"] == "obligation"
    assert lexicon.events.negators == lexicon.english["negators"]


def test_files_in_use_lists_shipped_and_user_files(tmp_path: Path) -> None:
    user = _write(tmp_path, "events.yaml", "verbs: {}\n")
    rows = files_in_use(load_settings().replace(events_file=user))
    assert ("events", "data/events.yaml", "shipped") in rows
    assert ("events", user, "user") in rows
    assert {part for part, _, _ in rows} >= set(USER_FILES.values())


def test_every_shipped_data_file_loads_and_keys_fold_the_same_way() -> None:
    lexicon = load_lexicon(load_settings())
    assert lexicon.actors.place("U.S.") == lexicon.actors.place("US")
    assert form_key("Chargé d’Affaires") == "charge d'affaires"
    assert lexicon.cues.speech_verbs and lexicon.agreements.heads and lexicon.events.verbs


def test_a_bad_user_file_stops_the_run_before_any_document(tmp_path: Path) -> None:
    from newsledger.pipeline import analyze_paths

    article = _write(tmp_path, "a.txt", "Kenya and Uganda signed a trade agreement on Monday.")
    bad = _write(tmp_path, "events.yaml", "verbs:\n  shun: {type: SHUN}\n")
    with pytest.raises(ConfigError, match=r"events\.yaml:2: verbs/shun/type"):
        analyze_paths([article, article], load_settings().replace(events_file=bad))


def test_vocabulary_paths_in_a_settings_file_are_read_from_its_folder(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for key in USER_FILES:
        monkeypatch.delenv("NEWSLEDGER_" + key.upper(), raising=False)
    monkeypatch.delenv("NEWSLEDGER_EVENT_PATTERNS", raising=False)
    (tmp_path / "vocab").mkdir()
    _write(tmp_path / "vocab", "cues.yaml", "speech_verbs: [harrumph]\n")
    config = _write(tmp_path, "settings.toml", 'cues_file = "vocab/cues.yaml"\n')
    settings = load_settings(config)
    assert Path(settings.cues_file) == (tmp_path / "vocab" / "cues.yaml").resolve()
    assert "harrumph" in load_lexicon(settings).cues.speech_verbs
    monkeypatch.setenv("NEWSLEDGER_EVENT_PATTERNS", "/elsewhere/events.yaml")  # the older name still works
    assert load_settings(config).events_file == "/elsewhere/events.yaml"


def test_every_shipped_table_matches_its_schema() -> None:
    """Shipped tables are checked here, cell by cell, instead of at every start (``read_table``)."""
    from newsledger.lexicon.loader import check_shipped_tables

    load_lexicon(load_settings())
    checked = check_shipped_tables()
    assert "event_verbs.tsv" in checked and "actors/countries.tsv" in checked, checked


def test_a_bad_cell_in_a_table_is_named_when_checked() -> None:
    from newsledger.lexicon.loader import _parse_tsv

    text = "# version: 1\nverbs\tpattern\tcameo\ttype\tmode\nseize\t* port\t190\tASSAULT\t\n"
    assert len(_parse_tsv(text, "data/test.tsv", "event_verbs", 1, True, None)) == 1
    with pytest.raises(LexiconError, match="type") as caught:
        _parse_tsv(text + "seize\t* town\t190\tNOT_A_TYPE\t\n", "data/test.tsv", "event_verbs", 1, True, None)
    assert caught.value.line == 4

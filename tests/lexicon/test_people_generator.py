"""The Phoenix reading of ``tools/build_actors_phoenix.py`` (through :mod:`newsledger.lexicon.tabari`) on an
invented snippet in the dictionaries' format."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from newsledger.lexicon.tabari import DatedCode, read_actor_dictionary

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_actors_phoenix.py"

SNIPPET = """# an invented dictionary in the Phoenix layout
RUTA_VELLANE_  # CountryInfo.txt
+PRESIDENT_RUTA_VELLANE_
+MS._VELLANE
+THE_VELLANE_GOVERNMENT
\t[NORELI 19900101-050601]
\t[NORGOV 050601-120930]
\t[NORGOV >171002]
ODD_KARSTEN_  # CountryInfo.txt
TOMAS_BREK_  # CountryInfo.txt
\t[SWEGOVLEG 990101-031231]
NORTHERN_FRONT_OF_ALVAR_ [NORREB] # a group
+ALVAR_FRONT_
"""


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_actors_phoenix", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_actors_phoenix"] = module
    spec.loader.exec_module(module)
    return module


def test_reader_keeps_dated_codes_and_drops_a_person_without_codes(tmp_path: Path) -> None:
    tool = _tool()
    path = tmp_path / "Phoenix.Test.actors.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    entries = {e.ident: e for e in read_actor_dictionary(path, solitary=tool._countryinfo)}
    assert set(entries) == {"RUTA_VELLANE", "TOMAS_BREK", "NORTHERN_FRONT_OF_ALVAR"}  # no codes: dropped
    assert entries["RUTA_VELLANE"].codes == [DatedCode("NORELI", "1990-01-01", "2005-06-01"),
                                             DatedCode("NORGOV", "2005-06-01", "2012-09-30"),
                                             DatedCode("NORGOV", "2017-10-02", "")]


def test_person_forms_drop_titles_and_what_is_not_the_person(tmp_path: Path) -> None:
    tool = _tool()
    path = tmp_path / "Phoenix.Test.actors.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    entry = next(e for e in read_actor_dictionary(path, solitary=tool._countryinfo) if e.ident == "RUTA_VELLANE")
    forms = tool.Cleaner().person_forms(entry)
    assert forms == ["Ruta Vellane", "Vellane"]  # titles and honorifics dropped; "the ... government" is no name


def test_the_shipped_list_keeps_its_source_and_licence() -> None:
    data = Path(__file__).resolve().parents[2] / "src" / "newsledger" / "data" / "actors"
    head = (data / "people.tsv").read_text(encoding="utf-8").splitlines()[:6]
    assert head[0] == "# version: 1" and any("tools/build_actors_phoenix.py" in line for line in head)
    assert "MIT License" in (data / "PHOENIX-LICENSE").read_text(encoding="utf-8")

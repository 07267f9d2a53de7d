"""The batch tests' inputs: a JSON Lines file with bad records among good ones, a WARC file and a Parquet file."""

from __future__ import annotations

import io
import json

import pytest

# Reports written for these tests, each about different places.
NOTES = [
    "Uruguay and Paraguay opened talks in Montevideo on Monday about a river port both want to expand, "
    "officials said. \"We are close,\" said Uruguay's transport minister, Lucia Ferrer.",
    "Senegal's foreign ministry said on Tuesday that it had recalled its ambassador from Mali after a border "
    "incident. Mali called the decision hasty and asked for dialogue.",
    "Finland and Sweden signed a memorandum on joint air patrols in Helsinki, the Finnish defence ministry said. "
    "Sweden described the text as a framework for planning.",
    "Indonesia said it would buy rice from Thailand to refill its reserves, the trade ministry said in Jakarta on "
    "Wednesday. Thailand's commerce minister welcomed the order.",
    "Greece protested to Turkey over a survey ship in the Aegean, the Greek foreign ministry said. Ankara said the "
    "vessel was working in Turkish waters.",
    "Colombia and Ecuador agreed to set up a joint commission on border security after talks in Quito, "
    "the two governments said on Thursday.",
    "Australia announced new sanctions on four officials it accuses of abuses, the foreign minister said in "
    "Canberra on Friday.",
    "Nigeria's president met the head of the African Union in Abuja to discuss a peace plan for the Sahel, "
    "his spokesman said. No date was set for further talks.",
    "Croatia and Slovenia resolved a dispute over fishing rights in the Bay of Piran, their prime ministers said "
    "after meeting in Zagreb. \"This chapter is closed,\" the Croatian leader said.",
    "Mongolia asked Russia and China for help with a power line across the steppe, the Mongolian energy ministry "
    "said on Saturday.",
]
SPANISH = ("El gobierno anunció el lunes un nuevo acuerdo comercial con sus vecinos del sur, según un comunicado "
           "publicado por el ministerio de asuntos exteriores.")


def warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, text in pages:
        # A second paragraph of its own, so that a page is not the JSON Lines note it quotes (the reader keeps a
        # paragraph that a page repeats only once).
        html = (f"<html><head><title>{url}</title></head><body><article><p>{text}</p>"
                f"<p>The desk filed this report for readers of {url} on the same day.</p></article></body></html>")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                      http_headers=headers))
    return out.getvalue()


@pytest.fixture(scope="session")
def notes() -> list[str]:
    return NOTES


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A JSON Lines file (bad records at lines 3, 6 and 9), a WARC file and a Parquet file, in that order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("batch-inputs")
    lines = [json.dumps({"text": t, "published": f"2025-04-{i + 1:02d}", "source": "wire"})
             for i, t in enumerate(NOTES)]
    lines.insert(2, json.dumps({"text": ""}))
    lines.insert(5, json.dumps({"text": SPANISH}))
    lines.insert(8, "not json at all")
    jsonl = folder / "a_notes.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = folder / "b_crawl.warc.gz"
    warc.write_bytes(warc_bytes([("https://wire.example/1", NOTES[0]), ("https://wire.example/2", NOTES[4])]))
    table = pa.table({"text": [NOTES[i] + " More talks are planned." for i in (1, 5, 7)],
                      "title": ["one", None, "three"], "published": ["2025-05-01", None, "2025-05-03"]})
    parquet = folder / "c_notes.parquet"
    pq.write_table(table, parquet, row_group_size=2)
    return [str(jsonl), str(warc), str(parquet)]

"""Forgiving input: the field names other corpora use in JSON records, one warning for a file whose
records have no date and fields newsledger ignored, and text in another encoding decoded by
charset-normalizer's guess (reported), while text no encoding fits keeps its clear error."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from newsledger.config import Settings
from newsledger.errors import EncodingError
from newsledger.ingest import read_bytes, read_path
from newsledger.ingest.detect import decode
from newsledger.ingest.files import guess_decode
from newsledger.ingest.records import read_jsonl_stream, record_to_document
from newsledger.models import Document

TEXT = "The foreign minister of Chile said on Tuesday that talks on fishing quotas would resume."


@pytest.mark.parametrize("record", [
    {"body": TEXT, "headline": "Talks resume", "date": "2025-03-04", "publisher": "Coast Times"},
    {"content": TEXT, "title": "Talks resume", "pub_date": "2025-03-04", "outlet": "Coast Times"},
    {"text": TEXT, "headline": "Talks resume", "publish_date": "2025-03-04T08:00:00Z", "source": "Coast Times"},
    {"content": TEXT, "headline": "Talks resume", "published_at": "Tue, 04 Mar 2025 08:00:00 +0000",
     "publisher": "Coast Times"},
])
def test_other_corpora_field_names(record: dict[str, str]) -> None:
    doc = record_to_document("r.json", record)
    assert (doc.text, doc.title, doc.source) == (TEXT, "Talks resume", "Coast Times")
    published = doc.published
    assert published is not None
    assert (published.date() if isinstance(published, dt.datetime) else published) == dt.date(2025, 3, 4)


def test_the_usual_names_win_over_the_others() -> None:
    doc = record_to_document("r.json", {"text": TEXT, "body": "other", "published": "2025-01-01",
                                        "date": "2024-01-01", "source": "A", "publisher": "B"})
    assert (doc.text, doc.published, doc.source) == (TEXT, dt.date(2025, 1, 1), "A")


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_undated_records_with_unknown_fields_warn_once(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    lines = "".join(json.dumps({"text": f"{TEXT} Item {i}.", "dateline": "Lima", "byline": "staff"}) + "\n"
                    for i in range(5))
    with caplog.at_level(logging.WARNING, logger="newsledger.ingest"):
        docs = list(read_bytes(lines.encode(), "feed.jsonl", settings, name="feed.jsonl"))
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
    (warning,) = _warnings(caplog)
    assert "feed.jsonl" in warning and "'byline', 'dateline'" in warning and "'pub_date'" in warning


@pytest.mark.parametrize("record", [
    {"text": TEXT},  # no unknown field: nothing to say
    {"text": TEXT, "date": "2025-03-04", "byline": "staff"},  # dated: the extra field does not matter
])
def test_no_warning_without_reason(settings: Settings, caplog: pytest.LogCaptureFixture,
                                   record: dict[str, str]) -> None:
    with caplog.at_level(logging.WARNING, logger="newsledger.ingest"):
        list(read_bytes(json.dumps(record).encode(), "one.json", settings, name="one.json"))
    assert _warnings(caplog) == []


ENCODED = [
    ("Chile’s minister said the “fishing” talks in Valparaíso would resume.", "cp1252", "Windows-1252"),
    ("The ministers met in São Paulo and Bogotá; the café owners protested.", "latin-1", "Windows-1252"),
]


@pytest.mark.parametrize(("text", "codec", "named"), ENCODED)
def test_another_encoding_is_decoded_and_reported(settings: Settings, caplog: pytest.LogCaptureFixture, text: str,
                                                  codec: str, named: str) -> None:
    with caplog.at_level(logging.WARNING, logger="newsledger.ingest"):
        (doc,) = read_bytes(text.encode(codec), "old.txt", settings, name="old.txt")
    assert isinstance(doc, Document) and doc.text == text
    (warning,) = _warnings(caplog)
    assert "old.txt" in warning and "not UTF-8" in warning and named in warning


def test_utf16_with_a_bom_is_read(settings: Settings, caplog: pytest.LogCaptureFixture) -> None:
    data = codecs.BOM_UTF16_LE + ENCODED[0][0].encode("utf-16-le")
    with caplog.at_level(logging.WARNING, logger="newsledger.ingest"):
        (doc,) = read_bytes(data, "wide.txt", settings, name="wide.txt")
    assert isinstance(doc, Document) and doc.text == ENCODED[0][0] and _warnings(caplog) == []


def test_undecodable_keeps_its_clear_error() -> None:
    damaged = "Talks in Bogotá resumed.".encode() + b" \xff\xfe more"  # UTF-8 with broken bytes: no guess
    assert guess_decode(damaged) is None
    with pytest.raises(EncodingError, match="not valid UTF-8.*no other encoding fits"):
        decode("broken.txt", damaged)


def test_a_jsonl_file_in_another_encoding(tmp_path: Path, settings: Settings,
                                          caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "old.jsonl"
    lines = [json.dumps({"text": t, "date": "2025-03-04"}, ensure_ascii=False) + "\n" for t, _c, _n in ENCODED]
    path.write_bytes("".join(lines).encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="newsledger.ingest"):
        docs = list(read_path(str(path), settings))
    assert [d.text for d in docs if isinstance(d, Document)] == [t for t, _c, _n in ENCODED]
    assert len(_warnings(caplog)) == 1
    with path.open("rb") as fh:  # the streaming reader too
        streamed = list(read_jsonl_stream(str(path), fh, 10_000))
    assert all(isinstance(d, Document) for d in streamed)

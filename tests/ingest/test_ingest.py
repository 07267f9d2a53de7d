"""Ingest: every input format, and one test per class of bad input."""

from __future__ import annotations

import codecs
import datetime as dt
import json
from pathlib import Path

import pytest

from newsledger import Document, Skipped
from newsledger.config import Settings
from newsledger.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedInput,
    TooLarge,
    UnsupportedType,
)
from newsledger.ingest import read_bytes, read_path, read_sources
from newsledger.ingest.dateline import fill_published
from newsledger.ingest.detect import detect_kind

DATA = Path(__file__).parent.parent / "data"
ARTICLE = (
    "The foreign ministers of Peru and Ecuador met in Lima on Thursday to discuss a joint plan "
    "against illegal mining along their shared border, officials said."
)


def docs(data: bytes, settings: Settings, name: str | None = None) -> list[Document | InputError]:
    return list(read_bytes(data, "input", settings, name=name))


def first_doc(data: bytes, settings: Settings, name: str | None = None) -> Document:
    """The one document in ``data``; its error raised, as the CLI reports it."""
    (item,) = docs(data, settings, name)
    if isinstance(item, InputError):
        raise item
    return item


def test_plain_text(settings: Settings) -> None:
    (doc,) = docs(ARTICLE.encode(), settings, "a.txt")
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE
    assert doc.published is None


def test_utf8_bom_and_utf16_are_decoded(settings: Settings) -> None:
    (a,) = docs(codecs.BOM_UTF8 + ARTICLE.encode(), settings)
    (b,) = docs(ARTICLE.encode("utf-16"), settings)
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.text == b.text == ARTICLE


def test_json_record_fields(settings: Settings) -> None:
    record = {"text": ARTICLE, "title": "Ministers meet", "url": "https://news.example/a", "source": "Example",
              "published": "2024-02-29"}
    (doc,) = docs(json.dumps(record).encode(), settings, "a.json")
    assert isinstance(doc, Document)
    assert (doc.title, doc.url, doc.source, doc.published) == (
        "Ministers meet", "https://news.example/a", "Example", dt.date(2024, 2, 29))


def test_json_list_and_jsonl_keep_good_records_and_report_bad_ones(settings: Settings) -> None:
    lines = [json.dumps({"text": ARTICLE}), "{broken", json.dumps({"title": "no text"}), "",
             json.dumps({"text": ARTICLE + " More.", "published": "2024-03-01T10:00:00+01:00"})]
    items = docs("\n".join(lines).encode(), settings, "batch.jsonl")
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "MalformedInput", "MalformedInput", "Document"]
    assert items[1].origin == "input:2"  # type: ignore[union-attr]
    assert isinstance(items[3], Document)
    assert items[3].published == dt.datetime.fromisoformat("2024-03-01T10:00:00+01:00")
    listed = docs(json.dumps([{"text": ARTICLE}, {"text": 5}]).encode(), settings)
    assert [type(i).__name__ for i in listed] == ["Document", "MalformedInput"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", None, "html"),
        ("  <html lang='en'><p>x</p></html>", "page.txt", "html"),
        ('{"text": "x"}', None, "json"),
        ('{"text": "a"}\n{"text": "b"}\n', None, "jsonl"),
        ('{"text": "a"}\n', "one.jsonl", "jsonl"),
        ("[1, 2]", None, "json"),
        ("Plain words, with a <b> in the middle.", None, "text"),
        ("Plain words saved as html by mistake", "page.html", "text"),
        ("{not json at all", "data.json", "json"),
    ],
)
def test_detect_kind_from_content_and_extension(text: str, name: str | None, kind: str) -> None:
    assert detect_kind("x", text, name) == kind


@pytest.mark.parametrize(
    ("data", "name", "error", "words"),
    [
        (b"", None, EmptyInput, "empty"),
        (b"  \n\t \n", None, EmptyInput, "empty"),
        (b"\x00\x01\x02binary\x00junk" * 20, None, BinaryInput, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, None, UnsupportedType, "PNG"),
        (b"%PDF-1.7\n...", None, UnsupportedType, "PDF"),
        (b"PK\x03\x04 zipped", "report.docx", UnsupportedType, "ZIP"),
        ("Café talks resume in Quito".encode() + b" \xff\xfe", None, EncodingError, "UTF-8"),  # damaged UTF-8
        (b"plain text", "scan.pdf", UnsupportedType, "PDF"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed.xml", UnsupportedType, "feed"),
        (b'{"text": "unterminated', "a.json", MalformedInput, "malformed JSON"),
        (b'{"title": "no text field"}', "a.json", MalformedInput, "'text'"),
        (b'{"text": "   "}', "a.json", EmptyInput, "empty"),
        (b'{"text": "ok", "published": "last Tuesday"}', "a.json", MalformedInput, "ISO date"),
        (b"<html><head><title>T</title></head><body><script>var a = 1;</script></body></html>", None,
         MalformedInput, "article text"),
    ],
)
def test_bad_input_raises_a_clear_error(settings: Settings, data: bytes, name: str | None,
                                        error: type[InputError], words: str) -> None:
    with pytest.raises(error) as info:
        first_doc(data, settings, name)
    assert words.lower() in str(info.value).lower()
    assert str(info.value).startswith("input: ")  # names the input


def test_too_large_by_setting(settings: Settings, tmp_path: Path) -> None:
    small = settings.replace(max_bytes=100)
    with pytest.raises(TooLarge, match="size limit of 100"):
        docs(b"word " * 50, small)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(settings.max_bytes + 1)  # default limit (5 MB), sparse file
    with pytest.raises(TooLarge, match="5,000,000"):
        list(read_path(str(big), settings))


def test_missing_file_and_directory(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_path(str(tmp_path / "nope.txt"), settings))
    with pytest.raises(InputError, match="directory"):
        list(read_path(str(tmp_path), settings))


def test_read_sources_never_stops_on_a_bad_file(settings: Settings, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\xff" * 100)
    out = list(read_sources([str(empty), str(good), str(binary), str(tmp_path / "missing.txt")], settings,
                            published=dt.date(2024, 5, 6)))
    assert [type(i).__name__ for i in out] == ["Skipped", "Document", "Skipped", "Skipped"]
    assert [i.kind for i in out if isinstance(i, Skipped)] == ["EmptyInput", "BinaryInput", "InputError"]
    assert isinstance(out[1], Document) and out[1].published == dt.date(2024, 5, 6)


def test_html_keeps_article_and_drops_furniture(settings: Settings) -> None:
    (doc,) = list(read_path(str(DATA / "page_with_furniture.html"), settings))
    assert isinstance(doc, Document)
    for kept in ("reopen three mountain border crossings", "The passes are the lifeline",
                 "road crews from both countries", "Trucking associations"):
        assert kept in doc.text
    for furniture in ("cookies", "World news section", "ADVERTISEMENT", "luxury cruises", "Related stories",
                      "Lithium prices", "Copyright", "Privacy policy", "Subscribe today"):
        assert furniture not in doc.text
    assert doc.published == dt.date(2024, 4, 9)
    assert doc.title == "Chile and Argentina agree to reopen Andean border crossings"
    assert doc.url == "https://southern-ledger.example/world/2024/04/andes-crossings"


def test_html_drops_teaser_lines_and_keeps_link_words(settings: Settings) -> None:
    (doc,) = list(read_path(str(DATA / "page_with_inline_furniture.html"), settings))
    assert isinstance(doc, Document)
    # The words of links inside sentences stay in their sentence.
    for sentence in ("chase illegal trawlers across the maritime border without asking permission first",
                     "Kofi Mensah told a radio station in Accra after the signing",
                     "the joint patrols would begin in January and that catches"):
        assert sentence in doc.text
    for furniture in ("Read more", "Pirogue crews", "Sign up", "newsletter", "Related", "port expansion",
                      "All rights reserved"):
        assert furniture not in doc.text
    assert "Conservation groups welcomed the accord" in doc.text


@pytest.mark.parametrize(("page", "why"), [
    ("page_caption_only.html", "characters of text in a page of"),
    ("page_repeated_teaser.html", "lines repeating 2"),
])
def test_html_of_furniture_only_is_a_skip_with_its_reason(settings: Settings, page: str, why: str) -> None:
    good = str(DATA / "page_with_furniture.html")
    items = list(read_sources([str(DATA / page), good], settings))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.kind for s in skipped] == ["NotAnArticle"]
    assert skipped[0].reason.startswith("page furniture only") and why in skipped[0].reason
    assert [i.origin for i in items if isinstance(i, Document)] == [good]  # the batch goes on


def test_short_article_on_a_small_page_is_kept_once(settings: Settings) -> None:
    second = "The plan is to be signed by both presidents next month."
    html = f"<html><body><article><p>{ARTICLE}</p><p>{second}</p></article></body></html>".encode()
    doc = first_doc(html, settings, "brief.html")
    assert doc.text == f"{ARTICLE}\n{second}"  # not its furniture, and not twice over


def test_html_publication_date_is_the_bylines_not_a_quoted_one(settings: Settings) -> None:
    (doc,) = list(read_sources([str(DATA / "page_byline_date_and_quoted_date.html")], settings))
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2022, 9, 14)  # the byline's, not the quoted letter's 2009 date
    # The words of the dates marked up inside sentences stay in them.
    assert '"The quotas fixed on May 21, 2009 are the only ones we recognise,"' in doc.text
    assert "met on Tuesday, September 13 in La Paz" in doc.text


def test_html_byline_date_in_the_text_wins_over_a_pull_quote_date(settings: Settings, tmp_path: Path) -> None:
    story = " ".join([ARTICLE] * 3)
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><h1>Ministers meet</h1><p>By Lena Ortiz · 4 June 2024</p>"
                    f"<blockquote><p>2 March 2015</p></blockquote><p>{story}</p></article></body></html>")
    (doc,) = list(fill_published(read_sources([str(page)], settings)))
    assert isinstance(doc, Document)
    assert doc.published == dt.date(2024, 6, 4)  # the byline's date, found in the text (no metadata on the page)

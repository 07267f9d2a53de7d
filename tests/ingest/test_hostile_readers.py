"""Hostile inputs: whatever one source contains, the readers report it as a skip and read the others.

Each reader (``read_sources`` for ``analyze``, ``read_ledger_sources`` for ``ingest``) gets a list of
known-bad inputs between good ones: every good one must come out as a document, every bad one as a
``Skipped`` with a reason, and nothing may raise or block. The texts are invented for these tests.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from newsledger.config import Settings
from newsledger.ingest import read_sources
from newsledger.ingest.sources import read_ledger_sources
from newsledger.models import Document, Skipped

GOOD = ("Officials from Chile and Peru met in Lima on Tuesday to discuss fishing quotas, "
        "and the ministers said they would meet again next month.")
DEEP = 100_000  # levels of nesting: far past the interpreter's recursion limit
FEED_WITH_DOCTYPE = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.org/rss-0.91.dtd">\n'
    '<rss version="0.91"><channel><title>Desk</title><item><title>Quotas</title>'
    f"<description>{GOOD}</description></item></channel></rss>\n")


def _read_all(reader: Callable[..., Iterable[Document | Skipped]], paths: list[str],
              settings: Settings, timeout: float = 60.0) -> list[Document | Skipped]:
    """Everything ``reader`` yields, in a thread with a deadline, so a reader that blocks fails the test."""
    out: list[Document | Skipped] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            out.extend(reader(paths, settings))
        except BaseException as exc:  # reported below as the test's failure
            failure.append(exc)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"reader still running after {timeout} s (blocked on an input?)"
    if failure:
        raise failure[0]
    return out


def _bad_inputs(tmp: Path) -> dict[str, str]:
    """Known-bad inputs -> a word their skip's reason must contain."""
    bad = {
        "deep.json": ("[" * DEEP + "]" * DEEP, "nested"),
        "deep.txt": ("[" * DEEP + "]" * DEEP, "nested"),
        "deepobj.json": ('{"text": "x", "extra": ' + '{"a": ' * DEEP + "1" + "}" * DEEP + "}", "nested"),
        "bigint.json": ('{"text": "' + GOOD + '", "count": ' + "9" * 5_000 + "}", "4300"),
        "broken.json": ('{"text": "unterminated', "malformed"),
        "empty.txt": ("   \n", "empty"),
        "page.pdf": ("%PDF-1.4 nothing", "PDF"),
        "bad.warc": ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxx", "offset"),
        "empty.warc": ("", "without records"),
    }
    reasons = {}
    for name, (content, word) in bad.items():
        (tmp / name).write_text(content, encoding="utf-8")
        reasons[str(tmp / name)] = word
    (tmp / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    reasons[str(tmp / "binary.txt")] = "binary"
    (tmp / "damaged.txt").write_bytes(GOOD.encode("utf-8") + " café".encode() + b" \xff")  # UTF-8, broken
    reasons[str(tmp / "damaged.txt")] = "UTF-8"
    return reasons


def _good_inputs(tmp: Path) -> list[str]:
    (tmp / "good_1.txt").write_text(GOOD, encoding="utf-8")
    (tmp / "good_2.json").write_text(json.dumps({"text": GOOD.replace("Lima", "Arica")}), encoding="utf-8")
    (tmp / "good_3.jsonl").write_text(json.dumps({"text": GOOD.replace("Tuesday", "Friday")}) + "\n",
                                      encoding="utf-8")
    (tmp / "good_4.txt").write_bytes(codecs.BOM_UTF32_LE + GOOD.replace("Peru", "Bolivia").encode("utf-32-le"))
    (tmp / "good_5.html").write_text(
        '<html><head><meta charset="no-such-charset"><title>Quotas</title></head><body><article>'
        + f"<p>{GOOD}</p>" * 6 + "</article></body></html>", encoding="utf-8")
    return [str(tmp / n) for n in ("good_1.txt", "good_2.json", "good_3.jsonl", "good_4.txt", "good_5.html")]


def _interleave(good: list[str], bad: list[str]) -> list[str]:
    """Good, bad, good, bad, ...: a bad input in every position between good ones."""
    out: list[str] = []
    for i, path in enumerate(bad):
        out += [good[i % len(good)], path]
    return out + good


@pytest.mark.parametrize("reader", [read_sources, read_ledger_sources], ids=["analyze", "ingest"])
def test_bad_inputs_between_good_ones(reader: Callable[..., Any], tmp_path: Path, settings: Settings) -> None:
    reasons = _bad_inputs(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nothing ever writes to it: reading it would block forever
    reasons[str(fifo)] = "FIFO"
    good = _good_inputs(tmp_path)
    paths = _interleave(good, list(reasons))
    items = _read_all(reader, paths, settings)
    docs = [i for i in items if isinstance(i, Document)]
    skips = {s.origin: s for s in items if isinstance(s, Skipped)}
    assert [d.origin.removesuffix(":1") for d in docs] == [p for p in paths if p in good], "a good input was lost"
    assert len(skips) == len(reasons)
    for path, word in reasons.items():
        if path.endswith(".warc") and reader is read_sources:
            word = "unsupported type: WARC" if Path(path).name == "bad.warc" else "empty"  # analyze reads no archives
        assert path in skips, f"{path}: no skip reported"
        assert word.lower() in skips[path].reason.lower(), f"{path}: {skips[path].reason}"
    utf32 = next(d for d in docs if d.origin.endswith("good_4.txt"))
    assert utf32.text == GOOD.replace("Peru", "Bolivia")  # UTF-32, not UTF-16 with NULs in it


def test_a_bad_line_of_json_lines_loses_no_other_line(tmp_path: Path, settings: Settings) -> None:
    lines = [json.dumps({"text": GOOD}), "[" * DEEP + "]" * DEEP, '{"text": "' + GOOD + '", "n": ' + "1" * 5000 + "}",
             json.dumps({"text": GOOD.replace("Lima", "Quito")})]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_sources([str(tmp_path / "mixed.jsonl")], settings))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Skipped", "Document"]
    assert items[1].origin.endswith(":2") and "nested" in items[1].reason  # type: ignore[union-attr]
    assert items[2].origin.endswith(":3") and "4300" in items[2].reason  # type: ignore[union-attr]


def test_an_unexpected_exception_in_a_reader_is_a_skip(tmp_path: Path, settings: Settings,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The guarantee is structural: an exception nobody foresaw still becomes a skip with its reason."""
    import newsledger.ingest as ingest

    real = ingest.read_bytes

    def flaky(data: bytes, origin: str, settings: Settings, name: str | None = None) -> Any:
        if origin.endswith("boom.txt"):
            raise ZeroDivisionError("a bug in a reader")
        return real(data, origin, settings, name)

    monkeypatch.setattr(ingest, "read_bytes", flaky)
    for name in ("a.txt", "boom.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("a.txt", "boom.txt", "b.txt")]
    for reader in (read_sources, read_ledger_sources):
        items = _read_all(reader, paths, settings)
        assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
        assert "ZeroDivisionError: a bug in a reader" in items[1].reason  # type: ignore[union-attr]


# --- size: a large JSON Lines file is read record by record ---------------------------------------

def test_json_lines_over_max_bytes_is_read_record_by_record(tmp_path: Path, settings: Settings) -> None:
    record = json.dumps({"text": GOOD + " " + "The talks went on. " * 200})
    path = tmp_path / "dump.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(2_000):
            fh.write(record + "\n")
    assert path.stat().st_size > settings.max_bytes  # refused whole before
    items = list(read_sources([str(path)], settings))
    assert len(items) == 2_000 and all(isinstance(i, Document) for i in items)
    assert items[-1].origin == f"{path}:2000"


def test_max_bytes_applies_to_each_record(tmp_path: Path, settings: Settings) -> None:
    small = settings.replace(max_bytes=2_000)
    lines = [json.dumps({"text": GOOD}), json.dumps({"text": "word " * 1_000}), json.dumps({"text": GOOD})]
    path = tmp_path / "dump"  # no extension: recognised by its first line
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)], small))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"] * 3
    assert "5,0" in items[1].reason and "2,000" in items[1].reason  # type: ignore[union-attr]


def test_json_lines_on_standard_input_over_max_bytes(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    small = settings.replace(max_bytes=1_000)
    data = "".join(json.dumps({"text": f"{GOOD} Number {i}."}) + "\n" for i in range(40)).encode("utf-8")
    assert len(data) > small.max_bytes

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin)
    items = list(read_sources(["-"], small))
    assert len(items) == 40 and all(isinstance(i, Document) for i in items)
    assert items[39].text.endswith("Number 39.")  # type: ignore[union-attr]


def test_a_text_over_the_parser_limit_is_a_skip_not_a_crash(tmp_path: Path, settings: Settings) -> None:
    """Over spaCy's 1,000,000 characters but under max_bytes: spaCy's E088 used to end the run."""
    from newsledger.pipeline import analyze_paths

    (tmp_path / "long.txt").write_text((GOOD + " ") * 7_000, encoding="utf-8")  # about 1.05 M characters
    (tmp_path / "short.txt").write_text(GOOD, encoding="utf-8")
    items = list(analyze_paths([str(tmp_path / "long.txt"), str(tmp_path / "short.txt")], settings))
    assert [type(i).__name__ for i in items] == ["Skipped", "Analysis"]
    skip = items[0]
    assert skip.kind == "TooLarge" and "characters" in skip.reason and "max_chars" in skip.reason


# --- oddities -------------------------------------------------------------------------------------

def test_utf32_with_a_bom_both_byte_orders(tmp_path: Path, settings: Settings) -> None:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        (tmp_path / "t.txt").write_bytes(bom + GOOD.encode(codec))
        (item,) = read_sources([str(tmp_path / "t.txt")], settings)
        assert isinstance(item, Document) and item.text == GOOD


def test_a_fifo_is_refused_not_read(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "tree"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    items = _read_all(read_ledger_sources, [str(folder)], settings, timeout=30)
    assert [type(i).__name__ for i in items] == ["Document", "Skipped"]
    assert "not a regular file" in items[1].reason and "FIFO" in items[1].reason  # type: ignore[union-attr]


def test_an_unreadable_folder_in_a_tree_is_reported(tmp_path: Path, settings: Settings,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, whom chmod 000 does not stop: the folder's listing is made to fail instead."""
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir
    locked = str(tmp_path / "locked")

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_ledger_sources([str(tmp_path)], settings))
    docs = [i for i in items if isinstance(i, Document)]
    skips = [i for i in items if isinstance(i, Skipped)]
    assert [d.origin for d in docs] == [str(tmp_path / "open" / "a.txt")]
    assert [(s.origin, s.reason) for s in skips] == [(locked, "directory not read: permission denied")]


def test_a_warc_that_yields_nothing_says_where_it_broke() -> None:
    from newsledger.ingest.warc import read_warc

    good_record = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n"
    cases = {
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nxx": "offset 0 (record 1)",
        b"this is not an archive\n" * 5: "offset 0 (record 1)",
        good_record + b"WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n": f"offset {len(good_record)} (record 2)",
        good_record: "without an HTML response",
        b"": "without records",
    }
    for data, where in cases.items():
        items = list(read_warc("x.warc", io.BytesIO(data), 1_000))
        assert len(items) == 1 and where in str(items[0]), (data[:40], items)


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.org/rss.dtd">',
    '<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> ]>',
])
def test_a_feed_with_a_doctype_is_a_feed(doctype: str, tmp_path: Path, settings: Settings) -> None:
    feed = FEED_WITH_DOCTYPE.replace(FEED_WITH_DOCTYPE.splitlines()[1], doctype)
    (tmp_path / "desk.txt").write_text(feed, encoding="utf-8")
    (item,) = read_sources([str(tmp_path / "desk.txt")], settings)  # analyze: refused as a feed, not read as text
    assert isinstance(item, Skipped) and "RSS/Atom feed" in item.reason
    # ingest: read as a feed (feedparser, which expands no entity, may add a skip for the internal subset)
    (doc,) = [i for i in read_ledger_sources([str(tmp_path / "desk.txt")], settings) if isinstance(i, Document)]
    assert doc.text == GOOD and doc.title == "Quotas"


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_a_binary_line_of_json_lines_loses_no_other_record(suffix: str, tmp_path: Path, settings: Settings) -> None:
    good = [json.dumps({"text": f"The ministers of two neighbours met on day {n} to talk about water."})
            for n in range(3)]
    path = tmp_path / f"dump{suffix}"
    path.write_bytes("\n".join(good[:2]).encode() + b"\n\x00\x01\x02\xff\xfe binary junk\n" + good[2].encode() + b"\n")
    out = list(read_sources([str(path)], settings))
    texts = [d.text for d in out if isinstance(d, Document)]
    skips = [s for s in out if isinstance(s, Skipped)]
    assert len(texts) == 3 and all("neighbours met" in t for t in texts)
    assert len(skips) == 1 and skips[0].origin.endswith(":3") and skips[0].reason

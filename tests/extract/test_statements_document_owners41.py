"""Whose words a document speaks (stop 41, claims41; issue 14).

- "X, which published the log of its patrol boat, ... The log shows ...": the publisher a relative clause of
  issuing names is the log's author, not what the log is "of" (nor the speaker before it);
- "X said in a written reply that ... '...', the statement said": a definite document noun with no earlier use of
  its own is the document X said its words in;
- "a company post says" is the company's named before (a word of the body's name as the document's compound);
- "the company" refers back to the company the text described ("Slovakia's state water company"), not to the last
  organisation named (a river the NER took for one);
- "Its latest post repeats 900": a document that repeats, restates or confirms a figure gives it for its author, also
  where the parse reads the verb as a plural noun.

Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(analysis: Analysis, words: str) -> list[str | None]:
    names = {e.id: e.name for e in analysis.entities}
    return [names.get(s.speaker or "") for s in analysis.statements if words in s.content.text]


def test_a_published_log_is_its_publishers(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Peruvian fishing federation said a Chilean patrol boat had chased its members inside "
                       "Peruvian waters on Tuesday. The account was disputed on Friday by the Chilean Navy, which "
                       "published the radar log of its one patrol vessel on that coast. The log shows the vessel "
                       "tied up in Arica from Monday night to Wednesday.")
    assert _speakers(analysis, "tied up in Arica") == ["Chilean Navy"]


def test_a_document_of_something_not_published_keeps_its_author(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Farmers said the dam had burst. A report of the Ghana Water Authority said on Monday that the "
                       "spillway had been opened on purpose.")
    assert _speakers(analysis, "spillway had been opened") == ["Ghana Water Authority"]


def test_the_statement_is_the_reply_its_author_said_it_in(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Farmers near the river said soldiers from Laos had waded across on Friday. The Lao Ministry "
                       "of Defence said in an emailed reply on Thursday that its units never left their barracks. "
                       "\"Not one soldier of ours went over the water,\" the statement said.")
    assert _speakers(analysis, "Not one soldier of ours") == ["Lao Ministry of Defence"]


def test_a_document_named_by_a_word_of_a_body_is_that_bodys(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Slovakia's state water company says it has opened the sluices of its dam on the Hron after "
                       "heavy rain. A company post on Facebook puts the outflow at 900 cubic metres a second and says "
                       "villages downstream were warned.")
    assert _speakers(analysis, "villages downstream") == ["Slovakia's state water company"]


def test_the_company_is_the_described_company_not_the_last_organisation(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Slovakia's state water company says it has opened the sluices of its dam on the Hron after "
                       "heavy rain. The company's post on Facebook puts the outflow at 900 cubic metres a second.")
    assert _speakers(analysis, "900 cubic metres") == ["Slovakia's state water company"]


def test_a_document_repeating_a_figure_is_its_authors_though_read_as_a_noun(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Slovakia's state water company says it has opened the sluices of its dam on the Hron after "
                       "heavy rain. Its morning post puts the outflow at 900 cubic metres a second. By evening the "
                       "company had not changed its number. Its latest post repeats 900 and says the outflow will be "
                       "cut from Friday.")
    names = {e.id: e.name for e in analysis.entities}
    counts = [names.get(c.claimant or "") for c in analysis.claims
              if c.kind == "quantity" and c.value is not None and c.value.low == 900 and "repeats" in c.evidence.text]
    assert counts == ["Slovakia's state water company"]

"""Times: detection, TIMEX3 values against the publication date, clause links, and datelines."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsledger.config import load_settings
from newsledger.extract.times import time_in_clause, times
from newsledger.ingest.dateline import fill_published, find_published
from newsledger.lexicon import load_lexicon
from newsledger.models import Document, TimeExpr
from newsledger.textutil import TIME_ZONES, zone_designator

LEXICON = load_lexicon(load_settings())  # the shipped vocabularies

# Publication days used below (weekday, and why they are interesting):
MON = "2025-03-03"  # Monday
TUE_YEAR_END = "2024-12-31"  # Tuesday, last day of a year that belongs to ISO week 2025-W01
WED_NEW_YEAR = "2025-01-01"  # Wednesday, first day of a year
THU_LEAP = "2024-02-29"  # Thursday, leap day
FRI_MONTH_END = "2025-02-28"  # Friday, last day of February in a common year
SAT_YEAR_END = "2023-12-30"  # Saturday, in ISO week 2023-W52
SUN_MONTH_END = "2025-08-31"  # Sunday, last day of summer
TUE_LEAP = "2028-02-29"  # Tuesday, leap day
WED_MONTH_END = "2025-04-30"  # Wednesday, last day of April
MON_HALF_YEAR = "2025-06-30"  # Monday, last day of the first half


def run(nlp, text: str, published: str | None) -> tuple[TimeExpr, ...]:
    pub = dt.date.fromisoformat(published) if published else None
    return times(nlp(text), Document(text=text, published=pub), LEXICON)


def find(found: tuple[TimeExpr, ...], expr: str) -> TimeExpr:
    hits = [t for t in found if t.span.text == expr]
    assert hits, f"{expr!r} not found; got {[t.span.text for t in found]}"
    return hits[0]


CASES = [
    # bare weekdays: the most recent such day, the publication day itself included
    (MON, "Kenya's president said Monday that the vote would go ahead.", "Monday", "2025-03-03"),
    (MON, "Talks in Nairobi broke down on Sunday after a long night.", "Sunday", "2025-03-02"),
    (MON, "Rebels shelled the northern town on Tuesday, residents said.", "Tuesday", "2025-02-25"),
    (TUE_YEAR_END, "The ceasefire in the east collapsed on Saturday.", "Saturday", "2024-12-28"),
    (TUE_YEAR_END, "Officials in Accra said Tuesday the border would reopen.", "Tuesday", "2024-12-31"),
    (WED_NEW_YEAR, "Thousands marched through Tbilisi on Thursday.", "Thursday", "2024-12-26"),
    (THU_LEAP, "Peru's congress voted Wednesday to remove the minister.", "Wednesday", "2024-02-28"),
    (FRI_MONTH_END, "The central bank in Ankara raised rates on Friday.", "Friday", "2025-02-28"),
    (SAT_YEAR_END, "Police in Dhaka detained two organisers on Sunday.", "Sunday", "2023-12-24"),
    (SUN_MONTH_END, "The two leaders met in Hanoi on Saturday.", "Saturday", "2025-08-30"),
    (SUN_MONTH_END, "Hungary's prime minister spoke on Sunday in Budapest.", "Sunday", "2025-08-31"),
    # weekdays that look ahead: future tense, "this coming", present tense of a schedule
    (MON, "The envoy will travel to Addis Ababa on Thursday.", "Thursday", "2025-03-06"),
    (MON, "Mediators hope to resume talks this coming Friday.", "this coming Friday", "2025-03-07"),
    (TUE_YEAR_END, "Voters in the capital go to the polls on Thursday.", "Thursday", "2025-01-02"),
    (FRI_MONTH_END, "Parliament is expected to vote on Monday.", "Monday", "2025-03-03"),
    (SAT_YEAR_END, "The new government will be sworn in on Sunday.", "Sunday", "2023-12-31"),
    (MON, "Farmers blocked roads near Warsaw last Monday.", "last Monday", "2025-02-24"),
    (THU_LEAP, "The delegation arrives next Saturday.", "next Saturday", "2024-03-02"),
    # days relative to the publication day, across month, year and leap-day boundaries
    (THU_LEAP, "Opposition figures were released tomorrow, a court ruled.", "tomorrow", "2024-03-01"),
    (THU_LEAP, "The strike began yesterday in Lagos.", "yesterday", "2024-02-28"),
    (WED_NEW_YEAR, "The decree was signed yesterday in Caracas.", "yesterday", "2024-12-31"),
    (FRI_MONTH_END, "Rescue teams will reach the valley tomorrow.", "tomorrow", "2025-03-01"),
    (TUE_LEAP, "The summit closes the day after tomorrow.", "the day after tomorrow", "2028-03-02"),
    (MON, "Markets in Seoul fell sharply today.", "today", "2025-03-03"),
    (THU_LEAP, "The dam burst two days ago.", "two days ago", "2024-02-27"),
    (TUE_LEAP, "The accord was signed four years ago.", "four years ago", "2024"),
    (SUN_MONTH_END, "The mine flooded three weeks ago.", "three weeks ago", "2025-W32"),
    (WED_MONTH_END, "Inflation peaked six months ago.", "six months ago", "2024-10"),
    # weeks (ISO), months, years, relative to the publication day
    (TUE_YEAR_END, "Exports rose sharply this week.", "this week", "2025-W01"),
    (TUE_YEAR_END, "Fighting spread last week to the south.", "last week", "2024-W52"),
    (TUE_YEAR_END, "Negotiators meet again next week in Doha.", "next week", "2025-W02"),
    (SAT_YEAR_END, "Aid deliveries resumed this week.", "this week", "2023-W52"),
    (THU_LEAP, "Prices climbed last week.", "last week", "2024-W08"),
    (TUE_YEAR_END, "The tribunal will rule next month.", "next month", "2025-01"),
    (WED_NEW_YEAR, "Unemployment fell last month.", "last month", "2024-12"),
    (WED_MONTH_END, "The embargo was lifted earlier this month.", "earlier this month", "2025-04"),
    (FRI_MONTH_END, "Lawmakers approved the budget last month.", "last month", "2025-01"),
    (WED_NEW_YEAR, "Bolivia held elections last year.", "last year", "2024"),
    (WED_NEW_YEAR, "Last year's vote in Bolivia was disputed.", "Last year", "2024"),
    (MON, "Saturday's attack on the convoy killed nine.", "Saturday", "2025-03-01"),
    (MON, "Results of the 1979 revolution still shape the region.", "1979", "1979"),
    (None, "The vote took place at 16:15 UTC.", "16:15 UTC", None),
    (MON, "The vote closed at 16:15 UTC.", "16:15 UTC", "2025-03-03T16:15Z"),
    (TUE_YEAR_END, "A census is planned for next year.", "next year", "2025"),
    (SUN_MONTH_END, "The mission was extended earlier this year.", "earlier this year", "2025"),
    (TUE_YEAR_END, "Troops will leave by the end of the year.", "the end of the year", "2024"),
    (WED_NEW_YEAR, "The blockade began in late December.", "late December", "2024-12"),
    (MON_HALF_YEAR, "A referendum is planned for mid-July.", "mid-July", "2025-07"),
    # seasons, quarters, halves
    (SUN_MONTH_END, "Floods hit the delta last spring.", "last spring", "2025-SP"),
    (FRI_MONTH_END, "Floods hit the delta last spring.", "last spring", "2024-SP"),
    (SUN_MONTH_END, "Tourism recovered this summer.", "this summer", "2025-SU"),
    (SUN_MONTH_END, "Snow closed the pass last winter.", "last winter", "2024-WI"),
    (MON, "The harvest failed in the autumn of 2023.", "the autumn of 2023", "2023-FA"),
    (WED_MONTH_END, "Growth slowed in the first quarter.", "the first quarter", "2025-Q1"),
    (WED_MONTH_END, "Exports jumped in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    (MON, "Revenue fell in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
    (MON_HALF_YEAR, "Output is forecast to recover in the second half.", "the second half", "2025-H2"),
    # month names and days without a year
    (WED_MONTH_END, "Elections are scheduled for May 3.", "May 3", "2025-05-03"),
    # a month or day of a year named from the publication date
    (WED_MONTH_END, "The mission keeps its troops until April 30 next year.", "April 30 next year", "2026-04-30"),
    (WED_MONTH_END, "The border talks began in May last year.", "May last year", "2024-05"),
    (TUE_YEAR_END, "The new parliament sits from January 15 next year.", "January 15 next year", "2025-01-15"),
    (WED_MONTH_END, "The army withdrew on April 2.", "April 2", "2025-04-02"),
    (WED_NEW_YEAR, "The blockade began on Dec. 20.", "Dec. 20", "2024-12-20"),
    (THU_LEAP, "The rally took place on Feb. 29.", "Feb. 29", "2024-02-29"),
    (MON_HALF_YEAR, "The new constitution was adopted in January.", "January", "2025-01"),
    (TUE_YEAR_END, "The port will reopen in February.", "February", "2025-02"),
    (WED_MONTH_END, "Leaders gather at a summit set for March in Rabat.", "March", "2026-03"),
    (WED_MONTH_END, "The talks are scheduled for Saturday.", "Saturday", "2025-05-03"),
    (SUN_MONTH_END, "A vigil planned for Saturday was cancelled.", "Saturday", "2025-08-30"),
    # explicit dates need no publication date
    (None, "The pact was signed on 3 May 2025 in Nairobi.", "3 May 2025", "2025-05-03"),
    (None, "It was ratified on September 14, 2019, by the senate.", "September 14, 2019", "2019-09-14"),
    (None, "The filing is dated 2024-11-05.", "2024-11-05", "2024-11-05"),
    (None, "The notice is dated 05/03/2025.", "05/03/2025", "2025-05-03"),  # US order: May 3
    (None, "The notice is dated 25/12/2024.", "25/12/2024", "2024-12-25"),  # day first: cannot be a month
    (None, "The mandate expired in March 2021.", "March 2021", "2021-03"),
    (None, "The crisis deepened in 2023.", "2023", "2023"),
    (None, "The deal extends a 2019 protocol on fisheries.", "2019", "2019"),
    (None, "Oil prices collapsed in the 1980s.", "the 1980s", "198"),
    (None, "Borders were redrawn in the 20th century.", "the 20th century", "19"),
    (None, "Unrest spread in the summer of 2020.", "the summer of 2020", "2020-SU"),
    (None, "Sales fell in Q1 2024.", "Q1 2024", "2024-Q1"),
    (None, "The company lost money in fiscal 2022.", "fiscal 2022", "2022"),
    # durations are not dates
    (MON, "The 12-day war ended in a truce.", "12-day", "P12D"),
    (MON, "The siege lasted three years.", "three years", "P3Y"),
    (MON, "Talks went on for five hours.", "five hours", "PT5H"),
    (MON, "Prices have doubled over the past two decades.", "the past two decades", "P20Y"),  # TimeML: years
    (MON, "A two-week truce took hold.", "two-week", "P2W"),
    (MON, "Rebuilding the port could take a decade.", "a decade", "P10Y"),
    # references TimeML writes without a date, and vague ones left without a value
    (MON, "The region is calm now, officials say.", "now", "PRESENT_REF"),
    (MON, "Such raids were common in the past.", "the past", "PAST_REF"),
    (MON, "More troops may be sent in the future.", "the future", "FUTURE_REF"),
    (MON, "The minister recently visited Kabul.", "recently", None),
    (MON, "The two sides met again the same day.", "the same day", None),
]


@pytest.mark.parametrize(("published", "text", "expr", "value"), CASES)
def test_value(nlp, published: str | None, text: str, expr: str, value: str | None) -> None:
    assert find(run(nlp, text, published), expr).value == value


def test_table_covers_every_weekday() -> None:
    weekdays = {dt.date.fromisoformat(p).weekday() for p, *_ in CASES if p}
    assert weekdays == set(range(7))
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("published", "text", "expr", "precision", "anchor"),
    [
        (MON, "Rebels withdrew on Saturday.", "Saturday", "day", "published"),
        (MON, "Sanctions were eased last week.", "last week", "week", "published"),
        (MON, "The treaty dates from 1994.", "1994", "year", "explicit"),
        (MON, "Drought struck last summer.", "last summer", "season", "published"),
        (MON, "The 1970s brought two oil shocks.", "The 1970s", "decade", "explicit"),
        (None, "Rebels withdrew on Saturday.", "Saturday", "day", "none"),
        (None, "Sanctions were eased last week.", "last week", "week", "none"),
        (None, "Elections are due on May 3.", "May 3", "day", "none"),
    ],
)
def test_precision_and_anchor(nlp, published, text, expr, precision, anchor) -> None:
    t = find(run(nlp, text, published), expr)
    assert (t.precision, t.anchor) == (precision, anchor)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels withdrew on Saturday.",
        "The vote was held yesterday.",
        "Exports fell last month.",
        "The decree takes effect on June 1.",
        "The court ruled two weeks ago.",
    ],
)
def test_no_publication_date_no_value(nlp, text: str) -> None:
    """Never the processing date: relative expressions stay unresolved without a publication date."""
    found = run(nlp, text, None)
    assert found, "the expression is still detected"
    assert all(t.value is None and t.anchor == "none" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "More than 2000 people fled the fighting.",
        "The president may travel to Geneva.",
        "Analysts expect prices to fall further.",
        "A 42-year-old man was arrested.",
        "The army will march on the capital.",
        "The fund holds $2025 million in bonds.",
        "Former prime minister Theresa May visited the border.",
        "The Good Friday Agreement ended decades of conflict.",
        "Iran must comply with Resolution 2231.",
        "Bloody Sunday is remembered in Derry.",
    ],
)
def test_not_time_expressions(nlp, text: str) -> None:
    assert run(nlp, text, MON) == ()


def test_offsets_ids_and_order(nlp) -> None:
    text = "On Friday, the council met. It met again on 4 March 2025 and will meet next month."
    found = run(nlp, text, MON)
    assert [t.id for t in found] == [f"t{i}" for i in range(1, len(found) + 1)]
    assert [t.span.start for t in found] == sorted(t.span.start for t in found)
    for t in found:
        assert text[t.span.start:t.span.end] == t.span.text
    assert [t.span.text for t in found] == ["Friday", "4 March 2025", "next month"]


def test_datetime_publication_keeps_its_local_day(nlp) -> None:
    """A timestamp late in the evening in UTC+3 is still that local day."""
    text = "The governor resigned on Friday."
    pub = dt.datetime(2025, 2, 28, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    (t,) = times(nlp(text), Document(text=text, published=pub), LEXICON)
    assert t.value == "2025-02-28"


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("The foreign minister met his Turkish counterpart on Friday to discuss trade.", "met", "Friday"),
        ("Chile's president said Thursday that the reform would pass.", "said", "Thursday"),
        ("On Monday, Nigeria's army launched an offensive in the north.", "launched", "Monday"),
        ("The treaty builds on a 1997 accord between the two states.", "builds", None),
        ("The rebels signed the deal in 2019 and ratified it last year.", "signed", "2019"),
        ("The rebels signed the deal in 2019 and ratified it last year.", "ratified", "last year"),
        ("The siege of the city lasted three months.", "lasted", None),
        ("The spokesman said the talks, which began on Sunday, had stalled.", "began", "Sunday"),
        ("The spokesman said the talks, which began on Sunday, had stalled.", "said", None),
        ("Talks between the two countries, held in Geneva on Monday, ended without agreement.", "held", "Monday"),
        ("Talks between the two countries, held in Geneva on Monday, ended without agreement.", "ended", None),
        ("The president, who took office in 2022, visited Beijing on Wednesday.", "visited", "Wednesday"),
        ("The president, who took office in 2022, visited Beijing on Wednesday.", "took", "2022"),
        ("The rebel group said on Saturday that it had accepted the proposal.", "accepted", None),
        ("The envoys met on Saturday and discussed the border.", "discussed", "Saturday"),
        ("Such raids were common in the past.", "were", None),
        ("The clashes killed six people, the worst violence in the valley since 2021.", "killed", None),
        ("The mission keeps its troops in the country until May.", "keeps", None),
    ],
)
def test_time_in_clause(nlp, text: str, target: str, expected: str | None) -> None:
    doc = nlp(text)
    found = times(doc, Document(text=text, published=dt.date.fromisoformat(MON)), LEXICON)
    token = next(t for t in doc if t.text == target)
    linked = time_in_clause(doc, token.i, found)
    assert (linked.span.text if linked else None) == expected
    # a token, a span and an index give the same answer
    assert time_in_clause(doc, token, found) == linked
    assert time_in_clause(doc, doc[token.i:token.i + 1], found) == linked


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("NAIROBI, May 3, 2025 (Reuters) — Kenya's treasury said", None, dt.date(2025, 5, 3)),
        ("LONDON, 14 June 2024 (Reuters) - Britain's", None, dt.date(2024, 6, 14)),
        ("BOGOTA, Colombia, Sept. 9, 2023 (AP) — Colombian", None, dt.date(2023, 9, 9)),
        ("Ports reopen\nMarch 27, 2008\nThe ports reopened.", None, dt.date(2008, 3, 27)),
        ("Published: 2025-05-03T09:30:00+03:00\nThe talks", None,
         dt.datetime(2025, 5, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))),
        ("Updated May 3, 2025 10:30 AM EDT\nThe talks", None,
         dt.datetime(2025, 5, 3, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        ("NAIROBI, May 3 (Reuters) — Kenya said", "https://news.example/2025/05/04/kenya", dt.date(2025, 5, 3)),
        ("NAIROBI, May 3 (Reuters) — Kenya said", None, None),  # no year anywhere: not guessed
        ("WASHINGTON (AP) — The senate voted.", None, None),
        ("Talks that began on May 3, 2025 in Geneva ended.", None, None),  # a date in a sentence is no dateline
    ],
)
def test_dateline(text: str, url: str | None, expected) -> None:
    assert find_published(text, url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume\nBy Ana Ruiz, June 4, 2024\nMarch 2, 2015\nThe envoys met.", dt.date(2024, 6, 4)),
        ("Talks resume\nBy Ana Ruiz and Li Wei | 4 June 2024\nThe envoys met.", dt.date(2024, 6, 4)),
        ("By A. Writer - Updated: 2024-06-04\nThe envoys met.", dt.date(2024, 6, 4)),
        ("Talks resume\nMarch 2, 2015\nBy Ana Ruiz, June 4, 2024\nThe envoys met.", dt.date(2015, 3, 2)),
        # A byline without a date, then a sentence that names one: no publication date.
        ('By Ana Ruiz\n"On June 4, 2024 we signed it," the envoy said.', None),
    ],
)
def test_byline_dates_and_the_first_date_line_win(text: str, expected: dt.date | None) -> None:
    assert find_published(text) == expected


def test_dateline_never_overrides_a_given_date() -> None:
    given = Document(text="NAIROBI, May 3, 2025 (Reuters) — x", published=dt.date(2025, 5, 4))
    missing = Document(text="NAIROBI, May 3, 2025 (Reuters) — x")
    assert [d.published for d in fill_published([given, missing])] == [dt.date(2025, 5, 4), dt.date(2025, 5, 3)]


def test_dateline_anchors_relative_times_in_the_pipeline(analyze) -> None:
    text = ("ADDIS ABABA, May 9, 2025 (Reuters) — Ethiopia's foreign ministry said on Wednesday that talks "
            "with its neighbours would resume.")
    analysis = analyze(text, published=None)
    assert analysis.document.published == dt.date(2025, 5, 9)
    assert find(analysis.times, "Wednesday").value == "2025-05-07"


# --- one time-zone table for body text and datelines (textutil.TIME_ZONES) ---------------------------

def test_a_central_european_clock_time_keeps_its_zone(nlp) -> None:
    # The body grammar once knew only [ECMP][SD]T, UTC and GMT: "CET" fell out of the span and the value.
    found = run(nlp, "Polling stations closed at 10:30 CET in the capital.", MON)
    assert find(found, "10:30 CET").value == "2025-03-03T10:30+01:00"


@pytest.mark.parametrize("zone", sorted(TIME_ZONES))
def test_body_clock_times_accept_every_zone_of_the_table(nlp, zone: str) -> None:
    found = run(nlp, f"The ceasefire took effect at 10:30 {zone} along the front.", MON)
    assert find(found, f"10:30 {zone}").value == f"2025-03-03T10:30{zone_designator(zone)}"


def test_a_lower_case_word_after_a_clock_time_is_no_zone(nlp) -> None:
    found = run(nlp, "The convoy left at 10:30 west of the city.", MON)
    assert find(found, "10:30").value == "2025-03-03T10:30"


@pytest.mark.parametrize("zone", ["CET", "MSK", "SGT", "AEDT"])
def test_dateline_zones_come_from_the_same_table(zone: str) -> None:
    found = find_published(f"Updated May 3, 2025 10:30 {zone}\nThe talks", None)
    offset = dt.timedelta(minutes=TIME_ZONES[zone])
    assert found == dt.datetime(2025, 5, 3, 10, 30, tzinfo=dt.timezone(offset))


# --- the grammar is built from the lexicon's words, once per lexicon ----------------------------------

def test_the_grammar_is_built_once_per_lexicon() -> None:
    from newsledger.extract.times.grammar import grammar_for

    assert grammar_for(LEXICON.times) is grammar_for(LEXICON.times)
    assert [r.name for r in grammar_for(LEXICON.times).rules] == list(LEXICON.times.rules)


def test_a_rule_word_list_comes_from_the_data_file(nlp) -> None:
    import copy

    from newsledger.extract.times.grammar import Grammar
    from newsledger.lexicon import LexiconError
    from newsledger.lexicon.loader import read_yaml
    from newsledger.lexicon.times import build_time_lexicon

    data = copy.deepcopy(read_yaml("times.yaml", None, schema="times", version=1))
    data["rules"]["deictic_day"]["days"]["the other day"] = -3  # a phrase taught through the data alone
    words = build_time_lexicon(data)
    text = "The envoy arrived the other day."
    found = times(nlp(text), Document(text=text, published=dt.date.fromisoformat(MON)),
                  dataclasses.replace(LEXICON, times=words))
    assert find(found, "the other day").value == "2025-02-28"
    data["rules"]["fortnightly"] = {"triggers": ["fortnightly"]}
    with pytest.raises(LexiconError, match="fortnightly"):
        Grammar(build_time_lexicon(data))

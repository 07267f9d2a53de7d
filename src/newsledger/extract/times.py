"""Times: every time expression of a document, resolved against its publication date.

Detection combines the rules of :mod:`.time_grammar` (regular expressions over
``doc.text``, compiled once) with spaCy's DATE/TIME entities for what the rules
do not cover. Values are TimeML TIMEX3 strings: ``2025-08-13``, ``2025-W33``,
``2024-SP``, ``199``, ``P12D``, ``PRESENT_REF``. A relative expression is
resolved against ``Document.published`` and never against the processing date:
without a publication date its value is None and its anchor "none".

A bare weekday is the most recent such day, the publication day included, unless
"next"/"this coming" or the tense of the governing verb ("will meet on Friday")
points ahead. :func:`time_in_clause` gives the other extractors the time
expression of a clause ("met ... on Saturday", "said Tuesday").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ..lexicon import Lexicon
from ..models import Document, TimeExpr
from ..models import Span as TextSpan
from .time_grammar import RULES, Context, Tense, trigger_keys
from .time_values import Resolved, unresolved

__all__ = ["clause_verb", "time_in_clause", "times", "verb_tense"]

_VERBISH = frozenset({"VERB", "AUX"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
_PAST_AUX = frozenset({"did", "had", "was", "were"})
_PERFECT_AUX = frozenset({"has", "have", "had", "'ve", "’ve"})
# "would" too: future-in-the-past is ahead of the speech, not necessarily of the publication day.
_MODAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can", "'d", "’d"})
# Heads whose infinitive complement lies ahead: "is expected to meet on Friday".
_FUTURE_HEADS = frozenset({"go", "expect", "schedule", "due", "set", "plan", "intend", "aim", "hope", "prepare",
                           "want", "seek", "try", "promise", "vow", "pledge", "threaten", "agree", "decide"})
_SCHEDULED = frozenset({"schedule", "set", "slate", "plan", "expect", "due", "timetable", "earmark"})
_REPORTING = frozenset({"say", "tell", "announce", "report", "claim", "insist", "warn", "deny", "confirm", "add",
                        "state", "note", "accuse", "urge"})
# Dependents that modify a noun rather than date a clause ("a 2023 protocol", "Friday's vote").
_NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "poss", "nmod", "quantmod"})
_AGE = re.compile(r"(?i)\b\d+[\s-]+years?[\s-]+old\b|\byears?[\s-]old\b|\bage(?:d|s)?\b")
_SPACY_LABELS = frozenset({"DATE", "TIME"})
_DIGIT = re.compile(r"\d")
_NAME_LABELS = frozenset({"PERSON", "ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})


def _publication_day(published: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()  # the local date where it was published, its zone kept as given
    return published


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def clause_verb(token: Token, max_steps: int = 8) -> Token | None:
    """The verb governing ``token``: itself if it is one, else the first verb up its head chain."""
    tok = token
    for _ in range(max_steps):
        if _is_verb(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok if _is_verb(tok) else None


def _is_verb(tok: Token) -> bool:
    # A word inside a name is not a verb, whatever the tagger says ("Chargé d'Affaires").
    return tok.pos_ in _VERBISH and not tok.ent_type_


def verb_tense(verb: Token) -> Tense:
    """Tense of a verb from its tag and auxiliaries: past, present, future, or None when modal/unclear."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX:
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FUTURE_HEADS:
        return "future"
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    if "to" in aux and verb.head.lower_ in ("is", "are", "am", "'s", "'re"):
        return "future"  # "is to resume trading on Tuesday"
    if aux & _MODAL_AUX:
        return None
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _SCHEDULED and not aux & _PAST_AUX:
        # "a summit set for April", "talks scheduled for Monday", "is expected in May" look ahead, unless
        # the clause around them tells of the past ("a service planned for Saturday was cancelled").
        outer = clause_verb(verb.head) if not aux and verb.head.i != verb.i else None
        if outer is None or verb_tense(outer) != "past":
            return "future"
    # A bare participle is a reduced clause about the past ("plans announced in January").
    if verb.tag_ == "VBD" or aux & _PAST_AUX or (verb.tag_ == "VBN" and (aux & _PERFECT_AUX or not aux)):
        return "past"
    # The tagger sometimes gives a finite present verb the base tag ("Voters go to the polls").
    finite_base = verb.tag_ == "VB" and not aux and verb.dep_ in ("ROOT", "conj", "ccomp")
    if verb.tag_ in ("VBZ", "VBP") or finite_base or (verb.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}):
        if verb.lemma_.lower() in _REPORTING:
            return "past"  # "the minister says Tuesday ...": news reports speech in the present
        return "present"
    return None


def _tense_at(doc: Doc, start: int, end: int) -> Tense:
    root = _span_root(doc, start, end)
    if root is None or (root.dep_ in _NOUN_MODIFIER_DEPS and root.head.i > root.i):
        return None  # "Friday's purchases": the clause's tense says nothing about the noun's date
    verb = clause_verb(root)
    return verb_tense(verb) if verb is not None else None


_YEAR_CONTEXT = frozenset({"in", "since", "by", "until", "till", "before", "after", "from", "of", "during",
                           "through", "between", "and", "to", "early", "late", "mid", "the", "a", "an", "fiscal",
                           "year", "'s", "summer", "spring", "winter", "autumn", "fall", "around", "circa", "c."})


def _is_year(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare four-digit number is a year ("in 2023", "a 2023 protocol") and not a count."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.ent_type_ in _SPACY_LABELS:
        return True
    if tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS"):
        return False  # "2000 people"
    if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in _YEAR_CONTEXT:
        return True  # "in 2023", "a 2023 protocol"
    if tok.ent_type_ in ("CARDINAL", "ORDINAL"):
        return False
    return 1900 <= int(span.text[:4]) <= 2100 if span.text[:4].isdigit() else False


_WINDOW = 80  # characters either side of a trigger word; longer than any expression's reach


def _windows(hits: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Merged stretches of text around trigger hits (given in text order)."""
    out: list[tuple[int, int]] = []
    for s, e in hits:
        start, end = max(0, s - _WINDOW), min(size, e + _WINDOW)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _candidates(doc: Doc, text: str, ctx: Context) -> list[tuple[int, int, str, Resolved]]:
    """Rule matches, longest first, with overlaps removed; each normalised by its rule."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for tok in doc:  # one walk over the tokens finds where each rule can match
        for key in trigger_keys(tok.text):
            hits.setdefault(key, []).append((tok.idx, tok.idx + len(tok)))
    found: list[tuple[int, int, int, re.Match[str]]] = []
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}
    for order, rule in enumerate(RULES):
        if rule.triggers not in windows:
            spans = sorted(h for key in rule.triggers for h in hits.get(key, ()))
            windows[rule.triggers] = _windows(spans, len(text))
        for ws, we in windows[rule.triggers]:
            for m in rule.pattern.finditer(text, ws, we):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), order, m))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken = bytearray(len(text))
    # Inside a name a date word is part of the name: "Theresa May", "the Good Friday Agreement" (but a
    # date with digits stays a date: "the Aug. 7 embassy bombings").
    named = bytearray(len(text))
    for ent in doc.ents:
        if ent.label_ in _NAME_LABELS:
            named[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
    out: list[tuple[int, int, str, Resolved]] = []
    for start, end, order, m in found:
        if any(taken[start:end]) or (all(named[start:end]) and not _DIGIT.search(text, start, end)):
            continue
        resolved = RULES[order].handler(m, ctx)
        if resolved is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append((start, end, RULES[order].name, resolved))
    return out


# Words the rules leave alone because alone they are too often not times, but which are durations when
# the model has already taken them for a date: "annual" (P1Y), "for years" (PXY, an unknown number).
_VAGUE_UNITS = {"seconds": "PTXS", "minutes": "PTXM", "hours": "PTXH", "days": "PXD", "weeks": "PXW",
                "months": "PXM", "years": "PXY", "decades": "PXDE", "centuries": "PXCE", "annual": "P1Y"}
_VAGUE_SPAN = re.compile(r"(?i)(?:the\s+)?(?:(?:past|last|next|coming|recent|many|several|few)\s+)?"
                         r"(seconds|minutes|hours|days|weeks|months|years|decades|centuries|annual)")


def _normalise_span(text: str, start: int, end: int, ctx: Context) -> Resolved | None:
    """Value of a span found by spaCy: the first rule that matches all of it, if any."""
    for rule in RULES:
        m = rule.pattern.fullmatch(text, start, end)
        if m is not None:
            return rule.handler(m, ctx)
    m = _VAGUE_SPAN.fullmatch(text, start, end)
    if m is not None:
        return Resolved(_VAGUE_UNITS[m[1].lower()], "unknown", "explicit")
    return None


def _spacy_extra(doc: Doc, text: str, taken: list[tuple[int, int]], ctx: Context
                 ) -> list[tuple[int, int, str, Resolved]]:
    """spaCy DATE/TIME entities that no rule found (nor overlaps), ages left out."""
    out: list[tuple[int, int, str, Resolved]] = []
    occupied = bytearray(len(text))
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    for ent in doc.ents:
        if ent.label_ not in _SPACY_LABELS or any(occupied[ent.start_char:ent.end_char]):
            continue
        if _AGE.search(ent.text) or not any(ch.isalpha() for ch in ent.text):
            continue  # ages, and bare numbers the model took for dates (years are the rules' job)
        if len(ent) == 1 and ent[0].pos_ == "ADV":
            continue  # "quarterly", "seasonally": manner, not time
        if len(ent) == 1 and {"<weekday>", "<month>"} & set(trigger_keys(ent.text)):
            continue  # a lone day or month name the rules turned down ("Bloody Sunday", "by May")
        end = ent.end_char - 2 if ent.text.endswith(("'s", "’s")) else ent.end_char
        resolved = _normalise_span(text, ent.start_char, end, ctx) or unresolved()
        out.append((ent.start_char, end, "spacy", resolved))
    return out


_JOIN = re.compile(r"[\s,]*")


def _merge_clock_dates(found: list[tuple[int, int, str, Resolved]], text: str) -> list[tuple[int, int, str, Resolved]]:
    """'5 p.m. EST Nov. 9' and 'Friday 10:30' are one expression: the day's date with the clock time."""
    out: list[tuple[int, int, str, Resolved]] = []
    for item in found:
        if out:
            prev = out[-1]
            names = {prev[2], item[2]}
            if "clock" in names and len(names) == 2 and _JOIN.fullmatch(text, prev[1], item[0]):
                clock, date = (prev, item) if prev[2] == "clock" else (item, prev)
                dv, cv = date[3], clock[3]
                if dv.precision == "day" and dv.value and dv.date is not None:
                    time_part = cv.value.split("T", 1)[1] if cv.value and "T" in cv.value else None
                    value = f"{dv.date.isoformat()}T{time_part}" if time_part else dv.value
                    out[-1] = (prev[0], item[1], "date_time", Resolved(value, "day", dv.anchor, dv.date))
                    continue
        out.append(item)
    return out


def times(doc: Doc, document: Document, lexicon: Lexicon) -> tuple[TimeExpr, ...]:
    """Time expressions of ``doc`` in text order (ids t1, t2, ...), resolved against ``document.published``."""
    text = document.text  # the Doc was parsed from it: same characters, and doc.text is costly to rebuild
    ctx = Context(
        pub=_publication_day(document.published),
        tense=lambda s, e: _tense_at(doc, s, e),
        is_year=lambda s, e: _is_year(doc, s, e),
        text=text,
    )
    found = _candidates(doc, text, ctx)
    found += _spacy_extra(doc, text, [(s, e) for s, e, _, _ in found], ctx)
    found.sort(key=lambda f: f[0])
    found = _merge_clock_dates(found, text)
    return tuple(
        TimeExpr(id=f"t{i}", span=TextSpan(s, e, text[s:e]), value=r.value, precision=r.precision,
                 anchor=r.anchor, date=r.date)
        for i, (s, e, _, r) in enumerate(found, 1)
    )


_NOT_WHEN = re.compile(r"P[\dXT]|XXXX|(?:PAST|PRESENT|FUTURE)_REF")


def _is_clause_time(t: TimeExpr) -> bool:
    # Durations (P3Y), recurrences (XXXX-WXX-4) and vague references (PAST_REF) do not say when.
    return t.value is None or not _NOT_WHEN.match(t.value)


_INTERVAL_EDGES = {"since", "until", "till", "through"}


def time_in_clause(doc: Doc, target: int | Token | Span, times: tuple[TimeExpr, ...]) -> TimeExpr | None:
    """The time expression dating the clause of ``target`` (a token index, token or span), or None.

    A time belongs to a clause when the verb governing it is the clause's verb ("met ... on
    Saturday", "said Tuesday", "On Wednesday, the council issued ..."). Times that modify a noun
    ("a 2023 protocol"), durations and recurrences are not clause times. A verb coordinated with
    another ("met on Saturday and discussed ...") shares that verb's time when it has none itself.
    Among several, a resolved one nearest to the verb wins.
    """
    if isinstance(target, int):
        token = doc[target]
    elif isinstance(target, Span):
        token = target.root
    else:
        token = target
    verb = clause_verb(token)
    if verb is None or not times:
        return None
    by_verb: dict[int, list[TimeExpr]] = {}
    for t in times:
        if not _is_clause_time(t):
            continue
        root = _span_root(doc, t.span.start, t.span.end)
        if root is None:
            continue
        if root.dep_ in _NOUN_MODIFIER_DEPS and root.head.i > root.i and root.head.pos_ not in _VERBISH:
            continue
        if root.dep_ == "pobj" and root.head.lower_ in _INTERVAL_EDGES:
            continue  # "the worst violence since 2022", "stays until May": an edge of a period, not the date
        governor = clause_verb(root.head) if root.head.i != root.i else None
        if governor is not None:
            by_verb.setdefault(governor.i, []).append(t)
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None or v.i not in by_verb:
            continue
        candidates = by_verb[v.i]
        return min(candidates, key=lambda t: (t.value is None, abs(t.span.start - v.idx)))
    return None

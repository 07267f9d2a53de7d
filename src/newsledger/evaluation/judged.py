"""Score events, speakers and actors against real-news judgements written by hand (issue 15 item 5).

The gold file (``tests/data/judged/real_news.yaml``) names real texts of the shared eval folder
(``$NEWSLEDGER_EVAL_DATA``: ``polnear`` doc ids, ``real_pages`` page ids, ``meantime`` and ``conll`` doc ids, as in
:mod:`newsledger.evaluation.contradictions`) or carries its own ``text``, and lists per article the events
an analyst would code, the statements of named office holders and the main actors. Its
``judged_after_run`` section holds the verdicts, written by hand after a run, on predicted events that
match no expected one.

Per article and over all:

- event recall: an expected event is *found* when a predicted event of one of its types has evidence
  overlapping the expected evidence's sentence, *right* when that event's source and target also match
  (a name variant, or an ISO3 code matching the entity's country; ``null`` = no actor, ``"any"`` = not judged);
- coded events right (precision): a predicted event is right when it matches an expected one in type,
  source and target, or a judgement after the run calls it right; the others are listed with their sentence.
  The match may lie anywhere in the article (a retelling in another sentence is no second event to judge), so
  this is generous where a gold party is ``"any"``; ``coded_right_same_sentence`` is the strict reading: the
  expected event's sentence must overlap the coded one's evidence (or a verdict calls it right). The two bound
  the figure an analyst reading every coding would give;
- factuality errors: a found event whose factuality is not the expected one (``claimed`` = told only by a
  speaker: a predicted event reported by a statement or not actual is fine, a bare asserted one is an error;
  ``hypothetical`` and ``planned`` pass for each other);
- speakers: the share of expected office-holder statements whose attributed speaker has the right country;
- actors: expected actors with the right country, and duplicates (more than one entity for one person).

    python -m newsledger.evaluation.judged FILE [--explain] [--markdown] [--eval-data DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..config import Settings
from ..models import Analysis, Entity, Event
from .agreements import _Index
from .contradictions import _FOLD, EVAL_ENV, CorpusError, _Corpora, _date, _phrase, analyze_batch, is_heldout

__all__ = ["ArticleScore", "JudgedArticle", "Totals", "factuality", "factuality_ok", "load_judged", "main", "markdown",
           "score_analysis", "score_articles"]

ANY = "any"
NON_ACTUAL = frozenset({"hypothetical", "planned"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n+")
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|sir|sen|rep|gov)\.?\s+")


@dataclass(frozen=True)
class JudgedArticle:
    """One judged article: its text, date and the expected events, statements and actors."""

    id: str
    text: str
    published: dt.date | None
    events: tuple[dict[str, Any], ...]
    speakers: tuple[dict[str, Any], ...]
    actors: tuple[dict[str, Any], ...]
    verdicts: tuple[dict[str, Any], ...] = ()


def load_judged(path: str | Path, eval_dir: Path | None = None) -> list[JudgedArticle]:
    """The articles of one judgement file, texts resolved, each with its after-run verdicts."""
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    corpora = _Corpora(eval_dir)
    verdicts: dict[str, list[dict[str, Any]]] = {}
    for v in data.get("judged_after_run") or []:
        verdicts.setdefault(v["article"], []).append(v)
    out = []
    for art in data["articles"]:
        if "text" in art:
            text, published = art["text"], _date(art.get("published"))
        else:
            text, published = corpora.text(art["corpus"], str(art["doc"]))
            published = published or _date(art.get("published"))
        out.append(JudgedArticle(art["id"], text, published, tuple(art.get("events") or ()),
                                 tuple(art.get("speakers") or ()), tuple(art.get("actors") or ()),
                                 tuple(verdicts.get(art["id"], ()))))
    return out


# --- matching --------------------------------------------------------------------------------------


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _norm(name: str) -> str:
    name = re.sub(r"['\u2019]s$", "", name.translate(_FOLD).strip().lower())
    return _HONORIFIC.sub("", re.sub(r"\s+", " ", name))


class _Article:
    """One analysis with the lookups the scoring needs."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.text = analysis.document.text.translate(_FOLD)  # same length: offsets stay valid
        self.index = _Index(analysis)
        self.entities = {e.id: e for e in analysis.entities}
        self.bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)] + [len(self.text)]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The span of the sentences covering ``start:end``."""
        s = max(b for b in self.bounds if b <= start)
        e = min((b for b in self.bounds if b >= end), default=len(self.text))
        return s, e

    def find(self, words: str) -> tuple[int, int] | None:
        m = _phrase(words).search(self.text)
        return (m.start(), m.end()) if m else None

    def party(self, eid: str | None, spec: Any) -> bool:
        """The entity ``eid`` is the gold party ``spec`` (None: no actor; "any": not judged)."""
        if spec is None:
            return eid is None
        aliases = [str(a) for a in _list(spec) if a is not None]
        if ANY in aliases:
            return True
        return self.index.is_actor(eid, aliases)

    def matches(self, ev: Event, gold: dict[str, Any]) -> bool:
        return (ev.type in _list(gold["type"]) and self.party(ev.source, gold.get("source"))
                and self.party(ev.target, gold.get("target")))


def factuality(ev: Event) -> str:
    """A predicted event's factuality in the gold's words."""
    if ev.polarity == "negated":
        return "negated"
    if ev.modality in ("hypothetical", "obligation"):
        return "hypothetical"
    if ev.modality in ("intention", "future"):
        return "planned"
    return "claimed" if ev.reported_by else "asserted"


def factuality_ok(got: str, want: Any) -> bool:
    """A predicted factuality agrees with the gold's (one value or a list of acceptable ones)."""
    wanted = {str(w) for w in _list(want)}
    if got in wanted:
        return True
    if got in NON_ACTUAL and wanted & NON_ACTUAL:
        return True
    if "claimed" in wanted and got in NON_ACTUAL:
        return True
    return got == "claimed" and "asserted" in wanted


def _person_keys(ent: Entity) -> set[str]:
    return {_norm(ent.name)} | {_norm(m.text) for m in ent.mentions}


def _is_actor(ent: Entity, names: list[str]) -> bool:
    keys = _person_keys(ent)
    wanted = {_norm(n) for n in names}
    return bool(keys & wanted) or any(k.endswith(" " + w) for k in keys for w in wanted if " " in w)


# --- scoring ---------------------------------------------------------------------------------------


@dataclass
class ArticleScore:
    """One article's counts, with its misses and the coded events no judgement covers (``unjudged``)."""

    id: str
    expected: int = 0
    found: int = 0
    found_right: int = 0
    predicted: int = 0
    predicted_right: int = 0
    predicted_right_here: int = 0
    factuality_errors: int = 0
    speakers_expected: int = 0
    speakers_right: int = 0
    actors_expected: int = 0
    actors_country_right: int = 0
    duplicate_actors: int = 0
    misses: list[str] = field(default_factory=list)
    unjudged: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        """The article's figures for the report."""
        return {"events_expected": self.expected, "found": self.found, "right": self.found_right,
                "coded": self.predicted, "coded_right": self.predicted_right,
                "precision": _ratio(self.predicted_right, self.predicted), "recall": _ratio(self.found, self.expected),
                "factuality_errors": self.factuality_errors,
                "speakers": f"{self.speakers_right}/{self.speakers_expected}",
                "actor_country": f"{self.actors_country_right}/{self.actors_expected}",
                "duplicate_actors": self.duplicate_actors}


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def _verdict(art: _Article, ev: Event, verdicts: Sequence[dict[str, Any]]) -> str | None:
    s, e = art.sentence(ev.evidence.start, ev.evidence.end)
    for v in verdicts:
        if v.get("type") == ev.type and _phrase(str(v["sentence_contains"])).search(art.text[s:e]):
            return str(v["verdict"])
    return None


def score_analysis(gold: JudgedArticle, analysis: Analysis) -> ArticleScore:
    """Compare one analysis with one article's judgements."""
    art = _Article(analysis)
    out = ArticleScore(gold.id)
    events = analysis.events
    wrong_factuality: set[str] = set()  # a predicted event is one error, even where it serves two expected ones
    told: list[tuple[dict[str, Any], int, int]] = []  # each expected event with the sentences that tell it
    for g in gold.events:
        out.expected += 1
        where = art.find(str(g["evidence_contains"]))
        if where is None:
            out.misses.append(f"evidence not in text: {g['evidence_contains']!r}")
            continue
        s, e = art.sentence(*where)
        told.append((g, s, e))
        cands = [ev for ev in events if ev.type in _list(g["type"]) and ev.evidence.start < e and ev.evidence.end > s]
        label = f"{'/'.join(_list(g['type']))} {g['evidence_contains']!r}"
        if not cands:
            out.misses.append(f"missed {label}")
            continue
        out.found += 1
        best = next((ev for ev in cands if art.matches(ev, g)), cands[0])
        if art.matches(best, g):
            out.found_right += 1
        else:
            out.misses.append(f"arguments {label}: {_describe(art, best)}")
        got = factuality(best)
        if not factuality_ok(got, g.get("factuality", "asserted")) and best.id not in wrong_factuality:
            wrong_factuality.add(best.id)
            out.factuality_errors += 1
            out.misses.append(f"factuality {label}: {got}, expected {g.get('factuality', 'asserted')}")
    for ev in events:
        out.predicted += 1
        if any(art.matches(ev, g) for g in gold.events):
            out.predicted_right += 1
            if any(ev.evidence.start < e and ev.evidence.end > s and art.matches(ev, g) for g, s, e in told):
                out.predicted_right_here += 1
            continue
        verdict = _verdict(art, ev, gold.verdicts)
        if verdict == "right":
            out.predicted_right += 1
            out.predicted_right_here += 1
        else:
            s, e = art.sentence(ev.evidence.start, ev.evidence.end)
            line = f"{_describe(art, ev)} | {art.text[s:e].strip()[:200]}"
            (out.wrong if verdict == "wrong" else out.unjudged).append(line)
    _score_speakers(art, gold, out)
    _score_actors(art, gold, out)
    return out


def _describe(art: _Article, ev: Event) -> str:
    def name(eid: str | None) -> str:
        ent = art.entities.get(eid or "")
        return f"{ent.name}[{ent.country or '-'}]" if ent else "-"
    return f"{ev.type} {name(ev.source)} -> {name(ev.target)} ({factuality(ev)}) {ev.evidence.text!r}"


def _score_speakers(art: _Article, gold: JudgedArticle, out: ArticleScore) -> None:
    for g in gold.speakers:
        out.speakers_expected += 1
        where = art.find(str(g["evidence_contains"]))
        stmts = [] if where is None else [
            st for st in art.analysis.statements if st.content.start < where[1] and st.content.end > where[0]]
        ents = [art.entities.get(st.speaker or "") for st in stmts]
        if any(ent is not None and ent.country == g["country"] for ent in ents):
            out.speakers_right += 1
            continue
        got = ", ".join(f"{ent.name}[{ent.country or '-'}]" if ent else "no speaker" for ent in ents) or "no statement"
        out.misses.append(f"speaker {g['speaker'][0]} ({g['country']}) of {g['evidence_contains']!r}: {got}")


def _score_actors(art: _Article, gold: JudgedArticle, out: ArticleScore) -> None:
    for g in gold.actors:
        names = [str(n) for n in _list(g["names"])]
        ents = [ent for ent in art.analysis.entities if _is_actor(ent, names)]
        out.actors_expected += 1
        if ents and any(ent.country == g.get("country") for ent in ents):
            out.actors_country_right += 1
        else:
            got = ", ".join(f"{ent.name}[{ent.country or '-'}]" for ent in ents) or "no entity"
            out.misses.append(f"actor {names[0]} ({g.get('country')}): {got}")
        if len(ents) > 1:
            out.duplicate_actors += len(ents) - 1
            out.misses.append(f"duplicate actors for {names[0]}: " + ", ".join(ent.name for ent in ents))


@dataclass(frozen=True)
class Totals:
    """The scores of several articles, summed in :meth:`summary`."""

    articles: tuple[ArticleScore, ...]

    def total(self, name: str) -> int:
        """The sum of one count (an :class:`ArticleScore` field) over the articles."""
        return sum(getattr(a, name) for a in self.articles)

    def summary(self) -> dict[str, Any]:
        """The totals over all articles, as ratios where the issue's targets are ratios."""
        s = self.total
        n = len(self.articles)
        return {
            "articles": n,
            "events_expected": s("expected"),
            "event_recall": _ratio(s("found"), s("expected")),
            "event_recall_right": _ratio(s("found_right"), s("expected")),
            "events_coded": s("predicted"),
            "coded_right": _ratio(s("predicted_right"), s("predicted")),
            "coded_right_same_sentence": _ratio(s("predicted_right_here"), s("predicted")),
            "coded_unjudged": sum(len(a.unjudged) for a in self.articles),
            "factuality_errors": s("factuality_errors"),
            "factuality_errors_per_five_articles": round(5 * s("factuality_errors") / n, 2) if n else 0.0,
            "speakers_expected": s("speakers_expected"),
            "speaker_country_right": _ratio(s("speakers_right"), s("speakers_expected")),
            "actor_country_right": _ratio(s("actors_country_right"), s("actors_expected")),
            "duplicate_actors": s("duplicate_actors"),
        }


def score_articles(articles: Sequence[JudgedArticle], settings: Settings | None = None) -> Totals:
    """Analyse the articles in one batch (one model load) and score each; a skipped text scores as empty."""
    analysed = analyze_batch([(a.text, f"judged:{a.id}", a.published) for a in articles], settings)
    return Totals(tuple(score_analysis(art, analysis) for art, (analysis, _skip) in zip(articles, analysed,
                                                                                      strict=True)))


def markdown(totals: Totals) -> str:
    """The per-article table and the totals, for docs/ACCURACY.md."""
    lines = ["| article | expected | found | right | coded | coded right | precision | recall | fact. errors"
             " | speakers right country | duplicate actors |", "|" + " --- |" * 11]
    for a in totals.articles:
        r = a.row()
        lines.append(f"| {a.id} | {a.expected} | {a.found} | {a.found_right} | {a.predicted} | {a.predicted_right}"
                     f" | {r['precision']:.2f} | {r['recall']:.2f} | {a.factuality_errors} | {r['speakers']}"
                     f" | {a.duplicate_actors} |")
    t = totals.summary()
    lines.append(f"| **all {t['articles']}** | {t['events_expected']} | {totals.total('found')} | "
                 f"{totals.total('found_right')} | {t['events_coded']} | {totals.total('predicted_right')} | "
                 f"{t['coded_right']:.2f} | {t['event_recall']:.2f} | {t['factuality_errors']} | "
                 f"{totals.total('speakers_right')}/{t['speakers_expected']} | {t['duplicate_actors']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: score a judgement file and print the JSON report (or the Markdown table)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", help="real-news judgement file (YAML)")
    parser.add_argument("--explain", action="store_true",
                        help="list misses and the coded events no judgement covers (not for held-out files)")
    parser.add_argument("--markdown", action="store_true", help="print the per-article table for docs/ACCURACY.md")
    parser.add_argument("--eval-data", type=Path, help=f"the shared eval folder (default: ${EVAL_ENV})")
    args = parser.parse_args(argv)
    eval_dir = args.eval_data or (Path(os.environ[EVAL_ENV]) if os.environ.get(EVAL_ENV) else None)
    try:
        totals = score_articles(load_judged(args.file, eval_dir))
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.markdown:
        print(markdown(totals))
        return 0
    report: dict[str, Any] = {"all": totals.summary(), "articles": {a.id: a.row() for a in totals.articles}}
    if args.explain and not is_heldout(args.file):
        report["explain"] = {a.id: {"misses": a.misses, "unjudged": a.unjudged, "judged_wrong": a.wrong}
                             for a in totals.articles}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

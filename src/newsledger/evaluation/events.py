"""Score the events stage on the PLOVER and CAMEO gold sets in ``../shared/eval``.

Four dev sets, one report each, with a keyword baseline measured in the same run:

- ``events_plover_gsr``: one human-coded PLOVER event per sentence (2016 labels,
  mapped by :data:`PLOVER_2016`), with the actors' spans and ISO3 codes.
- ``events_petr2_gsr``: CAMEO-coded news sentences (codes mapped to PLOVER by
  the conversion table in ``events_plover_gsr/reference/``, overridden where the
  manual decides otherwise, :data:`MANUAL_OVERRIDES`), Phoenix actor codes.
- ``events_petrarch_validation``: PETRARCH's validation suites (CAMEO codes, fictional actors),
  one report per suite, types only.
- ``events_case2021_task2``: one ACLED-style label per snippet, mapped to the
  PLOVER types that fit it (:data:`CASE_TYPES`); no actors.

Matching rules (see docs/ACCURACY.md):

- *type recall*: some predicted event of the sentence has the gold type;
- *type accuracy*: the predicted event chosen as the coded one (its evidence
  overlaps the gold event words, else the sentence's first event) has the gold type;
- *source / target accuracy*, over sentences whose type is found: the best event
  of that type has a source (target) entity with a mention overlapping the gold
  actor's span, or whose country is the gold actor's ISO3 code (for the reciprocal
  SRC/TAR markup, any of the listed actors);
- *extra events per sentence*: predicted events beyond the one matched.

    python -m newsledger.evaluation.events ../shared/eval
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..config import Settings, load_settings
from ..extract import analyze_parsed
from ..lexicon import Lexicon, load_lexicon
from ..models import Analysis, Document, Event
from ..parse import Parsed, parse
from ..pipeline import run
from .tabari import read_actor_dictionary, write_actor_vocabulary

__all__ = ["CASE_TYPES", "MANUAL_OVERRIDES", "PLOVER_2016", "Prediction", "cameo_to_plover", "evaluate_all",
           "evaluate_case", "evaluate_petr2", "evaluate_petrarch_validation", "evaluate_plover", "keyword_baseline"]

# PLOVER v0.5b1 (2016) labels that the 2021 ontology renamed or merged.
PLOVER_2016 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# Where the PLOVER manual decides differently from the CAMEO conversion table.
MANUAL_OVERRIDES = {"163": "SANCTION", "055": "CONCEDE", "116": "SANCTION", "0813": "CONCEDE", "0814": "CONCEDE"}

# ACLED-style labels (CASE 2021 task 2) -> the PLOVER types that code them. Labels with no
# PLOVER counterpart (disasters, crime, attributions, group changes) map to nothing: a
# predicted event there is counted as out of scope, not as wrong.
CASE_TYPES: dict[str, frozenset[str]] = {
    "ARMED_CLASH": frozenset({"ASSAULT"}),
    "AIR_STRIKE": frozenset({"ASSAULT"}),
    "ART_MISS_ATTACK": frozenset({"ASSAULT"}),
    "ATTACK": frozenset({"ASSAULT"}),
    "CHEM_WEAP": frozenset({"ASSAULT"}),
    "GRENADE": frozenset({"ASSAULT"}),
    "REM_EXPLOS": frozenset({"ASSAULT"}),
    "SUIC_BOMB": frozenset({"ASSAULT"}),
    "SEX_VIOL": frozenset({"ASSAULT"}),
    "ABDUCT_DISSAP": frozenset({"ASSAULT", "COERCE"}),
    "MOB_VIOL": frozenset({"ASSAULT", "PROTEST"}),
    "PROPERTY_DISTRUCT": frozenset({"ASSAULT", "COERCE", "PROTEST"}),
    "FORCE_AGAINST_PROTEST": frozenset({"ASSAULT", "COERCE"}),
    "GOV_REGAINS_TERIT": frozenset({"ASSAULT", "COERCE"}),
    "NON_STATE_ACTOR_OVERTAKES_TER": frozenset({"ASSAULT", "COERCE"}),
    "NON_VIOL_TERRIT_TRANSFER": frozenset({"RETREAT", "CONCEDE"}),
    "PEACE_PROTEST": frozenset({"PROTEST"}),
    "PROTEST_WITH_INTER": frozenset({"PROTEST"}),
    "VIOL_DEMONSTR": frozenset({"PROTEST"}),
    "ARREST": frozenset({"COERCE"}),
    "DISR_WEAP": frozenset({"COERCE", "MOBILIZE"}),
    "HQ_ESTABLISHED": frozenset({"MOBILIZE"}),
    "AGREEMENT": frozenset({"AGREE", "SUPPORT"}),
    "DIPLO": frozenset({"CONSULT", "SUPPORT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "SANCTION"}),
}
_OUT_OF_SCOPE = frozenset({"CHANGE_TO_GROUP_ACT", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ATTRIB",
                           "OTHER"})
_ISO3 = re.compile(r"^[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class _Actor:
    spans: tuple[tuple[int, int], ...]
    codes: frozenset[str]


@dataclass(frozen=True, slots=True)
class Prediction:
    """What one system said about one sentence: its events and its entities' mentions and countries."""

    events: tuple[Event, ...]
    mentions: dict[str, tuple[tuple[int, int], ...]]
    countries: dict[str, str | None]

    @classmethod
    def of(cls, analysis: Analysis) -> Prediction:
        return cls(analysis.events,
                   {e.id: tuple((m.start, m.end) for m in e.mentions) for e in analysis.entities},
                   {e.id: e.country for e in analysis.entities})

    def is_actor(self, entity_id: str | None, actor: _Actor) -> bool:
        if entity_id is None:
            return False
        if self.countries.get(entity_id) in actor.codes:
            return True
        return any(s < ge and gs < e for s, e in self.mentions.get(entity_id, ()) for gs, ge in actor.spans)


def keyword_baseline(parsed: Parsed, lexicon: Lexicon) -> Prediction:
    """The baseline: the first word of the sentence found in the lexicon gives the type; the first and
    second named entities in the text are source and target. No parse structure, no factuality."""
    lex = lexicon.events
    etype = None
    for tok in parsed.doc:
        lemma = tok.lemma_.lower()
        trig = lex.verbs.get(lemma) if tok.pos_ == "VERB" else lex.nouns.get(lemma) if tok.pos_ == "NOUN" else None
        if trig is not None:
            etype = trig
            break
    ents = [e for e in parsed.doc.ents if e.label_ in ("GPE", "NORP", "ORG", "PERSON")]
    mentions: dict[str, tuple[tuple[int, int], ...]] = {
        f"b{i}": ((e.start_char, e.end_char),) for i, e in enumerate(ents)}
    if etype is None:
        return Prediction((), mentions, {})
    span = parsed.doc[:1]
    from ..models import Span

    ev = Event("v1", etype.type, Span(span.start_char, span.end_char, span.text), mode=etype.mode,
               cameo=etype.cameo, source="b0" if ents else None, target="b1" if len(ents) > 1 else None)
    return Prediction((ev,), mentions, {})


def _predict(texts: Iterable[str], settings: Settings, published: str | None) -> Iterator[tuple[Prediction,
                                                                                                Prediction]]:
    """(newsledger, baseline) predictions per text: one parse each, language check skipped (sentences are
    English; very short ones would otherwise be mistaken for another language)."""
    import datetime as dt

    day = dt.date.fromisoformat(published) if published else None
    docs = (Document(text=t, published=day, language="en", origin=f"eval:{i}") for i, t in enumerate(texts))
    lexicon = load_lexicon(settings)
    for item in run(docs, [partial(parse, settings=settings)]):
        if not isinstance(item, Parsed):
            yield Prediction((), {}, {}), Prediction((), {}, {})
            continue
        yield Prediction.of(analyze_parsed(item, lexicon)), keyword_baseline(item, lexicon)


@dataclass
class Report:
    """Scores of one system on one gold set."""

    sentences: int = 0
    events_gold: int = 0
    type_found: int = 0
    type_first: int = 0
    source_checks: int = 0
    source_right: int = 0
    target_checks: int = 0
    target_right: int = 0
    predicted: int = 0
    extra: int = 0
    empty_gold: int = 0
    empty_gold_with_events: int = 0
    extras: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {
            "sentences": self.sentences,
            "events_gold": self.events_gold,
            "type_recall": ratio(self.type_found, self.events_gold),
            "type_accuracy": ratio(self.type_first, self.events_gold),
            "source_accuracy": ratio(self.source_right, self.source_checks),
            "target_accuracy": ratio(self.target_right, self.target_checks),
            "source_checks": self.source_checks,
            "target_checks": self.target_checks,
            "events_per_sentence": ratio(self.predicted, self.sentences),
            "extra_per_sentence": ratio(self.extra, self.sentences),
            "no_event_sentences_with_events": ratio(self.empty_gold_with_events, self.empty_gold),
        }


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _score_one(report: Report, pred: Prediction, gold_types: list[str], sources: list[_Actor],
               targets: list[_Actor], evt_spans: list[tuple[int, int]], reciprocal: bool) -> None:
    """Add one gold event (or none) of one sentence to ``report``."""
    report.predicted += len(pred.events)
    if not gold_types:
        report.empty_gold += 1
        report.empty_gold_with_events += bool(pred.events)
        report.extra += len(pred.events)
        return
    report.events_gold += 1
    wanted = set(gold_types)
    coded = [ev for ev in pred.events if any(ev.evidence.start < e and s < ev.evidence.end for s, e in evt_spans)]
    first = (coded or list(pred.events))[:1]
    report.type_first += bool(first and first[0].type in wanted)
    hits = [ev for ev in pred.events if ev.type in wanted]
    if not hits:
        report.extra += len(pred.events)
        for ev in pred.events:
            report.extras[ev.type] = report.extras.get(ev.type, 0) + 1
        return
    report.type_found += 1
    report.extra += len(pred.events) - 1

    def src_ok(ev: Event) -> bool:
        return any(pred.is_actor(ev.source, a) for a in sources)

    def tgt_ok(ev: Event) -> bool:
        # Reciprocal events (SRC/TAR markup) list every party as a source: the target is one of them.
        return any(pred.is_actor(ev.target, a) for a in (sources if reciprocal else targets))

    best = max(hits, key=lambda ev: (src_ok(ev), tgt_ok(ev)))
    if sources:
        report.source_checks += 1
        report.source_right += src_ok(best)
    if targets or (reciprocal and len(sources) > 1):
        report.target_checks += 1
        report.target_right += tgt_ok(best)


def _span_of(text: str, needle: str) -> tuple[int, int] | None:
    i = text.find(needle) if needle else -1
    return (i, i + len(needle)) if i >= 0 else None


def _gsr_actors(text: str, spans: list[dict[str, Any]], items: list[dict[str, Any]],
                labels: tuple[str, ...]) -> list[_Actor]:
    """Gold actors with their markup spans (or, where the markup is missing, where their text occurs)."""
    out = []
    for a in items:
        found = [(s["start"], s["end"]) for s in spans if s["label"] in labels
                 and (a["actorText"] in s["text"] or s["text"] in a["actorText"])]
        if not found:
            hit = _span_of(text, a["actorText"])
            found = [hit] if hit else []
        code = str(a.get("code") or "")
        out.append(_Actor(tuple(found), frozenset({code[:3]} if _ISO3.match(code) else set())))
    return out


def evaluate_plover(eval_dir: Path, settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    """PLOVER GSR dev: newsledger and the keyword baseline."""
    rows = _read(Path(eval_dir) / "events_plover_gsr" / "dev.jsonl")
    ours, base = Report(), Report()
    preds = _predict((r["text"] for r in rows), settings or load_settings(), "2000-01-01")
    for row, (mine, theirs) in zip(rows, preds, strict=True):
        gold = row["gold_event"]
        etype = PLOVER_2016.get(gold["event"], gold["event"])
        spans = row.get("markup_spans") or []
        reciprocal = any(s["label"] == "SRC/TAR" for s in spans) or (len(gold["source"]) > 1 and not gold["target"])

        sources = _gsr_actors(row["text"], spans, gold["source"], ("SRC", "SRC/TAR"))
        targets = _gsr_actors(row["text"], spans, gold["target"], ("TAR", "SRC/TAR"))
        evt = [(s["start"], s["end"]) for s in spans if s["label"] == "EVT"]
        for report, pred in ((ours, mine), (base, theirs)):
            report.sentences += 1
            _score_one(report, pred, [etype], sources, targets, evt, reciprocal)
    return {"newsledger": ours.as_dict(), "baseline": base.as_dict(),
            "missed_as": dict(sorted(ours.extras.items()))}


def cameo_to_plover(eval_dir: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the conversion table in the gold set's reference folder,
    with the manual's decisions (:data:`MANUAL_OVERRIDES`) over it."""
    table: dict[str, str] = {}
    path = Path(eval_dir) / "events_plover_gsr" / "reference" / "CAMEO2PLOVER-2021.txt"
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    table.update(MANUAL_OVERRIDES)
    return table


def _plover_of(code: str, table: dict[str, str]) -> str | None:
    for n in (len(code), 3, 2):
        if code[:n] in table:
            return table[code[:n]]
    return None


def evaluate_petr2(eval_dir: Path, settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    """PETRARCH-2 GSR dev: CAMEO codings mapped to PLOVER; actors by the country part of their code."""
    rows = [r for r in _read(Path(eval_dir) / "events_petr2_gsr" / "dev.jsonl") if not r.get("expected_error")]
    table = cameo_to_plover(eval_dir)
    ours, base = Report(), Report()
    preds = _predict((r["text"] for r in rows), settings or load_settings(), None)
    for row, (mine, theirs) in zip(rows, preds, strict=True):
        golds = [] if row.get("noevents") else row.get("gold_events") or []
        for report, pred in ((ours, mine), (base, theirs)):
            report.sentences += 1
            if not golds:
                _score_one(report, pred, [], [], [], [], False)
                continue
            # A sentence's codings score as one gold event: any of its types, any of its dyads.
            types = [t for t in (_plover_of(g["event"], table) for g in golds) if t]
            src = [_Actor((), frozenset({g["source"][:3]})) for g in golds if _ISO3.match(g.get("source", ""))]
            tgt = [_Actor((), frozenset({g["target"][:3]})) for g in golds if _ISO3.match(g.get("target", ""))]
            _score_one(report, pred, types, src, tgt, [], False)
    return {"newsledger": ours.as_dict(), "baseline": base.as_dict()}


def evaluate_petrarch_validation(eval_dir: Path, settings: Settings | None = None,
                                 own_dictionary: bool = True) -> dict[str, dict[str, Any]]:
    """PETRARCH validation suites (dev half), one report per suite: CAMEO codings mapped to PLOVER.

    The actors are fictional: their names and codes mean something only with each suite's own actor
    dictionary, which PETRARCH itself needs to code anything. With ``own_dictionary`` (the default) each
    suite is run as PETRARCH runs it, with its dictionary given as the user's actor vocabulary
    (:mod:`.tabari`, read at run time from the suite's ``reference/`` folder), and the sources and targets
    are checked by the country part of their codes; without it, on the shipped vocabularies alone, only
    types are scored. Type recall is over records with a coded event; records that should give none count
    how often they give one. Error cases and records the suite authors bypass are left out.
    """
    folder = Path(eval_dir) / "events_petrarch_validation"
    rows = [r for r in _read(folder / "dev.jsonl")
            if not r.get("expected_error") and r.get("evaluate", True) is not False]
    table = cameo_to_plover(eval_dir)
    base = settings or load_settings()
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for suite in sorted({r["suite"] for r in rows}):
            mine = [r for r in rows if r["suite"] == suite]
            suite_settings = base
            if own_dictionary:
                vocabulary = write_actor_vocabulary(read_actor_dictionary(_suite_actors(folder, suite)),
                                                    Path(tmp) / f"{suite}.tsv")
                suite_settings = base.replace(actors_file=str(vocabulary))
            out[suite] = _score_validation_suite(mine, table, suite_settings, own_dictionary)
    return out


def _suite_actors(folder: Path, suite: str) -> Path:
    """The actor dictionary a validation suite is coded against."""
    prefix = suite.split("_")[0]
    found = sorted(p for p in (folder / "reference").glob(f"{prefix}_*ctors*.txt"))
    if not found:
        raise FileNotFoundError(f"no actor dictionary for suite {suite!r} in {folder / 'reference'}")
    return found[0]


def _score_validation_suite(rows: list[dict[str, Any]], table: dict[str, str], settings: Settings,
                            with_actors: bool) -> dict[str, Any]:
    ours, theirs = Report(), Report()
    for row, preds in zip(rows, _predict((r["text"] for r in rows), settings, None), strict=True):
        golds = [] if row.get("noevents") else row.get("gold_events") or []
        types = [t for t in (_plover_of(g["event"], table) for g in golds) if t]
        if golds and not types:
            continue  # codings outside PLOVER (statements, appeals): nothing to score
        scored = [g for g in golds if _plover_of(g["event"], table)] if with_actors else []
        src = [_Actor((), frozenset({g["source"][:3]})) for g in scored if _ISO3.match(g.get("source", ""))]
        tgt = [_Actor((), frozenset({g["target"][:3]})) for g in scored if _ISO3.match(g.get("target", ""))]
        for report, pred in zip((ours, theirs), preds, strict=True):
            report.sentences += 1
            _score_one(report, pred, types, src, tgt, [], False)
    return {"newsledger": ours.as_dict(), "baseline": theirs.as_dict()}


def evaluate_case(eval_dir: Path, settings: Settings | None = None) -> dict[str, dict[str, Any]]:
    """CASE 2021 task 2 dev: does a snippet yield an event of a PLOVER type that fits its label?"""
    rows = _read(Path(eval_dir) / "events_case2021_task2" / "dev.jsonl")
    out: dict[str, dict[str, Any]] = {}
    scores = {"newsledger": [0, 0, 0, 0, 0], "baseline": [0, 0, 0, 0, 0]}  # in scope, any, first, oos, oos+ev
    preds = _predict((r["text"] for r in rows), settings or load_settings(), None)
    for row, (mine, theirs) in zip(rows, preds, strict=True):
        label = row["gold_label"]
        for name, pred in (("newsledger", mine), ("baseline", theirs)):
            s = scores[name]
            if label in _OUT_OF_SCOPE or label not in CASE_TYPES:
                s[3] += 1
                s[4] += bool(pred.events)
                continue
            fits = CASE_TYPES[label]
            s[0] += 1
            s[1] += any(ev.type in fits for ev in pred.events)
            s[2] += bool(pred.events and pred.events[0].type in fits)
    for name, (n, anyhit, first, oos, oos_ev) in scores.items():
        out[name] = {"snippets_in_scope": n, "type_recall": round(anyhit / n, 3) if n else None,
                     "type_accuracy": round(first / n, 3) if n else None,
                     "out_of_scope_with_events": round(oos_ev / oos, 3) if oos else None}
    return out


def evaluate_all(eval_dir: Path, settings: Settings | None = None) -> dict[str, Any]:
    """All four reports."""
    return {"plover_gsr": evaluate_plover(eval_dir, settings), "petr2_gsr": evaluate_petr2(eval_dir, settings),
            "case2021": evaluate_case(eval_dir, settings),
            "petrarch_validation": evaluate_petrarch_validation(eval_dir, settings)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsledger.evaluation.events", description=(
        "Event types, sources and targets scored on the dev halves of PLOVER GSR, PETRARCH-2 GSR, CASE 2021 and "
        "the PETRARCH validation suites; prints one JSON report."))
    parser.add_argument("eval_dir", type=Path, help="the shared eval folder (../shared/eval)")
    args = parser.parse_args(argv)
    print(json.dumps(evaluate_all(args.eval_dir), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Entities and actors scored on CoNLL-2003 and MEANTIME (dev halves), beside bare spaCy.

Gold records -> one spaCy parse each -> two predictions from the same parse:
the bare model (``doc.ents``) and our pipeline (``entities`` + ``actors``) ->
scores. Figures:

- **NER** (both sets): named mentions against gold names, typed (PER, ORG,
  LOC, MISC) and untyped. CoNLL spans must match exactly; MEANTIME's gold
  extents are whole noun phrases ("Airbus parent EADS"), so there a
  prediction matches a gold name of the same type that it overlaps, and only
  the annotated sentences count for precision. Our named mentions are those
  that are names: pronoun, nominal and unnamed-actor mentions the actors
  stage adds are left out here and scored below.
- **Reference** (MEANTIME): gold pronouns and nominal mentions ("the
  company") of an entity that also has a named mention. A reference is
  resolved when our entity holding it also holds one of that entity's named
  mentions. Precision counts our pronoun/nominal mentions that fall on a gold
  mention of a named entity.
- **Country coding** (MEANTIME): gold named mentions whose DBpedia link is a
  country (resolved with pycountry, independently of our vocabulary), coded
  with that country by our pipeline.

    python -m newsledger.evaluation.ner [--eval-dir ../shared/eval]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["DATASETS", "evaluate", "load_gold", "main", "parse_records", "score_conll", "score_meantime"]

DATASETS = {"conll": "ner_conll2003_test", "meantime": "meantime_wikinews_en"}

# spaCy (OntoNotes) labels and our entity types -> the gold types.
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
               "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC"}
OUR_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "OTHER": "MISC"}
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                "your", "some", "two", "three", "several", "many"}


def load_gold(eval_dir: Path, dataset: str, split: str = "dev") -> list[dict[str, Any]]:
    """The gold records of one dataset ("conll" or "meantime")."""
    path = Path(eval_dir) / DATASETS[dataset] / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse_records(records: Sequence[dict[str, Any]]) -> tuple[list[Any], float]:
    """One spaCy parse per record, and the seconds the parse took."""
    from ..config import load_settings
    from ..parse import load_model

    settings = load_settings()
    nlp = load_model(settings.spacy_model)
    t0 = time.perf_counter()
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=settings.batch_size))
    return docs, time.perf_counter() - t0


def is_name(text: str) -> bool:
    """A mention that is a name, not a pronoun or a common noun phrase ("the ministry", "two diplomats")."""
    words = text.split()
    if not words or text.lower() in PRONOUNS or words[0].lower() in _DETERMINERS:
        return False
    last = words[-1]
    return not (last.isalpha() and last.islower())


def _prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _bare(doc: Any) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, SPACY_TYPES[e.label_]) for e in doc.ents if e.label_ in SPACY_TYPES]


def _ours(entities: Sequence[Any]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, OUR_TYPES[e.type]) for e in entities if e.type in OUR_TYPES
            for m in e.mentions if is_name(m.text)]


def _exact(pred: list[tuple[int, int, str]], gold: list[tuple[int, int, str]]) -> dict[str, Any]:
    g_typed, p_typed = set(gold), set(pred)
    g_span, p_span = {(s, e) for s, e, _ in gold}, {(s, e) for s, e, _ in pred}
    typed = _prf(len(p_typed & g_typed), len(p_typed), len(p_typed & g_typed), len(g_typed))
    untyped = _prf(len(p_span & g_span), len(p_span), len(p_span & g_span), len(g_span))
    return {"typed": typed, "untyped": untyped, "gold": len(g_typed), "predicted": len(p_typed)}


def score_conll(records: Sequence[dict[str, Any]], docs: Sequence[Any], ours: Sequence[Sequence[Any]]
                ) -> dict[str, Any]:
    """Exact-span NER on CoNLL-2003: bare spaCy and our pipeline."""
    gold = [(i, g["start"], g["end"], g["type"]) for i, r in enumerate(records) for g in r["entities"]]
    bare = [(i, *p) for i, d in enumerate(docs) for p in _bare(d)]
    mine = [(i, *p) for i, es in enumerate(ours) for p in _ours(es)]

    def flat(items: list[tuple[int, int, int, str]]) -> list[tuple[int, int, str]]:
        return [(i * 10_000_000 + s, i * 10_000_000 + e, t) for i, s, e, t in items]

    return {"spacy": _exact(flat(bare), flat(gold)), "ours": _exact(flat(mine), flat(gold))}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _country_of_ref(ref: str | None) -> str | None:
    """ISO3 of a DBpedia link that names a country ("…/resource/United_Kingdom" -> GBR), by pycountry."""
    if not ref:
        return None
    import pycountry

    name = urllib.parse.unquote(ref.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


Tally = dict[str, int]  # gold, resolved, predicted, correct


def score_meantime(records: Sequence[dict[str, Any]], docs: Sequence[Any], ours: Sequence[Sequence[Any]]
                   ) -> dict[str, Any]:
    """Overlap NER, reference resolution and country coding on MEANTIME: bare spaCy and our pipeline."""
    ner: dict[str, list[int]] = {"spacy": [0, 0, 0, 0], "ours": [0, 0, 0, 0]}  # tp_p, n_p, tp_r, n_g
    ref: Tally = {"gold": 0, "resolved": 0, "predicted": 0, "correct": 0}
    pron: Tally = {"gold": 0, "resolved": 0, "predicted": 0, "correct": 0}
    country = {"gold": 0, "ours": 0}
    for record, doc, ents in zip(records, docs, ours, strict=True):
        mentions = [m for m in record["entity_mentions"] if m.get("entity_type")]
        names = [m for m in mentions if m.get("syntactic_type") == "NAM" and m["entity_type"] in ("PER", "ORG", "LOC")]
        annotated_end = max((m["end"] for m in mentions), default=0)
        cut = max((s[1] for s in record["sentences"] if s[0] < annotated_end), default=0)
        _tally_ner(ner, doc, ents, names, cut)
        _tally_references(ref, pron, ents, mentions, names, cut)
        _tally_countries(country, ents, names)

    def rate(d: Tally) -> dict[str, float | int]:
        return {"gold": d["gold"], "recall": round(d["resolved"] / d["gold"], 4) if d["gold"] else 0.0,
                "precision": round(d["correct"] / d["predicted"], 4) if d["predicted"] else 0.0,
                "predicted": d["predicted"]}

    return {
        "ner": {k: {**_prf(*v), "gold": v[3], "predicted": v[1]} for k, v in ner.items()},
        "pronouns": {"ours": rate(pron), "spacy": {"gold": pron["gold"], "recall": 0.0, "precision": 0.0}},
        "nominals": {"ours": rate(ref), "spacy": {"gold": ref["gold"], "recall": 0.0, "precision": 0.0}},
        "country": {"gold": country["gold"], "ours": round(country["ours"] / country["gold"], 4)
                    if country["gold"] else 0.0, "spacy": 0.0},
    }


def _tally_ner(ner: dict[str, list[int]], doc: Any, ents: Sequence[Any], names: list[dict[str, Any]],
               cut: int) -> None:
    """Overlap NER of one document, bare spaCy and ours; only the annotated sentences (before ``cut``) count."""
    gold = [((m["start"], m["end"]), m["entity_type"]) for m in names]
    for key, pred in (("spacy", _bare(doc)), ("ours", _ours(ents))):
        pred = [(s, e, t) for s, e, t in pred if s < cut and t != "MISC"]
        tally = ner[key]
        tally[1] += len(pred)
        tally[0] += sum(any(_overlap((s, e), g) and t == gt for g, gt in gold) for s, e, t in pred)
        tally[3] += len(gold)
        tally[2] += sum(any(_overlap((s, e), g) and t == gt for s, e, t in pred) for g, gt in gold)


def _tally_references(ref: Tally, pron: Tally, ents: Sequence[Any], mentions: list[dict[str, Any]],
                      names: list[dict[str, Any]], cut: int) -> None:
    """Pronoun and nominal references of one document: recall against gold, precision of ours."""
    spans = [(m.start, m.end, e.id) for e in ents for m in e.mentions]

    def holders(span: tuple[int, int]) -> set[str]:
        """Our entities that hold a mention overlapping ``span``."""
        return {eid for s, e, eid in spans if _overlap((s, e), span)}

    named_by_entity: dict[str, list[tuple[int, int]]] = {}
    for m in names:
        named_by_entity.setdefault(m["entity_id"], []).append((m["start"], m["end"]))
    refs = [m for m in mentions if m["entity_id"] in named_by_entity and m.get("syntactic_type") != "NAM"
            and (m["text"].lower() in PRONOUNS or m.get("syntactic_type") == "NOM")]
    for m in refs:
        tally = pron if m["text"].lower() in PRONOUNS else ref
        tally["gold"] += 1
        wanted = set().union(*(holders(n) for n in named_by_entity[m["entity_id"]]))
        if holders((m["start"], m["end"])) & wanted:
            tally["resolved"] += 1
    # Precision: our added (non-name) mentions that fall on a gold mention of a named entity.
    gold_refs = [((m["start"], m["end"]), m["entity_id"]) for m in refs]
    for e in ents:
        named_spans = [(m.start, m.end) for m in e.mentions if is_name(m.text)]
        for m in e.mentions:
            if is_name(m.text) or m.start >= cut:
                continue
            hits = [eid for span, eid in gold_refs if _overlap((m.start, m.end), span)]
            if not hits:
                continue
            tally = pron if m.text.lower() in PRONOUNS else ref
            tally["predicted"] += 1
            if any(_overlap(n, s) for eid in hits for n in named_by_entity[eid] for s in named_spans):
                tally["correct"] += 1


def _tally_countries(country: dict[str, int], ents: Sequence[Any], names: list[dict[str, Any]]) -> None:
    """Country coding of the named mentions of one document whose DBpedia link is a country."""
    for m in names:
        iso3 = _country_of_ref(m.get("external_ref"))
        if iso3 is None:
            continue
        country["gold"] += 1
        if any(_overlap((x.start, x.end), (m["start"], m["end"])) and e.country == iso3
               for e in ents for x in e.mentions):
            country["ours"] += 1


def evaluate(eval_dir: Path, datasets: Sequence[str] = ("conll", "meantime")) -> dict[str, Any]:
    """All figures for the given datasets, with the time the parse and the actors stage took."""
    from ..extract.actors import actors
    from ..extract.actors.entities import entities
    from . import shipped_lexicon

    lexicon = shipped_lexicon()
    report: dict[str, Any] = {}
    for name in datasets:
        records = load_gold(eval_dir, name)
        docs, parse_s = parse_records(records)
        t0 = time.perf_counter()
        ours = [actors(d, entities(d, lexicon), lexicon) for d in docs]
        extract_s = time.perf_counter() - t0
        scorer = score_conll if name == "conll" else score_meantime
        report[name] = {"documents": len(records), **scorer(records, docs, ours),
                        "seconds": {"parse": round(parse_s, 2), "entities+actors": round(extract_s, 2)}}
    return report


def main(argv: list[str] | None = None) -> int:
    """Command line: score the NER datasets of the eval folder and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", default=os.environ.get("NEWSLEDGER_EVAL_DATA", "../shared/eval"))
    parser.add_argument("--dataset", choices=sorted(DATASETS), action="append")
    args = parser.parse_args(argv)
    report = evaluate(Path(args.eval_dir), args.dataset or ("conll", "meantime"))
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Score agreements and conflicts on newsledger's own test articles.

The articles (``tests/data/agreement_articles.yaml``) are written for the
project and carry the expected records. Matching follows
``../shared/eval/score.py``: an ISO3 alias matches any entity of that country,
a name matches an entity one of whose mentions contains it.

    python -m newsledger.evaluation.agreements tests/data/agreement_articles.yaml
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..models import Analysis
from ..pipeline import analyze_text

__all__ = ["ArticleScore", "Totals", "score_analysis", "score_file"]


# Gold written before issue 14 calls every factual disagreement "fact"; the claims engine names the fact.
_KINDS = {"fact": ("fact", "existence", "quantity", "cause")}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return re.sub(r"\s+", " ", "".join(c for c in text if not unicodedata.combining(c))).strip().lower()


def _aliases(party: Any) -> list[str]:
    return party if isinstance(party, list) else [party]


class _Index:
    def __init__(self, analysis: Analysis):
        self.entities = {e.id: e for e in analysis.entities}

    def is_actor(self, eid: str | None, aliases: list[str]) -> bool:
        ent = self.entities.get(eid or "")
        if ent is None:
            return False
        names = [_norm(ent.name)] + [_norm(m.text) for m in ent.mentions]
        for alias in aliases:
            if re.fullmatch(r"[A-Z]{3}", alias):
                if ent.country == alias:
                    return True
                continue
            a = _norm(alias)
            if any(a == n or (len(a) >= 4 and a in n) or (len(n) >= 4 and n in a) for n in names):
                return True
        return False


@dataclass
class ArticleScore:
    id: str
    checks: int = 0
    right: int = 0
    conflicts_expected: int = 0
    conflicts_found: int = 0
    false_alarms: int = 0
    agreeing: bool = False
    misses: list[str] = field(default_factory=list)


def score_analysis(article_id: str, expect: dict[str, Any], analysis: Analysis) -> ArticleScore:
    """Compare one analysis with the expected agreements and conflicts."""
    idx = _Index(analysis)
    out = ArticleScore(article_id, agreeing=bool(expect.get("no_conflicts")))

    def check(ok: bool, what: str) -> None:
        out.checks += 1
        out.right += ok
        if not ok:
            out.misses.append(what)

    for g in expect.get("agreements", []):
        cands = [a for a in analysis.agreements
                 if all(any(idx.is_actor(p, _aliases(party)) for p in a.parties) for party in g.get("parties", []))]
        check(bool(cands), f"agreement between {g.get('parties')} not found")
        for party, label in (g.get("labels") or {}).items():
            check(any(_norm(label) in _norm(lb.label) and not lb.negated
                      and idx.is_actor(lb.by, _aliases(party)) for a in cands for lb in a.labels),
                  f"label {label!r} by {party} missing")
        for key, stance in (("opposed_by", "oppose"), ("supported_by", "support")):
            for party in g.get(key, []):
                check(any(st.stance == stance and idx.is_actor(st.actor, _aliases(party))
                          for a in cands for st in a.stances), f"{stance} by {party} missing")
        if g.get("builds_on"):
            check(any(a.builds_on for a in cands), "builds_on missing")
    if "agreement_count" in expect:
        check(len(analysis.agreements) == expect["agreement_count"],
              f"{len(analysis.agreements)} agreements, want {expect['agreement_count']}")
    for g in expect.get("conflicts", []):
        out.conflicts_expected += 1
        ok = any((not g.get("kind") or c.kind in _KINDS.get(g["kind"], (g["kind"],)))
                 and all(any(idx.is_actor(s.actor, _aliases(p)) for s in c.sides) for p in g["between"])
                 for c in analysis.conflicts)
        out.conflicts_found += ok
        if not ok:
            out.misses.append(f"conflict {g.get('kind', '')} between {g['between']} not found; got "
                              f"{[(c.kind, c.summary) for c in analysis.conflicts]}")
    if expect.get("no_conflicts"):
        out.false_alarms = len(analysis.conflicts)
        if out.false_alarms:
            out.misses.append(f"false alarm(s): {[c.summary for c in analysis.conflicts]}")
    return out


@dataclass
class Totals:
    articles: list[ArticleScore]

    @property
    def conflict_recall(self) -> float:
        expected = sum(a.conflicts_expected for a in self.articles)
        return sum(a.conflicts_found for a in self.articles) / expected if expected else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Share of the agreeing articles with at least one conflict reported."""
        agreeing = [a for a in self.articles if a.agreeing]
        return sum(1 for a in agreeing if a.false_alarms) / len(agreeing) if agreeing else 0.0

    @property
    def agreement_accuracy(self) -> float:
        checks = sum(a.checks for a in self.articles)
        return sum(a.right for a in self.articles) / checks if checks else 1.0

    def summary(self) -> dict[str, Any]:
        return {"articles": len(self.articles), "agreeing_articles": sum(a.agreeing for a in self.articles),
                "conflicts_expected": sum(a.conflicts_expected for a in self.articles),
                "conflict_recall": round(self.conflict_recall, 3),
                "false_alarm_rate": round(self.false_alarm_rate, 3),
                "false_alarms": sum(a.false_alarms for a in self.articles),
                "agreement_checks": sum(a.checks for a in self.articles),
                "agreement_accuracy": round(self.agreement_accuracy, 3)}


def score_file(path: str | Path) -> Totals:
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    scores = []
    for art in data["articles"]:
        analysis = analyze_text(art["text"], dt.date.fromisoformat(art["published"]))
        scores.append(score_analysis(art["id"], art["expect"], analysis))
    return Totals(scores)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsledger.evaluation.agreements", description=(
        "Agreements (labels, parties, characterisations) scored against a gold file of agreement articles; "
        "prints one JSON report with the misses."))
    parser.add_argument("file", nargs="?", default="tests/data/agreement_articles.yaml", help="the gold file")
    args = parser.parse_args(argv[1:])
    totals = score_file(args.file)
    report = totals.summary()
    report["misses"] = {a.id: a.misses for a in totals.articles if a.misses}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

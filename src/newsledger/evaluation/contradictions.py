"""Score claims and contradictions against the contradiction gold set (issue 14).

The gold files (``tests/data/contradictions/{written,real}_{dev,heldout}.yaml``) list, per article,
the conflicts an analyst would flag (kind and the two parties), whether the sources agree
(``no_conflicts``), revisions, corroborations and a few key claims. Written articles carry their text;
real ones name a text of the shared eval folder (``$NEWSLEDGER_EVAL_DATA``): ``polnear`` (a
``quotes_polnear/dev.jsonl`` doc_id), ``real_pages`` (a ``real_pages/ground-truth.json`` page id),
``meantime`` (a ``meantime_wikinews_en/dev.jsonl`` doc_id) or ``conll`` (a Reuters story of
``ner_conll2003_test/dev.jsonl``, its tokens joined back into running text by :func:`detokenize`).

Parties match as in :mod:`newsledger.evaluation.agreements`: an ISO3 alias matches any entity of that
country, another alias an entity whose name or a mention contains it; ``"@outlet"`` matches the
article's own voice (a side or claimant that is ``None``).

    python -m newsledger.evaluation.contradictions FILE... [--explain] [--eval-data DIR]

prints a JSON report per file and over all files. ``claim_misses`` counts the missed gold claims by the
stage that lost them (no statement, wrong speaker, outlet voice, no claim, other claim: :data:`MISS_STAGES`).
``--explain`` adds each article's misses, except for held-out files (named ``*heldout*``): those are
scored for their figures only, never looked into.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..config import Settings
from ..ingest import read_text
from ..models import Analysis, Conflict, Document, Skipped
from ..pipeline import analyze_documents
from .agreements import _aliases, _Index

if TYPE_CHECKING:  # imported for the types only, so that the scorer also runs on code from before claims
    from ..models import Claim

__all__ = [
    "EVAL_ENV",
    "MISS_STAGES",
    "ArticleScore",
    "CorpusError",
    "GoldArticle",
    "Totals",
    "detokenize",
    "is_heldout",
    "load_articles",
    "score_analysis",
    "score_articles",
    "score_files",
]

EVAL_ENV = "NEWSLEDGER_EVAL_DATA"
OUTLET = "@outlet"
CONFLICT_KINDS = ("existence", "quantity", "cause", "status", "acceptance", "characterisation", "stance")
# Corpus name -> file under the eval folder.
CORPORA = {
    "polnear": "quotes_polnear/dev.jsonl",
    "real_pages": "real_pages/ground-truth.json",
    "meantime": "meantime_wikinews_en/dev.jsonl",
    "conll": "ner_conll2003_test/dev.jsonl",
}
# A claimed bound matches a gold one within this share of it (rounded figures), or within one when the
# claim is hedged ("more than 200" read as 201).
VALUE_TOLERANCE = 0.01


class CorpusError(Exception):
    """A real-text article cannot be loaded: no eval folder, a corpus file missing, an unknown id."""


@dataclass(frozen=True)
class GoldArticle:
    """One article of a gold file: its text, publication date and what is expected of it."""

    id: str
    text: str
    published: dt.date | None
    expect: dict[str, Any]
    file: str = ""


# --- loading ---------------------------------------------------------------------------------------


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# Tokens written against the word before them, or against the word after them, in tokenised text.
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "n't", "N'T", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "`", "``"})
_CLITIC = re.compile(r"'(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)")


def detokenize(text: str) -> str:
    """Running text from tokens joined by single spaces (one sentence a line), as the CoNLL-2003 copy stores it.

    Punctuation and clitics go back against their word, a straight double quote opens against the word after
    it and closes against the word before it (alternating over the whole text, as quotes run across lines),
    and the lines stay lines. Hyphens and slashes keep their spaces: the tokens do not tell "1-0" from "a - b".
    """
    lines = []
    quote_open = False
    for line in text.split("\n"):
        out: list[str] = []
        glue = True  # no space before the next token
        for tok in line.split(" "):
            if not tok:
                continue
            if tok == '"':
                if quote_open:
                    out.append(tok)
                    glue = False
                else:
                    out.append(tok if glue else " " + tok)
                    glue = True
                quote_open = not quote_open
                continue
            attach = glue or tok in _NO_SPACE_BEFORE or _CLITIC.fullmatch(tok) is not None
            out.append(tok if attach else " " + tok)
            glue = tok in _NO_SPACE_AFTER
        lines.append("".join(out))
    return "\n".join(lines)


class _Corpora:
    """The shared texts, each corpus file read once, on first use."""

    def __init__(self, eval_dir: Path | None):
        self.eval_dir = eval_dir
        self._loaded: dict[str, dict[str, tuple[str, dt.date | None]]] = {}

    def text(self, corpus: str, doc: str) -> tuple[str, dt.date | None]:
        if corpus not in CORPORA:
            raise CorpusError(f"unknown corpus {corpus!r} (known: {', '.join(CORPORA)})")
        if corpus not in self._loaded:
            self._loaded[corpus] = self._read(corpus)
        try:
            return self._loaded[corpus][doc]
        except KeyError:
            raise CorpusError(f"{doc!r} is not in corpus {corpus} ({self._path(corpus)})") from None

    def _path(self, corpus: str) -> Path:
        if self.eval_dir is None:
            raise CorpusError(f"real-text articles need the shared eval folder: set {EVAL_ENV} or pass --eval-data")
        return self.eval_dir / CORPORA[corpus]

    def _read(self, corpus: str) -> dict[str, tuple[str, dt.date | None]]:
        path = self._path(corpus)
        if not path.is_file():
            raise CorpusError(f"corpus {corpus} is missing: no file {path}")
        if corpus == "real_pages":
            pages = json.loads(path.read_text("utf-8"))
            return {pid: (page["articleBody"], None) for pid, page in pages.items()}
        out: dict[str, tuple[str, dt.date | None]] = {}
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                if corpus == "meantime":
                    out[rec["doc_id"]] = (rec["text"], _date((rec.get("dct") or {}).get("value")))
                else:
                    text = detokenize(rec["text"]) if corpus == "conll" else rec["text"]
                    out[rec["doc_id"]] = (text, _date(rec.get("date")))
        return out


def load_articles(paths: Iterable[str | Path], eval_dir: Path | None = None) -> list[GoldArticle]:
    """The articles of the gold files, texts resolved; raises :class:`CorpusError` for a text it cannot find.

    A written article's date is its ``published``; a real one's is its corpus record's date where the
    corpus has one, else the gold's ``published``, else None.
    """
    corpora = _Corpora(eval_dir)
    out = []
    for path in paths:
        data = yaml.safe_load(Path(path).read_text("utf-8"))
        positive = data.get("status_polarity") == "positive"
        for art in data["articles"]:
            if positive:  # the file's spelling of a status claim's polarity travels with each of its claims
                art = {**art, "expect": _spelled_positive(art.get("expect") or {})}
            if "text" in art:
                text, published = art["text"], _date(art.get("published"))
            else:
                text, published = corpora.text(art["corpus"], str(art["doc"]))
                published = published or _date(art.get("published"))
            out.append(GoldArticle(art["id"], text, published, art.get("expect") or {}, str(path)))
    return out


_POSITIVE_STATUS = "_status_polarity_positive"


def _spelled_positive(expect: dict[str, Any]) -> dict[str, Any]:
    """``expect`` with each gold claim marked as spelling a status by its positive (see :func:`_polarity`)."""
    claims = expect.get("claims")
    if not claims:
        return expect
    return {**expect, "claims": [{**c, _POSITIVE_STATUS: True} for c in claims]}


# --- matching --------------------------------------------------------------------------------------

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _phrase(words: str) -> re.Pattern[str]:
    """``words`` as a pattern that allows any white space between them and ignores case (text folded first)."""
    return re.compile(r"\s+".join(re.escape(w) for w in words.translate(_FOLD).split()), re.IGNORECASE)


class _Matcher:
    """Party and evidence matching over one analysis."""

    def __init__(self, analysis: Analysis):
        self.index = _Index(analysis)
        self.text = analysis.document.text.translate(_FOLD)  # same length: offsets stay valid

    def party(self, actor: str | None, party: Any) -> bool:
        aliases = _aliases(party)
        if actor is None:
            return OUTLET in aliases
        return self.index.is_actor(actor, [a for a in aliases if a != OUTLET])

    def pair(self, actors: Sequence[str | None], a: Any, b: Any) -> bool:
        """Two different ones of ``actors`` are the parties ``a`` and ``b``."""
        return any(i != j and self.party(x, a) and self.party(y, b)
                   for i, x in enumerate(actors) for j, y in enumerate(actors))

    def conflict(self, conflict: Conflict, gold: dict[str, Any]) -> bool:
        a, b = gold["between"]
        return self.pair([s.actor for s in conflict.sides], a, b)

    def evidence(self, claim: Claim, words: str | None) -> bool:
        """The claim's evidence contains ``words``, or covers at least half of them where they stand in the text."""
        if not words:
            return True
        pattern = _phrase(words)
        if pattern.search(claim.evidence.text.translate(_FOLD)):
            return True
        return self.covers(claim.evidence.start, claim.evidence.end, words)

    def covers(self, start: int, end: int, words: str) -> bool:
        """The characters ``start``-``end`` cover at least half of ``words`` where they stand in the text."""
        for m in _phrase(words).finditer(self.text):
            overlap = min(end, m.end()) - max(start, m.start())
            if overlap > 0 and 2 * overlap >= m.end() - m.start():
                return True
        return False


def _bound(got: float | None, want: float, hedged: bool) -> bool:
    if got is None:
        return False
    slack = max(abs(want) * VALUE_TOLERANCE, 1.0 if hedged else 1e-9)
    return abs(got - want) <= slack


def _value(claim: Claim, gold: dict[str, Any] | None) -> bool:
    """Every bound the gold writes (low, high) matches the claim's; bounds it leaves out are not checked."""
    if not gold:
        return True
    if claim.value is None:
        return False
    hedged = bool(claim.value.hedge)
    return all(_bound(getattr(claim.value, key), float(gold[key]), hedged)
               for key in ("low", "high") if gold.get(key) is not None)


# Why a gold claim was missed, in pipeline order (``claim_misses`` in the report):
MISS_STAGES = (
    "no statement",     # the words stand in no statement's content (and the gold claimant is not the outlet)
    "wrong speaker",    # they stand in statements, none of whose speakers is the gold claimant
    "outlet voice",     # the gold claimant is the outlet and no claim of the outlet covers the words
    "no claim",         # a statement of the right speaker holds the words, no claim of its speaker covers them
    "other claim",      # a claim of the right claimant covers the words, with another kind, polarity or value
    "no evidence",      # the gold claim gives no words to place it
)


def _miss_stage(m: _Matcher, analysis: Analysis, claims: Sequence[Claim], gold: dict[str, Any]) -> str:
    """The first stage of the pipeline at which ``gold`` (a claim no claim matched) was lost."""
    words = gold.get("evidence_contains")
    if not words:
        return "no evidence"
    covering = [c for c in claims if m.party(c.claimant, gold["claimant"]) and m.evidence(c, words)]
    if covering:
        return "other claim"
    if OUTLET in _aliases(gold["claimant"]):
        return "outlet voice"
    holding = [s for s in analysis.statements if m.covers(s.content.start, s.content.end, words)]
    if not holding:
        return "no statement"
    if not any(s.speaker is not None and m.party(s.speaker, gold["claimant"]) for s in holding):
        return "wrong speaker"
    return "no claim"


@functools.cache
def _opposites() -> dict[str, str]:
    """The shipped claims vocabulary's named opposites ("unlawful" -> "lawful"), read once."""
    from ..lexicon.claims import load_claim_vocabulary
    return load_claim_vocabulary().opposites


def _polarity(claim: Claim, gold: dict[str, Any]) -> str:
    """The polarity ``claim`` has in the spelling of ``gold``'s file. The gold names no predicate, and its files
    spell a status one of two ways: by the claimant's word ("illegal", asserted: the default) or, in a file whose
    top-level ``status_polarity`` is ``positive``, by the positive status (lawful, negated). A record named by an
    opposite ("unlawful", asserted) is the same proposition as its positive negated (DESIGN: a claim is a
    normalised proposition), so in a positive file its polarity is turned; every other check stays strict."""
    if gold.get(_POSITIVE_STATUS) and claim.kind == "status" and claim.predicate in _opposites():
        return "negated" if claim.polarity == "asserted" else "asserted"
    return claim.polarity


def _claim_ok(m: _Matcher, claim: Claim, gold: dict[str, Any]) -> bool:
    return (m.party(claim.claimant, gold["claimant"])
            and (not gold.get("kind") or claim.kind == gold["kind"])
            and (not gold.get("polarity") or _polarity(claim, gold) == gold["polarity"])
            and _value(claim, gold.get("value"))
            and m.evidence(claim, gold.get("evidence_contains")))


# --- scoring ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleScore:
    """What one article's analysis got right against its gold.

    ``per_kind`` maps a gold conflict kind to (expected, found, found with the same kind);
    ``claim_misses`` maps a stage of :data:`MISS_STAGES` to the gold claims lost there.
    """

    id: str
    agreeing: bool = False
    conflicts_expected: int = 0
    conflicts_found: int = 0
    conflicts_kind_exact: int = 0
    per_kind: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    conflicts_reported: int = 0
    reported_right: int = 0
    reported_right_kind: int = 0
    revisions_expected: int = 0
    revisions_found: int = 0
    corroborations_expected: int = 0
    corroborations_found: int = 0
    claims_expected: int = 0
    claims_found: int = 0
    claim_misses: dict[str, int] = field(default_factory=dict)
    misses: tuple[str, ...] = ()

    @property
    def false_alarm(self) -> bool:
        """An agreeing article with any conflict reported."""
        return self.agreeing and self.conflicts_reported > 0


def _describe(c: Conflict) -> str:
    return f"{c.kind}: {c.summary}"


def _score_conflicts(m: _Matcher, gold: list[dict[str, Any]], reported: Sequence[Conflict],
                     agreeing: bool, misses: list[str]) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = {}
    found = exact = 0
    for g in gold:
        hits = [c for c in reported if m.conflict(c, g)]
        kind_hit = any(c.kind == g.get("kind") for c in hits)
        counts = per_kind.setdefault(str(g.get("kind")), [0, 0, 0])
        counts[0] += 1
        counts[1] += bool(hits)
        counts[2] += kind_hit
        found += bool(hits)
        exact += kind_hit
        if not kind_hit:
            got = [_describe(c) for c in hits] if hits else [_describe(c) for c in reported]
            misses.append(f"conflict {g.get('kind')} between {g['between']} "
                          f"{'found with another kind' if hits else 'not found'}; got {got}")
    right = right_kind = 0
    for c in reported:
        matched = [] if agreeing else [g for g in gold if m.conflict(c, g)]
        right += bool(matched)
        right_kind += any(g.get("kind") == c.kind for g in matched)
        if not matched:
            misses.append(f"{'false alarm' if agreeing else 'unexpected conflict'}: {_describe(c)}")
    return {"conflicts_expected": len(gold), "conflicts_found": found, "conflicts_kind_exact": exact,
            "per_kind": {k: (v[0], v[1], v[2]) for k, v in per_kind.items()},
            "conflicts_reported": len(reported), "reported_right": right, "reported_right_kind": right_kind}


def _score_relations(m: _Matcher, expect: dict[str, Any], analysis: Analysis, claims: Sequence[Claim],
                     misses: list[str]) -> dict[str, Any]:
    by_id = {c.id: c for c in claims}
    revisions = expect.get("revisions") or []
    rev_found = 0
    for g in revisions:
        ok = any(c.revises and m.party(c.claimant, g["claimant"]) and (not g.get("kind") or c.kind == g["kind"])
                 for c in claims)
        rev_found += ok
        if not ok:
            misses.append(f"revision by {g['claimant']} ({g.get('kind', 'any kind')}) not found")
    corroborations = expect.get("corroborations") or []
    cor_found = 0
    for g in corroborations:
        a, b = g["between"]
        ok = any(m.pair([c.claimant, by_id[o].claimant], a, b)
                 for c in claims for o in c.corroborates if o in by_id)
        cor_found += ok
        if not ok:
            misses.append(f"corroboration between {g['between']} not found")
    gold_claims = expect.get("claims") or []
    claims_found = 0
    stages: dict[str, int] = {}
    for g in gold_claims:
        ok = any(_claim_ok(m, c, g) for c in claims)
        claims_found += ok
        if not ok:
            stage = _miss_stage(m, analysis, claims, g)
            stages[stage] = stages.get(stage, 0) + 1
            misses.append(f"claim {g.get('kind')}/{g.get('polarity', '')} by {g['claimant']} "
                          f"{g.get('evidence_contains', '')!r} {g.get('value') or ''} not found ({stage})")
    return {"revisions_expected": len(revisions), "revisions_found": rev_found,
            "corroborations_expected": len(corroborations), "corroborations_found": cor_found,
            "claims_expected": len(gold_claims), "claims_found": claims_found, "claim_misses": stages}


def score_analysis(article_id: str, expect: dict[str, Any], analysis: Analysis) -> ArticleScore:
    """Compare one analysis with the article's expected conflicts, revisions, corroborations and claims."""
    m = _Matcher(analysis)
    agreeing = bool(expect.get("no_conflicts"))
    misses: list[str] = []
    claims: Sequence[Claim] = getattr(analysis, "claims", ())  # absent before issue 14
    conflicts = _score_conflicts(m, expect.get("conflicts") or [], analysis.conflicts, agreeing, misses)
    relations = _score_relations(m, expect, analysis, claims, misses)
    return ArticleScore(article_id, agreeing, misses=tuple(misses), **conflicts, **relations)


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 1.0


@dataclass(frozen=True)
class Totals:
    """The scores of a set of articles and their summary."""

    articles: tuple[ArticleScore, ...]

    def _sum(self, name: str) -> int:
        return sum(int(getattr(a, name)) for a in self.articles)

    def per_kind(self) -> dict[str, dict[str, Any]]:
        """Recall by gold conflict kind: parties found, and found with the same kind."""
        acc: dict[str, list[int]] = {}
        for a in self.articles:
            for kind, counts in a.per_kind.items():
                row = acc.setdefault(kind, [0, 0, 0])
                for i, n in enumerate(counts):
                    row[i] += n
        order = {k: i for i, k in enumerate(CONFLICT_KINDS)}
        return {k: {"expected": v[0], "recall": _ratio(v[1], v[0]), "recall_kind_exact": _ratio(v[2], v[0])}
                for k, v in sorted(acc.items(), key=lambda kv: order.get(kv[0], len(order)))}

    def summary(self) -> dict[str, Any]:
        """The figures as one JSON-ready dict (ratios are 1.0 where nothing was expected)."""
        agreeing = [a for a in self.articles if a.agreeing]
        s = self._sum
        return {
            "articles": len(self.articles),
            "agreeing_articles": len(agreeing),
            "conflicts_expected": s("conflicts_expected"),
            "conflict_recall": _ratio(s("conflicts_found"), s("conflicts_expected")),
            "conflict_recall_kind_exact": _ratio(s("conflicts_kind_exact"), s("conflicts_expected")),
            "conflicts_reported": s("conflicts_reported"),
            "conflict_precision": _ratio(s("reported_right"), s("conflicts_reported")),
            "conflict_precision_kind_exact": _ratio(s("reported_right_kind"), s("conflicts_reported")),
            "per_kind": self.per_kind(),
            "false_alarm_articles": sum(a.false_alarm for a in agreeing),
            "false_alarm_rate": _ratio(sum(a.false_alarm for a in agreeing), len(agreeing)) if agreeing else 0.0,
            "revisions_expected": s("revisions_expected"),
            "revision_recall": _ratio(s("revisions_found"), s("revisions_expected")),
            "corroborations_expected": s("corroborations_expected"),
            "corroboration_recall": _ratio(s("corroborations_found"), s("corroborations_expected")),
            "claims_expected": s("claims_expected"),
            "claim_recall": _ratio(s("claims_found"), s("claims_expected")),
            "claim_misses": self.claim_misses(),
        }

    def claim_misses(self) -> dict[str, int]:
        """Missed gold claims by the stage at which they were lost (:data:`MISS_STAGES`)."""
        acc = {stage: 0 for stage in MISS_STAGES}
        for a in self.articles:
            for stage, n in a.claim_misses.items():
                acc[stage] += n
        return {stage: n for stage, n in acc.items() if n}


def analyze_batch(texts: Sequence[tuple[str, str, dt.date | None]],
                  settings: Settings | None = None) -> list[tuple[Analysis, Skipped | None]]:
    """(text, origin, published) items analysed in one batch (one model load): each one's analysis, an empty
    one where the text was skipped, with the skip."""
    docs = [read_text(text, origin, published) for text, origin, published in texts]
    out: list[tuple[Analysis, Skipped | None]] = []
    for doc, res in zip(docs, analyze_documents(docs, settings), strict=True):
        if isinstance(res, Analysis):
            out.append((res, None))
        else:
            out.append((Analysis(Document(doc.text, published=doc.published)), res))
    return out


def score_articles(articles: Sequence[GoldArticle], settings: Settings | None = None) -> Totals:
    """Analyse the articles in one batch (one model load) and score each; a skipped text scores as empty."""
    analysed = analyze_batch([(a.text, f"{a.file}:{a.id}", a.published) for a in articles], settings)
    scores = []
    for art, (analysis, res) in zip(articles, analysed, strict=True):
        score = score_analysis(art.id, art.expect, analysis)
        if res is not None:
            score = replace(score, misses=(f"skipped: {res.reason}", *score.misses))
        scores.append(score)
    return Totals(tuple(scores))


def score_files(paths: Sequence[str | Path], eval_dir: Path | None = None,
                settings: Settings | None = None) -> dict[str, Totals]:
    """Each file's totals, analysing all their articles in one batch."""
    articles = load_articles(paths, eval_dir)
    totals = score_articles(articles, settings)
    return {str(p): Totals(tuple(s for a, s in zip(articles, totals.articles, strict=True) if a.file == str(p)))
            for p in paths}


def is_heldout(path: str | Path) -> bool:
    """A held-out gold file: scored for its figures only, its misses never shown."""
    return "heldout" in Path(path).name


def main(argv: list[str] | None = None) -> int:
    """Command line: score the gold files and print the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+", help="contradiction gold files (YAML)")
    parser.add_argument("--explain", action="store_true", help="list each article's misses (not for held-out files)")
    parser.add_argument("--eval-data", type=Path, help=f"the shared eval folder (default: ${EVAL_ENV})")
    args = parser.parse_args(argv)
    eval_dir = args.eval_data or (Path(os.environ[EVAL_ENV]) if os.environ.get(EVAL_ENV) else None)
    try:
        per_file = score_files(args.files, eval_dir)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report: dict[str, Any] = {}
    for path, totals in per_file.items():
        report[path] = totals.summary()
        if args.explain:
            report[path]["misses"] = (
                "held-out file: misses are not shown" if is_heldout(path)
                else {a.id: list(a.misses) for a in totals.articles if a.misses})
    if len(per_file) > 1:
        report["all"] = Totals(tuple(a for t in per_file.values() for a in t.articles)).summary()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

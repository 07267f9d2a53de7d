#!/usr/bin/env python3
"""Throughput of ``newsledger analyze`` against the bare spaCy parse of the same text.

Both runs stream the same corpus through the same model on one CPU core, each
in its own fresh process (so each has its own peak memory), alternating
bare/analyze ``--rounds`` times; the best round of each counts. It prints
words per second of each, the ratio analyze/bare (the pipeline cannot beat
the bare parse, so 1.0 is the ceiling), and the peak resident memory of the
analyze process. The clock starts once the model (and, for analyze, the
vocabularies) is loaded and warmed, as in a long run; that start-up is
printed apart, with the ratio it gives when counted in.

Corpus: ``--corpus FILE.jsonl`` (records with a ``text`` field), else the
PolNeAR dev articles in ``$NEWSLEDGER_EVAL_DATA`` (read at run time, never
copied), else the bundled sample article; cycled until ``--words`` words.

    .venv/bin/python bench/throughput.py [--words 200000] [--rounds 2] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def corpus_texts(corpus: str | None) -> list[str]:
    """The distinct texts of the corpus (cycled later to reach the word count)."""
    path: Path | None = Path(corpus) if corpus else None
    if path is None and os.environ.get("NEWSLEDGER_EVAL_DATA"):
        candidate = Path(os.environ["NEWSLEDGER_EVAL_DATA"]) / "quotes_polnear" / "dev.jsonl"
        path = candidate if candidate.is_file() else None
    if path is None:
        from importlib import resources

        sample = resources.files("newsledger").joinpath("data/sample_article.json").read_text("utf-8")
        return [json.loads(sample)["text"]]
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def stream(texts: list[str], words: int) -> Iterator[str]:
    """Texts, cycled, until ``words`` words have been produced."""
    produced = i = 0
    while produced < words:
        text = texts[i % len(texts)]
        produced += len(text.split())
        i += 1
        yield text


def run_mode(mode: str, corpus: str | None, words: int) -> dict[str, float]:
    """One measured pass in this process."""
    import resource

    from newsledger import Document, Skipped, analyze_documents, load_settings
    from newsledger.parse import load_model, load_stock_model

    settings = load_settings()
    texts = corpus_texts(corpus)
    # Start-up, outside the timer and reported apart: the model, and for analyze the vocabularies too, are loaded
    # and warmed on the first 2,000 characters, as a long-running analyze or a worker does once.
    begin = time.perf_counter()
    # The bare parse is the model as shipped (spaCy's own attribute ruler, none of newsledger's components);
    # analyze uses newsledger's model (its components, the ruler compiled into tables).
    nlp = load_stock_model(settings.spacy_model) if mode == "bare" else load_model(settings.spacy_model)
    nlp(texts[0][:2000])
    if mode == "analyze":
        list(analyze_documents([Document(text=texts[0][:2000], origin="bench:warm-up")], settings))
    startup = time.perf_counter() - begin
    counted = 0
    skipped = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    if mode == "bare":
        for doc in nlp.pipe(stream(texts, words), batch_size=settings.batch_size):
            counted += len(doc.text.split())
    else:
        docs = (Document(text=t, origin=f"bench:{i}") for i, t in enumerate(stream(texts, words)))
        for item in analyze_documents(docs, settings):
            if isinstance(item, Skipped):
                skipped += 1
                continue
            json.dumps(item.to_dict(), ensure_ascii=False)  # what `analyze` writes, serialised
            counted += len(item.document.text.split())
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"words": counted, "seconds": seconds, "wps": counted / seconds, "peak_mb": peak_mb,
            "skipped": skipped, "startup": startup, "cpu": cpu}


def child(mode: str, corpus: str | None, words: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--mode", mode, "--words", str(words)] + (["--corpus", corpus] if corpus else [])
    env = {**os.environ, **ONE_CORE}
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True,
                         preexec_fn=lambda: os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=200_000, help="words to stream per run (default 200000)")
    parser.add_argument("--rounds", type=int, default=2, help="bare/analyze alternations (default 2)")
    parser.add_argument("--corpus", help="JSON Lines file with a 'text' field per record")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--mode", choices=["bare", "analyze"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus, args.words)))
        return 0
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "analyze": []}
    for r in range(args.rounds):
        for mode in ("bare", "analyze"):
            result = child(mode, args.corpus, args.words)
            runs[mode].append(result)
            print(f"round {r + 1} {mode:8s} {result['words']:>9,} words {result['seconds']:7.1f} s "
                  f"{result['wps']:8,.0f} words/s  peak {result['peak_mb']:6.0f} MB  "
                  f"start-up {result['startup']:.2f} s  CPU {result['cpu']:.1f} s", flush=True)
    bare = max(runs["bare"], key=lambda x: x["wps"])
    full = max(runs["analyze"], key=lambda x: x["wps"])
    peak = max(x["peak_mb"] for x in runs["analyze"])
    # The same best rounds with their start-up counted: what a one-off command over this corpus sees.
    def counted(run: dict[str, float]) -> float:
        return run["words"] / (run["seconds"] + run["startup"])

    with_startup = counted(full) / counted(bare)
    summary = {"words": full["words"], "bare_wps": round(bare["wps"]), "analyze_wps": round(full["wps"]),
               "ratio": round(full["wps"] / bare["wps"], 3), "ratio_with_startup": round(with_startup, 3),
               "bare_startup_s": round(bare["startup"], 2), "analyze_startup_s": round(full["startup"], 2),
               "analyze_peak_mb": round(peak),
               "bare_peak_mb": round(max(x["peak_mb"] for x in runs["bare"])), "rounds": args.rounds}
    print(f"ratio analyze/bare = {summary['ratio']:.3f}  (bare {summary['bare_wps']:,} words/s, "
          f"analyze {summary['analyze_wps']:,} words/s, analyze peak {summary['analyze_peak_mb']} MB)")
    # CPU seconds: what the load of other processes on a shared machine distorts least (each run is pinned to one core).
    cpu_ratio = min(x["cpu"] for x in runs["bare"]) / min(x["cpu"] for x in runs["analyze"])
    summary["ratio_cpu"] = round(cpu_ratio * full["words"] / bare["words"], 3)
    print(f"by CPU time = {summary['ratio_cpu']:.3f}")
    print(f"with start-up counted = {summary['ratio_with_startup']:.3f}  (start-up: bare "
          f"{summary['bare_startup_s']} s, analyze {summary['analyze_startup_s']} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

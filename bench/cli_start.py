#!/usr/bin/env python3
"""How fast the command line answers without work to do: ``newsledger --help``, a command's ``--help``
and a mistyped command, each run ``--runs`` times in a fresh process.

Prints the median and the slowest run of each, and the ratio of the median to a bare
``python -c pass`` (the interpreter's own start). The target is under 0.3 s for ``--help``:
the heavy modules (spaCy, SQLAlchemy, rich, pyarrow) are imported inside the commands that use them.

    .venv/bin/python bench/cli_start.py [--runs 15]

Bytecode is written first (one untimed run of each), as an installed package has it; with
``PYTHONDONTWRITEBYTECODE`` set, every run compiles the sources again and the times say little.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CASES = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "python -c 'import click'": [sys.executable, "-c", "import click"],
    "newsledger --help": [sys.executable, "-m", "newsledger.serve.cli", "--help"],
    "newsledger events --help": [sys.executable, "-m", "newsledger.serve.cli", "events", "--help"],
    "newsledger evnts (typo)": [sys.executable, "-m", "newsledger.serve.cli", "evnts"],
}


def timed(cmd: list[str], runs: int) -> list[float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       cwd=Path(__file__).resolve().parent, env=env)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    base = None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for cmd in CASES.values():  # compile once, untimed
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    for name, cmd in CASES.items():
        times = timed(cmd, args.runs)
        median = statistics.median(times)
        base = base or median
        print(f"{name:28} median {median:.3f} s  slowest {max(times):.3f} s  x{median / base:.1f} python")


if __name__ == "__main__":
    main()

"""The reliability check at small sizes: the hostile corpus and the runner of ``bench/hostile.py``, in-process.

``newsledger analyze`` and ``ingest`` run through the real entry point (:func:`newsledger.serve.cli.main`,
so exit statuses and one-line errors are those of the command line) inside click's output capture, with
the spaCy model loaded once for the session. A run that passes its time limit is stopped by SIGALRM; the
exception raised then derives from ``BaseException`` so that no ``except Exception`` on the way can turn
a hang into a reported skip.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
# bench/ and tests/ are not packages; the corpus and the classifier live in bench/, the ledger helpers in tests/.
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import hostile  # noqa: E402
from hostile_corpus import Markers, Placed, write_class  # noqa: E402
from ledger_backends import drop_pg_schema, new_url  # noqa: E402

TIMEOUT = 45.0  # seconds per in-process run: ten times what the slowest class takes on a busy machine


class Hung(BaseException):
    """Raised by SIGALRM in a run that passed its time limit."""


def _alarm(signum: int, frame: Any) -> None:
    raise Hung


def inprocess_runner(timeout: float = TIMEOUT) -> hostile.Runner:
    """A ``hostile.Runner`` that calls the command line in this process."""
    from click.testing import CliRunner

    from newsledger.serve.cli import main

    def run(mode: str, placed: list[Placed], folder: Path, db: str | None) -> hostile.RunResult:
        if mode == "analyze":
            args = ["analyze", "--format", "jsonl", *(str(p.path) for p in placed)]
        else:
            assert db is not None
            args = ["ingest", str(folder), "--no-progress", "--db", db]
            before = hostile.last_pk(db)
        code: int | None = 0
        crashed = hung = False
        detail = ""
        old_argv, old_handler = sys.argv, signal.signal(signal.SIGALRM, _alarm)
        with CliRunner().isolation() as (out, err, _):
            sys.argv = ["newsledger", *args]
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except Hung:
                hung, code, detail = True, None, f"timeout after {timeout:.0f} s"
            except BaseException as exc:  # what the command line would print as a traceback
                crashed, code = True, 1
                detail = f"{type(exc).__name__}: {exc}"[:300]
                traceback.print_exc(file=sys.stderr)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, old_handler)
                sys.argv = old_argv
            stdout = out.getvalue().decode("utf-8", "replace")
            stderr = err.getvalue().decode("utf-8", "replace")
        if mode == "analyze":
            texts = [hostile.json.loads(line)["document"]["text"] for line in stdout.splitlines() if line.strip()]
        else:
            assert db is not None
            texts = hostile.stored_texts(db, before)
        if not crashed and not hung and hostile.aborted(code, stderr):
            crashed, detail = True, hostile.first_error_line(stderr)
        return hostile.RunResult(code, stderr, texts, crashed=crashed, timed_out=hung, detail=detail)

    return run


@pytest.fixture(scope="session")
def ledgers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """One ledger per backend for the whole session: every input's text is unique, so runs never collide."""
    from newsledger.store import Ledger

    folder = tmp_path_factory.mktemp("ledgers")
    made = {backend: new_url(backend, folder) for backend in ("sqlite", "postgresql")}
    for url, _ in made.values():
        Ledger(url).close()
    yield {f"ingest-{backend}": url for backend, (url, _) in made.items()}
    for _, schema in made.values():
        if schema:
            drop_pg_schema(schema)


@pytest.fixture(scope="session")
def outcome(tmp_path_factory: pytest.TempPathFactory, ledgers: dict[str, str],
            nlp: object) -> Callable[[str, str], hostile.ClassResult]:
    """``outcome(class, mode)``: the class's small corpus run in ``mode``, computed once per session."""
    root = tmp_path_factory.mktemp("hostile")
    mk, runner = Markers(), inprocess_runner()
    corpora: dict[str, list[Placed]] = {}
    done: dict[tuple[str, str], hostile.ClassResult] = {}

    def get(name: str, mode: str) -> hostile.ClassResult:
        if (name, mode) not in done:
            if name not in corpora:
                corpora[name] = write_class(name, root / name, "small", mk)
            done[name, mode] = hostile.check_class(name, corpora[name], mode, runner, root / name,
                                                   ledgers.get(mode), mk, isolate_hangs=False)
        return done[name, mode]

    return get

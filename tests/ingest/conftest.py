"""The readers' tests share ``tests/local_http.py`` (a real HTTP server on 127.0.0.1), as the ledger tests share
``tests/ledger_backends.py``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

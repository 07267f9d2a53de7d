"""The web UI: server-rendered pages (Jinja templates in ``templates/``). Filled in by issue 16."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()

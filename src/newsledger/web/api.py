"""The HTTP API (``/api/...``): JSON in the analysis format's vocabulary. Filled in by issue 16."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()

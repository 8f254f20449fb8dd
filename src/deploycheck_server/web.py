"""Server-rendered web UI (Jinja2, no build step): fleet heatmap, service page, run detail, sign-offs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from deploycheck_server.settings import Settings


def install(app: FastAPI, settings: Settings, factory: sessionmaker[Session], need: Callable[[str], Any]) -> None:
    return None

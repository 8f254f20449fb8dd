"""JSON log lines on stderr, one object per line (what log collectors parse without rules).

A dozen lines of formatter instead of a dependency: the fields are fixed and few.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.config
from typing import Any

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        when = dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds")
        data: dict[str, Any] = {"time": when,
                                "level": record.levelname.lower(), "logger": record.name,
                                "message": record.getMessage()}
        data.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str)


def setup(level: str = "INFO") -> dict[str, Any]:
    """Root logging config, also handed to uvicorn so its own lines are JSON too."""
    config = {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {"uvicorn.access": {"level": "WARNING"}},
    }
    logging.config.dictConfig(config)
    return config




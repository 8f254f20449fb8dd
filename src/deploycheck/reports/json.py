"""JSON report: the report model as data, with `schema_version` (schema: schemas/report.schema.json)."""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

import orjson

from deploycheck.model import Report

# Everything json.dumps(ensure_ascii=True) writes as \uXXXX (it also escapes DEL).
_NON_ASCII = re.compile(r"[^\x00-\x7e]")


def render(report: Report) -> str:
    return dumps(report.to_dict())


def render_bytes(report: Report, keep: list[Any] | None = None) -> bytes:
    """render()'s text as UTF-8, for a report written to a file (reports.render_bytes). The report's dict is put in
    `keep` when given: the console script ends without freeing it (cli.entry), ~2 ms for 4,000 findings' dicts."""
    data = report.to_dict()
    if keep is not None:
        keep.append(data)
    return dumps_bytes(data)


_OPTIONS = (orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
            | orjson.OPT_APPEND_NEWLINE)


def _orjson(data: Any) -> bytes | None:
    try:
        return orjson.dumps(data, default=str, option=_OPTIONS)
    except (TypeError, orjson.JSONEncodeError):
        return None


def dumps(data: Any) -> str:
    """The report as `json.dumps(data, indent=2, default=str)` writes it, with a final newline. With an
    indent Python's json falls back to its pure-Python encoder (157 ms for the 3.4 MB corpus report);
    orjson writes the same text in C (32 ms), non-ASCII characters escaped after it as json does, and
    datetimes and dataclasses through `str` as json does. Numbers are written in the shortest form that
    reads back the same, so a float below 1e-4 may read 0.000015 instead of 1.5e-05, and NaN/Infinity
    (which are not JSON) are null, a plain Enum is its value. What orjson refuses (a non-string key,
    an integer over 64 bits, a lone surrogate) goes through json as before."""
    raw = _orjson(data)
    if raw is None:
        return json.dumps(data, indent=2, default=str) + "\n"
    return _escaped(raw)


def dumps_bytes(data: Any) -> bytes:
    """dumps(data) encoded as UTF-8 (the text is ASCII), built on orjson's bytes: the em dashes of deploycheck's own
    messages (the corpus report's only non-ASCII characters) are escaped by a bytes replace, and bytes left ASCII are
    the text already. Decoding the 3.4 MB of the corpus's report into a str through the escaping handler (whose
    writer grew its buffer several times: ~2,500 page faults) and encoding it back took ~6 ms more. In UTF-8 a whole
    character's bytes never match inside another character's, so the replace escapes exactly that character; any
    other non-ASCII character, and DEL, go through the text path as before."""
    raw = _orjson(data)
    if raw is None:
        return (json.dumps(data, indent=2, default=str) + "\n").encode("utf-8")
    if b"\x7f" not in raw and not raw.isascii():
        raw = raw.replace(_EM_DASH, _EM_DASH_ESCAPED)
    if raw.isascii() and b"\x7f" not in raw:
        return raw
    return _escaped(raw).encode("utf-8")


def _escaped(raw: bytes) -> str:
    if b"\x7f" in raw:  # DEL is ASCII to the codec, escaped by json: the regex sees to it
        return _NON_ASCII.sub(lambda m: _escape(m.group()), raw.decode())
    # orjson's UTF-8 is read by the ASCII codec, which copies it in C and calls the handler only for the runs of
    # non-ASCII bytes (a report holds a few `—`), each escaped as json writes it: one pass to the final text. Decoding
    # the UTF-8, encoding it to ASCII with the escapes and decoding that again (3.4 MB each, and a copy for the
    # newline) cost ~4 ms more of a corpus scan; a regex over the whole text took ~35 ms.
    return raw.decode("ascii", _ESCAPE_ERRORS)


def _escape_run(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    # The run of non-ASCII bytes from where the codec stopped: whole UTF-8 characters (orjson writes valid UTF-8, and
    # an ASCII byte is never inside a character's bytes).
    data, end = error.object, error.start
    while end < len(data) and data[end] >= 0x80:
        end += 1
    return "".join(_escape(c) for c in bytes(data[error.start:end]).decode("utf-8")), end


_ESCAPE_ERRORS = "deploycheck-json-escape"
codecs.register_error(_ESCAPE_ERRORS, _escape_run)


def _escape(char: str) -> str:
    code = ord(char)
    if code > 0xFFFF:  # a surrogate pair, as json writes it
        code -= 0x10000
        return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


_EM_DASH, _EM_DASH_ESCAPED = "\u2014".encode(), _escape("\u2014").encode("ascii")

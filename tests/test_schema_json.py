"""sources/schemas._json reads the bundled schemas through orjson: the same values json.loads gives for every bundled
file, and json's error where orjson cannot read the text."""

from __future__ import annotations

import json

import pytest

from deploycheck.sources.schemas import _json, available_versions, schema_root


@pytest.mark.parametrize("version", available_versions())
def test_every_bundled_schema_reads_as_json_reads_it(version: str) -> None:
    root = schema_root()
    assert root is not None
    files = sorted((root / f"v{version}.0-local-strict").glob("*.json"))
    assert len(files) > 500
    for path in files:
        text = path.read_text(encoding="utf-8")
        read = _json(text)
        assert read == json.loads(text) and json.dumps(read) == json.dumps(json.loads(text)), path


def test_a_text_orjson_cannot_read_gets_jsons_error() -> None:
    with pytest.raises(json.JSONDecodeError, match="Expecting property name enclosed in double quotes"):
        _json("{")

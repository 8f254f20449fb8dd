"""docs/configuration.md stays true: every config key is documented, and every config example validates."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from deploycheck.config import ConfigError, load_config
from deploycheck.config_schema import CONFIG_SCHEMA

DOC = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"
CONFIG_BLOCK = re.compile(r"```yaml\n(# \.deploycheck\.yaml\n.*?)```", re.S)


def _keys(schema: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted names of every property in the schema (array items and maps are walked into)."""
    out = []
    for name, sub in schema.get("properties", {}).items():
        out.append(prefix + name)
        out.extend(_keys(sub, f"{prefix}{name}."))
        items = sub.get("items")
        if isinstance(items, dict):
            out.extend(_keys(items, f"{prefix}{name}[]."))
        extra = sub.get("additionalProperties")
        if isinstance(extra, dict):
            out.extend(_keys(extra, f"{prefix}{name}.<name>."))
    return out


def test_every_config_key_is_documented() -> None:
    text = DOC.read_text()
    # A key counts as documented when its last name appears in code style, alone (`rate`) or as the
    # end of a dotted name (`policy.fail_on`, `helm.charts[].path`).
    missing = [key for key in _keys(CONFIG_SCHEMA)
               if not re.search(rf"[`.]{re.escape(key.rsplit('.', 1)[-1])}[`.\[]", text)]
    assert not missing, f"document these keys in docs/configuration.md: {missing}"


BLOCKS = CONFIG_BLOCK.findall(DOC.read_text())


def test_the_doc_has_config_examples() -> None:
    assert len(BLOCKS) >= 15


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_config_example_is_valid(block: str, tmp_path: Path) -> None:
    (tmp_path / ".deploycheck.yaml").write_text(block)
    try:
        load_config(tmp_path)
    except ConfigError as exc:
        pytest.fail(f"example in docs/configuration.md is invalid:\n{block}\n{exc}")


def test_an_invalid_example_would_be_caught(tmp_path: Path) -> None:
    (tmp_path / ".deploycheck.yaml").write_text("# .deploycheck.yaml\nhelm:\n  chart: []\n")
    with pytest.raises(ConfigError, match=r"helm\.chart"):
        load_config(tmp_path)

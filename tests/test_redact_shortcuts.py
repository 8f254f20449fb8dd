"""The report redactor skips a pattern when the text lacks the literal the pattern needs (redact._may_hold and
the word lists beside the patterns): the masked text must be the same as with every pattern tried, on every kind
of secret each pattern is there for, in ASCII and in text where case folding reaches beyond ASCII."""

from __future__ import annotations

from pathlib import Path

import pytest

from deploycheck import redact

TOKEN_BODY = "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5"
TEXTS = [
    "container app: ok", "without credentials: answered 200", "image postgres:16 has no digest",
    f"AKIA{'ABCDEFGHIJKLMNOP'}", f"token ghp_{TOKEN_BODY[:36]}", f"github_pat_{TOKEN_BODY}_{TOKEN_BODY}",
    f"glpat-{TOKEN_BODY[:24]}", "xoxb-1234567890-abcdefghij", f"sk_live_{TOKEN_BODY[:24]}", f"key sk-{TOKEN_BODY}",
    f"AIza{TOKEN_BODY[:35]}", "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9P",
    "Authorization: Bearer Xk29vLmq7TzQ8rTt", "Basic dXNlcjpYazI5dkxtcTdUelE=", "token Xk29vLmq7TzQ8rTt",
    "bearer Xk29vLmq7TzQ8rTt", "TOKEN Xk29vLmq7TzQ8rTt", "Bearer livenessProbe",
    "host=db password=Xk29vLmq7TzQ sslmode=require", "PASSWORD = 'Xk29 vLmq'", "Password=Xk29vLmq7TzQ",
    "DB_PASSWORD: Xk29vLmq7TzQ", "api_key=Xk29vLmq7TzQ8", "APIKEY: Xk29vLmq7TzQ8", "client_secret: Xk29vLmq7TzQ",
    "private_key=Xk29vLmq7TzQ", "credentials: Xk29vLmq7TzQ", "AUTH_TOKEN=Xk29vLmq7TzQ", "author: Jane Doe",
    "postgres://app:Xk29vLmq7TzQ@db:5432/app",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
    # re.IGNORECASE folds the long s (U+017F) to s, the Kelvin sign to k, U+0130 to i: the shortcut must not skip
    "pa\u017fsword=Xk29vLmq7TzQ", "db \u017fecret: Xk29vLmq7TzQ", "\u212aey token=Xk29vLmq7TzQ",
    "prİvate_key=Xk29vLmq7TzQ", "apİ_key=Xk29vLmq7TzQ8",
    "tokén: Xk29vLmq7TzQ", "café password=Xk29vLmq7TzQ", "naïve auth=Xk29vLmq7TzQ", "ключ token=Xk29vLmq7TzQ",
    "DEL\x7f secret: Xk29vLmq7TzQ", "known value s3cr3tValue! in a message", "path k8s/booksapp.yml booksapp",
]


def _masked(texts: list[str]) -> list[str]:
    redactor = redact.Redactor(["s3cr3tValue!", "booksapp"])
    return [redactor.text(t) for t in texts]


def _corpus_lines() -> list[str]:
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    if not corpus.is_dir():
        corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    if not corpus.is_dir():
        return []
    lines: list[str] = []
    for path in sorted(corpus.rglob("*.yaml"))[:400]:
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines


@pytest.mark.parametrize("source", ["examples", "corpus"])
def test_the_shortcuts_change_no_masked_text(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = TEXTS if source == "examples" else _corpus_lines()
    if not texts:
        pytest.skip("../shared/corpus not found")
    shortcut = _masked(texts)
    monkeypatch.setattr(redact, "_may_hold", lambda *_: True)
    monkeypatch.setattr(redact, "_AUTH_WORDS", ("",))  # "" is in every text: every pattern is tried
    monkeypatch.setattr(redact, "_TOKEN_STARTS", ("",))
    every_pattern = _masked(texts)
    assert shortcut == every_pattern
    if source == "examples":  # the examples do reach the patterns, so the comparison means something
        assert sum(a != b for a, b in zip(texts, shortcut, strict=True)) >= 30
        folded = TEXTS.index("pa\u017fsword=Xk29vLmq7TzQ")
        assert all("Xk29vLmq7TzQ" not in text for text in shortcut[folded:folded + 4]), shortcut[folded:folded + 4]

"""The report redactor skips a pattern when the text lacks the literal the pattern needs (redact._may_hold and
the word lists beside the patterns): the masked text must be the same as with every pattern tried, on every kind
of secret each pattern is there for, in ASCII and in text where case folding reaches beyond ASCII."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from deploycheck import redact
from deploycheck.model import Finding, Location, ObjectRef, Status, Suppression

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


def _findings(texts: list[str]) -> list[Finding]:
    """Findings holding the texts in every place a finding holds text: message, remediation, evidence (keys, values,
    lists, tuples, nested), location fields, an ObjectRef shared by several findings, a suppression's reason."""
    shared = ObjectRef(kind="Secret", name="app", namespace="s3cr3tValue!")
    out = []
    for i, text in enumerate(texts):
        evidence: dict[str, Any] | None = [None, {"value": text}, {text: [1, text]}, {"nested": {"list": (text, 2)}},
                                           {"also_in": ["a.yaml", text]}][i % 5]
        obj = shared if i % 3 == 0 else ObjectRef(kind="Deployment", name=text[:40])
        location = Location(path=f"k8s/{text[:30]}.yaml", line=i, object=obj, container=text[-20:] or None,
                            origin=text if i % 4 == 0 else None)
        out.append(Finding(check_id="x/y", status=Status.FAIL, message=text, remediation=text[::-1] or None,
                           evidence=evidence, location=location,
                           suppressed=Suppression("inline", text) if i % 7 == 0 else None))
    return out


@pytest.mark.parametrize("source", ["examples", "corpus"])
def test_findings_together_as_one_by_one(source: str) -> None:
    """Redactor.findings gathers the texts of many findings, screens them together and sends only those with
    something to mask through Redactor.finding: every field of every finding must come out as one by one."""
    texts = TEXTS if source == "examples" else _corpus_lines()[:3000]
    if not texts:
        pytest.skip("../shared/corpus not found")
    one, together = _findings(texts), _findings(texts)
    known = ["s3cr3tValue!", "booksapp", "Xk29vLmq"]
    single = redact.Redactor(known)
    for f in one:
        single.finding(f)
    redact.Redactor(known).findings(together)
    assert [(f.to_dict(), repr(f.evidence), repr(f.location)) for f in together] == \
        [(f.to_dict(), repr(f.evidence), repr(f.location)) for f in one]
    if source == "examples":
        assert sum(f.message != t for f, t in zip(together, texts, strict=True)) >= 30
        assert any(isinstance(f.evidence, dict) and f.evidence.get("nested") == {"list": [f.message, 2]}
                   for f in together)  # the tuple became a list, as Redactor.value makes it
        assert str(together[0].location.object) == "Secret/s3c*********/app"  # type: ignore[union-attr]


def test_words_that_only_begin_a_secret_word_reach_no_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """`api`, `gh` and `sk` alone (apiVersion, high, disk, task) sent a third of the corpus report's distinct texts
    through the assignment and token patterns, which need `api_key`/`apikey`, `ghp_`... and `sk_live_`/`sk-`."""
    tried: list[str] = []

    class Counting:
        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern

        def sub(self, repl: Any, text: str) -> str:
            tried.append(text)
            return str(self.pattern.sub(repl, text))

    monkeypatch.setattr(redact, "_ASSIGNMENT", Counting(redact._ASSIGNMENT))
    monkeypatch.setattr(redact, "_TOKENS", Counting(redact._TOKENS))
    texts = ["apiVersion apps/v1 is deprecated", "high availability: 1 replica", "emptyDir disk for task runner",
             "privately exposed port"]
    assert _masked(texts) == texts
    assert tried == []
    assert _masked(["api_key=Xk29vLmq7TzQ8", f"ghp_{TOKEN_BODY[:36]}"]) != ["api_key=Xk29vLmq7TzQ8",
                                                                           f"ghp_{TOKEN_BODY[:36]}"]
    assert len(tried) == 2

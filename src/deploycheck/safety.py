"""Secret masking: the one function every output path uses before a secret-like value leaves us."""

from __future__ import annotations

import re

# `pwd` only as a whole name or its last word (`pwd`, `DB_PWD`, `sqlPwd`): inside a word it is rarely a password.
# A key named for what it signs or opens (`securityKey`, `SECURITYKEY`, `AUTHKEY`, `accountKey`: TailwindTraders'
# JWT signing key and Cosmos DB account key) is a secret; `primaryKey`, `partitionKey`, `routingKey` are not.
_SENSITIVE_NAME = re.compile(r"(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|_key$|^key$|"
                             r"(?:^|[_.-])pwd$|(?-i:[a-z]Pwd$)|"
                             r"(?:security|signing|auth|access|master|encryption|account|shared)[_.-]?key$)", re.I)


def mask(value: object, keep: int = 3) -> str:
    """Keep a short prefix so a human can recognise which secret it is; never the whole value."""
    text = str(value)
    if len(text) <= keep + 2:
        return "*" * max(len(text), 4)
    return text[:keep] + "*" * min(len(text) - keep, 12)


# Every alternative of _SENSITIVE_NAME holds one of these words (case aside): a text without any of them holds no
# sensitive name (tests/test_safety.py holds the list to the pattern).
SENSITIVE_NAME_WORDS = ("pass", "secret", "token", "key", "credential", "pwd")


def is_sensitive_name(name: str) -> bool:
    return bool(_SENSITIVE_NAME.search(name))


def may_contain_any(text: str, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive (re.IGNORECASE) match of any of the lower-case `words` is in `text`: a
    quick test before a regex that needs one of them is tried at every position of a large text. ASCII text is
    answered exactly by its lower-cased copy; other text answers True (re.IGNORECASE folds the long s, U+017F,
    to `s` and the Kelvin sign, U+212A, to `k`, which lower() does not)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(map(low.__contains__, words))

"""finditer in linear time for patterns whose failed starts say where the next one can succeed.

A pattern such as `apt-get install[^&;|]*\\bgcc\\b` searched over hostile text restarts at every `apt-get install` of a
long shell segment and reads to the segment's end from each (quadratic: tests/test_hostile_regex.py). When such a
start fails, what the pattern needed is not in the rest of the segment, so every later start of the same kind
before the segment ends fails too: segment_matches gives what finditer gives, without trying them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def segment_matches(pattern: re.Pattern[str], starts: re.Pattern[str], text: str,
                    segment_end: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text). `starts` is a zero-width pattern that holds at every position where an alternative of
    `pattern` can start; a named group of it marks the start of a family: the alternative's opening (before its
    `[^X]*`) has matched there, and when the alternative then fails, it fails at every later start of that family
    up to the next `segment_end` (the end of the text if none): those are not tried. The caller proves that of its
    pattern (tests/test_regex_rewrites.py compares with finditer)."""
    pos = 0
    failed_until: dict[str, int] = {}  # family -> the end of the segment in which it last failed
    while (start := starts.search(text, pos)) is not None:
        at = start.start()
        family = start.lastgroup
        if family is not None and failed_until.get(family, -1) > at:
            pos = at + 1
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = max(m.end(), at + 1)
            continue
        if family is not None:
            end = segment_end.search(text, at)
            failed_until[family] = end.start() if end is not None else len(text)
        pos = at + 1

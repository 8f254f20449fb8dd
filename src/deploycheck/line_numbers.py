"""The line number of an offset in a text, in time linear in the text however many offsets are asked.

`text.count("\\n", 0, m.start()) + 1` for each match of a loop reads the file from its start every time: quadratic
in the matches (a 1 MB file of 100,000 matches took minutes in some readers). `line_at` gives the same number and
remembers, for the few texts it was last asked about, the last offset and its line: the next offset is counted on
from there (forwards or backwards), so a loop over matches in order reads the text once. A text whose offsets jump
back and forth further than twice its length in all gets an index of its newline offsets instead, built once and
then searched by bisection, so no order of offsets is quadratic.

Every line number of the sources and checks that is counted from an offset goes through here
(tests/test_hostile_line_numbers.py fails on a `count("\\n", 0, ...)` anywhere else).
"""

from __future__ import annotations

import bisect
import re

# The texts last asked about, most recent first: (text, offset, its line, characters counted so far, newline
# offsets or None). The text is held, so `is` identifies it (its id cannot be reused while it is here). A state is
# replaced whole and the list rebuilt, never indexed after a look-up, so a second thread (a scan reads on one; the
# engine forks rather than threads) could at worst lose a state, never get a wrong line or an IndexError.
_State = tuple[str, int, int, int, "list[int] | None"]
_RECENT: list[_State] = []
_KEEP = 8  # a reader loops over one text at a time, sometimes looking at a few others inside that loop
_NEWLINE = re.compile("\n")


def line_at(text: str, pos: int) -> int:
    """The 1-based line of offset `pos` of `text`: `text.count("\\n", 0, pos) + 1`, `pos` read as a slice bound
    (negative counts from the end, past the end is the end)."""
    size = len(text)
    if pos < 0:
        pos = max(0, pos + size)
    elif pos > size:
        pos = size
    state = next((state for state in _RECENT if state[0] is text), None)
    if state is None:
        line = text.count("\n", 0, pos) + 1
        counted, newlines = pos, None
    else:
        _, at, line, counted, newlines = state
        if newlines is None and counted + abs(pos - at) > 2 * size:
            newlines = [m.start() for m in _NEWLINE.finditer(text)]
        if newlines is not None:
            line = bisect.bisect_left(newlines, pos) + 1  # the newlines before pos, plus one
        elif pos >= at:
            line += text.count("\n", at, pos)
        else:
            line -= text.count("\n", pos, at)
        counted += abs(pos - at)
    _RECENT[:] = [(text, pos, line, counted, newlines), *(s for s in _RECENT if s[0] is not text)][:_KEEP]
    return line

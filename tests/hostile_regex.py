"""Adversarial inputs for every module-level regular expression of the scanner, built from the pattern itself.

The scanned repository is hostile, and Python's `re` backtracks: a pattern such as `\\w+=` costs O(n) at every start
position of a line of `a`s, so `search` over a 100 KB line is O(n²) (seconds), and nested quantifiers are worse.
Every recent session found one such pattern by hand; tests/test_hostile_regex.py finds them all:

- `module_patterns()` introspects the modules of deploycheck.sources, .checks and .probes (and the report's
  redaction) for compiled patterns: module globals, `lazy_re.deferred` stand-ins, and patterns kept in module-level
  tuples, lists, sets and dicts or as class attributes — no hand-kept list, so a new pattern is tested the day it lands;
- `adversarial_inputs()` takes regexploit's attack strings (a static ReDoS detector: nested and adjacent overlapping
  quantifiers) and reads the pattern's parse tree (`re._parser`) for the inputs that make a backtracking matcher
  slow: each literal token repeated (with and without spaces), each character class's characters repeated
  (alone and in pairs), and every prefix of a sample match repeated without the rest (the "prefix that matches
  without the suffix"), each as one long line and as many lines;
- `time_pattern()` runs `finditer` (which is `search` over the whole text) and `match` on each input at growing
  sizes, stopping at the first size over the bound, so a quadratic pattern costs a few seconds to fail, not minutes.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from re import _constants as C
from re import _parser as sre_parse
from typing import Any

from deploycheck import lazy_re

PACKAGES = ("deploycheck.sources", "deploycheck.checks", "deploycheck.probes")
EXTRA_MODULES = ("deploycheck.redact",)  # the report's masking runs over text quoted from the repository

# Characters tried as members (or non-members) of a character class; the first that fits is the class's
# representative. Newline last: a class that only a newline satisfies is rare.
_POOL = "a0 A_-./:=,;\"'(){}[]<>@$#*+?!|&%~^`\\\tZz9xé\n"


ANCHORED = frozenset({"match", "fullmatch"})  # tried at one position: no restart at every character


@dataclass(frozen=True)
class Found:
    name: str  # module.NAME, module.NAME[key] or module.Class.NAME
    pattern: re.Pattern[str]
    methods: frozenset[str] = frozenset({"search"})  # how the source uses it; search unless only (full)match
    # Set by the test for a pattern the source only runs through a helper that bounds it: the helper is timed.
    apply: Callable[[str], object] | None = None
    max_size: int | None = None  # every use cuts the text to this many characters (the call site is cited)


def _uses() -> dict[str, set[str]]:
    """NAME -> how the package's source reads it: the methods called on it (`NAME.fullmatch(...)`) and "?" for any
    other read (passed to a helper, put in a tuple). By bare name: a name used with search in one module and with
    match in another counts as searched (the safe side)."""
    import ast
    from pathlib import Path

    import deploycheck

    uses: dict[str, set[str]] = {}
    for path in Path(deploycheck.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        attribute_values = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                uses.setdefault(node.value.id, set()).add(node.attr)
                attribute_values.add(id(node.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and id(node) not in attribute_values:
                uses.setdefault(node.id, set()).add("?")
    return uses


def _methods(name: str, uses: dict[str, set[str]]) -> frozenset[str]:
    """search, unless the source only ever calls match/fullmatch on the pattern's name."""
    if "[" in name:
        return frozenset({"search"})  # held in a container: whoever takes it out may search
    called = uses.get(name.rsplit(".", 1)[-1], set())
    if called and called <= ANCHORED:
        return frozenset(called)
    return frozenset({"search"})


def _modules() -> Iterator[Any]:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            yield importlib.import_module(info.name)
    for name in EXTRA_MODULES:
        yield importlib.import_module(name)


def _as_pattern(value: object) -> re.Pattern[str] | None:
    if isinstance(value, lazy_re.Deferred):
        return value.compiled()
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return value
    return None


def _walk(name: str, value: object, depth: int = 0) -> Iterator[Found]:
    pattern = _as_pattern(value)
    if pattern is not None:
        yield Found(name, pattern)
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for i, item in enumerate(value):
            yield from _walk(f"{name}[{i}]", item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(f"{name}[{key!r}]", item, depth + 1)


def module_patterns() -> list[Found]:
    """Every compiled pattern held at module level (or by a module's class), each pattern text once."""
    found: dict[tuple[str, int], Found] = {}
    uses = _uses()
    for module in _modules():
        for key, value in list(vars(module).items()):
            if isinstance(value, type) and value.__module__ == module.__name__:
                items = [(f"{module.__name__}.{key}.{k}", v) for k, v in vars(value).items()]
            else:
                items = [(f"{module.__name__}.{key}", value)]
            for name, item in items:
                for hit in _walk(name, item):
                    key = (hit.pattern.pattern, hit.pattern.flags)
                    methods = _methods(hit.name, uses)
                    if key in found:  # one pattern under two names: the first name, the uses of both
                        hit, methods = found[key], methods | found[key].methods
                    found[key] = Found(hit.name, hit.pattern, methods)
    return sorted(found.values(), key=lambda f: f.name)


# --- the parse tree -------------------------------------------------------------------------------------------------

def _in_class(char: str, items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    negate = False
    hit = False
    chars = {char, char.lower(), char.upper()} if ignore_case else {char}
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= chr(av) in chars
        elif op is C.RANGE:
            hit |= any(av[0] <= ord(c) <= av[1] for c in chars)
        elif op is C.CATEGORY:
            hit |= any(_category(c, av) for c in chars)
    return hit != negate


def _category(char: str, category: Any) -> bool:
    tests = {
        C.CATEGORY_DIGIT: str.isdigit, C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
        C.CATEGORY_SPACE: str.isspace, C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
        C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
        C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
        C.CATEGORY_LINEBREAK: lambda c: c == "\n", C.CATEGORY_NOT_LINEBREAK: lambda c: c != "\n",
    }
    test = tests.get(category)
    return bool(test(char)) if test else False


class _Reader:
    """Samples of what a pattern matches, and the characters and literals it is made of."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        self.literals: list[str] = []
        self.class_chars: list[str] = []
        self.tree = sre_parse.parse(pattern.pattern, pattern.flags)
        self.pieces: list[str] = []  # one sample match, leaf by leaf: its prefixes are the "almost matches"
        self._sample(list(self.tree), self.pieces, collect=True)

    def _class_char(self, items: list[tuple[Any, Any]], member: bool = True) -> str:
        for char in _POOL:
            if _in_class(char, items, self.ignore_case) == member:
                return char
        return "a"

    def _sample(self, seq: list[tuple[Any, Any]], out: list[str], collect: bool) -> None:
        literal = ""
        for op, av in seq:
            if op is C.LITERAL:
                literal += chr(av)
                out.append(chr(av))
                continue
            if literal and collect:
                self.literals.append(literal)
            literal = ""
            if op is C.NOT_LITERAL:
                char = next(c for c in _POOL if ord(c) != av)
                out.append(char)
                collect and self.class_chars.append(char)
            elif op is C.ANY:
                out.append("a")
                collect and self.class_chars.append("a")
            elif op is C.IN:
                char = self._class_char(av)
                out.append(char)
                if collect:
                    self.class_chars.append(char)
                    outside = self._class_char(av, member=False)
                    self.class_chars.append(outside)
            elif op is C.BRANCH:
                for i, branch in enumerate(av[1]):
                    self._sample(list(branch), out if i == 0 else [], collect)
            elif op in (C.SUBPATTERN,):
                self._sample(list(av[3]), out, collect)
            elif op is C.ATOMIC_GROUP:
                self._sample(list(av), out, collect)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                low, _high, sub = av
                inner: list[str] = []
                self._sample(list(sub), inner, collect)
                for _ in range(min(max(low, 1), 64)):
                    out.extend(inner)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                self._sample(list(av[1]), [], collect)  # literals of a lookaround are tokens too
            elif op is C.GROUPREF_EXISTS:
                self._sample(list(av[1]), out, collect)
                if av[2] is not None:
                    self._sample(list(av[2]), [], collect)
            # AT (anchors), GROUPREF: nothing to add
        if literal and collect:
            self.literals.append(literal)


def static_attacks(pattern: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """regexploit's (prefix, repeated character, killer) for each nested or adjacent overlapping quantifier it finds
    in the pattern (cubic and worse); [] when regexploit is not installed or does not know a construct."""
    try:
        from regexploit.ast.sre import SreOpParser
        from regexploit.redos import find
    except ImportError:
        return []
    try:
        found = list(find(SreOpParser().parse_sre(pattern.pattern, pattern.flags)))
    except Exception:  # regexploit does not parse every construct (possessive repeats...): the other inputs stay
        return []
    attacks = []
    for redos in found:
        repeated, killer = redos.repeated_character, redos.killer
        if killer and (both := repeated & killer):  # as regexploit's own example(): a repeat that also kills
            repeated, killer = both, None
        attacks.append((redos.example_prefix, repeated.example(), killer.example() if killer else ""))
    return attacks


def adversarial_inputs(pattern: re.Pattern[str], size: int) -> dict[str, str]:
    """Named inputs of about `size` characters each (one long line, or many lines where that differs)."""
    reader = _Reader(pattern)
    units: dict[str, str] = {}
    tokens: dict[str, str] = {}  # literal tokens: a budget of their own, so a long pattern's prefixes cannot crowd
    # them out (redact._TOKENS' `eyJ` came 40th of its units and was never tried: 5.3 s on 128,000 characters)

    def add(label: str, unit: str, into: dict[str, str] = units, most: int = 32) -> None:
        if unit and unit not in units.values() and unit not in tokens.values() and len(into) < most:
            into[label] = unit

    sample = "".join(reader.pieces)
    # Prefixes of the sample match, each without what completes it: the classic quadratic search.
    cuts = sorted({len("".join(reader.pieces[:i])) for i in range(1, len(reader.pieces))})
    if len(cuts) > 24:  # long patterns: an even spread of the cuts
        cuts = [cuts[round(i * (len(cuts) - 1) / 23)] for i in range(24)]
    for cut in cuts:
        add(f"prefix[:{cut}]", sample[:cut])
    add("sample", sample)
    for token in dict.fromkeys(t for t in reader.literals if t.strip()):
        add(f"literal {token!r}", token, tokens, 24)
    for token in dict.fromkeys(t for t in reader.literals if t.strip()):
        add(f"literal {token!r}+space", token + " ")
    units.update(tokens)
    chars = list(dict.fromkeys([*reader.class_chars, " ", "a"]))
    for char in chars:
        add(f"class {char!r}", char)
    for i, first in enumerate(chars[:5]):
        for second in chars[i + 1:5]:
            add(f"classes {first!r}{second!r}", first + second)
    inputs: dict[str, str] = {}
    # A file of blank lines: under re.M, `^\s*` starts at every line and runs over all the newlines after it
    # (quadratic; a requirements.txt of 40,000 empty lines took 8 s). Class characters never include the newline.
    inputs["blank lines"] = "\n" * size
    inputs["blank lines, spaces"] = (" \n" * (size // 2 + 1))[:size]
    # Classes of hostile text no pattern's own pieces lead to: CRLF line ends (`\r` is `\s` but not a line end
    # under re.M), NUL bytes, unclosed and deeply nested brackets, many `${` (templated values), and long base64
    # runs (keys, certificates, JWTs) as one line and as PEM-style 64-character lines.
    inputs["blank lines, CRLF"] = ("\r\n" * (size // 2 + 1))[:size]
    inputs["NUL bytes"] = "\0" * size
    for opening, closing in ("()", "[]", "{}", "<>"):
        inputs[f"nested {opening}{closing}"] = opening * (size // 2) + closing * (size // 2)
        inputs[f"unclosed {opening}"] = opening * size
    inputs["many ${"] = ("${" * (size // 2 + 1))[:size]
    inputs["many ${a:-"] = ("${a:-" * (size // 5 + 1))[:size]
    base64 = ("TWFuIGlzIGRpc3Rpbmd1aXNoZWQsIG5vdCBvbmx5IGJ5IGhpcyByZWFzb24s+/" * (size // 62 + 1))[:size]
    inputs["base64 run"] = base64
    inputs["base64 lines"] = "\n".join(base64[i:i + 64] for i in range(0, size, 65))
    for prefix, repeated, killer in static_attacks(pattern):
        inputs[f"regexploit {prefix[:20]!r} + {repeated!r} * n + {killer!r}"] = prefix + repeated * size + killer
    for label, unit in units.items():
        line = unit.replace("\n", " ") if len(unit) > 1 else unit
        inputs[label] = (line * (size // len(line) + 1))[:size]
        if "\n" not in unit and len(unit) > 1 and label.startswith(("prefix", "sample", "literal")):
            many = (unit + "\n") * (size // (len(unit) + 1) + 1)
            inputs[label + " lines"] = many[:size]
    return inputs


@dataclass
class Timing:
    name: str
    label: str
    size: int
    seconds: float


def run_once(found: Found, text: str) -> float:
    """CPU seconds for one run of the pattern over the text, as the source uses it. CPU time of this (single-threaded)
    process, not wall time: a regex match is pure computation, and on a machine shared by other jobs wall time
    grows with the load (a linear pattern measured 0.64 s at 128,000 characters at load 7 on two cores)."""
    pattern = found.pattern
    started = time.process_time()
    if found.apply is not None:
        found.apply(text)
    elif "search" in found.methods:
        for _ in pattern.finditer(text):  # finditer is search over the whole text, match after match
            pass
    else:
        pattern.match(text)
    if found.apply is None and "fullmatch" in found.methods:
        pattern.fullmatch(text)
    return time.process_time() - started


def limit(bound_s: float, size: int) -> float:
    """The bound for one input: `bound_s` per 32,000 characters (linear patterns may take longer on longer text)."""
    return bound_s * max(1.0, size / 32_000)


def time_pattern(found: Found, sizes: tuple[int, ...], bound_s: float) -> list[Timing]:
    """The slowest input at each size; stops at the first size whose slowest input is over the limit."""
    timings: list[Timing] = []
    slowest: list[str] = []  # labels, slowest first, at the previous size
    sizes = tuple(sorted({min(size, found.max_size or size) for size in sizes}))
    for step, size in enumerate(sizes):
        worst = Timing(found.name, "", size, 0.0)
        inputs = adversarial_inputs(found.pattern, size)
        if step == len(sizes) - 1 and step >= 2:  # the largest size: only the inputs slowest before (it costs)
            inputs = {label: inputs[label] for label in slowest[:3]}
        seconds: dict[str, float] = {}
        most = limit(bound_s, size)
        for label, text in inputs.items():
            elapsed = run_once(found, text)
            if most < elapsed < 4 * most:  # a loaded machine can deschedule one run: the best of three counts
                elapsed = min(elapsed, run_once(found, text), run_once(found, text))
            seconds[label] = elapsed
            if elapsed > worst.seconds:
                worst = Timing(found.name, label, size, elapsed)
            if elapsed > most:
                break
        slowest = sorted(seconds, key=seconds.__getitem__, reverse=True)
        timings.append(worst)
        if worst.seconds > most:
            break
    return timings


def time_all(patterns: list[Found], sizes: tuple[int, ...], bound_s: float,
             timeout_s: float) -> tuple[dict[str, list[Timing]], list[str]]:
    """time_pattern for each pattern in a forked worker, so a pattern that runs for minutes (Python cannot interrupt
    a match) is killed after `timeout_s` and named, and the others are still timed. Returns the timings by name and
    the names that timed out."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    results: dict[str, list[Timing]] = {}
    timed_out: list[str] = []
    start = 0
    while start < len(patterns):
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_worker, args=(patterns, start, sizes, bound_s, sender), daemon=True)
        worker.start()
        sender.close()
        index = start
        while index < len(patterns):
            if not receiver.poll(timeout_s):
                worker.kill()
                timed_out.append(patterns[index].name)
                break
            try:
                index, timings = receiver.recv()
            except EOFError:  # the worker died: name the pattern it was on
                timed_out.append(patterns[index].name)
                break
            results[patterns[index].name] = timings
            index += 1
        worker.join()
        receiver.close()
        start = index + 1
    return results, timed_out


def _worker(patterns: list[Found], start: int, sizes: tuple[int, ...], bound_s: float, sender: Any) -> None:
    for index in range(start, len(patterns)):
        sender.send((index, time_pattern(patterns[index], sizes, bound_s)))
    sender.close()

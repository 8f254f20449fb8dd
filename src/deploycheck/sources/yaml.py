"""YAML reading: libyaml safe loader, alias-bomb cap, line numbers only on demand.

Parsing builds plain Python objects with the C loader (fast). Line numbers come from the node trees
libyaml composed for the parse, kept with the documents (`_parse`); where a tree was not kept (merge
keys, large texts, documents parsed in another process) `line_of` composes that single document again
and walks the path. That keeps the common path as fast as a bare `yaml.load_all` (DESIGN.md, performance).
"""

from __future__ import annotations

import operator
import re
import sys
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from deploycheck.lazy_re import Deferred

# PyYAML's pure-Python Reader compiles its class of non-printable characters when `yaml` is imported (4-6 ms of every
# run, bench/README.md "perf-corpus12"): a character class up to U+10FFFF, which re's compiler builds in Python. The C
# loader (every parse here) never uses it. While `yaml` is imported, that one pattern is handed out as a stand-in that
# compiles it on first use (the pure loaders, a fallback, still refuse the same characters: tests/test_lazy_re.py).
_READER_NON_PRINTABLE = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]"


def _compile_reader_pattern_late(pattern: Any, flags: int = 0) -> Any:
    if flags == 0 and pattern == _READER_NON_PRINTABLE:
        return Deferred({}, "NON_PRINTABLE", pattern, flags)
    return _compile(pattern, flags)


_compile = re.compile
re.compile = _compile_reader_pattern_late  # only while yaml is imported, just below
try:
    import yaml
finally:
    re.compile = _compile

from deploycheck.line_numbers import line_at  # noqa: E402

try:  # libyaml is the floor we benchmark against; the pure loader is a slow fallback
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
# Scalar tags whose SafeConstructor functions return a value (no generator) from the node alone.
_PLAIN_SCALARS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float"))
_MISSING = object()


class _NoPathResolvers:
    """libyaml's composer calls descend_resolver and ascend_resolver around every node; without path resolvers
    (yaml.add_path_resolver, never called for these loaders: tests/test_yaml_fast_constructor.py holds that)
    BaseResolver's only look that up and return. Here they are C functions that take the same arguments and do
    nothing the composer sees (it ignores what they return): no Python frame per node. Python no-op methods were
    already ~0.25 us less per node than BaseResolver's; the C ones take 24 M of the corpus parse's 654 M
    instructions off again (callgrind), the same nodes and tags. (Builtin functions do not bind: the composer's
    `self.descend_resolver(parent, index)` calls operator.is_(parent, index), `self.ascend_resolver()` tuple().)"""

    descend_resolver = operator.is_
    ascend_resolver = tuple


# The safe loader's implicit resolvers by a scalar's first character ("" for the empty scalar), each list followed by
# the wildcard ones, as BaseResolver.resolve concatenates them for every scalar.
_RESOLVERS: dict[str | None, list[tuple[str, Any]]] = getattr(_BaseLoader, "yaml_implicit_resolvers")  # noqa: B009
_WILDCARD: tuple[tuple[str, Any], ...] = tuple(_RESOLVERS.get(None, []))
_IMPLICIT: dict[str, tuple[tuple[str, Any], ...]] = {
    first: (*found, *_WILDCARD) for first, found in _RESOLVERS.items() if first is not None}
# The tag each short plain scalar that some resolver could claim was given: the same few values (`true`, `80`, `1`,
# `name`...) come back thousands of times in a corpus, and each asked the resolvers' regexes again. Bounded (a
# hostile file of distinct values fills it and then only misses); the tag is a function of the value alone.
_TAGS: dict[str, str] = {}
_SCALAR_NODE = yaml.ScalarNode
_TAGS_MAX = 16_384
_TAG_VALUE_MAX = 64


class _Loader(_NoPathResolvers, _BaseLoader):
    """The safe loader with a quicker constructor for the common nodes (hand-written: PyYAML has no faster path).

    libyaml parses and composes in C, but SafeConstructor builds every node through `construct_object`
    (dictionaries of nodes in progress, a tag lookup, a generator per mapping and sequence): about half of
    a corpus parse. Here untagged mappings with string keys, sequences and str/null/bool/int/float scalars
    are built directly (the scalar functions are SafeConstructor's own); every other node (merge keys,
    non-string keys, timestamps, sets, binary, unknown tags) goes to SafeConstructor itself. The work queue
    is first in, first out like SafeConstructor's list of generators, and the generators a fallback leaves
    join it in order, so nodes are built (and errors raised) in SafeConstructor's order, aliases share
    objects as they do there, and nothing recurses per level of nesting. tests/test_yaml_fast_constructor.py
    compares both on the corpus and on every kind of node."""

    constructed_objects: dict[Any, Any]
    recursive_objects: dict[Any, Any]
    state_generators: list[Any]
    deep_construct: bool
    # Whether the last document handed any node to SafeConstructor, whose merge keys rewrite the node tree
    # (flatten_mapping): such a tree no longer answers line lookups as the text does.
    handed_over = False

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        """BaseResolver.resolve for a loader without path resolvers (_NoPathResolvers): the same tag, without a new
        list of resolvers per scalar (libyaml's composer calls this for each of the corpus's ~60,000 scalars)."""
        if kind is _SCALAR_NODE:
            if implicit[0]:
                # the kept tag first: most scalars are values seen before (one lookup, not a slice and two)
                tag = _TAGS.get(value)
                if tag is not None:
                    return tag
                resolvers = _IMPLICIT.get(value[:1], _WILDCARD)
                if not resolvers:
                    return self.DEFAULT_SCALAR_TAG
                tag = self.DEFAULT_SCALAR_TAG
                for found, regexp in resolvers:
                    if regexp.match(value):
                        tag = found
                        break
                if len(value) <= _TAG_VALUE_MAX and len(_TAGS) < _TAGS_MAX:
                    _TAGS[value] = tag
                return tag
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)

    def construct_document(self, node: Any) -> Any:
        self.handed_over = False
        queue: deque[Any] = deque()
        data = self._fast_object(node, queue)
        while queue:
            item = queue.popleft()
            if item.__class__ is not tuple:  # a generator SafeConstructor left for later
                for _ in item:
                    pass
                self._take_generators(queue)
                continue
            target, owner = item
            if target.__class__ is list:
                target.extend([self._fast_object(child, queue) for child in owner.value])
                continue
            pairs = owner.value
            if all(k.__class__ is yaml.ScalarNode and k.tag == _STR for k, _ in pairs):
                mapping = {}
                for key_node, value_node in pairs:
                    mapping[key_node.value] = self._fast_object(value_node, queue)
            else:  # merge keys, other keys: SafeConstructor's own mapping
                self.handed_over = True
                mapping = self.construct_mapping(owner)
                self._take_generators(queue)
            target.update(mapping)
        self.constructed_objects = {}
        self.recursive_objects = {}
        self.deep_construct = False
        return data

    def _take_generators(self, queue: deque[Any]) -> None:
        if self.state_generators:
            queue.extend(self.state_generators)
            self.state_generators = []

    def _fast_object(self, node: Any, queue: deque[Any]) -> Any:
        built = self.constructed_objects
        data = built.get(node, _MISSING)
        if data is not _MISSING:
            return data
        cls, tag = node.__class__, node.tag
        if cls is yaml.ScalarNode and tag == _STR:
            data = node.value
        elif cls is yaml.ScalarNode and tag in _PLAIN_SCALARS:
            data = self.yaml_constructors[tag](self, node)
        elif cls is yaml.MappingNode and tag == _MAP:
            data = {}
            queue.append((data, node))
        elif cls is yaml.SequenceNode and tag == _SEQ:
            data = []
            queue.append((data, node))
        else:
            self.handed_over = True
            data = self.construct_object(node)
            self._take_generators(queue)
            return data
        built[node] = data
        return data


class _IntegerTooLong(yaml.constructor.ConstructorError):
    """A decimal integer longer than Python converts from text (sys.get_int_max_str_digits, 4,300 by default: the
    conversion is quadratic). Only its document is lost (`load_all(partial=True)`), and the message gives its line."""


def _construct_int(loader: Any, node: Any) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        digits = sum(ch.isdigit() for ch in node.value)
        limit = sys.get_int_max_str_digits()  # 0: no limit
        if not limit or digits <= limit:  # `!!int notanint`: SafeConstructor's own error, as before
            raise
        raise _IntegerTooLong(None, None, f"an integer of {digits:,} digits (more than can be read as a number)",
                              node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)

# Expanded size cap: a document whose alias-expanded node count exceeds this is refused. PyYAML
# shares aliased objects, so the bomb only explodes when something walks the tree; we measure the
# expanded size by memoised DAG walk (linear in distinct nodes) before anybody else walks it.
MAX_EXPANDED_NODES = 1_000_000

# `\r?`: a CRLF file's bare `---\r` line separates documents too. Without it such a file had one document start, and a
# lookup that composes a document again (one the parse-ahead child parsed, a merge key, a large text) composed the
# whole text, failed and answered line 1, where a kept tree answered the real line: lines depended on the processes.
_DOC_SEPARATOR = re.compile(r"^---(?:[ \t].*)?\r?$", re.M)


class YamlError(Exception):
    """A YAML text that cannot be used; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class YamlDocs:
    """The documents of one YAML text. `docs[i]` is None for empty documents."""

    text: str
    docs: list[Any]
    # The documents that could not be built, each None in `docs` (only with `load_all(partial=True)`).
    problems: list[YamlError] = field(default_factory=list)
    # Composed node trees by document, built on the first line lookup. Checks report many fields of
    # the same document (each container, probe, port; ~8 lookups per document on the corpus), and
    # composing again for each cost most of a Kubernetes scan.
    _composed: dict[int, tuple[Any, int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    # 0-based first line of each document, counted once: counting newlines from the top for every
    # document made a 100,000-document file quadratic (minutes).
    _start_lines: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    # The keys of each mapping node a lookup walked through, by id(node) (the nodes live in _composed as long as this
    # does): a document's lookups go down the same few mappings (metadata, spec, template, containers), and each
    # went through their pairs one by one again (~2,800 lookups, ~3 % of a corpus scan).
    _keys: dict[int, dict[str, tuple[Any, int]]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        # The parse-ahead child (parallel.py) sends its YamlDocs back pickled: node trees would cost the parent
        # more to unpickle than composing the documents that are looked up (and the keys are by node id).
        return {**self.__dict__, "_composed": {}, "_keys": {}}

    def line_of(self, doc_index: int, path: Sequence[str | int] = ()) -> int | None:
        if doc_index not in self._composed:
            if self._starts is None:
                self._starts = _doc_starts(self.text)
                self._start_lines = _start_lines(self.text, self._starts)
            self._composed[doc_index] = _compose_doc(self.text, doc_index, self._starts, self._start_lines)
        node, offset = self._composed[doc_index]
        return _line_in(node, offset, path, self._keys)


def _expanded_size(root: Any) -> int:
    memo: dict[int, int] = {}
    # Iterative post-order walk: recursion would overflow on deep (but legal) documents.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        if key in memo and not done:
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        if not done:
            memo[key] = -1  # in progress (a recursive alias refers back here)
            stack.append((node, True))
            stack.extend((c, False) for c in children if isinstance(c, dict | list) and id(c) not in memo)
            continue
        size = 1
        for child in children:
            if isinstance(child, dict | list):
                if memo.get(id(child)) == -1:
                    # Still in progress, so an ancestor: the node contains itself (`a: &a [*a]`).
                    # Every recursive reader (schema validation, report JSON) would loop or overflow.
                    return RECURSIVE
                size += max(memo.get(id(child), 1), 1)
            else:
                size += 1
        memo[key] = size
        if size > MAX_EXPANDED_NODES:
            return size
    return memo.get(id(root), 1)


RECURSIVE = -1  # _expanded_size's answer for a document that contains itself


def _may_have_aliases(text: str) -> bool:
    return "&" in text and "*" in text


def load_all(text: str, partial: bool = False) -> YamlDocs:
    """Parse every document of `text`; raises YamlError with a line on bad input. With `partial`, a document whose
    values cannot be built (an integer too long to read) is None in `docs` and its error is in `problems`: the other
    documents are still read (a syntax error still ends the whole text, as the parser cannot go on)."""
    if "\x00" in text:
        raise YamlError("binary content (NUL bytes), not YAML")
    try:
        docs, trees, problems = _parse(text, partial)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(f"invalid YAML: {problem}", line) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise YamlError(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise YamlError("invalid YAML: nesting too deep") from None
    if _may_have_aliases(text):
        for doc in docs:
            size = _expanded_size(doc)
            if size == RECURSIVE:
                raise YamlError("refused: recursive alias (a node that contains itself)")
            if size > MAX_EXPANDED_NODES:
                raise YamlError(
                    f"refused: aliases expand to more than {MAX_EXPANDED_NODES:,} nodes (possible alias bomb)"
                )
    parsed = YamlDocs(text=text, docs=docs, problems=problems)
    parsed._composed.update(trees)
    return parsed


# Texts up to this size keep the node trees their parse composed, for line lookups (below); larger ones compose a
# document again when a lookup asks, as every text did before, so that no large file's tree is held for nothing.
MAX_KEPT_TREE_TEXT = 256 * 1024


def _parse(text: str, partial: bool = False) -> tuple[list[Any], dict[int, tuple[Any, int]], list[YamlError]]:
    """yaml.load_all with _Loader, keeping each document's node tree (marks relative to the whole text, so at
    offset 0) where SafeConstructor did not rewrite it. Line lookups then walk the tree libyaml already built:
    composing documents a second time for them was ~6 % of a corpus scan."""
    loader = _Loader(text)
    docs: list[Any] = []
    trees: dict[int, tuple[Any, int]] = {}
    problems: list[YamlError] = []
    keep = len(text) <= MAX_KEPT_TREE_TEXT
    try:
        while loader.check_node():
            node = loader.get_node()
            try:
                docs.append(loader.construct_document(node))
            except _IntegerTooLong as exc:
                if not partial:
                    raise
                # The node was composed whole, so the parser goes on at the next document; the constructor's
                # state of the failed one is dropped.
                loader.constructed_objects = {}
                loader.recursive_objects = {}
                loader.state_generators = []
                loader.deep_construct = False
                docs.append(None)
                line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
                problems.append(YamlError(f"invalid YAML: {exc.problem}", line))
                continue
            if keep and not loader.handed_over:
                trees[len(docs) - 1] = (node, 0)
    finally:
        loader.dispose()
    return docs, trees, problems


def load_one(text: str) -> Any:
    """Parse a single-document YAML text (config files, Chart.yaml, values files)."""
    docs = load_all(text).docs
    if len(docs) > 1:
        raise YamlError("expected one YAML document, found several")
    return docs[0] if docs else None


def _has_content(chunk: str) -> bool:
    return any(ln.strip() and not ln.lstrip().startswith(("#", "%")) for ln in chunk.splitlines())


def _doc_starts(text: str) -> list[int]:
    """Offsets where the documents of `text` start."""
    starts = [0]
    for match in _DOC_SEPARATOR.finditer(text):
        if match.start() == 0:
            continue
        if len(starts) == 1 and not _has_content(text[: match.start()]):
            starts[0] = match.start()  # comments before the first `---` do not make a document
            continue
        starts.append(match.start())
    return starts


def _start_lines(text: str, starts: list[int]) -> list[int]:
    return [line_at(text, start) - 1 for start in starts]


def _doc_text(text: str, doc_index: int, starts: list[int] | None = None,
              start_lines: list[int] | None = None) -> tuple[str, int]:
    """The text of document `doc_index` and the 0-based line it starts on."""
    starts = _doc_starts(text) if starts is None else starts
    # Documents are delimited by `---`; a leading `---` does not open an extra document.
    if doc_index >= len(starts):
        return "", 0
    start = starts[doc_index]
    end = starts[doc_index + 1] if doc_index + 1 < len(starts) else len(text)
    first_line = start_lines[doc_index] if start_lines is not None else line_at(text, start) - 1
    return text[start:end], first_line


class _LineLoader(_NoPathResolvers, _BaseLoader):
    """Composes node trees for line lookups only: every scalar keeps its text, so resolving implicit
    tags (a Python regex call per scalar, ~40% of composing) is skipped."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return ""


def _compose_doc(text: str, doc_index: int, starts: list[int] | None = None,
                 start_lines: list[int] | None = None) -> tuple[Any, int]:
    """The node tree of document `doc_index` (None when empty or unreadable) and its 0-based first line."""
    chunk, offset = _doc_text(text, doc_index, starts, start_lines)
    if not chunk.strip():
        return None, offset
    try:
        return yaml.compose(chunk, Loader=_LineLoader), offset
    except yaml.YAMLError:
        return None, offset


def _line_in(node: Any, offset: int, path: Sequence[str | int],
             keys: dict[int, dict[str, tuple[Any, int]]] | None = None) -> int:
    """The 1-based line of `path` below `node` (the nearest existing parent's when absent); `keys` (YamlDocs._keys)
    keeps each mapping's first value and key line per scalar key, as the pairs are searched in order."""
    if node is None:
        return offset + 1
    line = node.start_mark.line
    for key in path:
        nxt = None
        if isinstance(node, yaml.MappingNode):
            if keys is None:
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                        nxt, line = v, k.start_mark.line
                        break
            else:
                found = keys.get(id(node))
                if found is None:
                    found = keys[id(node)] = {}
                    for k, v in node.value:
                        if isinstance(k, yaml.ScalarNode) and k.value not in found:
                            found[k.value] = (v, k.start_mark.line)
                hit = found.get(str(key))
                if hit is not None:
                    nxt, line = hit
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
            line = nxt.start_mark.line
        if nxt is None:
            break
        node = nxt
    return offset + line + 1


def line_of(text: str, doc_index: int, path: Sequence[str | int] = ()) -> int | None:
    """1-based line of the node at `path` in document `doc_index`; nearest existing parent if absent."""
    node, offset = _compose_doc(text, doc_index)
    return _line_in(node, offset, path)

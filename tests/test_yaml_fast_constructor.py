"""sources/yaml.py builds common nodes itself instead of through SafeConstructor: the documents, the
errors and the sharing of aliased objects must be SafeConstructor's own, on every kind of node and on the
shared corpus (skipped when absent)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from deploycheck.sources import yaml as dc_yaml

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
REFERENCE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _outcome(loader: type, text: str) -> tuple[str, Any]:
    try:
        return "ok", list(yaml.load_all(text, Loader=loader))
    except yaml.YAMLError as exc:
        return "error", str(exc)
    except (ValueError, TypeError, OverflowError) as exc:
        return "error", f"{type(exc).__name__}: {exc}"


def _same(a: Any, b: Any, pairs: dict[int, int]) -> bool:
    """Equal values of the same types, with the same objects shared (aliases) in both."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict | list | set):
        if id(a) in pairs:
            return pairs[id(a)] == id(b)
        pairs[id(a)] = id(b)
        if isinstance(a, dict):
            return list(a) == list(b) and all(_same(a[k], b[k], pairs) for k in a)
        if isinstance(a, list):
            return len(a) == len(b) and all(_same(x, y, pairs) for x, y in zip(a, b, strict=True))
        return a == b
    if isinstance(a, float) and a != a:  # NaN
        return b != b
    return bool(a == b)


def _assert_same(text: str) -> None:
    expected, got = _outcome(REFERENCE, text), _outcome(dc_yaml._Loader, text)
    assert expected[0] == got[0], (text, expected, got)
    if expected[0] == "error":
        assert expected[1] == got[1]
    else:
        assert _same(expected[1], got[1], {}), (text, expected, got)


CASES = [
    "a: 1\nb: [x, 2, 3.5, true, null, ~, 0x1F, 0o17, 1_000, 1:30, .inf, -.NaN, yes, off, '']\n",
    "---\n---\nkind: A\n...\n---\n- 1\n- {a: b}\n",
    "base: &b {x: 1, y: [1, 2]}\nother: *b\nlist: [*b, *b]\nmerged:\n  <<: *b\n  z: 3\n",
    "a: &a {b: *a}\n",  # a mapping that holds itself
    "- &l [*l, 1]\n",
    "- <<: [{a: 1}, {b: 2}]\n  c: 3\n- = : v\n  x: 1\n",
    "? [a, b]\n: 1\n",  # unhashable key
    "? {a: 1}\n: 1\n",
    "1: one\ntrue: yes\nnull: nothing\n3.5: f\n2001-12-14: d\n",
    "d: 2001-12-14t21:59:43.10-05:00\nday: 2002-12-14\nb: !!binary aGVsbG8=\n",
    "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\np: !!pairs [{a: 1}, {a: 2}]\n",
    "x: !Ref thing\ny: 1\n",
    "x: 1\ny: !!python/object:os.system ls\n",
    "a: !!str 1\nb: !!int '7'\nc: !!float '1'\nd: !!bool 'true'\ne: !!null ''\nf: !!map {a: 1}\ng: !!seq [1]\n",
    "a: !!int notanint\n",
    "a: !!binary '%%%'\n",
    "a: 1\na: 2\nb: {c: 1, c: 2}\n",
    "first: !Bad1 x\nnested: {deep: {deeper: !Bad2 y}}\nlater: !Bad3 z\n",
    "nested: {deep: !Bad2 y}\nlater: !Bad3 z\n",
    "a: {b: !Bad1 x}\nc: {d: !Bad2 y}\n",  # breadth first, in order, as SafeConstructor
    "a: {b: {c: !Deep x}}\nd: {e: !Shallow y}\n",
    "a: !!set {x: {y: !Bad1 z}}\nb: {c: !Bad2 w}\n",
    "k: &k value\nl: [*k, *k]\n*k : aliased key\n",
    "a: &m {x: 1}\nb:\n  <<: *m\n  <<: {y: 2}\n",
    "a: 'x'\n" * 3 + "b: \"\\u00e9\\t\"\nc: |\n  block\n  text\nd: >\n  folded\n",
    "",
    "# only a comment\n",
    "- - - - []\n",
]


@pytest.mark.parametrize("text", CASES)
def test_same_as_safe_constructor(text: str) -> None:
    _assert_same(text)


def test_deep_nesting_does_not_recurse() -> None:
    depth = 20_000
    _assert_same("a:\n" + "".join("  " * i + "- \n" for i in range(1, 3)) + "[" * depth + "]" * depth + "\n")
    _assert_same("{a: " * depth + "1" + "}" * depth + "\n")


def test_many_aliases_share_objects() -> None:
    text = "base: &b {x: [1, 2]}\n" + "".join(f"k{i}: *b\n" for i in range(50))
    docs = dc_yaml.load_all(text).docs
    assert all(docs[0][f"k{i}"] is docs[0]["base"] for i in range(50))


def test_timestamps_and_sets_are_safe_constructor_types() -> None:
    doc = dc_yaml.load_one("d: 2002-12-14\ns: !!set {a}\n")
    assert doc == {"d": datetime.date(2002, 12, 14), "s": {"a"}}


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")
def test_corpus_documents_are_the_same() -> None:
    count = 0
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in (".yaml", ".yml") or not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if "\x00" in text:
            continue
        _assert_same(text)
        count += 1
    assert count > 400


def test_no_path_resolvers_on_the_loaders() -> None:
    # _NoPathResolvers skips BaseResolver's per-node path-resolver calls: right only while none is registered.
    for loader in (dc_yaml._Loader, dc_yaml._LineLoader):
        assert not loader.yaml_path_resolvers
        node = yaml.compose("a: [1, {b: c}]\n", Loader=loader)
        assert node.value[0][1].value[1].value[0][1].value == "c"


def test_line_lookups_unchanged() -> None:
    text = "---\nkind: A\nspec:\n  list:\n    - x\n    - name: y\n      port: 80\n---\n# c\nkind: B\nmeta:\n  n: 1\n"
    docs = dc_yaml.load_all(text)
    assert [docs.line_of(0, ("spec", "list", 1, "port")), docs.line_of(1, ("meta", "n")),
            docs.line_of(1, ("missing",)), docs.line_of(0)] == [7, 12, 10, 2]


def _paths(value: Any, prefix: tuple[str | int, ...] = (), depth: int = 5) -> list[tuple[str | int, ...]]:
    out = [prefix]
    if depth and isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, str(key)), depth - 1)
        out.append((*prefix, "not-a-key"))
    elif depth and isinstance(value, list):
        for index, child in enumerate(value):
            out += _paths(child, (*prefix, index), depth - 1)
    return out


def test_parse_keeps_trees_for_line_lookups() -> None:
    text = "---\nkind: A\nspec:\n  list:\n    - x\n    - name: y\n      port: 80\n---\n# c\nkind: B\nmeta:\n  n: 1\n"
    docs = dc_yaml.load_all(text)
    assert sorted(docs._composed) == [0, 1]  # nothing to compose again for a lookup
    assert [docs.line_of(0, ("spec", "list", 1, "port")), docs.line_of(1, ("meta", "n"))] == [7, 12]


def test_merge_keys_and_large_texts_compose_again() -> None:
    # A merge key makes SafeConstructor rewrite the mapping node (flatten_mapping): its tree no longer says
    # where the text has a key, so that document is composed again from the text, as before.
    text = "base: &b\n  x: 1\nkind: A\nspec:\n  <<: *b\n  y: 2\n---\nkind: B\n"
    docs = dc_yaml.load_all(text)
    assert sorted(docs._composed) == [1]
    assert docs.line_of(0, ("spec", "x")) == dc_yaml.line_of(text, 0, ("spec", "x")) == 4
    big = "kind: A\nitems:\n" + "  - x\n" * (dc_yaml.MAX_KEPT_TREE_TEXT // 6 + 1)
    assert not dc_yaml.load_all(big)._composed


def test_pickled_docs_leave_trees_behind() -> None:
    import pickle

    docs = dc_yaml.load_all("kind: A\nspec:\n  n: 1\n")
    again = pickle.loads(pickle.dumps(docs))
    assert again._composed == {} and again.docs == docs.docs and again.line_of(0, ("spec", "n")) == 3


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")
def test_kept_trees_answer_lookups_as_composing_again() -> None:
    # The trees of the parse answer every lookup (each field to depth 5, and a missing key under each mapping)
    # as composing the document again from its text did, on every YAML file of the corpus.
    lookups = 0
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix not in (".yaml", ".yml") or not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            docs = dc_yaml.load_all(text)
        except dc_yaml.YamlError:
            continue
        composed = dc_yaml.YamlDocs(text=text, docs=docs.docs)  # no trees: composes each document it is asked about
        for index in docs._composed:
            tree, offset = docs._composed[index]
            for field_path in _paths(docs.docs[index]):
                line = docs.line_of(index, field_path)
                assert line == composed.line_of(index, field_path), (path, field_path)
                assert line == dc_yaml._line_in(tree, offset, field_path), (path, field_path)  # pairs searched in order
                lookups += 1
    assert lookups > 30_000


def test_lookups_through_remembered_keys_find_what_searching_the_pairs_finds() -> None:
    # YamlDocs keeps each walked mapping's keys (first of duplicates, scalar keys only): every lookup, also a second
    # one through the same mappings, answers as searching the pairs in order does (dc_yaml.line_of keeps nothing).
    text = ("a: 1\nspec:\n  x: 1\n  x: 2\n  '5': five\n  list:\n    - p\n    - q: 1\n      r: 2\nb: [1, 2]\n"
            "---\n7: seven\nc: {d: 1}\n")  # an integer key: SafeConstructor's mapping, the document composed again
    docs = dc_yaml.load_all(text)
    paths: list[tuple[str | int, ...]] = [
        ("spec", "x"), ("spec", 5), ("spec", "5"), ("spec", "list", 1, "r"), ("spec", "list", -1, "q"),
        ("spec", "list", 2), ("spec", "nope", "deeper"), ("b", 1), ("b", "0"), ("a",), ("missing",), (), (7,),
        ("7",), ("c", "d")]
    for _ in range(2):
        for index in (0, 1):
            for field_path in paths:
                assert docs.line_of(index, field_path) == dc_yaml.line_of(text, index, field_path), field_path
    assert docs.line_of(0, ("spec", "x")) == 3 and docs.line_of(0, ("spec", 5)) == 5 and docs._keys


def test_resolve_gives_the_safe_loaders_tags() -> None:
    # _Loader.resolve walks a table of the safe loader's implicit resolvers; every tag must be BaseResolver's own.
    loader = dc_yaml._Loader("")
    values = ["", "~", "null", "Null", "NULL", "nul", "true", "yes", "On", "off", "n", "Y", "0", "-1", "+12", "0x1F",
              "0o17", "017", "1_000", "190:20:30", "1.5", "-.inf", ".NaN", "1e3", "6.8523015e+5", "2002-12-14",
              "2001-12-14t21:59:43.10-05:00", "<<", "=", "a", "apiVersion", "v1", "8080", "1.2.3", ":", "-", "é"]
    try:
        for value in values:
            for implicit in ((True, False), (False, True), (False, False), (True, True)):
                assert loader.resolve(yaml.ScalarNode, value, implicit) == \
                    yaml.resolver.BaseResolver.resolve(loader, yaml.ScalarNode, value, implicit), (value, implicit)
        for kind in (yaml.MappingNode, yaml.SequenceNode):
            assert loader.resolve(kind, None, (True, False)) == yaml.resolver.BaseResolver.resolve(
                loader, kind, None, (True, False))
    finally:
        loader.dispose()


def test_remembered_tags_are_the_safe_loaders_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # _Loader.resolve remembers the tag of short plain scalars: asked again (the second round is served from the
    # memo), every tag is still BaseResolver's; long values are not kept, and a file of distinct values fills the
    # memo only up to its bound.
    monkeypatch.setattr(dc_yaml, "_TAGS", {})
    monkeypatch.setattr(dc_yaml, "_TAGS_MAX", 50)
    loader = dc_yaml._Loader("")
    values = ["null", "true", "no", "On", "0", "-1", "0x1F", "1.5", ".inf", "2002-12-14", "<<", "=", "name", "nope",
              "1" * 65, "9" * 64, "~", ""]
    try:
        for _ in range(2):
            for value in values:
                assert loader.resolve(yaml.ScalarNode, value, (True, False)) == \
                    yaml.resolver.BaseResolver.resolve(loader, yaml.ScalarNode, value, (True, False)), value
        assert "1" * 65 not in dc_yaml._TAGS and "9" * 64 in dc_yaml._TAGS
        assert dc_yaml._TAGS["true"] == "tag:yaml.org,2002:bool" and dc_yaml._TAGS["nope"] == "tag:yaml.org,2002:str"
        for n in range(200):
            assert loader.resolve(yaml.ScalarNode, str(n), (True, False)) == "tag:yaml.org,2002:int"
        assert len(dc_yaml._TAGS) == 50
    finally:
        loader.dispose()


def test_no_python_call_per_node_for_path_resolvers() -> None:
    # The composer calls descend_resolver/ascend_resolver around every node: C functions there, no Python frame.
    import sys

    called: list[str] = []

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_name.endswith("_resolver"):
            called.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        docs = dc_yaml.load_all("a: [1, {b: c}]\n---\nd: e\n").docs
    finally:
        sys.setprofile(None)
    assert docs == [{"a": [1, {"b": "c"}]}, {"d": "e"}]
    assert called == []


def test_crlf_documents_are_found_again_for_lookups() -> None:
    # A CRLF file's `---\r` lines separate its documents for a lookup that composes one again (a document parsed by
    # the parse-ahead child arrives without its tree): the same lines as the trees the parse kept (smilr's
    # kubernetes/advanced/mongodb.yaml answered line 1 with two processes, its real line with one).
    import pickle

    text = "# db\r\n\r\nkind: StatefulSet\r\nspec:\r\n  template:\r\n    spec:\r\n      containers:\r\n" \
           "      - name: db\r\n\r\n        image: mongo:4\r\n---\r\nkind: Service\r\nspec:\r\n  ports: [80]\r\n"
    docs = dc_yaml.load_all(text)
    again = pickle.loads(pickle.dumps(docs))  # no trees: each lookup composes its document from the text
    image = ("spec", "template", "spec", "containers", 0, "image")
    assert docs.line_of(0, image) == again.line_of(0, image) == dc_yaml.line_of(text, 0, image) == 10
    assert docs.line_of(1, ("spec", "ports")) == again.line_of(1, ("spec", "ports")) == 14

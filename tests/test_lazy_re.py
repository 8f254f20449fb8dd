"""lazy_re.deferred: module-level patterns compiled on first use, bound back to their name in the module."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import deploycheck.checks.configuration.sensitive
import deploycheck.checks.containerization.registry
import deploycheck.checks.rollout.kubernetes
import deploycheck.sources.ci
import deploycheck.sources.helm
import deploycheck.sources.secrets  # noqa: F401  (these modules' patterns are deferred)
from deploycheck import lazy_re


def test_every_deferred_pattern_compiles_and_is_bound_to_its_name() -> None:
    assert len(lazy_re.DEFERRED) >= 38
    for stand_in in lazy_re.DEFERRED:
        namespace, name = stand_in._namespace, stand_in._name
        bound = namespace.get(name)
        assert bound is stand_in or bound is stand_in._compiled, f"{namespace['__name__']}.{name}: not bound there"
        compiled = stand_in.compiled()  # a wrong pattern raises re.error here
        assert isinstance(compiled, re.Pattern) and namespace[name] is compiled
        assert compiled.pattern == stand_in._pattern


def test_first_use_compiles_once_and_rebinds() -> None:
    namespace: dict[str, object] = {"deferred": lazy_re.deferred, "re": re, "__name__": "example"}
    exec("PATTERN = deferred('PATTERN', r'(?P<word>[a-z]+)-(\\d+)', re.I)", namespace)  # a module's top level
    stand_in = namespace["PATTERN"]
    assert isinstance(stand_in, lazy_re.Deferred)
    match = stand_in.search("x ABC-12 y")  # type: ignore[attr-defined]
    assert match is not None and match.group("word") == "ABC"
    assert namespace["PATTERN"] is stand_in.compiled() and stand_in.sub("_", "a-1 b-2") == "_ _"  # type: ignore[attr-defined]
    assert stand_in.pattern == r"(?P<word>[a-z]+)-(\d+)" and stand_in.flags == re.compile("", re.I).flags  # type: ignore[attr-defined]


def test_a_wrong_pattern_fails_at_first_use() -> None:
    stand_in = lazy_re.deferred("BROKEN", r"(unclosed")
    lazy_re.DEFERRED.remove(stand_in)  # type: ignore[arg-type]
    with pytest.raises(re.error):
        stand_in.search("x")


def test_a_manifest_only_scan_leaves_the_secret_scan_patterns_uncompiled(tmp_path: object) -> None:
    code = ("import re, sys; from deploycheck.sources import secrets as s; from deploycheck import lazy_re\n"
            "assert s.secret_kind_of_value('productcatalogservice:3550') is None\n"
            "print(sum(isinstance(getattr(s, d._name), lazy_re.Deferred) for d in lazy_re.DEFERRED))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) >= 30


def test_pyyaml_reader_pattern_is_compiled_on_first_use_and_still_refuses_the_same_characters() -> None:
    # PyYAML's pure Reader compiled its non-printable class at `import yaml` (4-6 ms a run); the C loader never uses it.
    code = ("import re; compile_before = re.compile\n"
            "import deploycheck.sources.yaml, yaml\n"
            "from deploycheck import lazy_re\n"
            "assert re.compile is compile_before\n"
            "print(isinstance(yaml.reader.Reader.NON_PRINTABLE, lazy_re.Deferred))\n"
            "for text in ('a: \\x01', 'a: \\ufffe', 'a: \\x7f'):\n"
            "    try:\n"
            "        yaml.load(text, Loader=yaml.SafeLoader)\n"
            "    except yaml.reader.ReaderError:\n"
            "        continue\n"
            "    raise SystemExit('accepted ' + repr(text))\n"
            "assert yaml.load('a: \\u00e9\\U0001F600', Loader=yaml.SafeLoader) == {'a': '\\u00e9\\U0001F600'}")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"

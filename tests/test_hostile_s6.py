"""Hostile input against the readers the s5 session added or changed (sec-fuzz8, 2026-11-30 s6), and the one case s5
left open: a YAML document holding a 5,000-digit integer. Each case is built from the reader's own trigger lines at
the size that hurt and read by the real code; timed cases count CPU seconds of this process (bench/README.md,
"Hostile input against the s5 readers"), with the bound far above the linear time and below the old one under load.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status
from deploycheck.sources.yaml import YamlError, load_all

_DEPLOYMENT = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n  replicas: {replicas}\n"
               "  selector:\n    matchLabels: {{app: {name}}}\n  template:\n    metadata:\n"
               "      labels: {{app: {name}}}\n    spec:\n      containers:\n      - name: a\n        image: a:1\n")


# --- YAML: an integer too long to read ------------------------------------------------------------------------------

def test_a_five_thousand_digit_integer_loses_only_its_document(tmp_path: Path) -> None:
    """A manifest file whose first Deployment has `replicas:` of 5,000 digits (Python refuses to convert more than
    4,300): the loader's ValueError ended the whole file, so the second Deployment of the file was never checked and
    the message was Python's (`use sys.set_int_max_str_digits()`), without a line. Now the document is an error
    naming the file and the line, and the file's other documents are read."""
    text = (_DEPLOYMENT.format(name="web", replicas="9" * 5_000) + "---\n"
            + _DEPLOYMENT.format(name="api", replicas=2))
    root = write(tmp_path, {"k8s/deploy.yaml": text})
    result = scan(root, only=("manifests/parse", "manifests/duplicates"))
    [problem] = findings(result, "manifests/parse", Status.ERROR)
    assert problem.message == "k8s/deploy.yaml: invalid YAML: an integer of 5,000 digits (more than can be read " \
                              "as a number)", problem.message
    assert problem.location is not None and problem.location.line == 6
    [counted] = findings(result, "manifests/duplicates")
    assert counted.message.startswith("1 objects"), counted.message


def test_the_other_documents_keep_their_lines_and_cross_processes() -> None:
    """load_all(partial=True) leaves the failed document None (the others keep their indexes and lines), and the
    problems survive the pickling of the parse-ahead child (parallel.py)."""
    text = ("a: 1\n---\nb: " + "1" * 4_400 + "\n---\n" + "c:\n  d: 2\n---\n"
            + "? " + "7" * 5_000 + "\n: x\n")  # a key too (SafeConstructor's own mapping)
    parsed = pickle.loads(pickle.dumps(load_all(text, partial=True)))
    assert parsed.docs == [{"a": 1}, None, {"c": {"d": 2}}, None]
    assert [(p.message, p.line) for p in parsed.problems] == [
        ("invalid YAML: an integer of 4,400 digits (more than can be read as a number)", 3),
        ("invalid YAML: an integer of 5,000 digits (more than can be read as a number)", 8)]
    assert parsed.line_of(2, ["c", "d"]) == 6
    try:
        load_all(text)
    except YamlError as exc:  # every other reader: the file is refused as before, now with the line
        assert (exc.message, exc.line) == (parsed.problems[0].message, 3)
    else:
        raise AssertionError("a text with a too long integer was read whole")

"""Schema validation throughput: jsonschema-rs vs fastjsonschema vs plain jsonschema.

Corpus: every Kubernetes object of ../shared/corpus read as plain manifests (no Helm), validated
against the kubernetes-validate strict schemas for one Kubernetes version. Each document also
gets two broken twins (an unknown field, a wrongly typed `metadata.name`) so the comparison covers
invalid input too. A backend is "correct" when it agrees with plain jsonschema (the reference
implementation) on every document's validity.

Reports per backend: compile time for all validators needed, validation time per pass (best of
N), documents per second on one core, and disagreements with the reference.

Usage:  python bench/schema_validation.py [--corpus ../shared/corpus] [--version 1.30] [--rounds 5]
(fastjsonschema is not a dependency: `pip install fastjsonschema` for this benchmark.)
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from deploycheck.config import Config
from deploycheck.context import Context
from deploycheck.sources.kubernetes import plain_objects
from deploycheck.sources.schemas import KindSchemas, resolve_version

BACKENDS = ("jsonschema", "jsonschema-rs", "fastjsonschema")


def corpus_documents(corpus: Path) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for directory in sorted(p for p in corpus.iterdir() if p.is_dir()):
        ctx = Context(directory, Config(helm_autodiscover=False))
        docs.extend(o.body for o in ctx.use(plain_objects).objects)
    return docs


def broken_twins(doc: dict[str, Any]) -> list[dict[str, Any]]:
    unknown = copy.deepcopy(doc)
    unknown["spekk"] = {"typo": True}
    wrong_type = copy.deepcopy(doc)
    meta = wrong_type.get("metadata")
    if isinstance(meta, dict):
        meta["name"] = ["not", "a", "string"]
    return [unknown, wrong_type]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--version", default="1.30")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    version, note = resolve_version(args.version)
    if version is None:
        print(note)
        return 2
    docs = corpus_documents(args.corpus)
    probe = KindSchemas.for_version(version, "jsonschema")
    assert probe is not None
    valid_kinds = [d for d in docs if probe.schema(str(d["kind"]), str(d["apiVersion"])) is not None]
    sample = [x for d in valid_kinds for x in (d, *broken_twins(d))]
    print(f"{len(docs)} corpus objects, {len(valid_kinds)} with a bundled {version} schema; "
          f"{len(sample)} documents incl. broken twins")
    reference: list[bool] | None = None
    for backend in BACKENDS:
        try:
            store = KindSchemas.for_version(version, backend)
            assert store is not None
            started = time.perf_counter()
            store.definitions()
            validators = [store.validator(str(d["kind"]), str(d["apiVersion"])) for d in sample]
            compile_s = time.perf_counter() - started
        except ImportError as exc:
            print(f"{backend:15} not installed ({exc})")
            continue
        results: list[bool] = []
        best = float("inf")
        for _ in range(args.rounds):
            started = time.perf_counter()
            results = [not v(d) for v, d in zip(validators, sample, strict=True) if v is not None]
            best = min(best, time.perf_counter() - started)
        if reference is None:
            reference = results
        disagree = sum(1 for a, b in zip(results, reference, strict=True) if a != b)
        kinds = len({(d["kind"], d["apiVersion"]) for d in sample})
        print(f"{backend:15} compile {compile_s * 1000:8.1f} ms ({kinds} validators)  "
              f"validate {best * 1000:8.1f} ms/pass  {len(sample) / best:10,.0f} docs/s/core  "
              f"valid {sum(results)}/{len(results)}  disagreements with jsonschema: {disagree}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

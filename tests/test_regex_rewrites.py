"""Patterns rewritten to be linear on hostile text must match exactly what they matched before.

Each rewrite (tests/test_hostile_regex.py times them) is compared here with the pattern it replaced, kept as the
reference, on text generated from the pieces each pattern is made of (Hypothesis) and on real lines. The rewrites
were also run against the old patterns over every file of bench/accuracy/repos and ../shared/corpus (bench/README.md).
"""

from __future__ import annotations

import gc
import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from deploycheck import redact, regex_scan
from deploycheck.checks.codebase import comments
from deploycheck.checks.containerization import dockerfile
from deploycheck.checks.rollout import logging
from deploycheck.checks.security import api
from deploycheck.sources import routes


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    """Text made of the pattern's own pieces (and runs of them), where the old and new forms could differ."""
    piece = st.one_of(st.sampled_from(pieces), st.builds(lambda p, n: p * n, st.sampled_from(pieces),
                                                         st.integers(1, 12)))
    return st.lists(piece, max_size=40).map("".join)


_OLD_TOKENS = re.compile(
    r"(?P<pw>AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}"
    r"|xox[abprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{16,}|sk-[A-Za-z0-9_-]{32,}|AIza[0-9A-Za-z_-]{35}"
    r"|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})")
_TOKEN_PIECES = ["eyJ", ".", "eyJhbGciOiJIUzI1NiJ9", "AKIA", "ABCDEFGHIJKLMNOP", "gh", "p_", "github_pat_", "glpat-",
                 "xox", "b-", "sk_live_", "sk-", "AIza", "abcdefgh", "0123", "_", "-", " ", "\n", "é", "\x00"]


def _old_token_masking(text: str) -> str:
    return _OLD_TOKENS.sub(lambda m: redact.mask(m.group("pw")), text)


def _new_token_masking(text: str) -> str:
    return redact._TOKENS.sub(redact._mask_tokens, text)


@settings(max_examples=400, deadline=None)
@given(_texts(_TOKEN_PIECES))
def test_token_masking_is_unchanged(text: str) -> None:
    assert _new_token_masking(text) == _old_token_masking(text)


def test_token_masking_on_real_shapes() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
    for text in (f"Authorization: Bearer {jwt}", f"xeyJabc{jwt}", f"eyJabcAKIAABCDEFGHIJKLMNOP {jwt}",
                 "eyJ" * 20 + "." + jwt, f"eyJaaaaaaaa.eyJbbb.{jwt}"):
        assert _new_token_masking(text) == _old_token_masking(text)
    assert jwt not in _new_token_masking(f"token {jwt}")
    assert "ABCDEFGHIJKLMNOP" not in _new_token_masking("eyJabcAKIAABCDEFGHIJKLMNOP")  # a key inside a non-JWT run


def test_a_line_of_eyj_is_masked_in_linear_time() -> None:
    # the old pattern re-read the run from each `eyJ`: 5.3 s here (0.33 s at 32,000 characters)
    started = time.process_time()
    assert _new_token_masking("eyJ" * 42_000) == "eyJ" * 42_000
    assert time.process_time() - started < 0.1


_OLD_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]*\([^)]*\)|(?:from|import)[ \t][^\n]*)",
                              re.M)


@settings(max_examples=400, deadline=None)
@given(_texts(["from", "import", " ", "\t", "a", "a.b", "(", ")", "\n", "\r\n", "#", "from a import (", "b, c"]))
def test_import_lines_are_unchanged(text: str) -> None:
    assert list(logging._import_lines(text)) == [m.group(0) for m in _OLD_IMPORT_LINE.finditer(text)]


def test_import_lines_of_a_real_module() -> None:
    text = "import os\nfrom a.b import (\n    c,\n    d,\n)\nfrom e import f  # (g)\nx = (1)\nimport h\n"
    assert list(logging._import_lines(text)) == ["import os", "from a.b import (\n    c,\n    d,\n)",
                                                 "from e import f  # (g)", "import h"]


_OLD_PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\{(\w+)(?::[^}]*)?\}|:(\w+)")


@settings(max_examples=400, deadline=None)
@given(_texts(["{", "}", "<", ">", ":", "a", "id", "token", "/", "$", "-", "${a:-", "{id:[0-9]{3}}", " ", "_"]))
def test_path_parameters_are_unchanged(path: str) -> None:
    assert list(api._param_names(path)) == [next(g for g in m.groups() if g) for m in _OLD_PARAM.finditer(path)]


def test_path_parameters_of_real_routes() -> None:
    assert list(api._param_names("/reset/<str:token>/{id:int}/:signed_payload")) == ["token", "id", "signed_payload"]
    assert api.credential_param("/v{version:apiVersion}/users/{user_id}/confirm/{signature}") == "signature"
    started = time.process_time()
    assert api.credential_param("${a:-" * 6_400) is None  # old: 1.1 s (18 s at 128,000 characters)
    assert time.process_time() - started < 0.1


_OLD_APT = re.compile(r"\bapt(-get)?\s+(?:-\S+\s+)*(?:install|update|upgrade|dist-upgrade|full-upgrade)\b")
_OLD_COMPILERS = re.compile(dockerfile.COMPILERS)
_OLD_BUILD_TOOLING = re.compile(dockerfile.BUILD_TOOLING.pattern)
_OLD_DEP_INSTALL = re.compile(dockerfile.DEP_INSTALL.pattern)
_RUN_PIECES = ["apt-get install ", "apt ", "-apt ", "apt-get -apt-get ", "-y ", "update ", "yum install ", "dnf ",
               "microdnf install ", "apk add ", "gcc ", "make ", "g++ ", "musl-dev ", "build-essential ", "curl ",
               "&& ", "; ", "| ", "\\\n", "\n", "pip install ", "pip3 install ", "-r ", "req.txt ", ". ", ".[dev] ",
               "--requirement ", "npm ci ", "yarn ", "--frozen ", "mvn -q package ", "gradlew build ", "x-gcc ", "é"]


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_texts(_RUN_PIECES))
def test_dockerfile_run_patterns_are_unchanged(run: str) -> None:
    # _CACHE_RULES' apt pattern is only searched for whether it occurs (a match may now start at a later `apt`)
    assert bool(dockerfile._CACHE_RULES[0][0].search(run)) == bool(_OLD_APT.search(run))
    assert _spans(dockerfile._build_tooling(run)) == _spans(_OLD_BUILD_TOOLING.finditer(run))
    assert _spans(filter(None, [dockerfile._compiler(run)])) == _spans(filter(None, [_OLD_COMPILERS.search(run)]))
    dep = dockerfile._dep_install(run)
    assert _spans(filter(None, [dep])) == _spans(filter(None, [_OLD_DEP_INSTALL.search(run)]))


def test_dockerfile_run_patterns_on_real_runs_and_long_ones() -> None:
    runs = ["apt-get update && apt-get install -y --no-install-recommends build-essential gcc && rm -rf /var/lib/apt",
            "apk add --no-cache musl-dev make && pip install --no-cache-dir -r requirements.txt",
            "apt-get -qq -y install curl; npm ci --omit=dev && mvn -q package"]
    for run in runs:
        assert _spans(dockerfile._build_tooling(run)) == _spans(_OLD_BUILD_TOOLING.finditer(run))
    compiler = dockerfile._compiler(runs[0])
    assert compiler is not None
    assert compiler.group(0) == "apt-get install -y --no-install-recommends build-essential gcc"
    started = time.process_time()
    # old: 0.85 s, 1.5 s, 1.1 s, 2.2 s at 32,000 characters (14-35 s at 128,000)
    assert dockerfile._CACHE_RULES[0][0].search("apt-get -" * 3_600) is None
    assert dockerfile._compiler("apt install \n" * 2_500) is None
    assert not list(dockerfile._build_tooling("apk add x " * 3_200))
    assert dockerfile._dep_install("pip install \n" * 2_500) is None
    assert time.process_time() - started < 0.2


_OLD_PRODUCTION_ONLY = re.compile(r"^[^&;|]*?\s--(?:production|prod|omit[= ]dev|only[= ]prod(?:uction)?)\b")
_INSTALL_PIECES = ["npm install", "npm ci", "yarn install", "pnpm install", "pip install x", "gcc", " --production",
                   " --prod", "--prod", " --omit=dev", " --omit dev", " --only=prod", " --only production", "\t--prod",
                   "\n--prod", " --prodx", " --prod-x", " --omit=devx", " ", "&&", ";", "|", "x", "\n", "--", "é"]


def _old_runtime_only(run: str, match: re.Match[str]) -> bool:
    return match.group(0).split()[0] in ("npm", "yarn", "pnpm") and bool(_OLD_PRODUCTION_ONLY.match(run[match.end():]))


@settings(max_examples=400, deadline=None)
@given(_texts(_INSTALL_PIECES))
def test_runtime_only_installs_are_unchanged(run: str) -> None:
    runtime_only = dockerfile._runtime_only_installs(run)
    assert [runtime_only(m) for m in dockerfile._build_tooling(run)] == \
        [_old_runtime_only(run, m) for m in dockerfile._build_tooling(run)]


def test_runtime_only_installs_on_real_runs_and_long_ones() -> None:
    run = "npm install --production --silent && npm ci && yarn install --prod; pnpm install --omit=dev | npm ci"
    runtime_only = dockerfile._runtime_only_installs(run)
    assert [runtime_only(m) for m in dockerfile._build_tooling(run)] == [True, False, True, True, False]
    long = "npm install " * 20_000  # old: 30 s (each install read the rest of the segment from itself)
    started = time.process_time()
    runtime_only = dockerfile._runtime_only_installs(long)
    assert not any(runtime_only(m) for m in dockerfile._build_tooling(long))
    assert time.process_time() - started < 0.5


_OLD_SPRING_METHOD = re.compile(routes._SPRING_METHOD.pattern)
_SPRING_PIECES = ["@GetMapping", "@PostMapping", "@RequestMapping", "Mapping", "@", "(", ")", '"', '"/a"', "{", "}",
                  " ", "value", "=", "path", "value = ", '("', '")', "\n", "x", ",", "é"]


@settings(max_examples=400, deadline=None)
@given(_texts(_SPRING_PIECES))
def test_spring_mappings_are_unchanged(text: str) -> None:
    assert _spans(routes._spring_mappings(text)) == _spans(_OLD_SPRING_METHOD.finditer(text))


def test_spring_mappings_on_real_lines_and_long_ones() -> None:
    text = ('@RestController\n@RequestMapping("/api")\nclass C {\n  @GetMapping(value = "/a/{id}", produces = "x")\n'
            '  A a() {}\n  @PostMapping\n  B b() {}\n  @DeleteMapping({"/c"})\n  void c() {}\n}\n@GetMapping("/d"')
    assert _spans(routes._spring_mappings(text)) == _spans(_OLD_SPRING_METHOD.finditer(text))
    assert [m.group(2) for m in routes._spring_mappings(text)] == ["/api", "/a/{id}", None, "/c", None]
    # the collector is off while timing: late in a full run a gen-2 collection of the whole test process can land in
    # these 8,500 allocations (0.42 s measured in .ci/run on 49af65a7, against 0.002 s for the call itself)
    gc.disable()
    try:
        started = time.process_time()
        assert len(routes._spring_mappings('@GetMapping("a"' * 8_500)) == 8_500  # old: 4.6 s (128,000 characters)
        assert time.process_time() - started < 0.2
    finally:
        gc.enable()


_OLD_JS_NAMED_IMPORT = re.compile(routes._JS_NAMED_IMPORT.pattern)
_OLD_DRF_DEFAULT = re.compile(routes._DRF_DEFAULT.pattern)


@settings(max_examples=400, deadline=None)
@given(_texts(["const", "let ", "import", " ", "{", "}", "a", "b, c", "=", "require(", "'./x'", '"./y"', "'", ")",
               "from", "\n", "x.", "'DEFAULT_PERMISSION_CLASSES'", '"DEFAULT_PERMISSION_CLASSES"', ":", "[", "]", "("]))
def test_js_imports_and_drf_defaults_are_unchanged(text: str) -> None:
    assert _spans(regex_scan.segment_matches(routes._JS_NAMED_IMPORT, routes._JS_NAMED_IMPORT_STARTS, text,
                                             routes._CLOSING_BRACE)) == _spans(_OLD_JS_NAMED_IMPORT.finditer(text))
    drf = regex_scan.segment_matches(routes._DRF_DEFAULT, routes._DRF_DEFAULT_STARTS, text, routes._CLOSING_BRACKET)
    assert _spans(list(drf)[:1]) == _spans(filter(None, [_OLD_DRF_DEFAULT.search(text)]))


def test_js_imports_and_drf_defaults_on_real_lines_and_long_ones() -> None:
    text = ("const { getUser, saveUser: save } = require('./users')\nimport { a as b } from './c'\n"
            "REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.IsAuthenticated']}\n")
    assert _spans(regex_scan.segment_matches(routes._JS_NAMED_IMPORT, routes._JS_NAMED_IMPORT_STARTS, text,
                                             routes._CLOSING_BRACE)) == _spans(_OLD_JS_NAMED_IMPORT.finditer(text))
    started = time.process_time()
    assert not list(regex_scan.segment_matches(routes._JS_NAMED_IMPORT, routes._JS_NAMED_IMPORT_STARTS,
                                               "const {" * 4_600 + "}", routes._CLOSING_BRACE))  # old: 0.39 s
    assert next(regex_scan.segment_matches(routes._DRF_DEFAULT, routes._DRF_DEFAULT_STARTS,
                                           "'DEFAULT_PERMISSION_CLASSES': [" * 1_000, routes._CLOSING_BRACKET),
                None) is None  # old: 0.6 s
    assert time.process_time() - started < 0.1


_OLD_NEST_CONTROLLER = re.compile(routes._NEST_CONTROLLER.pattern)
_OLD_AXUM_CHAIN = re.compile(routes._AXUM_CHAIN.pattern)
_OLD_GO_EXPORTED = re.compile(comments._EXPORTED["go"].pattern, re.M)


@settings(max_examples=400, deadline=None)
@given(_texts(["@Controller(", "'users'", "`x`", '"', "'", "(", ")", " ", "{ path: 'p' }", "Router", "::", "<", ">",
               "S", "new", "()", "\n", "func", "func (", "s *Server", "type", "Handle", "x", "\t"]))
def test_nest_axum_and_go_declarations_are_unchanged(text: str) -> None:
    assert _spans(regex_scan.segment_matches(routes._NEST_CONTROLLER, routes._NEST_CONTROLLER_STARTS, text,
                                             routes._CLOSING_PARENTHESIS)) == _spans(
        _OLD_NEST_CONTROLLER.finditer(text))
    assert _spans(regex_scan.segment_matches(routes._AXUM_CHAIN, routes._AXUM_CHAIN_STARTS, text,
                                             routes._CLOSING_ANGLE)) == _spans(_OLD_AXUM_CHAIN.finditer(text))
    assert _spans(comments._exported(text, "go")) == _spans(_OLD_GO_EXPORTED.finditer(text))


def test_nest_axum_and_go_declarations_on_real_lines_and_long_ones() -> None:
    text = ("@Controller('users')\n@Controller({ path: 'p' })\nlet app = Router::<AppState>::new()\n"
            "func (s *Server) Handle() {}\nfunc Run() {}\ntype Config struct{}\n")
    assert [m.group(1) for m in comments._exported(text, "go")] == ["Handle", "Run", "Config"]
    assert len(list(regex_scan.segment_matches(routes._AXUM_CHAIN, routes._AXUM_CHAIN_STARTS, text,
                                               routes._CLOSING_ANGLE))) == 1
    started = time.process_time()
    assert not list(comments._exported("func (\n" * 18_000, "go"))  # old: 1.3 s
    assert not list(regex_scan.segment_matches(routes._NEST_CONTROLLER, routes._NEST_CONTROLLER_STARTS,
                                               "@Controller(" * 10_000, routes._CLOSING_PARENTHESIS))  # old: 1.9 s
    assert not list(regex_scan.segment_matches(routes._AXUM_CHAIN, routes._AXUM_CHAIN_STARTS, "Router::<" * 14_000,
                                               routes._CLOSING_ANGLE))  # old: 0.8 s
    assert time.process_time() - started < 0.2


def test_exported_declarations_are_numbered_in_linear_time() -> None:
    tally = comments._Tally()
    comments._text_public("// A does\nfunc A() {}\n\ntype B struct{}\nfunc (s *S) C() {}\n", "go", "x.go", tally)
    assert (tally.total, tally.documented, tally.undocumented) == (3, 1, ["x.go:4 B", "x.go:5 C"])
    started = time.process_time()
    comments._text_public("func A() {}\n" * 40_000, "go", "x.go", comments._Tally())
    assert time.process_time() - started < 0.5  # old: 3.3 s (13 s for 80,000 lines)


_OLD_JAXRS_GUARD = re.compile(routes._JAXRS_GUARD.pattern)


@settings(max_examples=400, deadline=None)
@given(_texts(["@RolesAllowed(", "@Secured(", "@DenyAll", "@Authenticated", "@", '"admin"', ")", "(", " ", "\n",
               "@Path(\"/x\")", "{", "x"]))
def test_jaxrs_guards_are_unchanged(text: str) -> None:
    assert routes._jaxrs_guards(text) == _OLD_JAXRS_GUARD.findall(text)


def test_jaxrs_guards_on_real_lines_and_long_ones() -> None:
    head = '@Path("/orders")\n@RolesAllowed({"admin", "user"})\n@DenyAll @Authenticated\n@Secured("ROLE_X")\n'
    assert routes._jaxrs_guards(head) == _OLD_JAXRS_GUARD.findall(head)
    assert routes._jaxrs_guards(head)[0] == 'RolesAllowed({"admin", "user"})'
    started = time.process_time()
    assert routes._jaxrs_guards("@RolesAllowed(" * 9_000) == []  # old: 0.64 s
    assert time.process_time() - started < 0.1

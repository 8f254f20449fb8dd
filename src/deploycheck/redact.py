"""The one choke point every string of a report passes before any renderer or baseline sees it.

Checks mask the secrets they know they are showing; this is the net under them. The engine runs every
finding (message, location, evidence at any depth, remediation, suppression reason), every notice and
every attestation through `Redactor.text` right after the checks ran, so a secret that reached a
message some other way (a schema error quoting a value, a commit subject, a validator message, a URL
with a password) is masked in all six formats and in the baseline alike.

Two nets:
- known values: the values of environment variables the config names (tokens, database URLs) or whose
  names say they are secret, and the values under Secret objects and secret-named env vars in the
  scanned manifests — replaced wherever they appear;
- shapes: passwords in URLs (any scheme, `postgresql+psycopg://u:PW@h`) and a URL's user part when it looks
  generated (`https://KEY@o1.ingest.sentry.io`), signatures and keys in a URL's query, Slack and Discord webhook
  paths, libpq `password=...`, `key: value`/`key=value` assignments to secret-named keys, Authorization headers,
  private key blocks and the token formats of the big providers;
- generated material of no known shape: a run of 16 or more letters and digits (base64 and base64url included)
  whose capitals, small letters and digits alternate as in random text, never as in words and identifiers
  (_generated): a value quoted from repository text under an innocent key (an OTLP endpoint, a literal env
  value, a deploy command's `--set x=...`) is masked whatever key it sits under.
Hand-written because no library redacts arbitrary nested report data; the token shapes follow the
providers' documented prefixes (the same ones gitleaks and detect-secrets look for).
"""

from __future__ import annotations

import base64
import bisect
import itertools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from deploycheck.lazy_re import deferred
from deploycheck.safety import is_sensitive_name, mask

if TYPE_CHECKING:
    from deploycheck.config import Config
    from deploycheck.context import Context
    from deploycheck.model import Finding, Location

MIN_KNOWN_LENGTH = 6  # shorter values ("true", "admin") would mask ordinary words everywhere
# Tokens CI systems and deploycheck itself put in the environment, whatever they look like.
_CI_TOKENS = ("DEPLOYCHECK_TOKEN", "GITHUB_TOKEN", "GITLAB_TOKEN", "CI_JOB_TOKEN")
# The shell's working directories: `PWD` matches the `pwd` (password) name rule, and masking it hid the
# repository's own path in messages.
_SHELL_DIRECTORIES = frozenset({"PWD", "OLDPWD"})
# Keys of a Secret's entries that name things rather than hold secrets (`POSTGRES_DB`, `mysql-user`, `host`).
_IDENTITY_KEY = re.compile(r"(?:^|[_.-]|(?-i:(?<=[a-z])(?=[A-Z])))(?:user(?:name)?|login|db|database|db_?name|"
                           r"host(?:name)?|port|name(?:space)?|schema|region|email)$", re.I)
_FILE_PATH = re.compile(r"(?:/|\./|~/)[\w./-]+")

_URL_PASSWORD = re.compile(r"(?P<pre>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@'\"]*:)(?P<pw>[^\s@/'\"]+)(?P<post>@)")
# A URL's user part without a password: a key when it looks like one (_key_like_user: a Sentry DSN's,
# `https://TOKEN@github.com`), a name otherwise (`ssh://git@`, `postgres://app@db`), kept. One bounded run: linear.
_URL_USER = re.compile(r"(?P<pre>\b[a-zA-Z][a-zA-Z0-9+.-]{0,30}://)(?P<pw>[^\s:/@'\"]{8,200})(?P<post>@)")
# Query parameters that carry a signature or key (Azure SAS `sig=`, S3/GCS presigned `X-Amz-Signature=`, a
# function key `code=`, `key=`): masked when the value looks generated. `token=`, `secret=`, `api_key=` are
# assignments (_ASSIGNMENT) already.
_QUERY_SECRET = re.compile(r"(?P<pre>[?&](?:sig|signature|x-(?:amz|goog)-(?:signature|credential|security-token)|"
                           r"code|key|access_token|client_secret)=)(?P<pw>[^&\s'\"#]{8,})", re.I)
# Incoming-webhook URLs are credentials in their path (gitleaks' slack-webhook-url, discord-webhook rules).
_WEBHOOK = re.compile(r"(?P<pre>\bhooks\.slack\.com/(?:services|workflows|triggers)/|"
                      r"\bdiscord(?:app)?\.com/api/webhooks/\d{1,30}/)(?P<pw>[A-Za-z0-9/_-]{8,})")
_WEBHOOK_WORDS = ("hooks.slack.com/", "/api/webhooks/")
# What the screen looks for in the lower-cased text before _QUERY_SECRET: its keys other than those the assignment
# words hold already (`x-amz-credential`, `access_token`, `client_secret`).
_QUERY_WORDS = ("sig=", "signature=", "code=", "key=")
# A run of base64/base64url characters, entered only at its start and read possessively (one pass over each run,
# the `=` padding at most two): the candidates of _generated.
_RUN = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}+={0,2}+(?![A-Za-z0-9+=_-])")
_SEGMENT = re.compile(r"[^-_]+")
_DIGIT_GROUP = re.compile(r"[0-9]+")
# Neighbours of different classes (small letter, capital, digit), a capital before a small letter (a word's start in
# camelCase) aside; each match is one character with its neighbour looked at: linear.
_CLASS_CHANGE = re.compile(r"[a-z](?=[A-Z0-9])|[A-Z](?=[0-9])|[0-9](?=[A-Za-z])")
# str.translate tables that keep one class of ASCII characters and drop the other ASCII ones (counts at C speed;
# _generated reads ASCII tokens only).
_ONLY_UPPER, _ONLY_LOWER, _ONLY_DIGITS = (
    {c: None for c in range(128) if not keep(chr(c))} for keep in (str.isupper, str.islower, str.isdigit))
# Two or more capitals between small letters or digits (`zBZVOn`): an acronym inside an identifier happens once
# (`SpectacularYAMLAPIView`), in random text several times.
_INNER_CAPITALS = re.compile(r"(?<=[a-z0-9])[A-Z]{2,}+(?=[a-z0-9])")
_WORD_PATH_PART = re.compile(r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)*")
_LIBPQ_PASSWORD = re.compile(r"(?P<pre>\bpassword\s*=\s*)(?P<pw>'(?:[^'\\]|\\.)*'|[^\s'\"]+)", re.I)
# A key (a run of [\w.-]) holding a secret word, then `:`/`=` and a value. A match can only start at the run's first
# word boundary and take the whole run, so the run is entered once, at its start (its leading dots/dashes kept in
# `pre`), and read possessively: `\b[\w.-]*(?:word)[\w.-]*` retried at every `.`/`-` was cubic (0.16 s for 2,000
# characters).
_ASSIGNMENT = re.compile(
    r"(?P<pre>(?<![\w.-])[.-]*+\b"
    r"(?=[\w.-]*?(?:pass|secret|token|api[_-]?key|apikey|private[_-]?key|credential|auth(?!or)))"
    r"[\w.-]*+['\"]?\s*+[:=]\s*+['\"]?)(?P<pw>[^\s'\",;}&)\]]{4,})", re.I)
# The secret-named key words of _ASSIGNMENT (same flags, so the same case folding): no match, no assignment.
_ASSIGNMENT_KEYWORD = re.compile(r"pass|secret|token|api|private|credential|auth", re.I)
_AUTH_HEADER = re.compile(r"(?P<pre>\b(?:Bearer|Basic|token)\s+)(?P<pw>[A-Za-z0-9._~+/=-]{8,})")
# The literal text each pattern needs, so that a text without it skips the pattern (most texts of a report):
# an alternation, or a case-insensitive word, is tried at every position of every text otherwise.
_AUTH_WORDS = ("Bearer", "Basic", "token")
_LIBPQ_WORDS = ("password",)
# Each as long as the pattern lets it be: `api`, `gh` and `sk` alone are in apiVersion, high, disk and task, and sent a
# third of the corpus report's distinct texts through the patterns for nothing.
_ASSIGNMENT_WORDS = ("pass", "secret", "token", "apikey", "api_key", "api-key", "privatekey", "private_key",
                     "private-key", "credential", "auth")
_TOKEN_STARTS = ("AKIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox", "sk_live_", "sk-",
                 "AIza", "eyJ")  # _TOKENS' alternatives' starts
_PROVIDER_TOKENS = (
    r"AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}"  # GitHub
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"  # Slack
    r"|sk_live_[A-Za-z0-9]{16,}|sk-[A-Za-z0-9_-]{32,}"  # Stripe, OpenAI-style
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
)
# A JWT, or else (group `run`) an `eyJ` and the rest of its run of [A-Za-z0-9_-]. Once a JWT's first part fails at
# one `eyJ`, it fails at every later `eyJ` of the same run (the run ends at the same character, which is not the
# `.` needed, or the parts after it fail the same way): searching on from the next character re-read the run from
# each `eyJ` in it (5.3 s for a line of 128,000 characters of `eyJ`). So a failed start takes the whole run, which
# is passed over at once, and _mask_tokens looks for the provider tokens inside it (their characters are all of
# the run's class, so each ends inside it, as it did). The parts are possessive: [A-Za-z0-9_-] holds no `.`, so a
# shorter part is never followed by the `.` (or the end of the run) a longer one was not.
_TOKENS = re.compile(
    rf"(?P<pw>{_PROVIDER_TOKENS}"
    r"|eyJ[A-Za-z0-9_-]{8,}+\.eyJ[A-Za-z0-9_-]{8,}+\.[A-Za-z0-9_-]{8,}+"  # JWT
    r")|eyJ(?P<run>[A-Za-z0-9_-]*+)")
_PROVIDER_TOKEN = deferred("_PROVIDER_TOKEN", rf"(?P<pw>{_PROVIDER_TOKENS})")
_PRIVATE_KEY = deferred("_PRIVATE_KEY",
                        r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.S)
# `container auth: livenessProbe`, `dockerfile.auth: multi-stage`, `token decoding`: after a secret-ish word our
# own messages name containers, fields and actions. Words (camelCase, UPPER_SNAKE, kebab-case, at least two
# lower-case letters a part, no digits) are not generated material; a real token or password has a digit, a
# symbol or an irregular capital. Only the prose nets (assignments, auth headers) use this: a word as a URL's
# or libpq's password is still masked. Each capital starts a part, so the pattern cannot backtrack.
_WORD_PART = deferred("_WORD_PART", r"[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})*|[A-Z]{2,}")
# Placeholders and references are not secrets; leaving them readable keeps messages useful.
_NOT_A_VALUE = re.compile(r"^(?:\$\{?[\w.:-]+\}?|\*+|<[^>]*>|\{\{.*\}\}|x+|null|none|true|false|changeme|"
                          r"bearer|basic|token)$", re.I)
# `secretName: app-tls`, `passwordFile: /run/x`, `tokenUrl: https://...`: the key names a reference, not a value.
_REFERENCE_KEY = deferred("_REFERENCE_KEY",
                          r"(?:name|names|ref|file|path|url|uri|env|type|mode|id|length|from|header|policy|"
                          r"expiry|expires|ttl|rotation|provider|store|source)['\"]?\s*[:=]\s*['\"]?$", re.I)


# A known value that is a plain word ("booksapp", the MySQL password of an app called booksapp) is also the
# name of files, objects and images: masked wherever it appears, it turned `booksapp-trafficsplit.yml` into
# `boo*****-trafficsplit.yml` in every report. Such a value is masked where it stands as a value of its own
# (`MYSQL_PASSWORD=booksapp`, `value: booksapp`, `"booksapp"`, `(booksapp)`), not inside a path or an
# identifier (`k8s/booksapp.yml`, `Deployment/booksapp`, `booksapp-db`, `Role booksapp:chaos`); anything with a
# digit, a capital after the first letter or a symbol may be generated material and is masked everywhere.
_WORD = re.compile(r"[A-Za-z][a-z]+")
_IN_NAME_BEFORE = r"(?<![\w/\\.-])"
_IN_NAME_AFTER = r"(?![\w/\\-])(?![.:]\w)"


def _mask_token(m: re.Match[str]) -> str:
    return mask(m.group("pw"))


def _mask_tokens(m: re.Match[str]) -> str:
    """A token masked; a run that starts with `eyJ` and is no JWT is kept, with the provider tokens in it masked."""
    if m.group("pw") is not None:
        return _mask_token(m)
    return "eyJ" + _PROVIDER_TOKEN.sub(_mask_token, m.group("run"))


class Redactor:
    def __init__(self, known: Iterable[str] = ()) -> None:
        values = sorted({v for v in known if len(v) >= MIN_KNOWN_LENGTH}, key=len, reverse=True)
        patterns = [f"{_IN_NAME_BEFORE}{re.escape(v)}{_IN_NAME_AFTER}" if _WORD.fullmatch(v) else re.escape(v)
                    for v in values]
        self._known = re.compile("|".join(patterns)) if patterns else None
        self._values = values
        # A report repeats the same strings (paths, kinds, messages): 43,000 texts, 4,400 distinct, on
        # the corpus benchmark. The result depends only on the text, so each is redacted once.
        self._done: dict[str, str] = {}
        self._changed: set[str] = set()  # the texts of _done that redaction changed

    def text(self, value: str) -> str:
        if not value:
            return value
        done = self._done.get(value)
        if done is None:
            done = self._done[value] = self._redact(value)
            if done != value:
                self._changed.add(value)
        return done

    def _redact(self, value: str) -> str:
        out = value
        # The substring tests only skip a pattern that could not match (each needs that text): Python's
        # regex engine tries an alternation of 50 literals, or `\b[\w.-]*(?:pass|...)`, at every position.
        # any(map(out.__contains__, ...)) is `any(v in out for v in ...)` without a generator's frames.
        if self._known is not None and any(map(out.__contains__, self._values)):
            out = self._known.sub(lambda m: mask(m.group()), out)
        if "-----BEGIN" in out:
            out = _PRIVATE_KEY.sub("-----BEGIN PRIVATE KEY----- (masked)", out)
        if "://" in out:
            out = _URL_PASSWORD.sub(_keep_pre, out)
            if "@" in out:
                out = _URL_USER.sub(lambda m: _keep_pre(m) if _key_like_user(m.group("pw")) else m.group(0), out)
        if "=" in out and ("?" in out or "&" in out):
            out = _QUERY_SECRET.sub(lambda m: _keep_pre(m) if _looks_generated(m.group("pw")) else m.group(0), out)
        if any(map(out.__contains__, _WEBHOOK_WORDS)):
            out = _WEBHOOK.sub(_keep_pre, out)
        if _may_hold(out, _LIBPQ_WORDS, _LIBPQ_PASSWORD):
            out = _LIBPQ_PASSWORD.sub(_keep_pre, out)
        if any(map(out.__contains__, _AUTH_WORDS)):
            out = _AUTH_HEADER.sub(lambda m: m.group(0) if _is_words(m.group("pw")) else _keep_pre(m), out)
        # `key: value` in prose ("without credentials: answered 200") is common: only values that look
        # generated are masked here; the structural shapes above and the known values catch the rest.
        if _may_hold(out, _ASSIGNMENT_WORDS, _ASSIGNMENT_KEYWORD):
            out = _ASSIGNMENT.sub(lambda m: _keep_pre(m) if _looks_generated(m.group("pw")) else m.group(0), out)
        if any(map(out.__contains__, _TOKEN_STARTS)):
            out = _TOKENS.sub(_mask_tokens, out)
        return _RUN.sub(_mask_generated, out)

    def value(self, value: Any) -> Any:
        """Every string inside any JSON-like structure (keys too)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(k) if isinstance(k, str) else k: self.value(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.value(v) for v in value]
        return value

    def findings(self, findings: Iterable[Finding]) -> None:
        """`finding` for each, with the same result. Most findings hold nothing to mask: their texts are gathered
        first (those of an ObjectRef that several findings share, once), the new ones screened together
        (_screen), and only a finding with a text that redaction changes, or with evidence that `value` would
        give back otherwise than as it is (a tuple becomes a list), goes through `finding`. Per finding and per
        text, the walk and the substring tests were ~45 ms of the corpus scan's ~470 (bench/README.md,
        "perf-corpus10")."""
        texts: list[str] = []
        add = texts.append
        todo = list(findings)
        # per finding: where its own texts are in `texts`, where its ObjectRef's are, and whether it goes through
        # `finding` whatever its texts (evidence that `value` would rebuild)
        spans: list[tuple[int, int, tuple[int, int], bool]] = []
        objects: dict[int, tuple[int, int]] = {}  # id of an ObjectRef -> where its texts are in `texts`
        for f in todo:
            begin = len(texts)
            add(f.message)
            if f.remediation:
                add(f.remediation)
            rebuilt = bool(f.evidence) and not _gather(f.evidence, add)
            loc = f.location
            if loc is not None:
                texts += [v for v in vars(loc).values() if isinstance(v, str)]
            if f.suppressed is not None and f.suppressed.reason:
                add(f.suppressed.reason)
            end = len(texts)
            obj = loc.object if loc is not None else None
            where = objects.get(id(obj)) if obj is not None else (0, 0)
            if where is None:  # (objects live as long as their findings: an id is not reused here)
                texts += [v for v in vars(obj).values() if isinstance(v, str)]
                where = objects[id(obj)] = (end, len(texts))
            spans.append((begin, end, where, rebuilt))
        self._screen(texts)
        changed = self._changed
        for f, (begin, end, where, rebuilt) in zip(todo, spans, strict=True):
            if rebuilt or (changed and not (changed.isdisjoint(texts[begin:end])
                                            and changed.isdisjoint(texts[where[0]:where[1]]))):
                self.finding(f)

    def _screen(self, texts: list[str]) -> None:
        """Redacts the texts not seen yet. A text holding none of the literals `_redact`'s substring tests look for
        comes out as it is (every pattern needs one of them): for the ASCII texts those tests are answered together,
        with one `str.find` per literal over the texts joined, instead of ~50 `in` tests per text."""
        done = self._done
        new = [t for t in dict.fromkeys(texts) if t and t not in done]
        plain = [t for t in new if t.isascii()]  # lower() keeps their length, so positions in both joins agree
        if plain:
            joined = "\n".join(plain)
            starts = list(itertools.accumulate((len(t) + 1 for t in plain[:-1]), initial=0))
            hits: set[int] = set()
            for hay, needles in ((joined, (*self._values, *_CASED_LITERALS)), (joined.lower(), _FOLDED_LITERALS)):
                for needle in needles:
                    _find_all(hay, needle, starts, hits)
            for m in _RUN.finditer(joined):  # no literal marks generated material: the runs are judged here
                if _generated_run(m.group()):
                    hits.add(bisect.bisect_right(starts, m.start()) - 1)
            for i, t in enumerate(plain):
                if i not in hits:
                    done[t] = t
        for t in new:
            self.text(t)

    def finding(self, finding: Finding) -> None:
        finding.message = self.text(finding.message)
        if finding.remediation:
            finding.remediation = self.text(finding.remediation)
        if finding.evidence:
            finding.evidence = self.value(finding.evidence)
        if finding.location is not None:
            finding.location = self.location(finding.location)
        if finding.suppressed is not None and finding.suppressed.reason:
            finding.suppressed.reason = self.text(finding.suppressed.reason)

    def location(self, loc: Location) -> Location:
        """Every text field; a location that holds no secret comes back as it was (paths keep matching
        the ignore rules)."""
        changed: dict[str, Any] = self._changed_fields(loc)
        if loc.object is not None and (in_object := self._changed_fields(loc.object)):
            changed["object"] = replace(loc.object, **in_object)
        return replace(loc, **changed) if changed else loc

    def _changed_fields(self, record: object) -> dict[str, str]:
        out = {}
        for name, value in vars(record).items():
            if isinstance(value, str) and (masked := self.text(value)) != value:
                out[name] = masked
        return out


# The literals of _redact's substring tests: a text holding none of them (and none of the known values) is left as
# it is. _FOLDED_LITERALS are looked for in the lower-cased text (ASCII only; _may_hold).
_CASED_LITERALS = ("-----BEGIN", "://", *_AUTH_WORDS, *_TOKEN_STARTS, *_WEBHOOK_WORDS)
_FOLDED_LITERALS = (*_LIBPQ_WORDS, *_ASSIGNMENT_WORDS, *_QUERY_WORDS)


def _find_all(hay: str, needle: str, starts: list[int], hits: set[int]) -> None:
    """Adds to `hits` the index of every text of `hay` (texts joined, each starting at `starts[i]`) in which `needle`
    starts. An occurrence running on into the next text marks its first one for nothing: that text is only redacted
    the slow way, which finds nothing to change."""
    find, last = hay.find, len(starts) - 1
    at = find(needle)
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1
        hits.add(i)
        if i == last:
            return
        at = find(needle, starts[i + 1])


def _gather(value: Any, add: Callable[[str], None]) -> bool:
    """Passes every string of `value` (keys too) to `add`, as Redactor.value visits them; False when `value` holds a
    container Redactor.value would not give back as it is (a tuple, becoming a list; a subclass of dict or list)."""
    kind = type(value)
    if kind is str:
        add(value)
    elif kind is dict:
        for key, inner in value.items():
            if isinstance(key, str):
                add(key)
            if not _gather(inner, add):
                return False
    elif kind is list:
        for inner in value:
            if not _gather(inner, add):
                return False
    elif isinstance(value, (str, dict, list, tuple)):
        return False
    return True


def _may_hold(text: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether the case-insensitive `pattern`, which needs one of `words`, may match: in ASCII text re.IGNORECASE
    folds only ASCII letters, so the lower-cased text answers exactly; other text (where the long s, U+017F, matches
    `s` of `password`) asks the pattern."""
    if text.isascii():
        low = text.lower()
        return any(map(low.__contains__, words))
    return pattern.search(text) is not None


def _key_like_user(user: str) -> bool:
    """A URL's user part that is a key: generated-looking (_generated), or a long run of letters and digits with a
    digit in it (a Sentry DSN's 32 hex digits). `x-access-token`, `git`, `svc-deploy1` are names."""
    return _generated(user) or (len(user) >= 16 and user.isalnum() and any(c.isdigit() for c in user))


def _mask_generated(match: re.Match[str]) -> str:
    run = match.group()
    return _mask_run(run) if _generated_run(run) else run


def _generated_run(run: str) -> bool:
    """Whether a run of _RUN holds generated material: the run itself, or, when it is a path of words
    (`charts/web/Zq8...`), one of its parts."""
    return _mask_run(run) != run


def _mask_run(run: str) -> str:
    if len(run.translate(_ONLY_UPPER)) < 2 or len(run.translate(_ONLY_LOWER)) < 2:
        return run  # (most runs: paths and names in small letters) no part of it can be generated
    body = run.strip("/")
    if "/" in body and any(len(p) >= 4 and _WORD_PATH_PART.fullmatch(p) for p in body.split("/")):
        # a path with words in it: only its generated parts are masked
        return "/".join(mask(p) if _generated(p) else p for p in run.split("/"))
    if not _generated(body):
        return run
    return run[:len(run) - len(run.lstrip("/"))] + mask(body) + run[len(run.rstrip("/")):]


def _generated(token: str) -> bool:
    """Random-looking: 16 or more letters and digits, at least two capitals and two small letters, and the character
    classes alternate as in random text. Counted: adjacent letters/digits of different classes, except a capital
    before a small letter (a word's start in camelCase). Random base62 text changes class at ~45 % of its
    neighbours; identifiers and words (`handleGetCronJobList` 0.21, `AddOrderToMakeLine` 0.24, migration names,
    test classes) stay lower, so 30 % is the bar, or 20 % when two or more groups of digits stand among the letters
    (`Sha256Hash` has one), or 15 % with two or more runs of capitals inside (_INNER_CAPITALS). At least one part
    between `-`/`_` must be 12 long: `GHSA-j8r2-6x86-q33q` and UUIDs are identifiers. Hex digests and SHAs (no
    capitals) are left readable: findings show image tags and digests; a hex secret is masked by the key it sits
    under (_ASSIGNMENT), as a URL's user part or as a known value. On the reports of 69 labelled repositories no
    run is taken; of random base62 values 94 % are at 16 characters, 99.5 % at 28 (bench/README.md,
    "hostile-audit")."""
    if len(token) < 16 or not token.isascii():
        return False
    upper = len(token.translate(_ONLY_UPPER))
    lower = len(token.translate(_ONLY_LOWER)) if upper >= 2 else 0
    if lower < 2:
        return False
    letters = upper + lower + len(token.translate(_ONLY_DIGITS))
    if letters < 16 or max(map(len, _SEGMENT.findall(token)), default=0) < 12:
        return False
    ratio = len(_CLASS_CHANGE.findall(token)) / (letters - 1)
    return (ratio >= 0.3 or (ratio >= 0.2 and len(_DIGIT_GROUP.findall(token)) >= 2)
            or (ratio >= 0.15 and len(_INNER_CAPITALS.findall(token)) >= 2))


def _keep_pre(match: re.Match[str]) -> str:
    secret = match.group("pw")
    if (_NOT_A_VALUE.match(secret.strip("'\"")) or set(secret) <= {"*"} or "***" in secret
            or secret.lstrip("'\"").startswith(("<", "$", "{", "%")) or _REFERENCE_KEY.search(match.group("pre"))):
        return match.group(0)
    post = match.groupdict().get("post") or ""
    return match.group("pre") + mask(secret.strip("'\"")) + post


def known_secrets(ctx: Context) -> set[str]:
    """Secret values this run may have met: from the (trusted) environment, and from the repository's
    Secret objects and secret-named env vars (hostile input, but its secrets are still secrets)."""
    from deploycheck.sources.secrets import is_default_credential

    values = environment_secrets(configured_env_names(ctx.config, ctx.options.targets)) | _manifest_secrets(ctx)
    # `postgres`, `password`, `changeme` as a password: the secret scan reports them as default credentials,
    # and masked they would hide `container postgres` and `image postgres:16` in every message.
    return {v for v in values if v and not _NOT_A_VALUE.match(v.strip()) and not is_default_credential(v)}


def configured_env_names(config: Config, targets: dict[str, Any]) -> set[str]:
    """Names of the environment variables the config and the command line say hold credentials: every
    `*_env` value (token_env, db_url_env, registry_auth_env, ...) and every `headers_from_env` value, at
    any depth, so a new config key that names a credential is covered without a list to keep."""
    names = {str(v) for k, v in targets.items() if k.endswith("_env") and isinstance(v, str)}
    stack: list[Any] = [config.raw]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and str(key).endswith("_env"):
                    names.add(value)
                elif isinstance(value, dict) and str(key).endswith("_from_env"):
                    names |= {str(v) for v in value.values() if isinstance(v, str)}
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return names


def environment_secrets(names: Iterable[str] = ()) -> set[str]:
    """The credentials in this process's environment: the variables named (by the config or the command
    line), the CI tokens every CI sets, secret-named variables whose values look generated, and passwords
    inside any URL or libpq string (percent-decoded too, as a driver would show them)."""
    wanted = {*names, *_CI_TOKENS}
    values: set[str] = set()
    for name, value in os.environ.items():
        passwords = _url_passwords(value)
        if passwords:  # a database URL: its password is the secret, the host stays readable
            values |= passwords
        elif name in _SHELL_DIRECTORIES and name not in wanted:
            continue
        elif name in wanted or (is_sensitive_name(name) and _looks_random(value)):
            values.add(value.strip())
    return {v for v in values if v and not _NOT_A_VALUE.match(v)}


def for_environment(names: Iterable[str] = ()) -> Redactor:
    """A redactor for what deploycheck prints outside the report (errors, warnings, the progress line)."""
    return Redactor(environment_secrets(names))


def _is_words(value: str) -> bool:
    return all(_WORD_PART.fullmatch(part) for part in re.split(r"[-_.]", value))


def _looks_generated(value: str) -> bool:
    return _looks_random(value) and not _is_words(value.strip("'\""))


def _looks_random(value: str, min_length: int = 8) -> bool:
    """A variable merely *named* like a secret (TOKEN_TYPE=bearer) must not mask a common word everywhere."""
    return len(value) >= min_length and (any(c.isdigit() for c in value) or value != value.lower() or
                                any(not c.isalnum() for c in value))


def _url_passwords(value: str) -> set[str]:
    from urllib.parse import unquote

    found = {m.group("pw") for m in _URL_PASSWORD.finditer(value)}
    return found | {unquote(pw) for pw in found} | {m.group("pw").strip("'") for m in _LIBPQ_PASSWORD.finditer(value)}


def _manifest_secrets(ctx: Context) -> set[str]:
    """Only when the manifests were read by this run anyway (never parse just for this)."""
    from deploycheck.sources.kubernetes import all_objects

    kube = ctx.peek(all_objects)
    if kube is None:
        return set()
    out: set[str] = set()
    for obj in kube.objects:
        if obj.kind == "Secret":
            for field in ("data", "stringData"):
                data = obj.body.get(field)
                for key, value in data.items() if isinstance(data, dict) else ():
                    for leaf in _leaves(value):
                        out |= _secret_values(str(key), leaf)
                        if field == "data":
                            out |= {v for text in _decoded(leaf) for v in _secret_values(str(key), text)}
        for container in obj.containers():
            env_list = container.spec.get("env")  # hostile input: `env: 5` is possible here
            for env in env_list if isinstance(env_list, list) else []:
                if isinstance(env, dict) and is_sensitive_name(name := str(env.get("name", ""))) and "value" in env:
                    out |= {v for leaf in _leaves(env["value"]) for v in _secret_values(name, leaf)}
    return out


def _secret_values(key: str, value: str) -> set[str]:
    """What of a Secret's entry (or a secret-named env value) is secret. bank-of-anthos keeps POSTGRES_DB and
    POSTGRES_USER in its Secret: masked everywhere, `accounts-db` became `acc********` in every message about
    the StatefulSet of that name. Names, users and hosts are not secrets; a URL's password is, its host is not;
    `/etc/secrets/credentials.json` says where a secret is, not what it is."""
    text = value.strip()
    if "://" in text or "password=" in text.lower():
        return _url_passwords(text)
    if (_IDENTITY_KEY.search(key) and not is_sensitive_name(key)) or _FILE_PATH.fullmatch(text):
        return set()
    return {value}


def _leaves(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def _decoded(value: str) -> set[str]:
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except ValueError:
        return set()
    return {text.strip()} if text.strip().isprintable() else set()

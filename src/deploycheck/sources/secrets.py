"""Secret-looking values committed to the repository.

detect-secrets' plugins and heuristic filters do the scanning (over the texts the file index already
read, so .gitignore, the size cap and the symlink rule hold). The cases it misses are added by hand:
unquoted values of secret-named keys in `.env` files (its keyword plugin requires quotes outside
code files), private key blocks whose header and body it does not see as one line, hard-coded
`${SECRET:-fallback}` values, and credentials inside connection strings (`amqp://guest:guest@…`,
JDBC `password=`).

No raw value leaves this module: a finding keeps the masked value and detect-secrets' SHA-1 hash.
"""

from __future__ import annotations

import base64
import functools
import importlib.machinery
import itertools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from deploycheck.lazy_re import deferred
from deploycheck.line_numbers import line_at
from deploycheck.safety import is_sensitive_name, mask, may_contain_any
from deploycheck.sources.languages import JS_SUFFIXES, LOCKFILE_NAMES, PYTHON_SUFFIXES, SOURCE_SUFFIXES
from deploycheck.startup_cache import constant_patterns

if TYPE_CHECKING:
    from deploycheck.context import Context

# detect-secrets runs ~25 regex plugins per line; beyond this size a file is almost always data
# (dumps, bundles), and scanning it would dominate the run. Such files are listed as not scanned.
MAX_SCAN_BYTES = 2 * 1024 * 1024
# Some detect-secrets patterns backtrack quadratically on one long run of the same character (100 KB of
# `/` took 33 s in NpmDetector alone). So the regexes only ever see windows of this many characters: a
# longer line (one-line JSON, a kubeconfig in an env value) is scanned as overlapping windows, and a
# secret shorter than the overlap is always whole inside one of them. Cost stays linear in the line.
MAX_REGEX_LINE = 512
REGEX_OVERLAP = 128
_BINARY_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".ico", ".webp", ".pdf", ".zip", ".gz", ".tgz", ".bz2", ".xz",
                    ".jar", ".war", ".whl", ".so", ".dll", ".exe", ".woff", ".woff2", ".ttf", ".eot", ".otf", ".mp4",
                    ".mp3", ".pyc", ".class", ".db", ".sqlite", ".svg", ".min.js", ".map")
_DOTENV_LINE = deferred("_DOTENV_LINE", r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$")
_PRIVATE_KEY = deferred("_PRIVATE_KEY",
    r"-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----\s*\n?([A-Za-z0-9+/=\s:,-]{40,})",
    re.M)
# A format verb the code fills in at run time: `fmt.Sprintf("mongodb://%s:%s@%s:%d", user, pass, ...)` (Go, C, Python's
# %-format), `%(password)s`, `"postgres://{}:{}@{}/{}".format(...)`: the value comes from elsewhere, like `${VAR}`.
_FORMAT_VERB = r"%[-+ #0]*\d*(?:\.\d+)?[sdvq]|%\(\w+\)[sd]|\{\d*\}"
# Values that are obviously not secrets: empty, placeholders, references to other places.
_PLACEHOLDER = deferred("_PLACEHOLDER",
    r"^(|changeme|change-me|change_me|xxx+|\*+|todo|none|null|secret|password|example|test|"
    r"dummy|fake|<.*>|\$\{.*\}|\$[A-Za-z_]\w*|\{\{.*\}\}|your[-_].*|.*[-_]here|" + _FORMAT_VERB + ")$", re.I)
# ... of which these are references to a value kept elsewhere (never a finding); the other placeholders
# are words a team must replace, reported as default credentials when a secret-named key holds them.
_REFERENCE_VALUE = deferred("_REFERENCE_VALUE",
                            r"^(|\*+|none|null|<.*>|\$\{\w+\}|\$[A-Za-z_]\w*|\{\{.*\}\}|" + _FORMAT_VERB + ")$", re.I)
DEFAULT_CREDENTIAL = "Default credential (placeholder value)"
HARD_CODED_FALLBACK = "Hard-coded fallback of a secret variable"
# Words a team writes where the real value must go. A value made only of them and of filler (the prefix a
# provider's keys start with, `my`, `key`: `sk-dummy`, `demo`, `my-example-token`) is a default someone may
# deploy (issue 8 §3: reported as a default credential, never as a leaked secret); one random part makes it
# a value again (`demo-Xk29vLmq`).
# (`__CHANGE_ME__`, `CHANGE-ME`: "change" with the filler "me"; laa-apply-for-legal-aid's README
# `OMNIAUTH_ENTRAID_MOCK_PASSWORD="set-me-to-whatever"`: "set" and "whatever", with the fillers "me" and "to")
_PLACEHOLDER_WORDS = frozenset({"changeme", "dummy", "demo", "example", "sample", "fake", "placeholder", "replaceme",
                                "todo", "test", "notasecret", "redacted", "insert", "replace", "xxx", "change", "set",
                                "setme", "whatever"})
_PLACEHOLDER_FILLER = frozenset({"sk", "pk", "rk", "api", "key", "token", "secret", "password", "pass", "pwd", "my",
                                 "your", "the", "a", "an", "here", "value", "for", "local", "dev", "me", "it",
                                 "not", "real", "only", "use", "app", "service", "openai", "ci", "to"})
# `${SECRET_KEY:-hardcoded}` (shell/compose) and `${DB_PASSWORD:hardcoded}` (Spring): the fallback is
# what runs when nobody sets the variable. A dotted name is a Spring property, whose parts may hold dashes
# (`${springdoc.oauthflow.token-url}` has no fallback; `${app.client-secret:x}` has one): the name is matched
# possessively (`*+`), so a dash inside it is never given back to be read as the shell's `-` operator.
_FALLBACK = deferred("_FALLBACK",
    r"\$\{([A-Za-z_][A-Za-z0-9_]*+(?:\.[A-Za-z0-9_-]++)*+)(?::-|:(?!-)|-)([^}$\s'\"]+)\}")  # `${X:-}`: none
_FALLBACK_OPERATOR = deferred("_FALLBACK_OPERATOR", r":-|:|-")
# A comment line: `# password: example` in a values file or README snippet is an example, not a
# secret. Only the keyword and basic-auth detectors skip comments; a real token shape still counts.
_COMMENT = deferred("_COMMENT", r"^\s*(#|//|;|--|/\*|\*|<!--)")
_COMMENT_SKIPPED = frozenset({"Secret Keyword", "Basic Auth Credentials"})


# Keys whose names mention a secret but hold a *reference* to one (existingSecret, passwordSecretName,
# secretKeyRef, passwordFile, ...) or a switch about it: their values are not secrets.
_REFERENCE_KEY = deferred("_REFERENCE_KEY",
    r"existing|name$|namespace$|ref$|refs$|file$|path$|enabled$|create|annotation|mount|length|"
    r"field$|column$|attr$|"  # `PASSWORD_FIELD = "password"` names a form/model field
    r"policy|provider|type$|keys$|^secret$|secrets$|template|rotation|store|"
    # camelCase `secretKey`/`passwordKey` (Helm style) names the key inside a
    # Secret; snake/upper `secret_key`/`SECRET_KEY` is the secret itself.
    r"(?-i:(?:[Ss]ecret|[Pp]assword|[Tt]oken|[Uu]ser(?:name)?)Key)$", re.I)
_LINE_KEY = deferred("_LINE_KEY", r"""^\s*(?:-\s*)?["']?([\w.-]+)["']?\s*[:=]""")
# `unique_key`, `primary_key`, `idempotency_key`, `cache_key`, `partition_key`: an identifier of a record
# or an entry (healthchecks' API documents each check's `unique_key` as a stable id), not key material.
_IDENTIFIER_KEY = deferred("_IDENTIFIER_KEY",
    r"(?:^|[_.-])(?:unique|primary|foreign|idempotency|cache|sort|partition|dedupe?|"
    r"routing|lookup|row|hash|range|shard|object|"
    # the name of a field in a log record or a label (tekton-results' LOGGING_PLUGIN_NAMESPACE_KEY=
    # kubernetes_namespace_name, LOGGING_PLUGIN_CONTAINER_KEY=kubernetes.container_name)
    r"namespace|container|label|field|column)[_-]?key$", re.I)


def is_secret_key(key: str) -> bool:
    """A key whose value is the secret itself (password, apiKey), not a reference to one."""
    return is_sensitive_name(key) and not _REFERENCE_KEY.search(key) and not _IDENTIFIER_KEY.search(key)


def _encrypted_file(text: str) -> bool:
    # SealedSecrets and SOPS files hold ciphertext, which is high-entropy by design.
    return "kind: SealedSecret" in text or ("sops:" in text and "ENC[" in text)


# `secret = get_secret()` / `key = request.headers['apikey']`: the value is looked up, not written.
# detect-secrets' pattern starts with `([^\v=!:]*)\s*`, which matches the empty string and so adds
# nothing to a search but the backtracking; without it the search finds the same lines.
_INDIRECT_REFERENCE = deferred("_INDIRECT_REFERENCE", r"(:=?|[!=]{1,3})\s*([\w.-]+[\[\(][^\v]*[\]\)])")


def is_dotenv(rel: str) -> bool:
    name = PurePosixPath(rel).name
    return name == ".env" or name.startswith(".env.") or name.endswith(".env")


# Front-end build tools compile variables with these prefixes into the JavaScript every browser downloads (Vue CLI,
# Create React App, Next.js, Vite, Nuxt, Gatsby, Expo): an env file of only such variables is public build
# configuration by design, never the place of a secret (unless a key is named like one).
PUBLIC_CLIENT_PREFIXES = ("VUE_APP_", "REACT_APP_", "NEXT_PUBLIC_", "VITE_", "NUXT_PUBLIC_", "GATSBY_", "EXPO_PUBLIC_")


def public_client_env(text: str) -> bool:
    """Every variable the dotenv text sets is a public front-end build variable (none named like a secret)."""
    keys = [line.split("=", 1)[0].strip().removeprefix("export ").strip() for line in text.splitlines()
            if "=" in line and not line.lstrip().startswith("#")]
    return bool(keys) and all(k.startswith(PUBLIC_CLIENT_PREFIXES) and not is_secret_key(k) for k in keys)


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip().strip("'\"")))


def is_placeholder_words(value: str) -> bool:
    """`sk-dummy`, `demo`, `your-example-key`: only placeholder words and filler (see _PLACEHOLDER_WORDS)."""
    text = value.strip().strip("'\"").lower()
    parts = [p for p in re.split(r"[-_.:/\s]+", text) if p]
    if not parts or len(text) > 48:
        return False
    words = [p in _PLACEHOLDER_WORDS or re.fullmatch(r"x{3,}|\*+|0+", p) is not None for p in parts]
    return any(words) and all(w or p in _PLACEHOLDER_FILLER for w, p in zip(words, parts, strict=True))


# `NOT_A_REAL_SECRET_KEY`, `real-secret-not-needed-here` (laa-fee-calculator's build placeholders): a value that says
# itself it is no real secret, in words between separators.
_SAYS_NOT_REAL = deferred("_SAYS_NOT_REAL", r"(?:^|[-_. ])not[-_. ]?(?:a[-_. ]?)?(?:real|secret|needed)(?:$|[-_. ])",
                          re.I)


def is_placeholder_value(value: str) -> bool:
    """A non-empty value that fills a secret's place and is none (is_default_value)."""
    text = value.strip().strip("'\"")
    return bool(text) and is_default_value(text)


def is_switch_value(value: str) -> bool:
    """`MYSQL_RANDOM_ROOT_PASSWORD=true` (wild-workouts' .env), `ALLOW_EMPTY_PASSWORD=yes` (Bitnami images): a switch
    about a password, not one. Digits stay reported: `PASSWORD=123456` is a (weak) password."""
    return value.strip().strip("'\"").lower() in _FLAG_WORDS


def is_default_value(value: str) -> bool:
    """A value the secret scan reports as a default credential rather than a secret: a placeholder word
    (`changeme`, `sk-dummy`, `demo`), a key-mash (`ffff9999`) or a value that says it is not real
    (`NOT_A_REAL_SECRET_KEY`) that is not a reference to a value kept elsewhere."""
    return not is_reference(value) and (is_placeholder(value) or is_placeholder_words(value) or is_key_mash(value)
                                        or _SAYS_NOT_REAL.search(value.strip()[:200]) is not None)


def is_key_mash(value: str) -> bool:
    """`ffff9999`, `bbbb2222`, `aaaa` (zero-to-jupyterhub's CI cookie secrets): one or two runs of a single character,
    each at least three long, typed to fill a field; random material never repeats a character that way."""
    text = value.strip().strip("'\"")
    runs = [len(list(group)) for _, group in itertools.groupby(text)] if len(text) <= 64 else []
    return 1 <= len(runs) <= 2 and all(n >= 3 for n in runs)


def is_default_credential(value: str) -> bool:
    """A default value (above) or a well-known default password (`postgres`, `guest`, `admin`): nothing an
    attacker would not try first."""
    return is_default_value(value) or value.strip().strip("'\"").lower() in _WELL_KNOWN_DEFAULTS


# `JWT_ACCOUNT_KEY = "acct"`, `HEADER_KEY = "x-user"`: under a name ending in "key" that does not say
# password, secret or token, a short lowercase word names a key (a claim, a header, a map entry); a real key
# is never a dictionary word. Passwords keep their short values: a short word as a password is a weak one.
_NAME_LIKE = deferred("_NAME_LIKE", r"[a-z]{1,12}(?:[-_.][a-z]{1,12}){0,2}")
# A longer single word (`dbuserprofile`, 13 letters, past _NAME_LIKE's 12): letters only, up to 20, with vowels as
# words have them (at least one letter in four), which random lowercase material rarely does.
_LONG_WORD = deferred("_LONG_WORD", r"[a-z]{2,20}")


def is_word_value(value: str) -> bool:
    """A guessable word-like value, as a team picks for a local database: up to three short lowercase words
    (_NAME_LIKE: `alerts`, `concourse_pass`), or one longer word (_LONG_WORD)."""
    value = value.strip("'\"")
    if _NAME_LIKE.fullmatch(value):
        return True
    return _LONG_WORD.fullmatch(value) is not None and 4 * sum(c in "aeiouy" for c in value) >= len(value)
_KEY_ONLY_NAME = deferred("_KEY_ONLY_NAME", r"key$", re.I)
_SECRET_WORD = deferred("_SECRET_WORD", r"pass|pwd|secret|token|private|sign|crypt|master|cred|auth|api|access", re.I)


# The MoJ generic-service chart (hundreds of HMPPS services) maps each env variable to the key of an existing
# Kubernetes Secret under `namespace_secrets: {<secret name>: {DB_PASS: "database_password"}}`: the values below
# that key are the names of Secret entries. The shape of a value alone cannot tell (`password: dev-password` is a
# real, weak password: piggymetrics), so only that key, or a value equal to its own key (`SENTRY_DSN: SENTRY_DSN`),
# makes a name.
SECRET_REFERENCE_MAPS = frozenset({"namespace_secrets"})
_YAML_KEY_LINE = deferred("_YAML_KEY_LINE", r"^([ \t]*)(?:-[ \t]+)?[\"']?([\w.-]{1,200})[\"']?[ \t]*:")


def _base64_word(value: str) -> bool:
    """A word written in base64, as a config that wants base64 takes it (the Concourse quickstart compose's
    `CONCOURSE_CLIENT_SECRET: Y29uY291cnNlLXdlYgo=`, "concourse-web"): chosen, as the word itself is (is_word_value)."""
    text = value.strip().strip("'\"")
    if not 4 <= len(text) <= 200 or len(text) % 4:
        return False
    try:
        decoded = base64.b64decode(text, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    return is_word_value(decoded.strip())


def names_itself(key: str, value: str) -> bool:
    """`SENTRY_DSN: SENTRY_DSN`: the value repeats its key, the name of the Secret entry that holds it."""
    text = value.strip().strip("'\"")
    return text == key and re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{2,80}", text) is not None


def secret_reference_lines(lines: list[str]) -> frozenset[int]:
    """The line numbers (1-based) of a YAML text's key lines that sit below a key of SECRET_REFERENCE_MAPS, in one
    pass over the text with a stack of the open keys by indentation (linear: asked once per file)."""
    found: set[int] = set()
    stack: list[tuple[int, bool]] = []  # (indentation, a reference map) of the keys open above
    open_maps = 0
    for number, line in enumerate(lines, 1):
        m = _YAML_KEY_LINE.match(line) if len(line) <= 2000 else None
        if m is None or line.lstrip().startswith("#"):
            continue
        depth = len(m.group(1))
        while stack and stack[-1][0] >= depth:
            open_maps -= stack.pop()[1]
        if open_maps:
            found.add(number)
        is_map = m.group(2) in SECRET_REFERENCE_MAPS
        stack.append((depth, is_map))
        open_maps += is_map
    return frozenset(found)


def names_a_key(key: str, value: str) -> bool:
    """The value under a *_KEY name is the name of something (`acct`), not key material."""
    value = value.strip().strip("'\"")
    return (bool(_KEY_ONLY_NAME.search(key)) and not _SECRET_WORD.search(key)
            and _NAME_LIKE.fullmatch(value) is not None and value not in _WELL_KNOWN_DEFAULTS)


# `GF_INSTALL_PLUGINS=grafana-opensearch-datasource,grafana-clock-panel`: identifiers joined by `-_.` and
# listed with `,;` (an UPPER_SNAKE name in front) score as high entropy for their length, yet every part
# is a pronounceable lowercase word. Random material always breaks one of: lowercase, letters before any
# digits, a vowel in every part, at most 14 letters a part.
_WORD_PART = deferred("_WORD_PART", r"(?=[a-z]*[aeiouy])[a-z]{2,14}[0-9]{0,3}")
_UPPER_NAME = deferred("_UPPER_NAME", r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")


def is_identifier_list(value: str) -> bool:
    items = [i for i in re.split(r"[=,;:\s]+", value.strip().strip("'\"")) if i]
    words = 0
    for item in items:
        if _UPPER_NAME.fullmatch(item):
            continue
        parts = re.split(r"[-_.]", item)
        if not all(_WORD_PART.fullmatch(p) for p in parts):
            return False
        words += len(parts)
    return words >= 2


def is_alphabet(value: str) -> bool:
    """An alphabet written out (`"0123456789ABCDEFHJKLMNPRSTUVWXY"`, base58's digits, bech32's
    `"qpzry9x8gf2tvdw0s3jn54khce6mua7l"`: the characters an ID checksum or an address encoding allows, as
    Presidio's recognizers keep them): 16 characters or more, none repeated. Random material of that length
    repeats a character almost surely (32 base64 characters: all distinct with a chance of 1 in 13,000; hex or
    a longer token: never), so a value with no repeat is a character set, not a secret."""
    text = value.strip().strip("'\"")
    return len(text) >= 16 and len(set(text)) == len(text)


# A constant *about* a secret, not one: the secret word is followed by what the constant is
# (`PASSWORD_TOO_SHORT`, `ACCOUNT_SET_PASSWORD_SUBJECT_FIELD`, `PASSWORD_RESET_DEFAULT_SUBJECT`), as in a large
# real service's error codes, notification events and e-mail subjects. Such a name holding a lowercase
# identifier (the code it stands for) or, under a text-naming last word, words with spaces (the text) is
# not reported. A name ending in the secret word (`DB_PASSWORD`, `SECRET_KEY`) keeps every value.
_SECRET_LAST_WORD = deferred("_SECRET_LAST_WORD",
    r"(?:^|_)(?:pass|passwd|password|pwd|secret|token|key|apikey|credentials?|"
    r"passphrase|salt|pin|auth)$", re.I)
_TEXT_WORD = deferred("_TEXT_WORD",
    r"(?:^|_)(?:subject|message|msg|text|title|label|description|help|hint|prompt|error|"
    r"template|placeholder|caption|heading|body|greeting)$", re.I)
_CODE_VALUE = deferred("_CODE_VALUE", r"[a-z]{2,20}(?:[_-][a-z]{2,20}){1,8}")
# `ctx["email_password_status"] = "success"`: a name ending in a state word holds a state, one lowercase word.
_STATE_WORD = deferred("_STATE_WORD", r"(?:^|_)(?:status|state|result|outcome|stage|step|phase)$", re.I)
_WORD_VALUE = deferred("_WORD_VALUE", r"[a-z]{2,20}")
# `SecretEnvVarPostfix = "SECRET"`, `EnvVarPrefix = "STAKATER_"` (Reloader's constants.go): a name ending in a
# fragment word holds a piece of other names (an env variable's suffix), letters and separators only.
_FRAGMENT_WORD = deferred("_FRAGMENT_WORD", r"(?:^|_)(?:prefix|postfix|suffix|separator|delimiter)$", re.I)
_FRAGMENT_VALUE = deferred("_FRAGMENT_VALUE", r"[A-Za-z][A-Za-z_.-]{0,40}")
# `KeelImagePullSecretAnnotation = "keel.sh/imagePullSecret"` (keel's types.go): a name ending in annotation or label
# holds the key of a Kubernetes annotation or label (a DNS prefix, a slash, a name), the name of a setting.
_LABEL_KEY_WORD = deferred("_LABEL_KEY_WORD", r"(?:^|_)(?:annotation|label)s?$", re.I)
_LABEL_KEY_VALUE = deferred("_LABEL_KEY_VALUE", r"[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?/[A-Za-z0-9][\w.-]{0,62}")
# `EMAIL_TOKEN_EXPIRY = int(os.getenv("EMAIL_TOKEN_EXPIRY", "86400"))`, `PASSWORD_RESET_ATTEMPTS_TIMEOUT` 86400
# (ras-frontstage's config.py): a name ending in a quantity word holds how long or how many, a number (with an
# optional unit), never the secret it is about.
_QUANTITY_WORD = deferred("_QUANTITY_WORD",
    r"(?:^|_)(?:expiry|expires|expiration|timeout|ttl|lifetime|age|length|len|size|count|attempts|retries|limit|"
    r"interval|duration|seconds|secs|minutes|mins|hours|days|period|max|min)$", re.I)
_NUMBER_VALUE = deferred("_NUMBER_VALUE", r"[0-9]{1,12}(?:\.[0-9]{1,6})?(?:ms|s|m|h|d)?")
_PROSE_VALUE = deferred("_PROSE_VALUE",
    r"(?=(?:[^ ]+ ){2})[\w\u2019'{}.,!?:;()\- ]+", re.U)  # \u2019: a typographic apostrophe
_SRI_HASH = deferred("_SRI_HASH", r"\bsha(?:256|384|512)-[A-Za-z0-9+/]{40,}={0,2}")


# `email: {templates: {passwordChange: 7ba6b103-...}}` (ras-frontstage's values.yaml): below a map of templates, a key
# named for an event about a secret (its last word is not a secret word) holds the id of the message template sent
# for that event (GOV.UK Notify's template ids), not a secret. `templates: {smtpPassword: x}` still holds one.
_TEMPLATE_MAP = deferred("_TEMPLATE_MAP", r"template", re.I)


def names_a_template(path: list[str]) -> bool:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", path[-1]) if path else ""
    return bool(snake) and not _SECRET_LAST_WORD.search(snake) and any(
        _TEMPLATE_MAP.search(step) for step in path[:-1])


def about_a_secret(name: str, value: str) -> bool:
    """`name = value` names a code, holds a text or a quantity about a secret (see _SECRET_LAST_WORD), not a
    secret."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    if not snake or _SECRET_LAST_WORD.search(snake):
        return False
    text = value.strip().strip("'\"")
    return bool(_CODE_VALUE.fullmatch(text) or (_TEXT_WORD.search(snake) and _PROSE_VALUE.fullmatch(text))
                or (_STATE_WORD.search(snake) and _WORD_VALUE.fullmatch(text))
                or (_FRAGMENT_WORD.search(snake) and _FRAGMENT_VALUE.fullmatch(text))
                or (_LABEL_KEY_WORD.search(snake) and _LABEL_KEY_VALUE.fullmatch(text))
                or (_QUANTITY_WORD.search(snake) and _NUMBER_VALUE.fullmatch(text)))


_FLAG_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "enabled", "disabled"})
# ... or ending a sentence: argocd-image-updater's warning "... or set --webhook-require-secret=false." in cmd/common.go
_FLAG_VALUE = deferred("_FLAG_VALUE", r"([A-Za-z]+)(?=$|[;,&)\]\s]|\.$)")


def _flag_value(value: str) -> bool:
    """A boolean word, alone or ending at a separator (`issecret=true;]$password` in an Azure Pipelines logging
    command): a switch about a secret, not the secret."""
    m = _FLAG_VALUE.match(value.strip().strip("'\""))
    return m is not None and m.group(1).lower() in _FLAG_WORDS


# `TOKEN_VERIFICATION_API_URL=http://localhost:9091/verification` (a secret word in the name, a location as the value):
# a URL with no user information, query or fragment carries no credential (one with `user:pass@` is read by
# embedded_password; one with a query may hold `?token=`, so it stays judged).
_PLAIN_URL = deferred("_PLAIN_URL", r"[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s/@?#]{1,300}(?:/[^\s@?#]{0,1000})?")


def is_plain_url(value: str) -> bool:
    return _PLAIN_URL.fullmatch(value.strip().strip("'\"")) is not None


# 1Password's secret references (`op://vault/item/field`, resolved by `op run`/`op inject`; find-moj-data's .env.tpl):
# where the value is kept, not the value.
_SECRET_MANAGER_REFERENCE = deferred("_SECRET_MANAGER_REFERENCE", r"op://[^\s/]{1,200}/[^\s]{1,500}")


# A Kubernetes Secret named by namespace and name, with the key inside it (`secret:argocd/registry-creds#token`,
# `pullsecret:argocd/regcred`; argocd-image-updater's registries.conf and ImageUpdater resources, whose samples write
# `secret:<namespace>/<secret_name>#<field>`): where the credential is kept, not the credential. The names are DNS
# labels (lowercase) or `<...>` placeholders; the key a Secret's data key. Bounded parts: linear.
_KUBERNETES_SECRET_REFERENCE = deferred(
    "_KUBERNETES_SECRET_REFERENCE",
    r"(?:pull)?secret:(?:<[\w.-]{1,63}>|[a-z0-9][a-z0-9.-]{0,252})/(?:<[\w.-]{1,63}>|[a-z0-9][a-z0-9.-]{0,252})"
    r"(?:#(?:<[\w.-]{1,63}>|[\w.-]{1,253}))?")


def is_reference(value: str) -> bool:
    """A reference to a value kept elsewhere, or a documented public value: never a finding."""
    text = value.strip().strip("'\"")
    return bool(_REFERENCE_VALUE.match(text)) or text in _PUBLIC_VALUES \
        or _SECRET_MANAGER_REFERENCE.fullmatch(text) is not None or _SENTRY_DSN.fullmatch(text) is not None \
        or _KUBERNETES_SECRET_REFERENCE.fullmatch(text) is not None


def _kubernetes_secret_reference(line: str, value: str) -> bool:
    """The keyword plugin read `credentials: pullsecret:foo/bar` as the key `pullsecret` with the value `foo/bar`:
    the value goes on a `secret:`/`pullsecret:` reference (_KUBERNETES_SECRET_REFERENCE) the line writes. A whole
    value that is one (`pullSecret: "secret:<namespace>/<secret_name>#<field>"`) is one too."""
    text = value.strip().strip("'\"")
    if _KUBERNETES_SECRET_REFERENCE.fullmatch(text) is not None:
        return True
    at = line.find(text) if text else -1
    if at < 0:
        return False
    before = line[max(0, at - len("pullsecret:")):at]
    scheme = "pullsecret:" if before.endswith("pullsecret:") else "secret:" if before.endswith("secret:") else ""
    return bool(scheme) and _KUBERNETES_SECRET_REFERENCE.fullmatch(scheme + text) is not None


# A Sentry DSN with its public key only (`https://<32 hex>@o345774.ingest.sentry.io/5377063`, prisoner-content-hub-
# backend's raven.settings.yml): the address browsers and apps send events to, public by design ("DSNs are safe to
# keep public", Sentry's docs). The legacy form with a `:secret` after the key is not matched, and stays judged.
_SENTRY_DSN = deferred("_SENTRY_DSN", r"https://[0-9a-f]{32}@(?:[a-z0-9-]{1,63}\.){0,4}sentry\.io/\d{1,20}")


# Keys every installation of a local emulator shares, published in its documentation (TailwindTraders' compose
# fallbacks and appsettings.Development.json): they open only the emulator on the developer's machine.
_PUBLIC_VALUES = frozenset({
    # Azure Cosmos DB Emulator
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    # Azurite / Azure Storage Emulator, account devstoreaccount1
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
})
# `String PASSWORD_PROPERTY = "jakarta.persistence.jdbc.password"`, `"spring.datasource.password"`: the name of a
# configuration property (dotted lowercase words ending in a secret word), not its value.
_PROPERTY_NAME = deferred("_PROPERTY_NAME", r"[a-z][a-z0-9]*(?:\.[a-z][a-z0-9-]*){2,}")
_KEY_BODY = deferred("_KEY_BODY", r"[A-Za-z0-9+/]{40,}")


# `key = EXCLUDED.key,` (an SQL upsert in a ConfigMap), `password: form.password`: an unquoted qualified name whose
# last part is the name it is given to reads that field from elsewhere; it is not the value.
_QUALIFIED_NAME = deferred("_QUALIFIED_NAME", r"[A-Za-z_]\w{0,100}(?:\.[A-Za-z_]\w{0,100}){1,5}")


def _field_reference(line: str, value: str) -> bool:
    text = value.strip().rstrip(",;)")
    if not _QUALIFIED_NAME.fullmatch(text) or _quoted(line, value):
        return False
    before = line[:max(line.find(text), 0)].rstrip(" \t")
    if not before.endswith((":", "=")):
        return False
    name = before[:-1].rstrip(" \t")
    start = len(name)
    while start > 0 and (name[start - 1].isalnum() or name[start - 1] == "_"):
        start -= 1
    return name[start:].lower() == text.rsplit(".", 1)[-1].lower()


def _drone_secret_reference(rel: str, line: str) -> bool:
    """`from_secret: drone_git_token` under a Drone step's `environment:` or `settings:`: the name of a secret kept in
    Drone (modern-slavery's .drone.yml, 27 lines), which Drone fills in at run time; never a value."""
    if not rel.endswith((".yml", ".yaml")):
        return False
    key, colon, _ = line.lstrip(" \t-").partition(":")
    return bool(colon) and key.rstrip(" \t") == "from_secret"


def _keyword_not_a_value(rel: str, line: str, value: str) -> bool:
    """The keyword plugin's value is a switch, a property name or code, not a secret."""
    return (value.lower() in ("true", "false")
            or _drone_secret_reference(rel, line)
            or _field_reference(line, value)
            or (_PROPERTY_NAME.fullmatch(value) is not None and is_sensitive_name(value.rsplit(".", 1)[-1]))
            # source code quotes its strings: an unquoted "value" is an expression (`if uu.Password != nil {`)
            or (rel.endswith(SOURCE_SUFFIXES) and not _quoted(line, value)))


def _first_word(line: str, value: str) -> str:
    """`docker run -e POSTGRES_PASSWORD=postgres postgres:18.4`: the keyword plugin runs an unquoted value on to
    the end of the line; the shell's value ends at the first space."""
    return value.split()[0] if " " in value.strip() and not _quoted(line, value) else value


def _key_material_follows(lines: list[str], number: int) -> bool:
    """A private-key header with key material after it on the line (a JSON string's `\\n`) or within the next
    lines (PEM, PGP armour's headers and blank line): `grep -q 'BEGIN PGP PRIVATE KEY BLOCK' $FILE` holds none."""
    header = lines[number - 1] if 0 < number <= len(lines) else ""
    after = header[header.upper().find("PRIVATE KEY") + len("PRIVATE KEY"):]
    return _KEY_BODY.search(after) is not None or any(
        _KEY_BODY.match(candidate.strip().strip("'\"")) for candidate in lines[number:number + 6])


@dataclass(frozen=True)
class SecretFinding:
    """A secret the scan found, masked."""
    file: str
    line: int
    type: str
    masked: str
    hashed: str | None = None
    source: str = "detect-secrets"  # detect-secrets | deploycheck
    # the value is a lowercase word or two (`alerts`, `concourse_pass`): a guessable password, not random material
    word: bool = False


@dataclass
class SecretScan:
    """The secret scan's findings and what it scanned or could not."""
    findings: list[SecretFinding] = field(default_factory=list)
    scanned: int = 0
    not_scanned: list[str] = field(default_factory=list)  # "path: reason"
    available: bool = True  # detect-secrets importable
    error: str | None = None


def _candidate(rel: str) -> bool:
    name = PurePosixPath(rel).name
    return not (name in LOCKFILE_NAMES or rel.lower().endswith(_BINARY_SUFFIXES))


def _dotenv_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        m = _DOTENV_LINE.match(line)
        if not m or line.lstrip().startswith("#"):
            continue
        key, value = m.group(1), m.group(2).split(" #", 1)[0].strip().strip("'\"")
        if is_sensitive_name(key) and not is_placeholder(value) and not is_switch_value(value) \
                and not is_plain_url(value) and not is_reference(value):
            out.append(SecretFinding(rel, i, "Secret Keyword (.env value)", f"{key}={mask(value)}",
                                     source="deploycheck", word=is_word_value(value)))
    return out


def _fallback_findings(rel: str, text: str) -> list[SecretFinding]:
    """`${SECRET_KEY:-hardcoded}`: a secret-named variable whose fallback value is written in the file."""
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        if "${" not in line or len(line) > 1000:
            continue
        for m in _FALLBACK.finditer(line):
            name, value = m.group(1), m.group(2)
            if not is_sensitive_name(name) or is_reference(value) or is_switch_value(value) or is_plain_url(value):
                continue
            kind = DEFAULT_CREDENTIAL if is_default_value(value) else HARD_CODED_FALLBACK
            operator = _FALLBACK_OPERATOR.match(m.group(0), 2 + len(name))
            shown = f"{name}{operator.group(0) if operator else ':-'}{mask(value)}"  # as written: Spring's `:`
            out.append(SecretFinding(rel, i, kind, shown, source="deploycheck", word=is_word_value(value)))
            break
    return out


# Credentials inside connection strings: `amqp://guest:guest@rabbitmq`, `redis://:pw@cache`, and the
# `SECRET_KEY = os.getenv("SECRET_KEY", "dev-key")`, `envsecret("SECRET_KEY", "---")`, `config("API_TOKEN",
# default="x")`, `process.env.JWT_SECRET || "x"`: the code's own fallback of a secret variable, what runs when
# the deployment forgets to set it (as `${SECRET_KEY:-x}` in compose). detect-secrets' keyword plugin does not
# see a secret name inside a call's string argument.
_CODE_FALLBACK = deferred("_CODE_FALLBACK",
    r"""\(\s*["']([A-Z][A-Z0-9_]*)["']\s*,\s*(?:default\s*=\s*)?(["'])([^"'\n]+)\2"""
    r"""|process\.env\.([A-Z][A-Z0-9_]*)\s*(?:\|\||\?\?)\s*(["'`])([^"'`\n]+)\5""")
_FALLBACK_LANGUAGES = (*PYTHON_SUFFIXES, *JS_SUFFIXES)  # the two call shapes above


# `public String getKey(SessionBlob blob) { return "thebestsecretkey"; }` (TeaStore's ConstantKeyProvider signs
# every session with it): a getter named for a secret that returns a string literal hard-codes that secret.
_SECRET_GETTER = deferred("_SECRET_GETTER",
    r"\b(?:def\s+|func\s+|function\s+|\s)(get_?(?:secret|password|passwd|token|(?:signing_?|"
    r"secret_?|private_?|api_?|hmac_?|encryption_?)?key))\s*\(", re.I)
_RETURN_LITERAL = deferred("_RETURN_LITERAL", r"""^\s*return\s+(["'])([^"'\s]{8,})\1\s*;?\s*$""")


def _secret_getter_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _SECRET_GETTER.search(line) if len(line) < 300 else None
        if not m:
            continue
        for j in range(i, min(i + 4, len(lines))):  # the body's first statements
            ret = _RETURN_LITERAL.match(lines[j])
            if not ret:
                continue
            value = ret.group(2)
            if not is_reference(value):
                kind = DEFAULT_CREDENTIAL if is_default_value(value) else "Hard-coded secret returned by a getter"
                out.append(SecretFinding(rel, j + 1, kind, f"{m.group(1)}() returns {mask(value)}",
                                         source="deploycheck"))
            break
    return out


def _code_fallback_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        if len(line) > 1000 or _COMMENT.match(line):
            continue
        for m in _CODE_FALLBACK.finditer(line):
            name, value = (m.group(1), m.group(3)) if m.group(1) else (m.group(4), m.group(6))
            if not is_secret_key(name) or is_reference(value) or about_a_secret(name, value) or is_plain_url(value):
                continue
            # a value without a letter or digit (`---`) is a stand-in, a default someone may deploy
            default = is_default_value(value) or _well_known_default("Secret Keyword", name, value) \
                or not any(c.isalnum() for c in value)
            kind = DEFAULT_CREDENTIAL if default else HARD_CODED_FALLBACK
            out.append(SecretFinding(rel, i, kind, f"{name} fallback {mask(value)}", source="deploycheck",
                                     word=is_word_value(value)))
            break
    return out


# `password=` parameter of JDBC/ODBC URLs. detect-secrets' basic-auth plugin needs a user name and
# drops values it finds "likely ids"; its keyword plugin needs `password = "..."` in code.
_URL_CREDENTIAL = deferred("_URL_CREDENTIAL",
    r"\b([a-z][a-z0-9+.-]{1,30})://([^\s:/@'\"<>{}]*):([^\s@/'\"<>]+)@[\w.-]+", re.I)
_URL_PASSWORD_PARAM = deferred("_URL_PASSWORD_PARAM", r"[?&;](?:password|pwd|passwd)=([^&;\s'\"<>]+)", re.I)
_WELL_KNOWN_DEFAULTS = frozenset({"guest", "admin", "root", "postgres", "mysql", "sa", "user", "pass", "rabbitmq",
                                  "redis", "mongo", "neo4j", "elastic", "minio", "minioadmin", "keycloak",
                                  "public"})  # public: the SNMP community every device ships with


_PROSE = (".md", ".rst", ".adoc", ".txt")


def embedded_password(value: str) -> str | None:
    """The literal password a connection string or URL value carries (`amqp://app:pw@mq`,
    `Server=db;User Id=sa;Password=pw;`), or None; a template, variable or elided value is not one."""
    # (`://` first: the URL pattern starts with \b, so it is tried at every position of a config file otherwise)
    found = [m.group(3) for m in _URL_CREDENTIAL.finditer(value)] if "://" in value else []
    # (and the parameter pattern, which starts with a character class, only on a text naming a password: it was
    # ~1 % of a corpus scan on the large dashboards and configs in ConfigMaps)
    if "=" in value and may_contain_any(value, ("password", "pwd", "passwd")):
        found += [m.group(1) for m in _URL_PASSWORD_PARAM.finditer(value)]
    return next((v for v in found if not (is_reference(v) or "${" in v or "{{" in v or v.startswith("$")
                                          or is_placeholder(v) or re.fullmatch(r"[.…*x]+", v, re.I))), None)


# `app.secret_key = b'...'` (Flask's session key), `SECRET_KEY = b"..."`: detect-secrets' keyword plugin
# expects a quote right after `=`, so a Python bytes literal is not read.
_PY_BYTES_ASSIGN = deferred("_PY_BYTES_ASSIGN", r"""^\s*([\w.]+)\s*=\s*[bB](['"])(.+)\2\s*(?:#.*)?$""")


def _python_bytes_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        m = _PY_BYTES_ASSIGN.match(line) if "=" in line else None
        if m and is_secret_key(m.group(1).rpartition(".")[2]) and len(m.group(3)) >= 8 \
                and not is_placeholder(m.group(3)) and not is_placeholder_words(m.group(3)):
            out.append(SecretFinding(rel, i, "Secret Keyword", mask(m.group(3)), source="deploycheck"))
    return out


def _url_credential_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        if ("://" not in line and "password=" not in line.lower()) or len(line) > 2000 or _COMMENT.match(line):
            continue
        found = [(m.group(3), m.group(2), f"{m.group(1)}://") for m in _URL_CREDENTIAL.finditer(line)]
        found += [(m.group(1), None, "password=") for m in _URL_PASSWORD_PARAM.finditer(line)]
        for value, user, where in found:
            if (is_reference(value) or "${" in value or "{{" in value or value.startswith("$")
                    or re.fullmatch(r"[.…*x]+", value, re.I)):  # `user:...@` elides the value
                continue
            default = (is_placeholder(value) or value.lower() in _WELL_KNOWN_DEFAULTS
                       or (user is not None and value == user))
            kind = DEFAULT_CREDENTIAL if default else "Password in a connection string"
            shown = f"{where}{user}:{mask(value)}@" if user is not None else f"{where}{mask(value)}"
            out.append(SecretFinding(rel, i, kind, shown, source="deploycheck"))
            break
    return out


# A database login created with its password in SQL: `CREATE ROLE casesvc PASSWORD 'casesvc' ... LOGIN`
# (rm-case-service's src/main/resources/schema.sql, run at every start by spring.sql.init.mode: always),
# `CREATE USER astronomy_user WITH PASSWORD 'astronomy_password'`. The statement's options are bounded.
_SQL_PASSWORD = deferred("_SQL_PASSWORD", r"\b(?:CREATE|ALTER)[ \t\n]+(?:ROLE|USER)[ \t\n]+\"?([\w.$-]{1,63})\"?"
                                          r"[^;']{0,200}?\bPASSWORD[ \t\n]+'([^'\n]{1,200})'", re.I)


def _sql_password_findings(rel: str, text: str) -> list[SecretFinding]:
    """Passwords of the database roles a SQL script creates or alters (on code lines, not in `--` comments); the
    role's own name, or a well-known default, as its password is a default credential."""
    out = []
    for m in _SQL_PASSWORD.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if _COMMENT.match(text[start:m.start() + 1]):
            continue
        role, value = m.group(1), m.group(2)
        if is_reference(value) or "${" in value or "{{" in value or value.startswith(("$", ":")):
            continue
        default = is_placeholder(value) or value.lower() in _WELL_KNOWN_DEFAULTS or value.lower() == role.lower()
        out.append(SecretFinding(rel, line_at(text, m.start(2)), DEFAULT_CREDENTIAL if default
                                 else "Password in a SQL script", mask(value), source="deploycheck"))
    return out


# Provider token formats detect-secrets 1.5 has no plugin for, so its entropy plugin alone would name them
# ("Base64 High Entropy String" for a Google API key). Documented prefixes, as gitleaks and GitHub's own
# secret scanning read them; a body without a digit is a placeholder (`sk-proj-xxxxxxxxxxxxxxxxxxxx`).
_TYPED_TOKENS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("AIza", "Google API Key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}")),
    ("github_pat_", "GitHub Token", re.compile(r"\bgithub_pat_[A-Za-z0-9_]{50,}")),
    ("sk-", "OpenAI API Key", re.compile(r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}")),
    ("sk-ant-", "Anthropic API Key", re.compile(r"\bsk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,}")),
)
# Kinds that say only "something secret-looking is here": a provider's token kind on the same line names it.
_GENERIC_KINDS = frozenset({"Secret Keyword", "Base64 High Entropy String", "Hex High Entropy String"})


def _typed_token_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    lines: list[str] | None = None
    for literal, kind, pattern in _TYPED_TOKENS:
        if literal not in text:
            continue
        for m in pattern.finditer(text):
            token = m.group(0)
            number = line_at(text, m.start())
            lines = text.splitlines() if lines is None else lines
            if any(c.isdigit() for c in token[len(literal):]) and not is_placeholder_words(token) \
                    and not example_token(lines, number, token):
                out.append(SecretFinding(rel, number, kind, mask(token), source="deploycheck"))
    return out


def secret_kind_of_value(value: str) -> str | None:
    """What the secret scan would call this bare value, whatever name it sits under: a provider token
    (detect-secrets' typed plugins and _TYPED_TOKENS), a password in a connection string, or high-entropy
    base64 material; None for anything else. Hex strings are left out as the scan leaves them out outside
    secret-named keys (digests, commit ids, checksums)."""
    text = value.strip()
    if not 16 <= len(text) <= 4096 or "${" in text or "{{" in text or is_reference(text) or is_identifier_list(text):
        return None
    for literal, kind, pattern in _TYPED_TOKENS:
        if literal in text and pattern.search(text) and any(c.isdigit() for c in text):
            return kind
    for m in _URL_CREDENTIAL.finditer(text):
        password = m.group(3)
        if not (is_reference(password) or password.startswith("$") or is_default_value(password)
                or password.lower() in _WELL_KNOWN_DEFAULTS or password == m.group(2)):
            return "Password in a connection string"
    if not _plugins_may_find(text):
        return None
    for plugin in _value_plugins():
        limit = getattr(plugin, "entropy_limit", None)
        for found in plugin.analyze_string(f'"{text}"' if limit is not None else text):
            if limit is None and found:
                return str(plugin.secret_type)
            if limit is not None and found == text and plugin.calculate_shannon_entropy(found) > limit:
                return str(plugin.secret_type)
    return None


# detect-secrets' value plugins' own patterns, copied with its version (tests/test_secret_value_prefilter.py holds the
# copy to the installed library and regenerates it): importing the library imports requests too (~0.1 s of a
# manifest-only scan), and almost no env value could match any of them.
_VALUE_PATTERNS = Path(__file__).resolve().parent.parent / "data" / "detect_secrets_value_patterns.json"


@functools.cache
def _value_prefilter() -> tuple[tuple[re.Pattern[str], ...], frozenset[str], float] | None:
    """The copied patterns, the high-entropy plugin's charset and limit; None (every value goes to the plugins)
    when the installed detect-secrets is not the version they were copied from, or the copy is unreadable."""
    spec = importlib.machinery.PathFinder.find_spec("detect_secrets")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        installed = (Path(next(iter(spec.submodule_search_locations))) / "__version__.py").read_text(encoding="utf-8")
        data = json.loads(_VALUE_PATTERNS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = re.search(r"""VERSION\s*=\s*['"]([^'"]+)['"]""", installed)
    if version is None or version.group(1) != data["detect_secrets"]:
        return None
    with constant_patterns():  # the package's copy of detect-secrets' patterns: kept between runs (startup_cache)
        patterns = tuple(re.compile(pattern, flags) for _, pattern, flags in data["patterns"])
    return (patterns,
            frozenset(data["entropy_charset"]), float(data["entropy_limit"]))


def _plugins_may_find(text: str) -> bool:
    """False only when no value plugin of detect-secrets can report `text`: none of the regex plugins' patterns
    matches it, and the high-entropy plugin (which reports a value only when the whole value is made of its
    charset and its Shannon entropy is above the limit; the entropy of k distinct characters is at most log2(k))
    cannot either. Then `secret_kind_of_value` answers None without importing the library."""
    prefilter = _value_prefilter()
    if prefilter is None:
        return True
    patterns, charset, limit = prefilter
    if any(p.search(text) for p in patterns):
        return True
    distinct = set(text)
    return distinct <= charset and math.log2(len(distinct)) > limit


@functools.cache
def _value_plugins() -> tuple[Any, ...]:
    """detect-secrets' plugins for single values, built once (settings and plugin construction cost ~1 ms a
    call): a provider's kind before "high entropy", as on a scanned line."""
    try:
        from detect_secrets.settings import default_settings, get_plugins
    except ImportError:
        return ()
    with default_settings() as settings:
        # basic auth: connection strings are read above, where defaults (`app:app@`) are not secrets
        settings.disable_plugins("IPPublicDetector", "KeywordDetector", "HexHighEntropyString", "BasicAuthDetector")
        return tuple(sorted(get_plugins(), key=lambda p: hasattr(p, "entropy_limit")))


def _private_key_findings(rel: str, text: str) -> list[SecretFinding]:
    return [SecretFinding(rel, line_at(text, m.start()), "Private Key", mask(m.group(1)),
                          source="deploycheck") for m in _PRIVATE_KEY.finditer(text)]


def _detect_secrets(ctx: Context, texts: list[tuple[str, str]], scan: SecretScan) -> None:
    if not texts:
        return  # nothing to scan: importing detect-secrets (and requests with it) alone costs ~0.1-0.3 s
    try:
        from detect_secrets.core.scan import _is_filtered_out, _scan_line
        from detect_secrets.plugins.keyword import DENYLIST_REGEX
        from detect_secrets.settings import default_settings, get_plugins
        from detect_secrets.util.code_snippet import get_code_snippet
    except ImportError:
        scan.available = False
        return
    # detect-secrets spends ~80 us per line and plugin on its dependency injection, which made the
    # 2,000-file corpus take 5 minutes. So each plugin first gets a cheap look at the line through
    # its own regexes (`analyze_string`, entropy for the high-entropy plugins, the keyword plugin's
    # deny-list); only plugins that could match go through detect-secrets' own pipeline below (the
    # body of its `_process_line_based_plugins`, with the same heuristic filters).
    # Case-insensitive on lowercased text: Python's re runs the IGNORECASE deny-list 5-10x slower.
    keyword = re.compile(DENYLIST_REGEX.lower())

    def could_match(plugin: Any, text: str) -> bool:
        if plugin.__class__.__name__ == "KeywordDetector":
            return bool(keyword.search(text.lower()))
        if plugin.__class__.__name__ == "NpmDetector" and "_authToken" not in text:
            return False  # its `//.+/:_authToken` backtracks on every `/`; the literal must be there
        limit = getattr(plugin, "entropy_limit", None)
        found = plugin.analyze_string(text)
        if limit is None:
            return next(iter(found), None) is not None
        # a string of n characters has at most log2(n) bits of entropy: short ones cannot pass
        return any(len(value) > 2 ** limit and plugin.calculate_shannon_entropy(value) > limit for value in found)

    with default_settings() as settings:
        settings.disable_plugins("IPPublicDetector")  # a public IP address is not a secret
        # Same heuristic as detect-secrets' is_indirect_reference, with a regex that cannot backtrack
        # for milliseconds per line (it took 30 of 55 s on the corpus's long dashboard lines).
        settings.disable_filters("detect_secrets.filters.heuristic.is_indirect_reference")
        plugins = get_plugins()
        for rel, text in texts:
            absolute = str(ctx.files.abspath(rel))
            if _encrypted_file(text) or _is_filtered_out(required_filter_parameters=["filename"], filename=absolute):
                continue
            lines = text.splitlines()
            windows = _regex_windows(lines)
            bounded = text if len(windows) == len(lines) else "\n".join(window for _, window in windows)
            lowered = bounded.lower()
            active = [plugin for plugin in plugins  # whole file: one C-speed pass each
                      if _may_match(plugin.__class__.__name__, lowered) and could_match(plugin, bounded)]
            if not active:
                continue
            seen: set[tuple[int, str, str]] = set()  # overlapping windows of one line can show a secret twice
            references: frozenset[int] | None = None  # key lines under namespace_secrets, found when first needed
            for number, line in windows:
                hits = [plugin for plugin in active if could_match(plugin, line)]
                if not hits:
                    continue
                snippet = get_code_snippet(lines=lines, line_number=number)
                if _is_filtered_out(required_filter_parameters=["line"], filename=absolute, line=line,
                                    context=snippet):
                    continue
                indirect = len(line) <= 1000 and _INDIRECT_REFERENCE.search(line) is not None
                for plugin in hits:
                    # a plugin returns a set: its order follows the per-process string hash, so two values of one
                    # line (a JWK's "d" and "x") came out in either order, and the report showed either mask
                    for secret in sorted(_scan_line(plugin=plugin, filename=absolute, line=line, line_number=number,
                                                    context=snippet),
                                         key=lambda s: (s.type, s.secret_value or "")):
                        value = secret.secret_value or ""
                        if secret.type == "Secret Keyword":
                            value = _first_word(line, value)
                            if _keyword_not_a_value(rel, line, value):
                                continue
                        if secret.type == "Private Key" and not _key_material_follows(lines, number):
                            continue  # the header named in a script or a message, no key
                        if value.strip().strip("'\"") in _PUBLIC_VALUES or _SENTRY_DSN.fullmatch(value.strip("'\"")):
                            continue  # a documented public value (an emulator's key, a Sentry DSN)
                        if secret.type == "Basic Auth Credentials" and is_reference(value):
                            continue  # `%s:%s@host` in a Sprintf: the password is filled in at run time
                        if indirect and not _quoted(line, value):
                            continue  # `secret = get_secret()`: looked up, not written (detect-secrets' rule)
                        if _is_filtered_out(required_filter_parameters=["context"], filename=absolute,
                                            secret=value, plugin=plugin, line=line, context=snippet):
                            continue
                        if secret.type in _COMMENT_SKIPPED and _COMMENT.match(line):
                            continue
                        key = _LINE_KEY.match(line)
                        key_name = key.group(1).rsplit(".", 1)[-1] if key else ""
                        secret_key = bool(key and is_secret_key(key_name))
                        if secret.type == "Hex High Entropy String" and not secret_key:
                            continue  # revision ids, fingerprints, checksums, cluster ids: hex, not secrets
                        if secret.type in _ENTROPY and not secret_key and is_identifier_list(value):
                            continue  # a plugin list, not random material
                        if secret.type in _ENTROPY and not secret_key and _LOCAL_PATH.match(value.strip("'\"")):
                            continue  # a developer machine's temp or home folder (jest --init's cacheDirectory)
                        if secret.type in _ENTROPY and not secret_key and is_alphabet(value):
                            continue  # a charset a validator checks against (base58, bech32), not a secret
                        if secret.type in _ENTROPY and any(value in m.group(0) for m in _SRI_HASH.finditer(line)):
                            continue  # `integrity="sha512-…"`: a Subresource Integrity hash of a public file
                        if secret.type in _ENTROPY and not secret_key and is_word_phrase(value):
                            continue  # `elasticbeanstalk-us-east-1-THIS_IS_JUST_AN_EXAMPLE`: words, a bucket's name
                        if secret.type in _ENTROPY and not secret_key and _DIGEST_KEY.search(key_name):
                            continue  # Drupal's `default_config_hash: '-E5AVR0f…'`: a digest of content
                        if secret.type not in _WRITTEN_KINDS and example_token(lines, number, value):
                            continue  # `AKIAIOSFODNN7EXAMPLE`, `gho_1234567890abcdefghij…`, a rule's test sample
                        if secret.type in _GENERIC_KINDS and _test_value_name(_name_before(line, value) or key_name):
                            continue  # `TEST_API_KEY = "…"`, `exampleAppState`: named a test's or example's value
                        if secret.type == "Secret Keyword" and value.strip("'\"").lower() in _LOG_LEVELS:
                            continue  # `…ApiKeyAuthenticationHandler: Warning`: a logger's level
                        if secret.type == "Secret Keyword" and about_a_secret(_name_before(line, value), value):
                            continue  # `PASSWORD_TOO_SHORT = "password_too_short"`: a code, an event, a text
                        if secret.type == "Secret Keyword" and _ci_database_password(rel, key_name, value):
                            continue  # `POSTGRES_PASSWORD: saleor` for a CI job's throwaway database
                        if secret.type == "Secret Keyword" and _secret_name_in_matrix(rel, text, key_name, value):
                            continue  # `kube_token_secret: AUTOGENERATED_..._K8S_TOKEN` read as secrets[matrix.x]
                        if secret.type == "Secret Keyword" and _enum_phrase(rel, lines, number, value):
                            continue  # `user_wrong_password = "User Entered Incorrect Password"` in an Enum: a label
                        if secret.type == "Secret Keyword" and _enum_member(rel, line, value):
                            continue  # `    INVALID_PASSWORD = "invalid_password"` in a class: an enum code
                        if secret.type == "Secret Keyword" and _kubernetes_secret_reference(line, value):
                            continue  # `credentials: pullsecret:foo/bar`: names a Kubernetes Secret
                        if secret.type == "Secret Keyword" and _flag_value(value):
                            continue  # `ALLOW_EMPTY_PASSWORD: "yes"`, `issecret=true;]`: a switch, not a secret
                        if secret.type == "Secret Keyword" and _inside_fallback(line, value):
                            continue  # `${API_KEY:x}`: _fallback_findings reads the fallback itself
                        if secret.type == "Secret Keyword" and _knexfile_local_environment(rel, lines, number):
                            continue  # knexfile.js `development: {connection: {password: 'knex'}}`: a local database
                        if secret.type == "Secret Keyword" and _pytest_settings(rel, lines, number):
                            continue  # pytest-env's `env = ["SECRET_KEY=secret"]`: the test run's settings
                        if secret.type == "Secret Keyword" and _translation_file(rel):
                            continue  # `password: Password` in config/locales/en/generic.yml: a label shown to users
                        if secret.type == "Secret Keyword" and _names_an_environment_variable(rel, value):
                            continue  # node-config's `password: REDIS_PASSWORD`: read from that variable
                        # ahead of the placeholder reading: `CLIENT_CREDS_CLIENT_SECRET: 'CLIENT_CREDS_CLIENT_SECRET'`
                        # under namespace_secrets (hmpps-template-typescript's values.yaml) is an UPPER_SNAKE word
                        # the placeholder rule called a default credential, yet it names a Secret's key like its
                        # siblings.
                        # (A value naming itself elsewhere, `password: password`, is still judged a default first.)
                        if secret.type == "Secret Keyword" and rel.endswith((".yaml", ".yml")):
                            if references is None:
                                references = secret_reference_lines(lines) if "namespace_secrets" in text \
                                    else frozenset()
                            if number in references:
                                continue  # `DB_PASS: "database_password"` under namespace_secrets: a Secret's key
                        if is_default_value(value) or _well_known_default(secret.type, key_name, value) or (
                                secret.type == "Secret Keyword" and _reference_or_placeholder(line, value)):
                            if secret_key and secret.type == "Secret Keyword" and not is_reference(value):
                                scan.findings.append(SecretFinding(rel, number, DEFAULT_CREDENTIAL, mask(value),
                                                                   secret.secret_hash))
                            continue
                        if secret.type == "Secret Keyword" and names_a_key(_name_before(line, value), value):
                            continue  # `JWT_ACCOUNT_KEY = "acct"`: the name of a claim, not key material
                        if secret.type == "Secret Keyword" and _part_of_its_name(_name_before(line, value), value):
                            continue  # `ApiKeySchema = "ApiKey"`: the name of a scheme, a part of its own name
                        if secret.type == "Secret Keyword" and rel.endswith((".yaml", ".yml")) \
                                and names_itself(_name_before(line, value), value):
                            continue  # `SENTRY_DSN: SENTRY_DSN`: the name of the Secret entry that holds it
                        if secret.type == "Secret Keyword" and _label_mapping(line, value):
                            continue  # `'PASSWORD': 'USERNAME'`: one label mapped to another (defaults judged above)
                        if (number, secret.type, secret.secret_hash) in seen:
                            continue
                        seen.add((number, secret.type, secret.secret_hash))
                        word = secret.type in ("Secret Keyword", "Basic Auth Credentials") and (
                            is_word_value(value) or _base64_word(value))
                        scan.findings.append(SecretFinding(rel, number, secret.type, mask(value), secret.secret_hash,
                                                           word=word))


# Translation catalogues: the values of a file in a locales/ (i18n/, translations/, ...) folder are words shown to
# users in one language, keyed by what they label (laa-apply-for-legal-aid's config/locales/en/generic.yml
# `password: Password`, read as a default credential). Only the keyword reading is left out: a private key or a
# token's own pattern is still found there.
_TRANSLATION_DIRS = frozenset({"locales", "locale", "i18n", "l10n", "translations", "lang", "langs"})
_TRANSLATION_SUFFIXES = (".yml", ".yaml", ".json", ".properties", ".po")


def _translation_file(rel: str) -> bool:
    return rel.endswith(_TRANSLATION_SUFFIXES) and any(d.lower() in _TRANSLATION_DIRS for d in rel.split("/")[:-1])


# node-config's custom-environment-variables file maps each setting to the NAME of the environment variable it is read
# from (pcq-frontend: `redis: {password: REDIS_PASSWORD}`): an UPPER_SNAKE value there is a variable's name, never the
# value (the library's documented format: https://github.com/node-config/node-config/wiki/Environment-Variables).
_NODE_CONFIG_ENV_FILES = frozenset({"custom-environment-variables.yaml", "custom-environment-variables.yml",
                                    "custom-environment-variables.json", "custom-environment-variables.json5"})


def _names_an_environment_variable(rel: str, value: str) -> bool:
    return rel.rpartition("/")[2] in _NODE_CONFIG_ENV_FILES and \
        re.fullmatch(r"[A-Z][A-Z0-9_]{0,200}", value.strip().strip("'\"")) is not None


# Necessary conditions for the plugins whose own patterns cost most on a large tree (a leading
# `(?<=\W)|(?<=^)` look-behind tried at every position, under IGNORECASE: 2-7 s each on 33 MB of a Django
# service): each is a weaker pattern over the lowercased text, anchored on the keyword or literal the
# plugin's pattern cannot match without. A file none of them fits cannot match the plugin; any other file
# still goes through the plugin's own patterns (`could_match`), so what is found does not change.
# tests/test_facts_configuration.py checks each gate against its plugin on planted values.
# The plugins' separator ` *(?:=|:|:=|=>| +|::) *` written without its three adjacent runs of spaces (` * + *`),
# which backtracked cubically over a run of blanks after a keyword (`key` + 2,000 spaces: over 20 s): the same
# strings, so the same files pass each gate.
_SEPARATOR = r"""["']?\]?(?: *(?:=|:|:=|=>|::) *| +)["']?"""
_PLUGIN_GATES: dict[str, re.Pattern[str]] = {
    "CloudantDetector": re.compile(r"cl(?:oudant|ou)?[_-]?(?:api)?(?:key|pwd|pw|password|pass|token)" + _SEPARATOR
                                   + r"[0-9a-z]{24}|\.cloudant\.com"),
    "IbmCloudIamDetector": re.compile(r"(?:key|pwd|password|pass|token)" + _SEPARATOR + r"[a-z0-9_-]{44}"),
    "IbmCosHmacDetector": re.compile(r"secret[-_]?(?:access)?[-_]?key" + _SEPARATOR + r"[a-f0-9]{48}"),
    "SoftlayerDetector": re.compile(r"(?:softlayer|sl)[_-]?(?:api)?[_-]?(?:key|pwd|password|pass|token)" + _SEPARATOR
                                    + r"[a-z0-9]{64}|api.softlayer.com"),  # its `.` is any character
    "ArtifactoryDetector": re.compile(r"akc[a-z0-9]{10}|ap[\da-f][a-z0-9]{8}"),
    "MailchimpDetector": re.compile(r"-us[0-9]"),
}


_ENTROPY = frozenset({"Base64 High Entropy String", "Hex High Entropy String"})
# Kinds whose value is a password or key somebody typed (a weak one is still one), not a token of a shape.
_WRITTEN_KINDS = frozenset({"Secret Keyword", "Basic Auth Credentials", "Private Key"})
# A key naming a digest of content (Drupal's config `default_config_hash`, a file's `checksum`, a build's `sha256`).
_DIGEST_KEY = deferred("_DIGEST_KEY", r"(?:^|[_.-])(?:hash|digest|checksum|fingerprint|etag|sha(?:1|256|512)?)$",
                       re.I)
_LOG_LEVELS = frozenset({"trace", "debug", "info", "information", "warn", "warning", "error", "critical", "fatal",
                         "verbose"})
# The first word of a name that says its value is made up: `TEST_API_KEY`, `TEST_USER_PASSWORD` (exceptionless'
# SampleDataService), `exampleAppState` (dex-k8s-authenticator), `test-chart-managed-secret`.
_TEST_VALUE_WORDS = frozenset({"test", "testing", "example", "sample", "fake", "dummy", "mock"})


# camelCase and acronyms: `exampleAppState` -> example_App_State, `DBPassword` -> DB_Password
_CAMEL_BOUNDARY = deferred("_CAMEL_BOUNDARY", r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[-_.\s]+", _CAMEL_BOUNDARY.sub("_", name)) if w]


def _test_value_name(name: str) -> bool:
    """The first of two or more words says test or example (a bare `example:` key of a JSON schema holds whatever
    example its author pasted, a real client secret included: laa-court-data-adaptor's oauth.json)."""
    words = _words(name)
    return len(words) >= 2 and words[0].lower() in _TEST_VALUE_WORDS


def _part_of_its_name(name: str, value: str) -> bool:
    """`ApiKeySchema = "ApiKey"`: the value spells a proper part of its name, whose last word is not a secret word
    (`DB_PASSWORD = "password"` ends in one: a default credential, judged before)."""
    snake = "_".join(_words(name))
    if not snake or _SECRET_LAST_WORD.search(snake):
        return False
    plain_name = re.sub(r"[^a-z0-9]", "", name.lower())
    plain = re.sub(r"[^a-z0-9]", "", value.strip("'\"").lower())
    return len(plain) >= 3 and plain != plain_name and plain in plain_name


# `elasticbeanstalk-us-east-1-THIS_IS_JUST_AN_EXAMPLE` (exceptionless' email templates): four or more parts joined by
# `-_./`, each a word in one case with a vowel (`us`, `THIS`, `EXAMPLE`) or a short number. Random material mixes cases
# inside a part or has parts without vowels.
_PHRASE_PART = deferred("_PHRASE_PART", r"(?=[a-z]*[aeiouy])[a-z]{2,20}|(?=[A-Z]*[AEIOUY])[A-Z]{2,20}|[0-9]{1,4}")


def is_word_phrase(value: str) -> bool:
    parts = [p for p in re.split(r"[-_./]+", value.strip().strip("'\"")) if p] if len(value) <= 200 else []
    return len(parts) >= 4 and all(_PHRASE_PART.fullmatch(p) for p in parts) and any(len(p) >= 4 for p in parts)


_ASCENDING = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def made_up_token(value: str) -> bool:
    """A token-shaped value someone made up: it holds a run of 8 characters typed in order or of one filler
    (`gho_1234567890abcdefghijklmnopqrstuvwx000`, `T00000000/B00000000/XXXX…`); random material of 62 symbols holds
    such a run about once in 10^14 values. One pass over the value. (AWS's documented example keys, `…EXAMPLE`, stay
    values: the planted secrets of this project's own tests are written with them.)"""
    ascending = same = 1  # runs in one case: `KlMnOpQr` alternates, as a hand-typed test key may, and stays a value
    for previous, current in itertools.pairwise(value):
        # (only the fillers `0`, `x`, `*`: base64 of binary holds `AAAAAAAA` for six zero bytes, and stays a value)
        same = same + 1 if current == previous and current in "0xX*" else 1
        ascending = ascending + 1 if any(previous + current in run for run in _ASCENDING) else 1
        if same >= 8 or ascending >= 8:
            return True
    return False


# `"glpat-[a-zA-Z0-9_]{20}", TestValue::Single("glpat-RkE_BG5p_bbjML21WSfy")` (atuin's client-side secret filters):
# a token written within a few lines after a regular expression of its own prefix (`glpat-[`, `nf[pcoub]_`) is the
# sample that pattern is tested with, as secret scanners' rule files keep them.
_VECTOR_LINES = 5
_CLASS_AFTER = deferred("_CLASS_AFTER", r"\[([^\]\n]{1,60})\]")


def _class_admits(cls: str, char: str) -> bool:
    """A regular expression's character class body (`KS`, `0-9A-Z`, `pcoub`) admits `char` (negation never does)."""
    if cls.startswith("^"):
        return False
    index = 0
    while index < len(cls):
        if index + 2 < len(cls) and cls[index + 1] == "-":
            if cls[index] <= char <= cls[index + 2]:
                return True
            index += 3
            continue
        if cls[index] == char:
            return True
        index += 1
    return False


def example_token(lines: list[str], number: int, value: str) -> bool:
    """Every token on line `number` that starts with `value` is made up or a pattern's test sample. (detect-secrets'
    GitHub and GitLab plugins give only the token's prefix, `ghp`, as the value: the token is read from the line.)"""
    line = lines[number - 1][:4000] if 0 < number <= len(lines) else ""
    text = value.strip("'\"")
    # (16 characters at least: the pattern's own `glpat-[...]` on the line is no token)
    tokens = [m.group(0) for m in re.finditer(re.escape(text) + r"[\w.+/=-]{0,200}", line)
              if len(m.group(0)) >= 16] if text else []
    tokens = tokens or [text]
    return all(made_up_token(t) or _pattern_test_vector(lines, number, t) for t in tokens)


def _pattern_test_vector(lines: list[str], number: int, value: str) -> bool:
    text = value.strip("'\"")
    window = [line[:1000] for line in lines[max(0, number - 1 - _VECTOR_LINES):number]]
    window = [line for line in window if "]{" in line or "]+" in line]
    if not window:
        return False
    # the token's first k characters, then a class that admits its next one: `A[KS]IA…` for `AKIAIOSF…`, `nf[pcoub]_`
    # for `nfp_…`, `glpat-[a-zA-Z0-9_]` for `glpat-RkE…`
    for k in range(1, min(12, len(text))):
        if not (text[k - 1].isalnum() or text[k - 1] in "_-"):
            break
        probe = text[:k] + "["
        for line in window:
            start = line.find(probe)
            while start >= 0:
                before = line[start - 1] if start > 0 else " "
                cls = _CLASS_AFTER.match(line, start + k)
                if not (before.isalnum() or before == "_") and cls and _class_admits(cls.group(1), text[k]):
                    return True
                start = line.find(probe, start + 1)
    return False
# A path into a developer machine's per-user temp or home folder: macOS names its temp folders with random-looking
# words (`/private/var/folders/_4/wc70vz5j43bb9xfq_j_kgsgr0000gn/T/jest_dx`, the commented cacheDirectory that
# `jest --init` writes into every generated jest.config.js, mushop's api and storefront), which the Base64 entropy
# plugin takes for key material. Only these roots: a token with a `/` in it starts with no such folder.
_LOCAL_PATH = deferred("_LOCAL_PATH",
                       r"(?:/private)?/var/folders/\w{1,4}/\w{8,64}/[TC]/|/(?:tmp|Users|home)/[\w.-]{1,64}/")


def _inside_fallback(line: str, value: str) -> bool:
    """The keyword plugin's value is (part of) a `${SECRET_VAR:-fallback}` expression on the line, which
    `_fallback_findings` reports with the fallback's own reading (default credential or hard-coded value)."""
    core = value.strip("}")
    return bool(core) and "${" in line and any(core in m.group(0) and is_sensitive_name(m.group(1))
                                               for m in _FALLBACK.finditer(line))


_INI_SECTION = deferred("_INI_SECTION", r"^\s*\[([^\]\n]{1,200})\]\s*$")
# pytest's own configuration sections: the `env` pytest-env sets there exists only while the tests run.
_PYTEST_SECTIONS = {"pyproject.toml": "tool.pytest.ini_options", "pytest.ini": "pytest", "tox.ini": "pytest",
                    "setup.cfg": "tool:pytest"}


def _pytest_settings(rel: str, lines: list[str], number: int) -> bool:
    """Whether line `number` (1-based) lies in the pytest section of a pytest configuration file."""
    section = _PYTEST_SECTIONS.get(PurePosixPath(rel).name)
    if section is None:
        return False
    for line in reversed(lines[:number - 1]):
        header = _INI_SECTION.match(line) if line.lstrip().startswith("[") else None
        if header:
            return header.group(1).strip() == section
    return False


# knex's configuration file exports one connection per environment (`development: {...}, production: {...}`); its
# development and test entries are the developer's and the test run's databases (modern-slavery's
# apps/common/db/knexfile.js: `development: {connection: {database: 'knex', user: 'knex', password: 'knex'}}` beside a
# production entry reading config.audit.password). A value under production, staging or any other key is judged.
_KNEX_LOCAL_ENVIRONMENTS = frozenset({"development", "dev", "local", "test", "testing"})
_KNEXFILE_NAMES = ("knexfile.js", "knexfile.ts", "knexfile.cjs", "knexfile.mjs")


def _knexfile_local_environment(rel: str, lines: list[str], number: int) -> bool:
    """Whether line `number` (1-based) of a knexfile lies in its development or test entry."""
    if PurePosixPath(rel).name not in _KNEXFILE_NAMES or not 0 < number <= len(lines):
        return False
    line = lines[number - 1]
    indent = len(line) - len(line.lstrip())
    for previous in reversed(lines[max(0, number - 200):number - 1]):
        stripped = previous.strip()
        depth = len(previous) - len(previous.lstrip())
        if not stripped or depth >= indent:
            continue
        indent = depth  # an enclosing line: the key whose object holds the value
        key, colon, rest = stripped.partition(":")
        if colon and rest.strip().startswith("{") and key.strip().strip("'\"") in _KNEX_LOCAL_ENVIRONMENTS:
            return True
        if depth == 0:
            break
    return False


# A member of a Python Enum whose value is a phrase (laa-civil-case-api's app/models/audit_log.py:
# `class EventType(str, Enum):` ... `user_wrong_password = "User Entered Incorrect Password"`): the label an audit
# event is stored and shown under, named after what happened. Only inside a class deriving from an Enum, and only
# a phrase of three words or more.
_ENUM_MEMBER = deferred("_ENUM_MEMBER",
                        r"""[ \t]+[A-Za-z_]\w{0,100}[ \t]*=[ \t]*(["'])([^"'\n]{1,200})\1[ \t]*,?[ \t]*(?:#.*)?""")
_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum"})


def _enum_class_line(line: str) -> bool:
    """`class EventType(str, Enum):`: a class line one of whose bases is an Enum."""
    if not line.startswith("class ") or "(" not in line or ")" not in line:
        return False
    bases = line[line.find("(") + 1:line.find(")")]
    return any(base.strip().rsplit(".", 1)[-1] in _ENUM_BASES for base in bases.split(","))


def _enum_phrase(rel: str, lines: list[str], number: int, value: str) -> bool:
    if not rel.endswith(".py") or not 0 < number <= len(lines) or len(lines[number - 1]) > 400:
        return False
    member = _ENUM_MEMBER.fullmatch(lines[number - 1])
    text = value.strip().strip("'\"")
    if member is None or member.group(2) != text or len(text.split()) < 3 or _PROSE_VALUE.fullmatch(text) is None:
        return False
    for previous in reversed(lines[max(0, number - 300):number - 1]):
        if previous.strip() and not previous[:1].isspace():  # the first line at the left margin above
            return _enum_class_line(previous)
    return False


def _may_match(plugin: str, lowered: str) -> bool:
    gate = _PLUGIN_GATES.get(plugin)
    return gate is None or gate.search(lowered) is not None


_LITERAL = deferred("_LITERAL", r'"([^"]*)"|\'([^\']*)\'')


def _quoted(line: str, value: str) -> bool:
    """The value is written as a string literal on the line. detect-secrets drops every line that looks
    like `x = call(...)`, which also dropped tokens passed to a client (`WebClient(token="xoxb-…")`,
    `connect(password="…")`); a literal argument is written in the code, not looked up."""
    return bool(value) and any(value in literal for pair in _LITERAL.findall(line) for literal in pair)


def _regex_windows(lines: list[str]) -> list[tuple[int, str]]:
    """(line number, text) for every line; a long line becomes overlapping MAX_REGEX_LINE windows."""
    out: list[tuple[int, str]] = []
    step = MAX_REGEX_LINE - REGEX_OVERLAP
    for number, line in enumerate(lines, start=1):
        line = line.rstrip()
        if len(line) <= MAX_REGEX_LINE:
            out.append((number, line))
        else:
            out += [(number, line[start:start + MAX_REGEX_LINE])
                    for start in range(0, len(line) - REGEX_OVERLAP, step)]
    return out


def _reference_or_placeholder(line: str, value: str) -> bool:
    """detect-secrets' keyword plugin flags `existingSecret: db-creds`; that names a Secret, it is not one."""
    m = _LINE_KEY.match(line)
    if is_placeholder(value):
        return True
    return bool(m and not is_secret_key(m.group(1).rsplit(".", 1)[-1]) and not _secret_argument(line, value))


def _well_known_default(kind: str, key: str, value: str) -> bool:
    """`POSTGRES_PASSWORD: postgres`, `SECRET_KEY: secret_key`: an image's documented default or the key's own
    name is a default credential (as `guest:guest@` in a URL), not a leaked secret."""
    word = re.sub(r"[-_.]", "", value.strip().strip("'\"").lower())
    return kind == "Secret Keyword" and (word in _WELL_KNOWN_DEFAULTS
                                         or (bool(key) and word == re.sub(r"[-_.]", "", key.lower())))


# `    INVALID_PASSWORD = "invalid_password"`, `    PASSWORD = "Password"`: an indented UPPER_CASE Python constant is a
# class attribute, and one whose value spells its own name is an enum member or a choice code (saleor's error
# codes, notification events, field types); a module-level `SECRET_KEY = "secret_key"` stays a default credential.
_PY_CLASS_CONSTANT = deferred("_PY_CLASS_CONSTANT",
    r"""^[ \t]+([A-Z][A-Z0-9_]*)\s*(?::\s*\w+\s*)?=\s*["']([^"']+)["']\s*(?:#.*)?$""")


# A CI pipeline's database/cache/broker password that is a plain word (`POSTGRES_PASSWORD: saleor`) is set up
# for that job's throwaway container; a random-looking value there is still reported (it may be real).
_DATABASE_KEY = deferred("_DATABASE_KEY",
    r"^(?:postgres|pg|mysql|mariadb|mongo|mongodb|redis|rabbitmq|amqp|db|database|mssql|sa)[_-]",
    re.I)


def _ci_database_password(rel: str, key: str, value: str) -> bool:
    return (bool(_CI_FILE.search(rel)) and bool(_DATABASE_KEY.search(key))
            and _NAME_LIKE.fullmatch(value.strip().strip("'\"")) is not None)


# An UPPER_SNAKE value: the name of a repository secret or variable, as GitHub spells them.
_SECRET_NAME = deferred("_SECRET_NAME", r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def _secret_name_in_matrix(rel: str, text: str, key: str, value: str) -> bool:
    """A GitHub Actions matrix entry whose value names a secret the steps fetch with `secrets[matrix.<key>]`
    (laa-crime-application-store deploys dev and uat with `kube_token_secret: AUTOGENERATED_NSCC_STORE_DEV_K8S_TOKEN`
    and `kube-token: ${{ secrets[matrix.kube_token_secret] }}`): the value is which secret to read, not a secret."""
    return (bool(key) and bool(_CI_FILE.search(rel)) and f"secrets[matrix.{key}]" in text
            and _SECRET_NAME.fullmatch(value.strip().strip("'\"")) is not None)


def _enum_member(rel: str, line: str, value: str) -> bool:
    if not rel.endswith(".py"):
        return False
    m = _PY_CLASS_CONSTANT.match(line)
    return bool(m and m.group(2) == value
                and re.sub(r"[-_.\s]", "", value).lower() == m.group(1).replace("_", "").lower())


# `'PASSWORD': 'USERNAME',  # No specific password category, use username` (presidio's entity-type map): a dict
# entry mapping one UPPER_SNAKE label to another is a table of names, not a credential.
_LABEL_MAPPING = deferred("_LABEL_MAPPING",
                          r"""[ \t]*(["'])[A-Z][A-Z0-9_]{0,60}\1[ \t]*:[ \t]*(["'])([A-Z][A-Z0-9_]{1,60})\2[ \t]*,?"""
                            r"[ \t]*(?:#[^\n]*)?")


def _label_mapping(line: str, value: str) -> bool:
    m = _LABEL_MAPPING.fullmatch(line) if len(line) <= 400 else None
    return m is not None and m.group(3) == value.strip().strip("'\"")


def _name_before(line: str, value: str) -> str:
    """The name the literal is assigned or given to on the line (`final String JWT_ACCOUNT_KEY = "acct"`,
    `ctx["email_password_status"] = "success"`), or compared with (`if db_key == "id"`)."""
    m = re.search(r"""([\w.-]+)["']?\]?\s*(?:==|!=|:=|=>|:|=)\s*["']""" + re.escape(value) + "[\"']", line)
    return m.group(1).rsplit(".", 1)[-1] if m else ""


def _secret_argument(line: str, value: str) -> bool:
    """`conn = connect(user="app", password="…")`: the line assigns `conn`, but the literal is given to a
    secret-named argument or key on the same line."""
    for m in re.finditer(r"""([\w.-]+)["']?\s*(?::|=|=>)\s*["']""" + re.escape(value) + "[\"']", line):
        if is_secret_key(m.group(1).rsplit(".", 1)[-1]):
            return True
    return False


# detect-secrets' entropy plugins only read quoted strings, and its keyword plugin has no `*Key` names: an unquoted
# random value under a secret-named key of a YAML file went unseen (TailwindTraders' Deploy/helm/gvalues.yaml,
# `securityKey: nEpLz...`, the HMAC key that signs every JWT, found in its quoted copies only).
_YAML_UNQUOTED = deferred("_YAML_UNQUOTED", r"^\s*(?:-\s+)?([\w.-]+)\s*:\s+([A-Za-z0-9+/=_-]{20,})\s*(?:#.*)?$")
_BASE64_LIMIT = 4.5  # detect-secrets' default for Base64HighEntropyString


def _entropy(value: str) -> float:
    return -sum(n / len(value) * math.log2(n / len(value)) for n in (value.count(c) for c in set(value)))


def _yaml_unquoted_findings(rel: str, text: str) -> list[SecretFinding]:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        m = _YAML_UNQUOTED.match(line) if len(line) <= 1000 else None
        if not m or not is_secret_key(m.group(1)) or is_placeholder(m.group(2)) or is_identifier_list(m.group(2)):
            continue
        if _entropy(m.group(2)) > _BASE64_LIMIT:
            out.append(SecretFinding(rel, i, "Base64 High Entropy String", mask(m.group(2)), source="deploycheck"))
    return out


# Two YAML shapes detect-secrets' keyword plugin does not read, its key being `value` or the line not being YAML:
# a container's env entry (`- name: MSSQL_SA_PASSWORD` with `value: 8jkGh...` under it) and a `key = value` line of
# a configuration file held in a block scalar (a ConfigMap's `rabbitmq.conf: |` with `default_pass = DEBmb...`):
# pitstop's src/k8s/sqlserver.yaml and rabbitmq.yaml.
_ENV_NAME = deferred("_ENV_NAME", r"""^(\s*)-\s+name:\s*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?:#.*)?$""")
_ENV_VALUE = deferred("_ENV_VALUE", r"""^\s+value:\s*(["']?)(.*?)\1\s*(?:#.*)?$""")
# `{name: X, value: Y}`. The blanks after `value:` are read possessively and the value's blanks a run at a time (a run
# is taken only when more value follows), so the value's end is looked for once per run, not once per blank:
# `value:\s*(["']?)([^,}]*?)\2\s*\}` shared each run of blanks three ways (13.8 s for a 2,000-character line).
_ENV_FLOW = deferred("_ENV_FLOW", r"""\{\s*name:\s*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*,\s*"""
                                  r"""value:\s*+(["']?)((?:[^,}\s]|\s++(?=[^,}\s]))*?)\2\s*+\}""")
_BLOCK_START = deferred("_BLOCK_START", r"^(\s*)(?:-\s+)?[^#\s][^#]*:\s*[|>][-+]?\d*\s*(?:#.*)?$")
_CONF_LINE = deferred("_CONF_LINE", r"""^\s*([\w.-]+)\s*=\s*(["']?)(\S+?)\2\s*$""")


def _literal_secret(rel: str, line: int, name: str, value: str) -> SecretFinding | None:
    """A literal under a name that ends in a secret word (MSSQL_SA_PASSWORD, default_pass; not TOKEN_EXPIRY_SECONDS),
    unless it is a switch, a number, a file path (a mounted secret) or a reference (`$(VAR)`, `${VAR}`, a template)."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    if (not value or not is_secret_key(name) or not _SECRET_LAST_WORD.search(snake)
            or value.startswith(("$(", "${", "{{", "/", "./")) or "{{" in value or is_reference(value)
            or value.lower() in ("true", "false", "yes", "no", "on", "off") or value.replace(".", "", 1).isdigit()
            or names_a_key(name, value)):
        return None
    kind = DEFAULT_CREDENTIAL if is_default_credential(value) else "Secret Keyword"
    return SecretFinding(rel, line, kind, mask(value), source="deploycheck",
                         word=_NAME_LIKE.fullmatch(value) is not None)


def _yaml_literal_findings(rel: str, text: str) -> list[SecretFinding]:
    out: list[SecretFinding] = []
    lines = text.splitlines()
    block: int | None = None  # indentation of the key that opened a block scalar
    for i, line in enumerate(lines, 1):
        if len(line) > 1000:
            continue
        indent = len(line) - len(line.lstrip())
        if block is not None and (not line.strip() or indent > block):
            conf = _CONF_LINE.match(line)
            if conf and not _field_reference(line, conf.group(3)) \
                    and (found := _literal_secret(rel, i, conf.group(1), conf.group(3))):
                out.append(found)
            continue
        block = None
        if (start := _BLOCK_START.match(line)) is not None:
            block = len(start.group(1))
            continue
        for flow in _ENV_FLOW.finditer(line):
            if found := _literal_secret(rel, i, flow.group(1), flow.group(3)):
                out.append(found)
        name = _ENV_NAME.match(line)
        if not name:
            continue
        item = len(name.group(1))
        for j in range(i, min(i + 6, len(lines))):  # the other keys of the same list item
            following = lines[j]
            if not following.strip() or len(following) - len(following.lstrip()) <= item:
                break
            value = _ENV_VALUE.match(following)
            if value and (found := _literal_secret(rel, j + 1, name.group(2), value.group(2))):
                out.append(found)
                break
    return out


def secret_scan(ctx: Context) -> SecretScan:
    scan = SecretScan()
    texts: list[tuple[str, str]] = []
    for rel in ctx.files.files:
        if not _candidate(rel):
            continue
        text = ctx.files.read_text(rel)
        if text is None:
            scan.not_scanned.append(f"{rel}: not read (size cap or unreadable)")
            continue
        if "\x00" in text[:8192]:
            continue  # binary content: no line-based secrets to find
        if len(text) > MAX_SCAN_BYTES:
            scan.not_scanned.append(f"{rel}: {len(text) / 1048576:.1f} MB, over the "
                                    f"{MAX_SCAN_BYTES // 1048576} MB secret-scan cap")
            continue
        texts.append((rel, text))
    scan.scanned = len(texts)
    try:
        _detect_secrets(ctx, texts, scan)
    except Exception as exc:  # a crash inside the library must not hide the other findings
        scan.error = f"detect-secrets failed: {type(exc).__name__}: {exc}"
    seen = {(f.file, f.line) for f in scan.findings}
    for rel, text in texts:
        extra = _private_key_findings(rel, text) if "PRIVATE KEY" in text else []
        if "${" in text:
            extra += _fallback_findings(rel, text)
        if "@" in text or "assw" in text or "pwd=" in text.lower():
            urls = _url_credential_findings(rel, text)
            # `guest:guest@` is a well-known default, a different problem from a leaked password: that
            # reading replaces detect-secrets' basic-auth finding on the same line.
            defaults = {(f.file, f.line) for f in urls if f.type == DEFAULT_CREDENTIAL}
            scan.findings = [f for f in scan.findings if not ((f.file, f.line) in defaults
                                                                and f.type == "Basic Auth Credentials")]
            seen -= defaults
            if not rel.lower().endswith(_PROSE):  # prose shows a URL's shape (`postgresql://user:password@host`)
                extra += urls
        if is_dotenv(rel) and not rel.endswith((".example", ".sample", ".template", ".dist")):
            extra += _dotenv_findings(rel, text)
        if rel.endswith(SOURCE_SUFFIXES) and "return" in text and re.search(r"(?i)get_?\w*(?:secret|key|token|pass)",
                                                                           text):
            extra += _secret_getter_findings(rel, text)
        if rel.endswith(_FALLBACK_LANGUAGES) and ("'," in text or '",' in text or "process.env" in text):
            extra += _code_fallback_findings(rel, text)
        if rel.lower().endswith(".sql") and "assword" in text.lower():
            extra += _sql_password_findings(rel, text)
        if rel.endswith(".py") and ("= b" in text or "=b" in text or "= B" in text):
            extra += _python_bytes_findings(rel, text)
        if rel.endswith((".yaml", ".yml")) and not _encrypted_file(text):
            extra += _yaml_unquoted_findings(rel, text)
            if "name:" in text or " = " in text or "=" in text:
                extra += _yaml_literal_findings(rel, text)
        extra = [f for f in extra if (f.file, f.line) not in seen]
        extra += _typed_token_findings(rel, text)  # names what detect-secrets' entropy plugin found: merged below
        lines = text.splitlines()
        scan.findings += [f for f in extra if "pragma: allowlist secret" not in lines[f.line - 1]]
    # `.env.example`, `values.sample.yaml`: placeholders are what an example file is for, so a default
    # credential there is documentation; a real secret in one is still reported
    # and a CI pipeline's service containers are throwaway test databases: their defaults are not deployed,
    # nor are those of a file named as a test (`run-api-tests.sh`, `test_webui.sh`, Django's `settings/testing.py`)
    # (documentation too: a README's `EMAIL_PASSWORD=example-password` shows where a value goes)
    tests = {rel: ranges for rel, text in texts if rel.endswith(".rs") and "#[cfg(test)]" in text
             and (ranges := rust_test_modules(text.splitlines()))}
    if tests:  # Rust's unit tests live in the file they test, in a `#[cfg(test)] mod tests { ... }`
        scan.findings = [f for f in scan.findings
                         if not any(start <= f.line <= end for start, end in tests.get(f.file, ()))]
    scan.findings = [f for f in _one_per_line(scan.findings)
                     if not (f.type == DEFAULT_CREDENTIAL and (_EXAMPLE_FILE.search(PurePosixPath(f.file).name)
                                                               or _CI_FILE.search(f.file)
                                                               or is_test_named(f.file)
                                                               or f.file.lower().endswith(_PROSE)))]
    # A file named as a test's holds test data: a word or a number chosen for the test's database (tekton-results'
    # test.sh `POSTGRES_PASSWORD="tacocat"`, a `.env.test`'s `super-secret-key`) is no more deployed than its
    # defaults are. A random value there is still reported (a real key copied into a test).
    scan.findings = [f for f in scan.findings if not (f.word and is_test_named(f.file))]
    # ... and so does a Python settings class named for development or tests (Flask's `class DevelopmentConfig(Config)`,
    # `class TestingConfig(DevelopmentConfig)`: ras-frontstage's config.py, whose base Config reads every secret from
    # the environment): its defaults and words are the developer's; a random value there is still reported
    classes = {rel: ranges for rel, text in texts if rel.endswith(".py") and "class " in text
               and (ranges := development_settings_classes(text.splitlines()))}
    if classes:
        scan.findings = [f for f in scan.findings if not (
            (f.type == DEFAULT_CREDENTIAL or f.word)
            and any(start <= f.line <= end for start, end in classes.get(f.file, ())))]
    # Django: a fallback in a settings module that every deployed settings module replaces (below) never runs there
    fallbacks = [f for f in scan.findings if f.type in (HARD_CODED_FALLBACK, DEFAULT_CREDENTIAL)
                 and f.file.endswith(".py") and "settings" in f.file]
    if fallbacks:
        replaced = _replaced_by_deployed_settings(ctx, dict(texts), fallbacks)
        scan.findings = [f for f in scan.findings if (f.file, f.line) not in replaced]
    # A repository that deploys to Kubernetes runs its compose files on a laptop: `postgres/postgres` of a
    # local database there is not deployed, nor is a word chosen for it (`POSTGRES_PASSWORD=alerts`); a real
    # token or a random value in one still is (it may be a real account's). Without Kubernetes material the
    # compose file may be the deployment, and its values count. (Label decision, bench/README.md, night session.)
    if any(_local_compose_value(f) for f in scan.findings) and deploys_to_kubernetes(ctx):
        scan.findings = [f for f in scan.findings if not _local_compose_value(f)]
    return scan


# laa-fee-calculator's settings/base.py `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', 'MY-SECRET')`, while the image
# runs `ENV DJANGO_SETTINGS_MODULE=fee_calculator.settings.docker`, whose docker.py does `from .base import *` and then
# `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')`: the fallback is a local default the deployed settings replace.
_SETTINGS_MODULE = deferred("_SETTINGS_MODULE",
                            r"DJANGO_SETTINGS_MODULE[\"']?[ \t]*[=:][ \t]*[\"']?([A-Za-z_][\w.]{0,200})"
                            r"|name:[ \t]*[\"']?DJANGO_SETTINGS_MODULE[\"']?[ \t]*\n[ \t]*value:[ \t]*[\"']?"
                            r"([A-Za-z_][\w.]{0,200})")
_SETTING_ASSIGNMENT = deferred("_SETTING_ASSIGNMENT", r"^([A-Z][A-Z0-9_]{0,100})[ \t]*=")
_LAST_LITERAL = deferred("_LAST_LITERAL", r"[\"']([^\"'\n]{1,200})[\"'][ \t]*\)")
_STAR_IMPORT = deferred("_STAR_IMPORT", r"^from[ \t]+(\.{0,3}[\w.]{0,200})[ \t]+import[ \t]+\*", re.M)
# the setting read from the environment with no fallback: `os.environ['X']`, `os.environ.get('X')`, `os.getenv('X')`,
# django-environ's `env('X')` / `env.str('X')`
_ENV_ONLY = deferred("_ENV_ONLY", r"(?:os\.environ\[[ \t]*[\"']\w{1,100}[\"'][ \t]*\]|(?:os\.environ\.get|os\.getenv"
                                  r"|env(?:\.str)?)\([ \t]*[\"']\w{1,100}[\"'][ \t]*\))[ \t]*(?:#.*)?")


def _deployed_settings_modules(ctx: Context) -> set[str]:
    """The Django settings modules the deployment names (DJANGO_SETTINGS_MODULE in a Dockerfile, a manifest, a values
    or compose file, CI): every one of them, so that a rule needing all of them to agree stays on the safe side.
    Python files are left out: `os.environ.setdefault(...)` in manage.py or wsgi.py is the default the deployment's
    variable overrides."""
    from deploycheck.sources.mentions import files_with_words, is_documentation

    modules: set[str] = set()
    for _, rel in files_with_words(ctx, ["DJANGO_SETTINGS_MODULE"], lambda r: r.endswith(".py") or
                                   is_documentation(r), limit=50):
        text = (ctx.all_files.read_text(rel) or "")[:500_000]
        modules.update(m.group(1) or m.group(2) for m in _SETTINGS_MODULE.finditer(text))
    return modules


def _module_file(ctx: Context, module: str) -> str | None:
    path = module.replace(".", "/")
    present = set(ctx.files.files)
    return next((p for p in (f"{path}.py", f"{path}/__init__.py") if p in present), None)


def _replaces_setting(ctx: Context, module: str, base: str, name: str) -> bool:
    """Whether the settings module `module` star-imports the module `base` and then assigns `name` from the
    environment with no fallback (_ENV_ONLY)."""
    rel = _module_file(ctx, module)
    text = ctx.files.read_text(rel) if rel else None
    if not text or rel is None:
        return False
    package = module if rel.endswith("/__init__.py") else module.rpartition(".")[0]
    imported_at = None
    for m in _STAR_IMPORT.finditer(text[:500_000]):
        target = m.group(1)
        dots = len(target) - len(target.lstrip("."))
        if dots:
            parent = package
            for _ in range(dots - 1):
                parent = parent.rpartition(".")[0]
            target = f"{parent}.{target[dots:]}" if target[dots:] else parent
        if target == base:
            imported_at = m.end()
    if imported_at is None:
        return False
    assigned = [line.split("=", 1)[1].strip() for line in text[imported_at:500_000].splitlines()
                if (a := _SETTING_ASSIGNMENT.match(line)) and a.group(1) == name]
    return bool(assigned) and _ENV_ONLY.fullmatch(assigned[-1][:300]) is not None


def _replaced_by_deployed_settings(ctx: Context, texts: dict[str, str], found: list[SecretFinding]
                                   ) -> set[tuple[str, int]]:
    """(file, line) of the Django settings fallbacks that every deployed settings module replaces (see
    _deployed_settings_modules, _replaces_setting): a placeholder or a word (`MY-SECRET`), used only where the
    settings package is run as it is (manage.py's local default). A random value is still reported (it is committed,
    and may be a real key)."""
    modules = _deployed_settings_modules(ctx)
    out: set[tuple[str, int]] = set()
    if not modules:
        return out
    for f in found:
        lines = texts.get(f.file, "").splitlines()
        line = lines[f.line - 1][:1000] if 0 < f.line <= len(lines) else ""
        setting, literal = _SETTING_ASSIGNMENT.match(line), _LAST_LITERAL.search(line)
        if setting is None or literal is None or not (f.type == DEFAULT_CREDENTIAL
                                                      or is_word_value(literal.group(1).lower())):
            continue
        base = f.file.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        if all(_replaces_setting(ctx, module, base, setting.group(1)) for module in modules):
            out.add((f.file, f.line))
    return out


_PY_CLASS = deferred("_PY_CLASS", r"class[ \t]+([A-Za-z_]\w{0,100})[ \t]*[(:]")
_SETTINGS_CLASS_WORDS = frozenset({"config", "configuration", "settings"})
_DEVELOPMENT_CLASS_WORDS = frozenset({"dev", "development", "local", "test", "testing", "ci"})


def development_settings_classes(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line numbers (1-based) of the top-level Python classes named for a development or test settings
    object: `DevelopmentConfig`, `TestingConfig`, `LocalSettings` (a settings word last, a development word before it).
    A class ends at the next line that starts in column 0 (blank lines and comments aside). One pass."""
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    last = 0
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] not in " \t":
            if start is not None:
                ranges.append((start, last))
                start = None
            m = _PY_CLASS.match(line) if line.startswith("class") else None
            words = [w.lower() for w in _words(m.group(1))] if m else []
            if len(words) >= 2 and words[-1] in _SETTINGS_CLASS_WORDS and _DEVELOPMENT_CLASS_WORDS & set(words[:-1]):
                start = number
        last = number
    if start is not None:
        ranges.append((start, last))
    return ranges


_RUST_TEST_MOD = deferred("_RUST_TEST_MOD", r"([ \t]*)(?:pub(?:\([\w: ]{1,40}\))?[ \t]+)?mod[ \t]+\w+[ \t]*\{[ \t]*")


def rust_test_modules(lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) line numbers (1-based) of a Rust file's unit-test modules: `#[cfg(test)]` over `mod tests {`,
    to the `}` at the module's own indentation (rustfmt's layout; the end of the file when there is none). Compiled
    only by `cargo test`: atuin's paseto_v4.rs checks a fixed key's encodings there. One pass over the lines."""
    ranges: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if lines[index].strip() != "#[cfg(test)]":
            index += 1
            continue
        start = index + 1
        while start < len(lines) and start <= index + 4 and lines[start].lstrip().startswith("#["):
            start += 1  # more attributes (`#[allow(...)]`)
        head = _RUST_TEST_MOD.fullmatch(lines[start]) if start < len(lines) and len(lines[start]) <= 200 else None
        if head is None:
            index += 1
            continue
        closing = head.group(1) + "}"
        end = next((j for j in range(start + 1, len(lines)) if lines[j].rstrip() == closing), len(lines) - 1)
        ranges.append((index + 1, end + 1))
        index = end + 1
    return ranges


def is_compose_file(rel: str) -> bool:
    """A docker compose file by its name (`docker-compose.yml`, `compose.prod.yaml`) or its folder:
    quarkus-super-heroes keeps one compose file per build flavour in `deploy/docker-compose/java25.yml`."""
    path = PurePosixPath(rel)
    if path.suffix.lower() not in (".yml", ".yaml"):
        return False
    # `compose` as a word of the name: docker-compose.yml, compose.prod.yaml, and `broker-compose.yml` (a compose
    # file named for what it runs, started with `docker compose -f`); not `composer.yml`. `fig.yml` is the file of
    # Fig, the tool Docker Compose was made from (same format, `fig up`): laa-legal-adviser-api still keeps one.
    return ("compose" in re.split(r"[-_.]", path.stem.lower()) or path.stem.lower() == "fig"
            or _COMPOSE_FOLDER.fullmatch(path.parent.name) is not None)


def _local_compose_value(finding: SecretFinding) -> bool:
    return is_compose_file(finding.file) and (finding.type == DEFAULT_CREDENTIAL or (
        finding.type in ("Secret Keyword", HARD_CODED_FALLBACK) and finding.word))


_TEST_NAME = deferred("_TEST_NAME", r"(?:^|[-_.])(?:tests?|testing)(?:[-_.]|$)", re.I)


def is_test_named(rel: str) -> bool:
    """A file whose name or one of whose folders says it is a test's: `run-api-tests.sh`, `settings/testing.py`,
    `.env.test`, atuin's `crates/tests-database/` (its integration-test crate), zero-to-jupyterhub's
    `ci/test-hub-existing-secret.yaml`; not `latest.sh` (the letters inside a word)."""
    parts = rel.split("/")
    return any(_TEST_NAME.search(part) for part in parts[:-1]) or _TEST_NAME.search(
        PurePosixPath(rel).stem) is not None or _TEST_NAME.search(parts[-1]) is not None

# `deploy/docker-compose/java25.yml` (quarkus-super-heroes) and `docker/compose/include.cfe.yml`
# (laa-check-client-qualifies: the building blocks its docker-compose.*.yml files `include:`)
_COMPOSE_FOLDER = deferred("_COMPOSE_FOLDER", r"(?:docker[-_])?compose", re.I)


def deploys_to_kubernetes(ctx: Context) -> bool:
    """The repository holds Kubernetes manifests, a Helm chart or a kustomization (what `scan` deploys)."""
    from deploycheck.sources.kubernetes import chart_directories, plain_objects
    from deploycheck.sources.kustomize import kustomize_tree

    return bool(chart_directories(ctx) or ctx.use(kustomize_tree).overlays or ctx.use(plain_objects).objects)


# (plurals too: exceptionless' samples/hosting-samples.sh, `docker run -e ...=smtps://user:password@smtp.host.com`)
_EXAMPLE_FILE = deferred("_EXAMPLE_FILE", r"(?:^|[._-])(?:examples?|samples?|templates?|dist)(?:[._-]|$)", re.I)


def is_example_file(rel: str) -> bool:
    """`.env.example`, `values.sample.yaml`: a file showing where values go; placeholders are its purpose."""
    return _EXAMPLE_FILE.search(PurePosixPath(rel).name) is not None
_CI_FILE = deferred("_CI_FILE",
    # (.depot/workflows/: Depot CI's GitHub-Actions-compatible workflows, atuin's rust.yml with its postgres service)
    r"^(?:\.github/workflows/[^/]+\.ya?ml|\.depot/workflows/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci/config\.ya?ml|\.travis\.ya?ml"
    r"|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml)$")


def _one_per_line(findings: list[SecretFinding]) -> list[SecretFinding]:
    """Several plugins often fire on one value (GitHub token + high entropy): report the line once, under
    the provider's token kind when one fired (a GitHub token is a GitHub token, not "high entropy")."""
    by_line: dict[tuple[str, int], list[SecretFinding]] = {}
    for f in findings:
        by_line.setdefault((f.file, f.line), []).append(f)
    out = []
    for key in sorted(by_line):
        group = by_line[key]
        named = [f for f in group if f.type not in _GENERIC_KINDS and f.type != DEFAULT_CREDENTIAL]
        kept = named or group
        types = list(dict.fromkeys(t for f in kept for t in f.type.split(", ")))
        first = kept[0]
        # the longest mask names the value best (a plugin may capture only a token's prefix); masks are
        # bounded by `mask`, so no more of the value is shown whichever is kept
        shown = max(group, key=lambda f: len(f.masked))
        out.append(SecretFinding(first.file, first.line, ", ".join(types), shown.masked, shown.hashed, first.source,
                                 word=all(f.word for f in kept)))
    return out

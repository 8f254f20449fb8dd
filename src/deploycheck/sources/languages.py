"""File suffixes of the programming languages deploycheck reads, kept in one place so that every reader agrees
on what counts as source code (the secret scan, the target model, the TLS and README readers used to keep
lists of their own that drifted apart)."""

JS_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")
PYTHON_SUFFIXES = (".py",)
GO_SUFFIXES = (".go",)
JAVA_SUFFIXES = (".java", ".kt")
# Every language above plus the ones only read as text. All of them write string values in quotes, which the
# secret scan relies on: an unquoted "value" after `password` there is an expression, not a secret.
SOURCE_SUFFIXES = (*PYTHON_SUFFIXES, *JS_SUFFIXES, *GO_SUFFIXES, *JAVA_SUFFIXES, ".scala", ".cs", ".rb", ".php",
                   ".rs", ".swift", ".dart", ".c", ".h", ".cc", ".cpp")

# Source languages the code facts (sources/codefacts.py: env-var reads, logging, HTTP calls ...) do not read. A check
# that finds nothing in the languages it reads has not looked at these: "the code reads no environment variable" over
# a Rails app whose Ruby was never read is an unearned n/a on a required item (laa-check-client-qualifies).
UNREAD_BY_CODE_FACTS = {".rb": "Ruby", ".php": "PHP", ".cs": "C#", ".rs": "Rust", ".scala": "Scala"}

# Lockfiles: they list what the dependencies pull in, not what the project itself uses or says.
LOCKFILE_NAMES = frozenset({"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "poetry.lock",
                            "Pipfile.lock", "uv.lock", "go.sum", "Cargo.lock", "composer.lock", "Gemfile.lock",
                            "gradle.lockfile"})

"""The labelled misses and single false positives of the whole accuracy set that acc-misses6 fixed (2026-11-29
evening). Each test is built from the real repository's lines (named in it) and fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import findings, scan, write

from deploycheck.model import Status

# --- logging/structured: Rust services (controller-rs, version-rs) ---------------------------------------------------

CONTROLLER_RS_TELEMETRY = """\
use tracing_subscriber::{EnvFilter, Registry, prelude::*, reload};

pub type LogFilterHandle = reload::Handle<EnvFilter, Registry>;

/// Initialize tracing
pub async fn init() -> LogFilterHandle {
    // Setup tracing layers
    #[cfg(feature = "telemetry")]
    let otel = tracing_opentelemetry::OpenTelemetryLayer::new(init_tracer());

    let logger = tracing_subscriber::fmt::layer().compact();
    let env_filter = EnvFilter::try_from_default_env()
        .or(EnvFilter::try_new("info"))
        .unwrap();
    let (env_filter, reload_handle) = reload::Layer::new(env_filter);

    // Decide on layers
    let reg = Registry::default();
    #[cfg(not(feature = "telemetry"))]
    reg.with(env_filter).with(logger).init();

    reload_handle
}
"""


def test_a_compact_tracing_subscriber_layer_writes_text_lines(tmp_path: Path) -> None:
    # kube-rs/controller-rs src/telemetry.rs: the item was skipped ("no source code found": Rust is not a language of
    # the code facts), so the labelled plain-text logging was missed
    write(tmp_path, {"Cargo.toml": '[package]\nname = "controller"\n\n[dependencies]\n'
                                   'tracing-subscriber = { version = "0.3.23", features = ["env-filter"] }\n',
                     "src/telemetry.rs": CONTROLLER_RS_TELEMETRY})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL and "compact" in f.message
    assert f.location is not None and (f.location.path, f.location.line) == ("src/telemetry.rs", 11)


def test_fmt_init_writes_text_and_a_json_layer_passes(tmp_path: Path) -> None:
    # kube-rs/version-rs version.rs:54 `tracing_subscriber::fmt::init();`
    write(tmp_path, {"version.rs": "async fn main() -> anyhow::Result<()> {\n"
                                   "    tracing_subscriber::fmt::init();\n}\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.FAIL and "full text lines" in f.message
    write(tmp_path, {"version.rs": "fn main() {\n    tracing_subscriber::fmt()\n        .with_env_filter(f)\n"
                                   "        .json()\n        .init();\n}\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.PASS and ".json()" in f.message


def test_rust_code_without_a_known_logging_backend_is_skipped_not_passed(tmp_path: Path) -> None:
    write(tmp_path, {"src/main.rs": "fn main() {\n    println!(\"hello\");\n}\n"})
    [f] = findings(scan(tmp_path, only=("logging/structured",)), "logging/structured")
    assert f.status is Status.SKIPPED and "Rust" in f.message

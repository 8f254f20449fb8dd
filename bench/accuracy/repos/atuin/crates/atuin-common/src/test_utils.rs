//! Utilities for use in tests.
pub mod capture;
pub use capture::capture_logs;

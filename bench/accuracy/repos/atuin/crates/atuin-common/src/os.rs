//! OS-specific utilities.

#[cfg(unix)]
pub mod unix;

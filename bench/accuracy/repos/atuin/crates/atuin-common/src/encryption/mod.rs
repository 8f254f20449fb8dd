//! Encryption utilities in atuin.
pub mod paseto_v4;

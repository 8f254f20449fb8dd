//! Filesystem path utilities and extension traits.

pub mod display_rich;

pub use display_rich::{DisplayRichExt, RichDisplay};

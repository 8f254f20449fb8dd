pub mod check;
pub mod file;
pub mod resolver;
pub mod rule;
pub mod shell;
pub mod walker;
pub mod writer;

pub mod shell;
pub mod store;

pub mod database;
pub mod execution;
pub mod settings;
pub mod store;

pub mod database;
pub mod store;

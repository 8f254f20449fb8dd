pub mod me;
pub mod record;
pub mod store;

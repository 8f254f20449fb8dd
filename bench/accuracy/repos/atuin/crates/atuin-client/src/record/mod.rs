pub mod sqlite_store;

#[cfg(feature = "sync")]
pub mod sync;

mod encryption;
mod sqlite_store;

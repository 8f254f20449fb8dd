pub mod env;
pub mod db;

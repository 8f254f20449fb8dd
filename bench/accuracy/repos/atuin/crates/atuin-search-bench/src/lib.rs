//! Shared pieces for the search benchmark (see `benches/search.rs`).

pub mod corpus;

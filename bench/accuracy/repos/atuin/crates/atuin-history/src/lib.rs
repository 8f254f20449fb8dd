pub mod sort;
pub mod stats;

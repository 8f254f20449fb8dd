#![deny(unsafe_code)]

#[cfg(feature = "ansi")]
pub mod ansi;
pub mod docs;
pub mod encryption;
pub mod filter;
pub mod futures;
pub mod logs;
#[cfg(feature = "os")]
pub mod os;
pub mod path;
pub mod range;
pub mod rmp;
pub mod shell;
pub mod slice;
pub mod string;
pub mod sync;
#[cfg(feature = "test-utils")]
pub mod test_utils;
pub mod time;
pub mod url;
pub mod utils;

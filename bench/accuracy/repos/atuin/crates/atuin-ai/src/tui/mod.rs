pub mod app;
pub mod bridge;
pub mod events;
pub mod persist;
pub mod recall;
pub mod select;
pub mod slash;
pub mod state;
pub mod tips;
pub mod tools_exec;
pub mod view;

pub use state::{ConversationEvent, events_to_messages};

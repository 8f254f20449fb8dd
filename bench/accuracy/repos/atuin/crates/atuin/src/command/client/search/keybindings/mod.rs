pub mod actions;
pub mod conditions;
pub mod defaults;
pub mod key;
pub mod keymap;

pub use actions::Action;
#[allow(unused_imports)]
pub use conditions::{ConditionAtom, ConditionExpr, EvalContext};
pub use defaults::KeymapSet;
#[allow(unused_imports)]
pub use key::{KeyCodeValue, KeyInput, SingleKey};
#[allow(unused_imports)]
pub use keymap::{KeyBinding, KeyRule, Keymap};

//! Placeholder until this locale is translated: English text.

pub use super::en::TEXT;

//! Placeholder until this locale is translated: English.

pub use super::en::TEXT;

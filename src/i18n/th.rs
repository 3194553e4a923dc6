//! Placeholder: not translated yet (the completeness tests fail until it is).

pub use super::en::CATALOG;

pub mod codes;
pub mod i18n;

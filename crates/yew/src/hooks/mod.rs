//! Yew hooks: one per file, each returning a `Use…Handle`.

mod use_locale;
mod use_websocket_close;

pub use use_locale::{set_locale_loader, use_locale, LocaleLoader, UseLocaleHandle};
pub use use_websocket_close::{use_websocket_close, UseWebSocketCloseHandle};

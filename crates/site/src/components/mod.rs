//! The site's Yew components: one per file, each a function of its props.

mod app;
mod code_page;
pub mod code_parts;
mod compare_page;
pub(crate) mod index_page;
mod language_switcher;
mod layout;
mod live_check;
mod not_found_page;
mod pair_page;
mod pair_picker;
mod range_page;
mod search_box;

pub use app::{App, AppProps};
pub use code_page::{CodePage, CodePageProps};
pub use compare_page::{ComparePage, ComparePageProps};
pub use index_page::{IndexPage, IndexPageProps};
pub use language_switcher::{LanguageSwitcher, LanguageSwitcherProps};
pub use layout::{Layout, LayoutProps};
pub use live_check::{LiveCheck, LiveCheckProps};
pub use not_found_page::{NotFoundPage, NotFoundPageProps};
pub use pair_page::{PairPage, PairPageProps};
pub use pair_picker::{PairPicker, PairPickerProps};
pub use range_page::{RangePage, RangePageProps};
pub use search_box::{SearchBox, SearchBoxProps};

use wsclose_core::i18n::Locale;

/// The path of a code's page.
pub fn code_path(locale: Locale, code: u16) -> String {
    crate::Route::Code { locale, code }.path()
}

/// A full page load of another (prerendered) page: the site has no client router.
pub fn navigate(path: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(path);
    }
}

use yew::prelude::*;

use crate::route::Route;
use crate::text::text;
use wsclose_core::i18n::Locale;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguageSwitcherProps {
    pub route: Route,
}

/// Plain links to the same page in every locale: works without JavaScript.
#[component]
pub fn LanguageSwitcher(props: &LanguageSwitcherProps) -> Html {
    let current = props.route.locale();
    let route = props.route.canonical();
    html! {
        <details class="languages">
            <summary>{ text(current).languages }{ ": " }{ current.native_name() }</summary>
            <ul>
                { for Locale::ALL.into_iter().map(|locale| {
                    let href = route.with_locale(locale).path();
                    let here = locale == current;
                    html! {
                        <li>
                            <a {href} hreflang={locale.tag()} lang={locale.tag()}
                               aria-current={here.then_some("page")}>{ locale.native_name() }</a>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

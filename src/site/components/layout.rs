use yew::prelude::*;

use super::LanguageSwitcher;
use crate::components::rich_text;
use crate::site::route::Route;
use crate::site::text::text;

#[derive(Properties, PartialEq, Clone)]
pub struct LayoutProps {
    pub route: Route,
    #[prop_or_default]
    pub children: Html,
}

/// Header with the site name and language switcher, the page, and the footer.
#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let locale = props.route.locale();
    let t = text(locale);
    html! {
        <>
            <a class="skip" href="#main">{ t.skip_to_content }</a>
            <header class="site-header">
                <a class="brand" href={format!("/{}/", locale.tag())}>
                    { t.site_name }
                </a>
                <LanguageSwitcher route={props.route.clone()} />
            </header>
            <main id="main" class="site-main">{ props.children.clone() }</main>
            <footer class="site-footer">
                <p>{ rich_text(t.footer) }</p>
                <p><a href={format!("/{}/", locale.tag())}>{ t.nav_all_codes }</a></p>
            </footer>
        </>
    }
}

use yew::prelude::*;

use super::LanguageSwitcher;
use crate::meta::breadcrumb;
use crate::route::Route;
use crate::text::text;

#[derive(Properties, PartialEq, Clone)]
pub struct LayoutProps {
    pub route: Route,
    #[prop_or_default]
    pub children: Html,
}

/// Header with the site name and language switcher, the breadcrumb, the
/// page, and the footer.
#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let locale = props.route.locale();
    let t = text(locale);
    let trail = breadcrumb(&props.route);
    html! {
        <>
            <a class="skip" href="#main">{ t.skip_to_content }</a>
            <header class="site-header">
                <a class="brand" href={format!("/{}/", locale.tag())}>
                    { t.site_name }
                </a>
                <LanguageSwitcher route={props.route.clone()} />
            </header>
            <main id="main" class="site-main">
                if trail.len() > 1 {
                    <nav class="breadcrumb" aria-label={t.breadcrumb_label}>
                        <ol>
                            { for trail.iter().enumerate().map(|(i, (label, path))| html! {
                                <li>
                                    if i + 1 == trail.len() {
                                        <a href={path.clone()} aria-current="page">{ label.clone() }</a>
                                    } else {
                                        <a href={path.clone()}>{ label.clone() }</a>
                                    }
                                </li>
                            }) }
                        </ol>
                    </nav>
                }
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>
                    <a href={Route::Index { locale }.path()}>{ t.nav_all_codes }</a>
                    { " · " }
                    <a href={Route::Compare { locale }.path()}>{ t.picker_all }</a>
                </p>
            </footer>
        </>
    }
}

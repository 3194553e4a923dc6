//! What the site says about codes and pairs, derived from [`wsclose_core::codes`]
//! and the catalogs: pure functions, tested natively.

use wsclose_core::codes::{self, Kind, ProducedBy, KNOWN};
use wsclose_core::i18n::Locale;

use super::text::{fill, text};

/// Pairs people mix up, lower code first: the "often confused with" links.
pub const CONFUSED: &[(u16, u16)] = &[
    (1000, 1001),
    (1000, 1005),
    (1000, 1006),
    (1001, 1006),
    (1001, 1012),
    (1002, 1003),
    (1002, 1007),
    (1002, 1010),
    (1003, 1007),
    (1004, 1005),
    (1005, 1006),
    (1006, 1011),
    (1006, 1015),
    (1006, 3008),
    (1008, 1009),
    (1008, 3000),
    (1008, 3003),
    (1011, 1012),
    (1011, 1013),
    (1011, 1014),
    (1012, 1013),
    (1013, 1014),
    (3000, 3003),
];

/// The codes most often confused with `code`, in ascending order.
pub fn confused_with(code: u16) -> Vec<u16> {
    let mut out: Vec<u16> = CONFUSED
        .iter()
        .filter_map(|&(a, b)| {
            if a == code {
                Some(b)
            } else if b == code {
                Some(a)
            } else {
                None
            }
        })
        .collect();
    out.sort_unstable();
    out
}

/// The localized name of a code (its title in the catalog, or its range's title).
pub fn title(code: u16, locale: Locale) -> &'static str {
    wsclose_core::explain(code, locale).title
}

fn reconnect_advice(code: u16, locale: Locale) -> &'static str {
    locale.catalog().ui.reconnect_advice(codes::reconnect(code))
}

fn kind_name(code: u16, locale: Locale) -> &'static str {
    let kind = match Kind::of(code) {
        // 1004 is "reserved" but sits among the protocol's own codes.
        Kind::Reserved => Kind::Standard,
        kind => kind,
    };
    locale.catalog().ui.kind(kind)
}

/// The introduction of a pair page: what the two share and what sets them apart.
pub fn pair_intro(locale: Locale, a: u16, b: u16) -> Vec<String> {
    let t = text(locale);
    let (sa, sb) = (a.to_string(), b.to_string());
    let (name_a, name_b) = (title(a, locale), title(b, locale));
    let mut out = Vec::new();

    let (kind_a, kind_b) = (kind_name(a, locale), kind_name(b, locale));
    out.push(if kind_a == kind_b {
        fill(
            t.intro_same_range,
            &[
                ("a", &sa),
                ("name_a", name_a),
                ("b", &sb),
                ("name_b", name_b),
                ("kind", kind_a),
            ],
        )
    } else {
        fill(
            t.intro_other_range,
            &[
                ("a", &sa),
                ("name_a", name_a),
                ("kind_a", kind_a),
                ("b", &sb),
                ("name_b", name_b),
                ("kind_b", kind_b),
            ],
        )
    });

    // 1015 is neither sent by a peer nor made up by a browser (WHATWG: user
    // agents don't use it), so no sentence about who produces it applies.
    match (ProducedBy::of(a), ProducedBy::of(b)) {
        (ProducedBy::Peer, ProducedBy::Peer) => out.push(t.intro_both_peer.to_owned()),
        (ProducedBy::Browser, ProducedBy::Browser) => out.push(t.intro_both_browser.to_owned()),
        (ProducedBy::Peer, ProducedBy::Browser) => out.push(fill(
            t.intro_mixed_producer,
            &[("peer", &sa), ("browser", &sb)],
        )),
        (ProducedBy::Browser, ProducedBy::Peer) => out.push(fill(
            t.intro_mixed_producer,
            &[("peer", &sb), ("browser", &sa)],
        )),
        (ProducedBy::NonBrowser, _) | (_, ProducedBy::NonBrowser) => {}
    }

    out.push(match (codes::can_be_clean(a), codes::can_be_clean(b)) {
        (true, true) => t.intro_both_clean.to_owned(),
        (false, false) => t.intro_both_abnormal.to_owned(),
        (true, false) => fill(t.intro_mixed_clean, &[("clean", &sa), ("abnormal", &sb)]),
        (false, true) => fill(t.intro_mixed_clean, &[("clean", &sb), ("abnormal", &sa)]),
    });

    let (advice_a, advice_b) = (reconnect_advice(a, locale), reconnect_advice(b, locale));
    out.push(if codes::reconnect(a) == codes::reconnect(b) {
        fill(t.intro_same_reconnect, &[("advice", advice_a)])
    } else {
        fill(
            t.intro_other_reconnect,
            &[
                ("a", &sa),
                ("advice_a", advice_a),
                ("b", &sb),
                ("advice_b", advice_b),
            ],
        )
    });
    out
}

/// Who may send a code: the basis of "when to use which".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sender {
    /// Page JavaScript (`close()`) and servers.
    Anyone,
    /// Servers and non-browser clients only.
    Server,
    /// Non-browser clients only: 1010 (RFC 6455 §7.4.1, "the client").
    Client,
    /// Nobody: the browser reports it.
    BrowserOnly,
    /// Nobody: not allowed in a Close frame.
    Nobody,
}

impl Sender {
    pub fn of(code: u16) -> Sender {
        if codes::close_allowed(code) {
            Sender::Anyone
        } else if code == 1010 {
            Sender::Client
        } else if codes::sent_in_close_frame(code) {
            Sender::Server
        } else if ProducedBy::of(code) == ProducedBy::Browser {
            Sender::BrowserOnly
        } else {
            Sender::Nobody
        }
    }

    pub fn sendable(self) -> bool {
        matches!(self, Sender::Anyone | Sender::Server | Sender::Client)
    }
}

/// One sentence on who may send `code`.
pub fn who_sends(locale: Locale, code: u16) -> String {
    let t = text(locale);
    let template = match Sender::of(code) {
        Sender::Anyone => t.send_page,
        Sender::Server => t.send_server,
        Sender::Client => t.send_client,
        Sender::BrowserOnly => t.send_browser_only,
        Sender::Nobody => t.send_never,
    };
    fill(template, &[("code", &code.to_string())])
}

/// When an endpoint would send `code`, or what it tells you if nobody sends it.
pub fn use_when(locale: Locale, code: u16) -> &'static str {
    let t = text(locale);
    match codes::lookup(code) {
        Some((i, _)) => t.use_when[i],
        None => match Kind::of(code) {
            Kind::Private => t.use_when_private,
            Kind::Unregistered => t.use_when_unregistered,
            _ => t.use_when_unassigned,
        },
    }
}

/// The lead sentence of "when to use which".
pub fn when_lead(locale: Locale, a: u16, b: u16) -> String {
    let t = text(locale);
    let (sa, sb) = (Sender::of(a), Sender::of(b));
    match (sa.sendable(), sb.sendable()) {
        (true, true) => t.when_both_sendable.to_owned(),
        (true, false) => fill(
            t.when_one_sendable,
            &[("sendable", &a.to_string()), ("other", &b.to_string())],
        ),
        (false, true) => fill(
            t.when_one_sendable,
            &[("sendable", &b.to_string()), ("other", &a.to_string())],
        ),
        (false, false) if sa == Sender::BrowserOnly && sb == Sender::BrowserOnly => {
            t.when_both_browser.to_owned()
        }
        (false, false) => t.when_neither.to_owned(),
    }
}

/// One row of the "key differences" table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Stable name for tests and CSS.
    pub key: &'static str,
    pub label: &'static str,
    pub a: Cell,
    pub b: Cell,
}

impl Row {
    pub fn differs(&self) -> bool {
        self.a != self.b
    }
}

/// A table cell: text (with backtick code spans), or a link.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Link {
        href: &'static str,
        label: &'static str,
    },
}

/// "RFC 6455 §7.4.1" rather than a long URL.
pub fn reference_label(url: &str) -> &'static str {
    match url {
        codes::RFC_DEFINED => "RFC 6455 §7.4.1",
        codes::RFC_RANGES => "RFC 6455 §7.4.2",
        _ => "IANA registry",
    }
}

/// The attributes of two codes side by side.
pub fn differences(locale: Locale, a: u16, b: u16) -> Vec<Row> {
    let ui = &locale.catalog().ui;
    let t = text(locale);
    let yes_no = |v: bool| Cell::Text(if v { ui.yes } else { ui.no }.to_owned());
    let row = |key, label, f: &dyn Fn(u16) -> Cell| Row {
        key,
        label,
        a: f(a),
        b: f(b),
    };
    vec![
        row("name", t.row_name, &|c| {
            Cell::Text(codes::name(c).to_owned())
        }),
        row("kind", ui.kind, &|c| {
            Cell::Text(kind_name(c, locale).to_owned())
        }),
        row("produced-by", ui.produced_by, &|c| {
            Cell::Text(
                match ProducedBy::of(c) {
                    ProducedBy::Peer => ui.produced_by_peer,
                    ProducedBy::Browser => ui.produced_by_browser,
                    ProducedBy::NonBrowser => ui.produced_by_non_browser,
                }
                .to_owned(),
            )
        }),
        row("close-frame", ui.sent_in_close_frame, &|c| {
            yes_no(codes::sent_in_close_frame(c))
        }),
        row("close-allowed", ui.close_allowed, &|c| {
            yes_no(codes::close_allowed(c))
        }),
        row("clean", t.row_clean, &|c| {
            Cell::Text(
                if codes::can_be_clean(c) {
                    t.clean_yes
                } else {
                    t.clean_no
                }
                .to_owned(),
            )
        }),
        row("reconnect", ui.reconnect, &|c| {
            Cell::Text(reconnect_advice(c, locale).to_owned())
        }),
        row("reference", ui.reference, &|c| {
            let href = codes::reference(c);
            Cell::Link {
                href,
                label: reference_label(href),
            }
        }),
    ]
}

/// The codes of the index, grouped: protocol, libraries, private.
pub fn groups() -> [Vec<u16>; 2] {
    let protocol = KNOWN.iter().map(|k| k.code).filter(|c| *c < 3000).collect();
    let library = KNOWN
        .iter()
        .map(|k| k.code)
        .filter(|c| *c >= 3000)
        .collect();
    [protocol, library]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confusion_table_is_symmetric_ordered_and_known() {
        for &(a, b) in CONFUSED {
            assert!(a < b, "{a}-{b}");
            assert!(codes::lookup(a).is_some() && codes::lookup(b).is_some());
            assert!(confused_with(a).contains(&b) && confused_with(b).contains(&a));
        }
        assert_eq!(confused_with(1005), vec![1000, 1004, 1006]);
        assert!(confused_with(1008).contains(&3000));
        for k in &KNOWN {
            assert!(
                !confused_with(k.code).is_empty(),
                "{} has no confusions",
                k.code
            );
        }
    }

    fn intro(a: u16, b: u16) -> String {
        pair_intro(Locale::En, a, b).join(" ")
    }

    #[test]
    fn intro_says_what_the_codes_share_and_what_differs() {
        let i = intro(1005, 1006);
        assert!(i.contains("Neither ever travels on the wire"), "{i}");
        assert!(i.contains("1006 always means"), "{i}");
        assert!(i.contains("same part of the code space"), "{i}");

        let i = intro(1000, 1006);
        assert!(i.contains("1000 arrives in a Close frame"), "{i}");
        assert!(i.contains("browser makes up 1006"), "{i}");
        assert!(
            i.contains("after 1000, “No: don't reconnect automatically”"),
            "{i}"
        );

        let i = intro(1008, 3000);
        assert!(i.contains("Both reach the page in a Close frame"), "{i}");
        assert!(i.contains("Registered library code"), "{i}");
        assert!(i.contains("same for both: “Only after fixing"), "{i}");

        // A page sees 1015 only from a peer that sends it, clean in engines
        // that pass it through; it never claims a browser made it up.
        let i = intro(1006, 1015);
        assert!(i.contains("1015 can come with a clean close"), "{i}");
        assert!(!i.contains("browser makes up 1015"), "{i}");
    }

    #[test]
    fn no_template_leaves_a_placeholder_in_any_locale() {
        for locale in Locale::ALL {
            for (a, b) in [
                (1000, 1009),
                (1005, 1006),
                (1006, 1015),
                (1004, 4001),
                (3500, 2000),
            ] {
                let mut all = pair_intro(locale, a, b);
                all.push(when_lead(locale, a, b));
                all.push(who_sends(locale, a));
                all.push(who_sends(locale, b));
                for s in all {
                    assert!(
                        !s.contains('{') && !s.contains('}'),
                        "{}: {s}",
                        locale.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn when_to_use_is_plain_about_codes_nobody_sends() {
        assert_eq!(Sender::of(1000), Sender::Anyone);
        assert_eq!(Sender::of(4001), Sender::Anyone);
        assert_eq!(Sender::of(1011), Sender::Server);
        // RFC 6455 §7.4.1: 1010 is sent by "the client"; servers don't send it.
        assert_eq!(Sender::of(1010), Sender::Client);
        assert!(who_sends(Locale::En, 1010).starts_with("Only a client"));
        assert_eq!(Sender::of(1015), Sender::Nobody);
        assert_eq!(Sender::of(1006), Sender::BrowserOnly);
        assert_eq!(Sender::of(1004), Sender::Nobody);
        assert_eq!(Sender::of(2000), Sender::Nobody);
        assert!(
            when_lead(Locale::En, 1005, 1006).starts_with("Neither is yours to send: the browser")
        );
        assert!(when_lead(Locale::En, 1004, 1006).starts_with("Neither is yours to send."));
        assert_eq!(
            when_lead(Locale::En, 1006, 1000),
            "Only 1000 is a code an endpoint chooses to send; 1006 is not yours to send."
        );
        assert!(who_sends(Locale::En, 1001).contains("InvalidAccessError"));
        assert!(use_when(Locale::En, 4001).contains("your application"));
    }

    #[test]
    fn difference_rows_flag_what_differs() {
        let rows = differences(Locale::En, 1005, 1006);
        let differs: Vec<&str> = rows.iter().filter(|r| r.differs()).map(|r| r.key).collect();
        assert_eq!(differs, ["name", "clean", "reconnect"]);
        let rows = differences(Locale::En, 1000, 1001);
        let allowed = rows.iter().find(|r| r.key == "close-allowed").expect("row");
        assert_eq!(allowed.a, Cell::Text("Yes".into()));
        assert_eq!(allowed.b, Cell::Text("No".into()));
        assert_eq!(rows.len(), 8);
    }
}

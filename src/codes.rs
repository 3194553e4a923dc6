//! What the specifications say about every close code, as plain data.
//!
//! Three sources decide every fact in this module, and the tests at the bottom
//! check each rule against them for all 65,536 values:
//! - [RFC 6455 §7.4](https://www.rfc-editor.org/rfc/rfc6455#section-7.4): the
//!   ranges and the codes 1000–1011 and 1015;
//! - the [IANA WebSocket Close Code Number registry][iana]: 1012–1014 and the
//!   registered library codes 3000, 3003 and 3008;
//! - the [WHATWG WebSocket standard](https://websockets.spec.whatwg.org/#dom-websocket-close):
//!   which codes page JavaScript may pass to `WebSocket.close()`.
//!
//! Nothing here knows about the DOM or about languages; the localized text for
//! each code lives in [`crate::i18n`].
//!
//! [iana]: https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number

use serde::Serialize;

/// Where the text of RFC 6455 defines the codes 1000–1011 and 1015.
pub const RFC_DEFINED: &str = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1";
/// Where RFC 6455 splits the code space into ranges.
pub const RFC_RANGES: &str = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.2";
/// The IANA registry, the authority for every code registered after the RFC.
pub const IANA_REGISTRY: &str =
    "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number";

/// Which part of the code space a code belongs to.
///
/// Serialized in kebab-case, this is the `kind` field of the JS API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// 0–999 and 5000–65535: never valid as a close code.
    Invalid,
    /// A code the protocol itself defines (RFC 6455 or the IANA registry, 1000–2999).
    Standard,
    /// 1004: kept back by RFC 6455 for a meaning "defined in the future".
    Reserved,
    /// 1016–2999: held for future revisions of the protocol and its extensions.
    Unassigned,
    /// 3000–3999 with an IANA registration (3000, 3003, 3008).
    Registered,
    /// 3000–3999 without a registration: some library or framework's own code.
    Unregistered,
    /// 4000–4999: private use, its meaning is whatever the application says.
    Private,
}

impl Kind {
    /// The kind of any 16-bit code.
    pub const fn of(code: u16) -> Kind {
        match code {
            0..=999 | 5000..=u16::MAX => Kind::Invalid,
            1004 => Kind::Reserved,
            1000..=1015 => Kind::Standard,
            1016..=2999 => Kind::Unassigned,
            3000 | 3003 | 3008 => Kind::Registered,
            3000..=3999 => Kind::Unregistered,
            4000..=4999 => Kind::Private,
        }
    }

    /// The name used in the JS API and in CSS classes.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Invalid => "invalid",
            Kind::Standard => "standard",
            Kind::Reserved => "reserved",
            Kind::Unassigned => "unassigned",
            Kind::Registered => "registered",
            Kind::Unregistered => "unregistered",
            Kind::Private => "private",
        }
    }
}

/// Who puts a code into the `CloseEvent` that page JavaScript receives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProducedBy {
    /// The other endpoint sent it in its Close frame.
    Peer,
    /// The browser made it up because no usable status arrived: 1005, 1006, 1015.
    Browser,
}

impl ProducedBy {
    pub const fn of(code: u16) -> ProducedBy {
        match code {
            1005 | 1006 | 1015 => ProducedBy::Browser,
            _ => ProducedBy::Peer,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            ProducedBy::Peer => "peer",
            ProducedBy::Browser => "browser",
        }
    }
}

/// What a client should do about reconnecting after a close with this code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reconnect {
    /// The close was deliberate and final: don't reconnect automatically.
    Never,
    /// A transient condition: reconnect, spacing attempts with exponential backoff.
    WithBackoff,
    /// Reconnecting repeats the failure until someone changes code, config or credentials.
    AfterFix,
    /// The code's meaning belongs to the application, and so does the decision.
    AppDefined,
}

impl Reconnect {
    pub const ALL: [Reconnect; 4] = [
        Reconnect::Never,
        Reconnect::WithBackoff,
        Reconnect::AfterFix,
        Reconnect::AppDefined,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Reconnect::Never => "never",
            Reconnect::WithBackoff => "with-backoff",
            Reconnect::AfterFix => "after-fix",
            Reconnect::AppDefined => "app-defined",
        }
    }
}

/// A code that the RFC or the IANA registry names, described in full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub code: u16,
    /// The name exactly as the IANA registry spells it, which people search for.
    pub name: &'static str,
    pub reconnect: Reconnect,
    pub reference: &'static str,
}

const fn known(code: u16, name: &'static str, reconnect: Reconnect) -> Known {
    let reference = match code {
        1000..=1011 | 1015 => RFC_DEFINED,
        _ => IANA_REGISTRY,
    };
    Known {
        code,
        name,
        reconnect,
        reference,
    }
}

/// Every code with a full entry, in ascending order.
///
/// The localized text of each locale is indexed the same way, so the order
/// here is part of the catalog format (see [`crate::i18n::Catalog::codes`]).
pub const KNOWN: [Known; 19] = {
    use Reconnect::*;
    [
        known(1000, "Normal Closure", Never),
        known(1001, "Going Away", WithBackoff),
        known(1002, "Protocol Error", AfterFix),
        known(1003, "Unsupported Data", AfterFix),
        known(1004, "Reserved", AfterFix),
        known(1005, "No Status Received", AppDefined),
        known(1006, "Abnormal Closure", WithBackoff),
        known(1007, "Invalid Frame Payload Data", AfterFix),
        known(1008, "Policy Violation", AfterFix),
        known(1009, "Message Too Big", AfterFix),
        known(1010, "Mandatory Extension", AfterFix),
        known(1011, "Internal Error", WithBackoff),
        known(1012, "Service Restart", WithBackoff),
        known(1013, "Try Again Later", WithBackoff),
        known(1014, "Bad Gateway", WithBackoff),
        known(1015, "TLS Handshake", AfterFix),
        known(3000, "Unauthorized", AfterFix),
        known(3003, "Forbidden", AfterFix),
        known(3008, "Timeout", WithBackoff),
    ]
};

/// The full entry of a code, if it has one.
pub fn lookup(code: u16) -> Option<(usize, &'static Known)> {
    KNOWN
        .binary_search_by_key(&code, |k| k.code)
        .ok()
        .map(|i| (i, &KNOWN[i]))
}

/// A close code from a JavaScript number: an integer in 0–65535, nothing else.
///
/// `CloseEvent.code` is an `unsigned short`, so anything else (NaN, a
/// fraction, a negative or larger number) cannot be a close code.
pub fn from_number(n: f64) -> Result<u16, NotACode> {
    if n.is_finite() && n.fract() == 0.0 && (0.0..=65535.0).contains(&n) {
        Ok(n as u16)
    } else {
        Err(NotACode)
    }
}

/// Why [`from_number`] refused a number. Callers add the value in their own
/// words; formatting the float here would cost the wasm Rust's float printer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotACode;

impl std::fmt::Display for NotACode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("code must be an integer from 0 to 65535")
    }
}

/// Whether an endpoint may put this code in a Close frame (RFC 6455 §7.4).
///
/// Excluded: the unused and invalid ranges, reserved 1004, the three codes the
/// RFC says MUST NOT be set in a Close frame (1005, 1006, 1015), and the
/// unassigned protocol range, which a compliant receiver treats as an error.
pub const fn sent_in_close_frame(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}

/// Whether page JavaScript may pass this code to `WebSocket.close(code)`.
///
/// The WHATWG standard throws an `InvalidAccessError` for anything but 1000
/// and 3000–4999, so a browser app can never send, say, 1001 or 1011 itself.
pub const fn close_allowed(code: u16) -> bool {
    matches!(code, 1000 | 3000..=4999)
}

/// Whether a `CloseEvent` with this code can be clean (`wasClean == true`).
///
/// 1006 means no closing handshake happened, and browsers report a failed TLS
/// handshake (1015) the same way; every other code arrives in, or stands in
/// for, a Close frame that was received.
pub const fn can_be_clean(code: u16) -> bool {
    !matches!(code, 1006 | 1015)
}

/// The specification section that governs a code without a full entry.
pub const fn range_reference(code: u16) -> &'static str {
    match Kind::of(code) {
        Kind::Registered | Kind::Unregistered => IANA_REGISTRY,
        _ => RFC_RANGES,
    }
}

/// The English name of a code: the registered name, or its range's name.
pub fn name(code: u16) -> &'static str {
    match lookup(code) {
        Some((_, known)) => known.name,
        None => match Kind::of(code) {
            Kind::Invalid => "Invalid Code",
            Kind::Unassigned => "Unassigned",
            Kind::Unregistered => "Unregistered Library Code",
            Kind::Private => "Private Use",
            // Only 1004 is reserved and only 1000–1015 are standard: both have entries.
            Kind::Reserved | Kind::Standard | Kind::Registered => "Unassigned",
        },
    }
}

/// Reconnect advice for any code.
pub fn reconnect(code: u16) -> Reconnect {
    match lookup(code) {
        Some((_, known)) => known.reconnect,
        None => match Kind::of(code) {
            Kind::Unregistered | Kind::Private => Reconnect::AppDefined,
            _ => Reconnect::AfterFix,
        },
    }
}

/// A document a statement comes from: a specification, the registry, a
/// browser's measured behaviour, or a library's documentation or source file.
///
/// Serialized, this is an entry of `explain()`'s `sources`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Source {
    /// What to call it in a link, the same in every language ("RFC 6455 §7.4.1").
    pub label: &'static str,
    pub url: &'static str,
}

pub const RFC_7_4_1: Source = Source {
    label: "RFC 6455 §7.4.1",
    url: RFC_DEFINED,
};
pub const RFC_7_4_2: Source = Source {
    label: "RFC 6455 §7.4.2",
    url: RFC_RANGES,
};
pub const IANA: Source = Source {
    label: "IANA close code registry",
    url: IANA_REGISTRY,
};
pub const WHATWG_CLOSE: Source = Source {
    label: "WHATWG WebSockets: close()",
    url: "https://websockets.spec.whatwg.org/#dom-websocket-close",
};

/// Where the statements wsclose makes about `code` come from, the defining
/// document first. Every link the widget and the site show for a code is here.
pub fn sources(code: u16) -> &'static [Source] {
    match reference(code) {
        RFC_DEFINED => &[RFC_7_4_1, IANA, WHATWG_CLOSE],
        IANA_REGISTRY => &[IANA, RFC_7_4_2, WHATWG_CLOSE],
        _ => &[RFC_7_4_2, WHATWG_CLOSE],
    }
}

/// Where to read more about any code.
pub fn reference(code: u16) -> &'static str {
    lookup(code).map_or_else(|| range_reference(code), |(_, known)| known.reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_codes() -> impl Iterator<Item = u16> {
        0..=u16::MAX
    }

    #[test]
    fn known_codes_are_sorted_and_unique_so_binary_search_finds_them() {
        assert!(KNOWN.windows(2).all(|w| w[0].code < w[1].code));
        for known in &KNOWN {
            assert_eq!(lookup(known.code).map(|(_, k)| k), Some(known));
        }
    }

    #[test]
    fn ranges_follow_rfc_6455_section_7_4_2() {
        for code in all_codes() {
            let kind = Kind::of(code);
            match code {
                0..=999 => assert_eq!(kind, Kind::Invalid, "{code}"),
                1000..=2999 => assert!(
                    matches!(kind, Kind::Standard | Kind::Reserved | Kind::Unassigned),
                    "{code}"
                ),
                3000..=3999 => assert!(
                    matches!(kind, Kind::Registered | Kind::Unregistered),
                    "{code}"
                ),
                4000..=4999 => assert_eq!(kind, Kind::Private, "{code}"),
                _ => assert_eq!(kind, Kind::Invalid, "{code}"),
            }
        }
    }

    #[test]
    fn iana_registry_names_and_assignments() {
        let registry: &[(u16, &str)] = &[
            (1000, "Normal Closure"),
            (1001, "Going Away"),
            (1002, "Protocol Error"),
            (1003, "Unsupported Data"),
            (1004, "Reserved"),
            (1005, "No Status Received"),
            (1006, "Abnormal Closure"),
            (1007, "Invalid Frame Payload Data"),
            (1008, "Policy Violation"),
            (1009, "Message Too Big"),
            (1010, "Mandatory Extension"),
            (1011, "Internal Error"),
            (1012, "Service Restart"),
            (1013, "Try Again Later"),
            (1014, "Bad Gateway"),
            (1015, "TLS Handshake"),
            (3000, "Unauthorized"),
            (3003, "Forbidden"),
            (3008, "Timeout"),
        ];
        for code in all_codes() {
            let expected = registry.iter().find(|(c, _)| *c == code);
            assert_eq!(
                lookup(code).map(|(_, k)| (k.code, k.name)),
                expected.copied()
            );
        }
        assert_eq!(Kind::of(1004), Kind::Reserved);
        for code in [3000, 3003, 3008] {
            assert_eq!(Kind::of(code), Kind::Registered);
        }
        assert_eq!(Kind::of(3001), Kind::Unregistered);
        assert_eq!(Kind::of(1016), Kind::Unassigned);
    }

    #[test]
    fn codes_that_must_never_travel_in_a_close_frame() {
        // RFC 6455 §7.4.1: 1005, 1006 and 1015 "MUST NOT be set as a status code
        // in a Close control frame by an endpoint".
        for code in [1005, 1006, 1015] {
            assert!(!sent_in_close_frame(code));
            assert_eq!(ProducedBy::of(code), ProducedBy::Browser);
        }
        for code in all_codes() {
            let allowed_on_wire = matches!(Kind::of(code), Kind::Standard)
                && !matches!(code, 1005 | 1006 | 1015)
                || matches!(
                    Kind::of(code),
                    Kind::Registered | Kind::Unregistered | Kind::Private
                );
            assert_eq!(sent_in_close_frame(code), allowed_on_wire, "{code}");
            if ProducedBy::of(code) == ProducedBy::Browser {
                assert!(!sent_in_close_frame(code), "{code}");
            }
        }
    }

    #[test]
    fn page_javascript_may_close_with_1000_or_3000_to_4999_only() {
        for code in all_codes() {
            let whatwg = code == 1000 || (3000..=4999).contains(&code);
            assert_eq!(close_allowed(code), whatwg, "{code}");
        }
    }

    #[test]
    fn every_code_has_a_name_reconnect_advice_and_an_https_reference() {
        for code in all_codes() {
            assert!(!name(code).is_empty());
            assert!(reference(code).starts_with("https://"));
            let advice = reconnect(code);
            if !sent_in_close_frame(code) && ProducedBy::of(code) == ProducedBy::Peer {
                // A peer that sends a forbidden code is broken: retrying changes nothing.
                assert_eq!(advice, Reconnect::AfterFix, "{code}");
            }
        }
        assert_eq!(reconnect(4001), Reconnect::AppDefined);
        assert_eq!(reconnect(3500), Reconnect::AppDefined);
    }

    #[test]
    fn every_code_names_its_defining_document_first() {
        for code in all_codes() {
            let sources = sources(code);
            assert_eq!(
                sources.first().map(|s| s.url),
                Some(reference(code)),
                "{code}"
            );
            assert!(sources.iter().all(|s| s.url.starts_with("https://")));
        }
    }

    #[test]
    fn only_integers_in_the_u16_range_are_codes() {
        assert_eq!(from_number(1000.0), Ok(1000));
        assert_eq!(from_number(0.0), Ok(0));
        assert_eq!(from_number(65535.0), Ok(65535));
        for bad in [f64::NAN, f64::INFINITY, -1.0, 1000.5, 65536.0, -0.5] {
            let message = from_number(bad).unwrap_err().to_string();
            assert!(message.contains("0 to 65535"), "{message}");
        }
    }

    #[test]
    fn only_codes_backed_by_a_received_close_frame_can_be_clean() {
        assert!(!can_be_clean(1006));
        assert!(!can_be_clean(1015));
        assert!(can_be_clean(1005));
        assert!(can_be_clean(1000));
    }
}

//! Why a socket closed, told from what a watcher saw of its whole life.
//!
//! A close code alone is often ambiguous: 1006 is a proxy's idle timeout, a
//! dropped network, a crashed server or a failed handshake, and each has a
//! different fix. [`History`] is what `watch()`/`install()` record while the
//! socket lives (plain numbers, no DOM), and [`diagnose`] applies pure rules
//! to the close and that history. Each rule's thresholds live in [`Params`],
//! with the real-world defaults, so tests can shrink them instead of waiting
//! a minute for a real proxy timeout.

use crate::prelude::*;

mod report;
mod rules;

use serde::{Deserialize, Serialize};

use crate::codes::Source;
use crate::i18n::{Confidences, RuleText, RuleTexts};

pub use report::markdown;
pub use rules::{diagnose, Params};

/// Milliseconds since the epoch, as `Date.now()` gives them.
pub type Millis = f64;

/// Something that happened to the page while a socket was alive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageEventKind {
    /// `navigator.onLine` became false (`offline` on window).
    Offline,
    /// `navigator.onLine` became true again.
    Online,
    /// `document.visibilityState` became `hidden`.
    Hidden,
    /// `document.visibilityState` became `visible`.
    Visible,
    /// `pagehide`: the page is being unloaded or put in the back/forward cache.
    Unloading,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageEvent {
    pub at: Millis,
    pub kind: PageEventKind,
}

/// The page's own call to `ws.close(code?, reason?)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CloseCall {
    pub at: Millis,
    /// `None` when `close()` was called without a code.
    pub code: Option<u16>,
    pub reason: Option<String>,
}

/// Everything a watcher recorded about one socket, oldest facts first.
///
/// Serialized (camelCase, `null` for what never happened) this is the
/// `history` field that `onClose` receives, so field names are public API.
/// Sizes of text messages are UTF-16 lengths (`string.length`): measuring
/// UTF-8 bytes would cost a copy of every message, and the approximation is
/// exact for ASCII, which is what JSON protocols mostly send.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct History {
    pub url: String,
    /// When the socket was created, or when watching began if later.
    pub created_at: Millis,
    pub opened_at: Option<Millis>,
    pub closed_at: Option<Millis>,
    pub ever_opened: bool,
    pub messages_sent: u64,
    pub bytes_sent: u64,
    pub largest_sent: u64,
    /// Size of the most recent message sent: the one a 1009 is usually about.
    pub last_sent_bytes: Option<u64>,
    pub last_sent_at: Option<Millis>,
    pub messages_received: u64,
    pub bytes_received: u64,
    pub last_received_at: Option<Millis>,
    /// `bufferedAmount` when the close event fired: bytes the app sent that
    /// never left the browser.
    pub buffered_amount_at_close: u64,
    /// When the socket fired `error` (it always precedes an unclean close).
    pub error_at: Option<Millis>,
    pub close_call: Option<CloseCall>,
    /// `navigator.onLine` when the close event fired.
    pub online_at_close: bool,
    /// `document.hidden` when the close event fired.
    pub hidden_at_close: bool,
    /// Visibility, connectivity and unload events during the socket's life.
    pub page_events: Vec<PageEvent>,
    /// When earlier sockets to the same URL closed (recent ones only).
    pub earlier_closes: Vec<Millis>,
}

impl History {
    /// The last moment anything happened on the connection: opened, sent or received.
    pub fn last_activity(&self) -> Option<Millis> {
        let opened = self.opened_at?;
        Some(
            [self.last_sent_at, self.last_received_at]
                .into_iter()
                .flatten()
                .fold(opened, f64::max),
        )
    }

    /// How long the connection was silent before it closed.
    pub fn idle_before_close(&self) -> Option<Millis> {
        Some(self.closed_at? - self.last_activity()?)
    }
}

/// How sure a rule is. Ordered: most confident first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    /// Its label in a locale's [`Confidences`].
    pub const fn label(self, text: &Confidences) -> &'static str {
        match self {
            Confidence::High => text.high,
            Confidence::Medium => text.medium,
            Confidence::Low => text.low,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// The situations wsclose can recognize. Serialized in kebab-case, this is
/// the `rule` field of each diagnosis in the JS API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    HandshakeFailed,
    IdleTimeout,
    IdleThenDropped,
    WentOffline,
    PageHidden,
    PageUnloading,
    MessageTooBig,
    ClosedByPage,
    ClosedByServer,
    ClosedRightAfterOpen,
    ReconnectStorm,
}

impl Rule {
    /// Every rule, in the order [`diagnose`] tries them: a rule that defers
    /// to another comes after it (the page's own close ends the search; an
    /// unload outranks a hidden page; a matched idle timeout outranks a
    /// generic idle drop; a close right after open is not a rejection when
    /// an earlier rule already explains it). Among equally confident
    /// diagnoses this is also the order they are reported in.
    pub const ALL: [Rule; 11] = [
        Rule::ClosedByPage,
        Rule::HandshakeFailed,
        Rule::MessageTooBig,
        Rule::WentOffline,
        Rule::PageUnloading,
        Rule::PageHidden,
        Rule::IdleTimeout,
        Rule::IdleThenDropped,
        Rule::ClosedRightAfterOpen,
        Rule::ClosedByServer,
        Rule::ReconnectStorm,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Rule::HandshakeFailed => "handshake-failed",
            Rule::IdleTimeout => "idle-timeout",
            Rule::IdleThenDropped => "idle-then-dropped",
            Rule::WentOffline => "went-offline",
            Rule::PageHidden => "page-hidden",
            Rule::PageUnloading => "page-unloading",
            Rule::MessageTooBig => "message-too-big",
            Rule::ClosedByPage => "closed-by-page",
            Rule::ClosedByServer => "closed-by-server",
            Rule::ClosedRightAfterOpen => "closed-right-after-open",
            Rule::ReconnectStorm => "reconnect-storm",
        }
    }

    /// This rule's summary and fix in a locale's [`RuleTexts`].
    pub const fn text(self, rules: &RuleTexts) -> &RuleText {
        match self {
            Rule::HandshakeFailed => &rules.handshake_failed,
            Rule::IdleTimeout => &rules.idle_timeout,
            Rule::IdleThenDropped => &rules.idle_then_dropped,
            Rule::WentOffline => &rules.went_offline,
            Rule::PageHidden => &rules.page_hidden,
            Rule::PageUnloading => &rules.page_unloading,
            Rule::MessageTooBig => &rules.message_too_big,
            Rule::ClosedByPage => &rules.closed_by_page,
            Rule::ClosedByServer => &rules.closed_by_server,
            Rule::ClosedRightAfterOpen => &rules.closed_right_after_open,
            Rule::ReconnectStorm => &rules.reconnect_storm,
        }
    }

    /// The rule named by its JS name, for input that comes back from JS.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// One explanation of a close, with the facts that support it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnosis {
    pub rule: Rule,
    pub confidence: Confidence,
    /// What happened, in one sentence of the requested locale.
    pub summary: String,
    /// The recorded facts this conclusion rests on, one sentence each.
    pub evidence: Vec<String>,
    /// What to change.
    pub fix: String,
    /// Where the facts about servers and proxies in the evidence come from.
    pub sources: Vec<Source>,
}

/// Whether a close deserves attention: everything except the page's own
/// normal close. `ws.close()` without a code reaches the page as 1005 (the
/// Close frame carried no status), so that counts as the page's own too.
pub fn is_unexpected(code: u16, history: &History) -> bool {
    match &history.close_call {
        Some(call) => !(code == 1000 || (code == 1005 && call.code.is_none())),
        None => true,
    }
}

/// `1.5 s` or `250 ms`: durations in evidence, in units every locale reads.
///
/// Integer arithmetic on purpose: formatting an `f64` would pull Rust's
/// float printer (about 15 KB) into the widget's wasm.
pub fn duration(ms: Millis) -> String {
    // Rounded half up (`f64::round` is std's, not `core`'s); `as`
    // saturates: NaN and negatives become 0, huge values u64::MAX.
    let ms = (ms + 0.5) as u64;
    if ms < 1000 {
        format!("{ms} ms")
    } else {
        let tenths = ms.saturating_add(50) / 100;
        format!("{}.{} s", tenths / 10, tenths % 10)
    }
}

/// A size in the unit it was set in: `64 KiB`, `100 MiB`, `1 MB` (Socket.IO's
/// `1e6`), or the plain count when no unit divides it.
pub fn size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = KIB * KIB;
    const MB: u64 = 1_000_000;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes % KIB == 0 {
        format!("{} KiB", bytes / KIB)
    } else if bytes >= MB && bytes % MB == 0 {
        format!("{} MB", bytes / MB)
    } else {
        format!("{bytes}")
    }
}

pub use crate::i18n::fill;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_sizes_read_naturally() {
        assert_eq!(duration(3000.0), "3.0 s");
        assert_eq!(duration(3049.0), "3.0 s");
        assert_eq!(duration(250.4), "250 ms");
        assert_eq!(duration(-5.0), "0 ms");
        assert_eq!(duration(f64::NAN), "0 ms");
        assert_eq!(duration(999.4), "999 ms");
        assert_eq!(duration(61_960.0), "62.0 s");
        assert_eq!(duration(1_250.0), "1.3 s");
        assert_eq!(size(65536), "64 KiB");
        assert_eq!(size(1 << 20), "1 MiB");
        assert_eq!(size(70000), "70000");
        assert_eq!(size(1_000_000), "1 MB");
        assert_eq!(size(100 << 20), "100 MiB");
    }

    #[test]
    fn rule_names_round_trip() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_name(rule.as_str()), Some(rule));
        }
        assert_eq!(Rule::from_name("nope"), None);
    }

    #[test]
    fn only_the_pages_own_normal_close_is_expected() {
        let mut h = History::default();
        assert!(is_unexpected(1000, &h), "a server's 1000 is worth a look");
        h.close_call = Some(CloseCall {
            at: 0.0,
            code: Some(1000),
            reason: None,
        });
        assert!(!is_unexpected(1000, &h));
        assert!(is_unexpected(1006, &h));
        h.close_call = Some(CloseCall {
            at: 0.0,
            code: None,
            reason: None,
        });
        assert!(
            !is_unexpected(1005, &h),
            "close() without a code shows as 1005"
        );
        h.close_call.as_mut().unwrap().code = Some(4000);
        assert!(is_unexpected(4000, &h));
    }

    #[test]
    fn idle_is_measured_from_the_last_activity_in_either_direction() {
        let h = History {
            opened_at: Some(100.0),
            last_sent_at: Some(500.0),
            last_received_at: Some(700.0),
            closed_at: Some(3700.0),
            ..History::default()
        };
        assert_eq!(h.idle_before_close(), Some(3000.0));
        let never = History {
            closed_at: Some(10.0),
            ..History::default()
        };
        assert_eq!(never.idle_before_close(), None);
    }
}

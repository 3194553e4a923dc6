//! The rules: pure functions of a close, its history and tunable thresholds.

use super::{duration, fill, size, Confidence, Diagnosis, History, Millis, PageEventKind, Rule};
use crate::explain::Close;
use crate::i18n::{DiagnosisText, Locale};

/// An idle timeout that some widely used proxy or platform enforces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdleTimeout {
    /// Who enforces it, by product name.
    pub who: &'static str,
    pub ms: Millis,
    /// Where to change it, as a code token; `None` where it cannot be changed.
    pub setting: Option<&'static str>,
}

/// The idle timeouts people run into most, with their real defaults.
pub const IDLE_TIMEOUTS: [IdleTimeout; 4] = [
    IdleTimeout {
        who: "Heroku",
        ms: 55_000.0,
        setting: None,
    },
    IdleTimeout {
        who: "nginx",
        ms: 60_000.0,
        setting: Some("nginx `proxy_read_timeout`"),
    },
    IdleTimeout {
        who: "AWS Application Load Balancer",
        ms: 60_000.0,
        setting: Some("ALB `idle_timeout.timeout_seconds`"),
    },
    IdleTimeout {
        who: "Cloudflare",
        ms: 100_000.0,
        setting: Some("Cloudflare `Proxy Read Timeout` (Enterprise)"),
    },
];

/// Maximum message sizes that servers and proxies commonly default to:
/// 64 KiB, 1 MiB (Python `websockets`' `max_size`) and 16 MiB (a common
/// frame limit, e.g. tungstenite's `max_frame_size`).
pub const MESSAGE_LIMITS: [u64; 3] = [64 << 10, 1 << 20, 16 << 20];

/// The thresholds of the rules. [`Params::default`] holds the real-world
/// values; tests pass shorter idle timeouts instead of waiting for them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params<'a> {
    pub idle_timeouts: &'a [IdleTimeout],
    /// An idle stretch within `[ms × (1 − below), ms × (1 + above)]` of a
    /// known timeout matches it. Proxies count from the last byte *they*
    /// saw, so a little less than the timeout is possible; timer slack and
    /// the time for the close to reach the page make more a bit likelier.
    pub idle_tolerance_below: f64,
    pub idle_tolerance_above: f64,
    /// Silence this long before a drop is worth mentioning at all.
    pub min_idle_ms: Millis,
    pub message_limits: &'a [u64],
    /// "Right after": how close an event must be to the close to explain it.
    pub recent_ms: Millis,
    /// A close this soon after opening looks like a rejection.
    pub right_after_open_ms: Millis,
    /// This many closes of one URL within `storm_window_ms` is a storm.
    pub storm_count: usize,
    pub storm_window_ms: Millis,
}

impl Default for Params<'static> {
    fn default() -> Self {
        Params {
            idle_timeouts: &IDLE_TIMEOUTS,
            idle_tolerance_below: 0.05,
            idle_tolerance_above: 0.15,
            min_idle_ms: 1_000.0,
            message_limits: &MESSAGE_LIMITS,
            recent_ms: 5_000.0,
            right_after_open_ms: 1_000.0,
            storm_count: 3,
            storm_window_ms: 10_000.0,
        }
    }
}

/// Codes that carry their own explanation of an early close: the server is
/// restarting, overloaded or a gateway failed, not rejecting this client.
const SELF_EXPLAINING: [u16; 5] = [1001, 1009, 1012, 1013, 1014];

struct Builder<'t> {
    text: &'t DiagnosisText,
    found: Vec<Diagnosis>,
}

impl Builder<'_> {
    fn add(
        &mut self,
        rule: Rule,
        confidence: Confidence,
        values: &[(&str, &str)],
        evidence: Vec<String>,
    ) {
        let template = rule.text(&self.text.rules);
        self.found.push(Diagnosis {
            rule,
            confidence,
            summary: fill(template.summary, values),
            evidence,
            fix: fill(template.fix, values),
        });
    }
}

/// Every rule that fits the close, most confident first; empty when the
/// history says nothing beyond the code.
///
/// `history.closed_at` should be set; without it the close is taken to have
/// happened at the last recorded moment.
pub fn diagnose(
    close: &Close,
    history: &History,
    params: &Params,
    locale: Locale,
) -> Vec<Diagnosis> {
    let text = locale.diagnosis();
    let e = &text.evidence;
    let code = close.code;
    let closed_at = history.closed_at.unwrap_or_else(|| {
        [
            history.opened_at,
            history.last_sent_at,
            history.last_received_at,
        ]
        .into_iter()
        .flatten()
        .fold(history.created_at, f64::max)
    });
    let before = |at: Millis| duration(closed_at - at);
    let recent = |at: Millis| at <= closed_at && closed_at - at <= params.recent_ms;
    let mut out = Builder {
        text,
        found: Vec::new(),
    };

    // The page closed it itself: that is the whole story.
    if let Some(call) = history.close_call.as_ref().filter(|c| c.at <= closed_at) {
        let call_text = match call.code {
            Some(code) => format!("`close({code})`"),
            None => "`close()`".to_owned(),
        };
        let evidence = vec![fill(
            e.close_called,
            &[("call", &call_text), ("before", &before(call.at))],
        )];
        out.add(
            Rule::ClosedByPage,
            Confidence::High,
            &[("call", &call_text), ("before", &before(call.at))],
            evidence,
        );
        return out.found;
    }

    let unclean = close.was_clean == Some(false) || code == 1006;

    if !history.ever_opened && matches!(code, 1006 | 1015) {
        let after = duration(closed_at - history.created_at);
        let mut evidence = vec![fill(e.never_opened, &[("after", &after)])];
        if let Some(at) = history.error_at {
            evidence.push(fill(e.error_event, &[("before", &before(at))]));
        }
        out.add(
            Rule::HandshakeFailed,
            Confidence::High,
            &[("after", &after)],
            evidence,
        );
    }

    if code == 1009 {
        message_too_big(&mut out, history, params, closed_at);
    }

    // Connectivity and page lifecycle.
    let last = |kind: PageEventKind| {
        history
            .page_events
            .iter()
            .rev()
            .find(|event| event.kind == kind && event.at <= closed_at)
            .map(|event| event.at)
    };
    if unclean {
        let offline = last(PageEventKind::Offline)
            .filter(|at| last(PageEventKind::Online).is_none_or(|online| online < *at));
        if offline.is_some() || !history.online_at_close {
            let mut evidence = Vec::new();
            if let Some(at) = offline {
                evidence.push(fill(e.went_offline, &[("before", &before(at))]));
            }
            if !history.online_at_close {
                evidence.push(e.offline_at_close.to_owned());
            }
            if history.buffered_amount_at_close > 0 {
                let bytes = history.buffered_amount_at_close.to_string();
                evidence.push(fill(e.buffered, &[("bytes", &bytes)]));
            }
            let shown = before(offline.unwrap_or(closed_at));
            out.add(
                Rule::WentOffline,
                Confidence::High,
                &[("before", &shown)],
                evidence,
            );
        }
    }
    if matches!(code, 1001 | 1006) {
        if let Some(at) = last(PageEventKind::Unloading).filter(|at| recent(*at)) {
            let evidence = vec![fill(e.unloading, &[("before", &before(at))])];
            out.add(Rule::PageUnloading, Confidence::High, &[], evidence);
        } else {
            let hidden = last(PageEventKind::Hidden)
                .filter(|at| last(PageEventKind::Visible).is_none_or(|visible| visible < *at));
            if hidden.is_some() || history.hidden_at_close {
                let mut evidence = Vec::new();
                if let Some(at) = hidden {
                    evidence.push(fill(e.went_hidden, &[("before", &before(at))]));
                }
                if history.hidden_at_close {
                    evidence.push(e.hidden_at_close.to_owned());
                }
                let confidence = if code == 1001 {
                    Confidence::High
                } else {
                    Confidence::Medium
                };
                let shown = before(hidden.unwrap_or(closed_at));
                out.add(
                    Rule::PageHidden,
                    confidence,
                    &[("before", &shown)],
                    evidence,
                );
            }
        }
    }

    if matches!(code, 1001 | 1006) {
        idle(&mut out, history, params, code, closed_at);
    }

    if let Some(opened) = history.opened_at {
        let after = closed_at - opened;
        let explained = out.found.iter().any(|d| {
            matches!(
                d.rule,
                Rule::WentOffline | Rule::PageHidden | Rule::PageUnloading
            )
        });
        if after <= params.right_after_open_ms && !SELF_EXPLAINING.contains(&code) && !explained {
            let after = duration(after);
            let evidence = vec![fill(
                e.opened_then_closed,
                &[
                    ("after", &after),
                    ("sent", &history.messages_sent.to_string()),
                    ("received", &history.messages_received.to_string()),
                ],
            )];
            out.add(
                Rule::ClosedRightAfterOpen,
                Confidence::Medium,
                &[("after", &after)],
                evidence,
            );
        }
    }

    if code == 1000 {
        let evidence = vec![e.no_close_call.to_owned()];
        out.add(Rule::ClosedByServer, Confidence::Medium, &[], evidence);
    }

    let storm = 1 + history
        .earlier_closes
        .iter()
        .filter(|at| **at <= closed_at && closed_at - **at <= params.storm_window_ms)
        .count();
    if storm >= params.storm_count.max(2) {
        let count = storm.to_string();
        let window = duration(params.storm_window_ms);
        let values = [("count", count.as_str()), ("window", window.as_str())];
        let evidence = vec![fill(e.earlier_closes, &values)];
        let confidence = if storm >= params.storm_count.max(2) + 2 {
            Confidence::High
        } else {
            Confidence::Medium
        };
        out.add(Rule::ReconnectStorm, confidence, &values, evidence);
    }

    // Most confident first, rule order among equals. At most 11 findings:
    // an insertion sort, because std's stable sort costs ~3 KB of wasm.
    let found = &mut out.found;
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && found[j - 1].confidence > found[j].confidence {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    out.found
}

fn message_too_big(out: &mut Builder, history: &History, params: &Params, closed_at: Millis) {
    let e = &out.text.evidence;
    let (Some(bytes), Some(at)) = (history.last_sent_bytes, history.last_sent_at) else {
        return;
    };
    let shown = bytes.to_string();
    let before = duration(closed_at - at);
    let mut evidence = vec![fill(e.last_sent, &[("bytes", &shown), ("before", &before)])];
    // The largest common limit the message exceeds, if it is within a factor
    // of four of it: "70000 bytes is over the 64 KiB limit" helps; "20 MiB is
    // over 64 KiB" says nothing.
    let suspect = params
        .message_limits
        .iter()
        .copied()
        .filter(|limit| bytes > *limit && bytes <= limit.saturating_mul(4))
        .max();
    if let Some(limit) = suspect {
        evidence.push(fill(
            e.over_limit,
            &[
                ("bytes", &shown),
                ("limit", &size(limit)),
                ("limit_bytes", &limit.to_string()),
            ],
        ));
    }
    if history.largest_sent > bytes {
        let largest = history.largest_sent.to_string();
        evidence.push(fill(e.largest_sent, &[("bytes", &largest)]));
    }
    if history.buffered_amount_at_close > 0 {
        let buffered = history.buffered_amount_at_close.to_string();
        evidence.push(fill(e.buffered, &[("bytes", &buffered)]));
    }
    let confidence = if at <= closed_at && closed_at - at <= params.recent_ms {
        Confidence::High
    } else {
        Confidence::Medium
    };
    out.add(
        Rule::MessageTooBig,
        confidence,
        &[("bytes", &shown), ("before", &before)],
        evidence,
    );
}

fn idle(out: &mut Builder, history: &History, params: &Params, code: u16, closed_at: Millis) {
    let e = &out.text.evidence;
    let Some(last) = history.last_activity() else {
        return;
    };
    let idle = closed_at - last;
    if idle < params.min_idle_ms {
        return;
    }
    let shown = duration(idle);
    let ago =
        |at: Option<Millis>| at.map_or_else(|| e.never.to_owned(), |at| duration(closed_at - at));
    let activity = fill(
        e.last_activity,
        &[
            ("sent", &ago(history.last_sent_at)),
            ("received", &ago(history.last_received_at)),
        ],
    );
    let idle_fact = if code == 1006 {
        fill(e.idle_dropped, &[("idle", &shown)])
    } else {
        fill(e.idle_closed, &[("idle", &shown)])
    };
    let matches: Vec<&IdleTimeout> = params
        .idle_timeouts
        .iter()
        .filter(|t| {
            idle >= t.ms * (1.0 - params.idle_tolerance_below)
                && idle <= t.ms * (1.0 + params.idle_tolerance_above)
        })
        .collect();
    let Some(closest) = matches
        .iter()
        .min_by(|a, b| (a.ms - idle).abs().total_cmp(&(b.ms - idle).abs()))
    else {
        if code == 1006 {
            let evidence = vec![idle_fact, activity];
            out.add(
                Rule::IdleThenDropped,
                Confidence::Low,
                &[("idle", &shown)],
                evidence,
            );
        }
        return;
    };
    let mut evidence = vec![idle_fact];
    for timeout in &matches {
        evidence.push(fill(
            e.known_timeout,
            &[("who", timeout.who), ("timeout", &duration(timeout.ms))],
        ));
    }
    evidence.push(activity);
    let who: Vec<&str> = matches
        .iter()
        .filter(|t| t.ms == closest.ms)
        .map(|t| t.who)
        .collect();
    let settings: Vec<&str> = matches.iter().filter_map(|t| t.setting).collect();
    let settings = if settings.is_empty() {
        who.join(", ")
    } else {
        settings.join("; ")
    };
    let shortest = matches.iter().map(|t| t.ms).fold(f64::INFINITY, f64::min);
    let confidence = if code == 1006 {
        Confidence::High
    } else {
        Confidence::Medium
    };
    out.add(
        Rule::IdleTimeout,
        confidence,
        &[
            ("idle", &shown),
            ("timeout", &duration(closest.ms)),
            ("who", &who.join(", ")),
            ("heartbeat", &duration(shortest / 2.0)),
            ("setting", &settings),
        ],
        evidence,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::{CloseCall, PageEvent};

    const T0: Millis = 1_700_000_000_000.0;

    fn close(code: u16, was_clean: bool) -> Close {
        Close {
            code,
            reason: Some(String::new()),
            was_clean: Some(was_clean),
        }
    }

    /// A socket that opened 50 ms after creation and is still online and visible.
    fn opened() -> History {
        History {
            url: "wss://example.test/live".into(),
            created_at: T0,
            opened_at: Some(T0 + 50.0),
            ever_opened: true,
            online_at_close: true,
            ..History::default()
        }
    }

    fn rules(found: &[Diagnosis]) -> Vec<Rule> {
        found.iter().map(|d| d.rule).collect()
    }

    fn run(close: &Close, history: &History) -> Vec<Diagnosis> {
        diagnose(close, history, &Params::default(), Locale::En)
    }

    #[test]
    fn a_1006_before_opening_is_a_failed_handshake() {
        let h = History {
            url: "wss://example.test/nope".into(),
            created_at: T0,
            error_at: Some(T0 + 30.0),
            closed_at: Some(T0 + 31.0),
            online_at_close: true,
            ..History::default()
        };
        let found = run(&close(1006, false), &h);
        assert_eq!(rules(&found), [Rule::HandshakeFailed]);
        let d = &found[0];
        assert_eq!(d.confidence, Confidence::High);
        assert!(d.summary.contains("31 ms"), "{}", d.summary);
        assert!(d.evidence[0].contains("never opened"), "{:?}", d.evidence);
        assert!(d.evidence[1].contains("`error`"), "{:?}", d.evidence);
        assert!(d.fix.contains("401 or 403"), "{}", d.fix);
    }

    #[test]
    fn silence_matching_a_known_proxy_timeout_is_an_idle_timeout() {
        let mut h = opened();
        h.last_sent_at = Some(T0 + 1_000.0);
        h.last_received_at = Some(T0 + 1_200.0);
        h.closed_at = Some(T0 + 1_200.0 + 60_400.0);
        let found = run(&close(1006, false), &h);
        assert_eq!(rules(&found), [Rule::IdleTimeout]);
        let d = &found[0];
        assert_eq!(d.confidence, Confidence::High);
        assert!(d.summary.contains("60.4 s"), "{}", d.summary);
        assert!(
            d.summary.contains("nginx, AWS Application Load Balancer"),
            "{}",
            d.summary
        );
        assert!(
            !d.summary.contains("Heroku"),
            "the closest timeout names the culprits"
        );
        assert!(
            d.evidence.iter().any(|e| e.contains("Heroku")),
            "58 s is within Heroku's 55 s too"
        );
        assert!(
            d.fix.contains("27.5 s"),
            "heartbeat under the shortest: {}",
            d.fix
        );
        assert!(d.fix.contains("`proxy_read_timeout`"), "{}", d.fix);

        // Cloudflare's 100 s, and a 1001 after the same silence is less certain.
        h.closed_at = Some(T0 + 1_200.0 + 100_900.0);
        let found = run(&close(1001, true), &h);
        assert_eq!(rules(&found), [Rule::IdleTimeout]);
        assert_eq!(found[0].confidence, Confidence::Medium);
        assert!(
            found[0].summary.contains("Cloudflare"),
            "{}",
            found[0].summary
        );
    }

    #[test]
    fn the_timeout_table_is_a_parameter_and_other_silences_are_generic() {
        let mut h = opened();
        h.closed_at = Some(T0 + 50.0 + 3_020.0);
        // Real defaults: 3 s matches no proxy, so only the generic, low rule fires.
        let found = run(&close(1006, false), &h);
        assert_eq!(rules(&found), [Rule::IdleThenDropped]);
        assert_eq!(found[0].confidence, Confidence::Low);
        assert_eq!(
            found[0].evidence[0],
            "idle for 3.0 s, then dropped without a Close frame"
        );
        assert!(
            found[0].evidence[1].contains("never"),
            "{:?}",
            found[0].evidence
        );
        // A test's own 3 s "proxy".
        let short = [IdleTimeout {
            who: "the test server",
            ms: 3_000.0,
            setting: None,
        }];
        let params = Params {
            idle_timeouts: &short,
            ..Params::default()
        };
        let found = diagnose(&close(1006, false), &h, &params, Locale::En);
        assert_eq!(rules(&found), [Rule::IdleTimeout]);
        assert!(found[0].fix.contains("the test server"), "{}", found[0].fix);
        // Silence too short to mean anything.
        h.closed_at = Some(T0 + 50.0 + 1_500.0);
        h.last_received_at = Some(T0 + 1_000.0);
        assert!(run(&close(1006, false), &h).is_empty());
    }

    #[test]
    fn going_offline_explains_a_drop() {
        let mut h = opened();
        h.last_received_at = Some(T0 + 5_000.0);
        h.page_events = vec![PageEvent {
            at: T0 + 5_500.0,
            kind: PageEventKind::Offline,
        }];
        h.closed_at = Some(T0 + 5_800.0);
        h.online_at_close = false;
        h.buffered_amount_at_close = 12;
        let found = run(&close(1006, false), &h);
        assert_eq!(found[0].rule, Rule::WentOffline);
        assert!(found[0].summary.contains("300 ms"), "{}", found[0].summary);
        assert_eq!(found[0].evidence.len(), 3, "{:?}", found[0].evidence);
        // Back online before the close: not the cause.
        h.page_events.push(PageEvent {
            at: T0 + 5_600.0,
            kind: PageEventKind::Online,
        });
        h.online_at_close = true;
        assert!(!rules(&run(&close(1006, false), &h)).contains(&Rule::WentOffline));
        // A clean close is never the network's doing.
        h.page_events.pop();
        assert!(!rules(&run(&close(1000, true), &h)).contains(&Rule::WentOffline));
    }

    #[test]
    fn a_1001_while_the_page_hides_or_unloads_is_the_browser_leaving() {
        let mut h = opened();
        h.last_received_at = Some(T0 + 900.0);
        h.page_events = vec![PageEvent {
            at: T0 + 1_000.0,
            kind: PageEventKind::Hidden,
        }];
        h.hidden_at_close = true;
        h.closed_at = Some(T0 + 1_100.0);
        let found = run(&close(1001, true), &h);
        assert_eq!(rules(&found), [Rule::PageHidden]);
        assert_eq!(found[0].confidence, Confidence::High);
        assert_eq!(found[0].evidence.len(), 2);
        h.page_events.push(PageEvent {
            at: T0 + 1_050.0,
            kind: PageEventKind::Unloading,
        });
        assert_eq!(rules(&run(&close(1001, true), &h)), [Rule::PageUnloading]);
    }

    #[test]
    fn a_1009_right_after_a_big_send_names_the_size_and_the_limit() {
        let mut h = opened();
        h.messages_sent = 2;
        h.bytes_sent = 70_010;
        h.largest_sent = 70_000;
        h.last_sent_bytes = Some(70_000);
        h.last_sent_at = Some(T0 + 200.0);
        h.closed_at = Some(T0 + 210.0);
        let found = run(&close(1009, true), &h);
        assert_eq!(rules(&found), [Rule::MessageTooBig]);
        let d = &found[0];
        assert_eq!(d.confidence, Confidence::High);
        assert!(d.summary.contains("70000 bytes"), "{}", d.summary);
        assert_eq!(
            d.evidence[1],
            "70000 bytes is over the common 64 KiB (65536-byte) limit"
        );
        // 1.5 MiB is near 1 MiB, not 64 KiB.
        h.last_sent_bytes = Some(1_572_864);
        h.largest_sent = 1_572_864;
        let found = run(&close(1009, true), &h);
        assert!(
            found[0].evidence[1].contains("1 MiB"),
            "{:?}",
            found[0].evidence
        );
        // Long after the send, it is only possible.
        h.closed_at = Some(T0 + 60_000.0);
        assert_eq!(
            run(&close(1009, true), &h)[0].confidence,
            Confidence::Medium
        );
    }

    #[test]
    fn who_closed_with_1000() {
        let mut h = opened();
        h.closed_at = Some(T0 + 30_000.0);
        h.close_call = Some(CloseCall {
            at: T0 + 29_990.0,
            code: Some(1000),
            reason: None,
        });
        let found = run(&close(1000, true), &h);
        assert_eq!(rules(&found), [Rule::ClosedByPage]);
        assert!(
            found[0].summary.contains("`close(1000)` 10 ms"),
            "{}",
            found[0].summary
        );
        h.close_call = None;
        let found = run(&close(1000, true), &h);
        assert_eq!(rules(&found), [Rule::ClosedByServer]);
        assert!(
            found[0].evidence[0].contains("did not call"),
            "{:?}",
            found[0].evidence
        );
    }

    #[test]
    fn a_close_right_after_open_looks_like_a_rejection() {
        let mut h = opened();
        h.closed_at = Some(T0 + 50.0 + 120.0);
        let found = run(&close(4001, true), &h);
        assert_eq!(rules(&found), [Rule::ClosedRightAfterOpen]);
        assert!(found[0].summary.contains("120 ms"), "{}", found[0].summary);
        // A restart explains itself.
        assert!(run(&close(1012, true), &h).is_empty());
    }

    #[test]
    fn repeated_closes_of_a_url_are_a_storm() {
        let mut h = opened();
        h.closed_at = Some(T0 + 2_000.0);
        h.earlier_closes = vec![
            T0 - 60_000.0,
            T0 + 100.0,
            T0 + 500.0,
            T0 + 900.0,
            T0 + 1_400.0,
        ];
        let found = run(&close(1006, false), &h);
        let storm = found
            .iter()
            .find(|d| d.rule == Rule::ReconnectStorm)
            .expect("a storm");
        assert_eq!(storm.confidence, Confidence::High);
        assert!(
            storm.summary.starts_with("5 connections"),
            "{}",
            storm.summary
        );
        assert!(storm.summary.contains("10.0 s"), "{}", storm.summary);
        h.earlier_closes.truncate(2);
        assert!(!rules(&run(&close(1006, false), &h)).contains(&Rule::ReconnectStorm));
    }

    #[test]
    fn results_are_ordered_by_confidence() {
        let mut h = opened();
        h.closed_at = Some(T0 + 3_100.0);
        h.online_at_close = false;
        h.earlier_closes = vec![T0, T0 + 1_000.0];
        let found = run(&close(1006, false), &h);
        assert!(found.windows(2).all(|w| w[0].confidence <= w[1].confidence));
        assert_eq!(found[0].rule, Rule::WentOffline);
        assert_eq!(found.last().map(|d| d.rule), Some(Rule::IdleThenDropped));
    }

    #[test]
    fn every_locale_diagnoses_without_leftover_placeholders() {
        let mut h = opened();
        h.closed_at = Some(T0 + 61_000.0);
        h.last_sent_bytes = Some(70_000);
        h.last_sent_at = Some(T0 + 60_990.0);
        h.online_at_close = false;
        h.earlier_closes = vec![T0, T0 + 55_000.0, T0 + 58_000.0];
        for locale in Locale::ALL {
            for code in [1000, 1001, 1006, 1009, 4001] {
                for d in diagnose(&close(code, code != 1006), &h, &Params::default(), locale) {
                    for text in d.evidence.iter().chain([&d.summary, &d.fix]) {
                        assert!(!text.contains('{'), "{} {code}: {text}", locale.tag());
                    }
                }
            }
        }
    }
}

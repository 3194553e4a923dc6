//! The rules: one pure function per [`Rule`], chosen by an exhaustive
//! `match`, each a function of the close, its history and tunable thresholds.
//!
//! The facts about servers and proxies (message limits, idle timeouts, what
//! the page sees when they are hit) come from [`crate::servers`], so each
//! diagnosis that leans on one names it and carries its sources.

use crate::prelude::*;

use super::{duration, fill, size, Confidence, Diagnosis, History, Millis, PageEventKind, Rule};
use crate::codes::{Source, CHROME_PAGE_LIFECYCLE, CHROME_TIMER_THROTTLING};
use crate::explain::Close;
use crate::i18n::{DiagnosisText, Evidence, Locale};
use crate::servers::{IdleTimeout, MessageLimit, Outcome, Server, SERVERS};

/// The thresholds of the rules. [`Params::default`] holds the real-world
/// values; tests pass their own servers and shorter timeouts instead of
/// waiting a minute for a real proxy.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params<'a> {
    /// The servers and proxies whose defaults a close is matched against.
    pub servers: &'a [Server],
    /// An idle stretch within `[ms × (1 − below), ms × (1 + above)]` of a
    /// known timeout matches it. Proxies count from the last byte *they*
    /// saw, so a little less than the timeout is possible; timer slack and
    /// the time for the close to reach the page make more a bit likelier.
    pub idle_tolerance_below: f64,
    pub idle_tolerance_above: f64,
    /// Silence this long before a drop is worth mentioning at all.
    pub min_idle_ms: Millis,
    /// A message is "near" a limit it exceeds by at most this factor:
    /// "70000 bytes is over the 64 KiB limit" helps; "20 MiB is over 64 KiB"
    /// says nothing.
    pub limit_factor: u64,
    /// "Right after": how close an event must be to the close to explain it.
    pub recent_ms: Millis,
    /// A close this soon after opening looks like a rejection...
    pub right_after_open_ms: Millis,
    /// ...if the socket carried at most this many messages each way: a
    /// rejection is at most a greeting and an error, not a conversation.
    pub rejection_max_messages: u64,
    /// ...and received at most this many bytes.
    pub rejection_max_bytes: u64,
    /// This many closes of one URL within `storm_window_ms` is a storm.
    pub storm_count: usize,
    pub storm_window_ms: Millis,
}

impl Default for Params<'static> {
    fn default() -> Self {
        Params {
            servers: &SERVERS,
            idle_tolerance_below: 0.05,
            idle_tolerance_above: 0.15,
            min_idle_ms: 1_000.0,
            limit_factor: 4,
            recent_ms: 5_000.0,
            right_after_open_ms: 1_000.0,
            rejection_max_messages: 2,
            rejection_max_bytes: 4_096,
            storm_count: 3,
            storm_window_ms: 10_000.0,
        }
    }
}

/// Codes that carry their own explanation of an early close: the server is
/// restarting, overloaded or a gateway failed, not rejecting this client.
const SELF_EXPLAINING: [u16; 5] = [1001, 1009, 1012, 1013, 1014];

/// What one rule concluded, before its text is filled in.
struct Finding {
    confidence: Confidence,
    /// The values of the rule text's `{placeholders}`.
    values: Vec<(&'static str, String)>,
    evidence: Vec<String>,
    sources: Vec<Source>,
}

impl Finding {
    fn new(
        confidence: Confidence,
        values: Vec<(&'static str, String)>,
        evidence: Vec<String>,
    ) -> Self {
        Finding {
            confidence,
            values,
            evidence,
            sources: Vec::new(),
        }
    }

    fn cite(mut self, sources: &[Source]) -> Self {
        for source in sources {
            if !self.sources.contains(source) {
                self.sources.push(*source);
            }
        }
        self
    }
}

/// The close and its history, with what every rule asks of them.
struct Case<'a> {
    code: u16,
    unclean: bool,
    history: &'a History,
    params: &'a Params<'a>,
    e: &'a Evidence,
    closed_at: Millis,
}

impl Case<'_> {
    fn before(&self, at: Millis) -> String {
        duration(self.closed_at - at)
    }

    fn recent(&self, at: Millis) -> bool {
        at <= self.closed_at && self.closed_at - at <= self.params.recent_ms
    }

    /// When `kind` last happened before the close.
    fn last(&self, kind: PageEventKind) -> Option<Millis> {
        self.history
            .page_events
            .iter()
            .rev()
            .find(|event| event.kind == kind && event.at <= self.closed_at)
            .map(|event| event.at)
    }

    /// When the page went offline, if it had not come back before the close.
    fn offline_since(&self) -> Option<Millis> {
        self.last(PageEventKind::Offline).filter(|at| {
            self.last(PageEventKind::Online)
                .is_none_or(|online| online < *at)
        })
    }

    /// When the page was hidden, if it was not visible again before the close.
    fn hidden_since(&self) -> Option<Millis> {
        self.last(PageEventKind::Hidden).filter(|at| {
            self.last(PageEventKind::Visible)
                .is_none_or(|visible| visible < *at)
        })
    }

    /// The silence before the close, if the socket ever opened.
    fn idle(&self) -> Option<Millis> {
        Some(self.closed_at - self.history.last_activity()?)
    }

    /// Servers whose idle timeout fits the silence and whose outcome is the
    /// code the page saw. A server that pings first never times out a live
    /// page (browsers answer pings), so it is left out.
    fn idle_timeouts(&self) -> Vec<(&Server, IdleTimeout)> {
        let Some(idle) = self.idle() else {
            return Vec::new();
        };
        let p = self.params;
        p.servers
            .iter()
            .filter_map(|server| server.idle_timeout.map(|t| (server, t)))
            .filter(|(_, t)| {
                let ms = t.ms as f64;
                !t.pings_first
                    && t.outcome.page_sees() == Some(self.code)
                    && idle >= ms * (1.0 - p.idle_tolerance_below)
                    && idle <= ms * (1.0 + p.idle_tolerance_above)
            })
            .collect()
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
    let case = Case {
        code: close.code,
        unclean: close.was_clean == Some(false) || close.code == 1006,
        history,
        params,
        e: &text.evidence,
        closed_at,
    };
    let mut found: Vec<Diagnosis> = Vec::new();
    for rule in Rule::ALL {
        let finding = match rule {
            Rule::ClosedByPage => closed_by_page(&case),
            Rule::HandshakeFailed => handshake_failed(&case),
            Rule::MessageTooBig => message_too_big(&case),
            Rule::WentOffline => went_offline(&case),
            Rule::PageUnloading => page_unloading(&case),
            Rule::PageHidden => page_hidden(&case, &found),
            Rule::IdleTimeout => idle_timeout(&case),
            Rule::IdleThenDropped => idle_then_dropped(&case, &found),
            Rule::ClosedRightAfterOpen => closed_right_after_open(&case, &found),
            Rule::ClosedByServer => closed_by_server(&case),
            Rule::ReconnectStorm => reconnect_storm(&case),
        };
        let Some(finding) = finding else { continue };
        found.push(written(rule, finding, text));
        // The page closed it itself: that is the whole story.
        if rule == Rule::ClosedByPage {
            return found;
        }
    }
    // Most confident first, rule order among equals. At most 11 findings:
    // an insertion sort, because std's stable sort costs ~3 KB of wasm.
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && found[j - 1].confidence > found[j].confidence {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    found
}

/// A finding in words: the rule's templates filled with its values.
fn written(rule: Rule, finding: Finding, text: &DiagnosisText) -> Diagnosis {
    let template = rule.text(&text.rules);
    let values: Vec<(&str, &str)> = finding
        .values
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    Diagnosis {
        rule,
        confidence: finding.confidence,
        summary: fill(template.summary, &values),
        evidence: finding.evidence,
        fix: fill(template.fix, &values),
        sources: finding.sources,
    }
}

fn fired(found: &[Diagnosis], rules: &[Rule]) -> bool {
    found.iter().any(|d| rules.contains(&d.rule))
}

fn closed_by_page(c: &Case) -> Option<Finding> {
    let call = c
        .history
        .close_call
        .as_ref()
        .filter(|call| call.at <= c.closed_at)?;
    let call_text = match call.code {
        Some(code) => format!("`close({code})`"),
        None => "`close()`".to_owned(),
    };
    let before = c.before(call.at);
    let evidence = vec![fill(
        c.e.close_called,
        &[("call", &call_text), ("before", &before)],
    )];
    let values = vec![("call", call_text), ("before", before)];
    Some(Finding::new(Confidence::High, values, evidence))
}

fn handshake_failed(c: &Case) -> Option<Finding> {
    if c.history.ever_opened || !matches!(c.code, 1006 | 1015) {
        return None;
    }
    let after = duration(c.closed_at - c.history.created_at);
    let mut evidence = vec![fill(c.e.never_opened, &[("after", &after)])];
    if let Some(at) = c.history.error_at {
        evidence.push(fill(c.e.error_event, &[("before", &c.before(at))]));
    }
    Some(Finding::new(
        Confidence::High,
        vec![("after", after)],
        evidence,
    ))
}

/// A 1009 names the default limits just below the message; a 1006 right
/// after a big send names the servers that drop, rather than close, a
/// connection whose message is too big (uWebSockets.js).
fn message_too_big(c: &Case) -> Option<Finding> {
    let h = c.history;
    let (bytes, at) = (h.last_sent_bytes?, h.last_sent_at?);
    let dropped = c.code == 1006 && h.ever_opened && c.recent(at);
    if c.code != 1009 && !dropped {
        return None;
    }
    let factor = c.params.limit_factor.max(1);
    let limits =
        c.params.servers.iter().filter_map(|server| {
            Some((server, server.message_limit?, server.message_limit?.bytes?))
        });
    let near = |limit: u64| bytes > limit && bytes <= limit.saturating_mul(factor);
    let shown = bytes.to_string();
    let mut evidence = vec![fill(
        c.e.last_sent,
        &[("bytes", &shown), ("before", &c.before(at))],
    )];
    let mut sources: Vec<Source> = Vec::new();
    let mut named = |limit: &MessageLimit, sentence: String, evidence: &mut Vec<String>| {
        evidence.push(sentence);
        sources.extend_from_slice(limit.sources);
    };
    if dropped {
        let mut any = false;
        for (server, limit, max) in
            limits.filter(|(_, l, max)| l.exceeded == Some(Outcome::Dropped) && bytes > *max)
        {
            any = true;
            let sentence = fill(
                c.e.limit_drops,
                &[("who", server.name), ("limit", &size(max))],
            );
            named(&limit, sentence, &mut evidence);
        }
        if !any {
            return None;
        }
    } else {
        // The largest common limit the message is near, whoever enforces it.
        let common = limits
            .clone()
            .map(|(_, _, max)| max)
            .filter(|max| near(*max))
            .max();
        if let Some(limit) = common {
            evidence.push(fill(
                c.e.over_limit,
                &[
                    ("bytes", &shown),
                    ("limit", &size(limit)),
                    ("limit_bytes", &limit.to_string()),
                ],
            ));
        }
        // Then every server near it that answers with the code the page saw.
        for (server, limit, max) in limits.filter(|(_, l, max)| {
            near(*max) && l.exceeded.and_then(Outcome::page_sees) == Some(c.code)
        }) {
            let sentence = fill(
                c.e.limit_closes,
                &[
                    ("who", server.name),
                    ("limit", &size(max)),
                    ("code", &c.code.to_string()),
                ],
            );
            named(&limit, sentence, &mut evidence);
        }
    }
    if h.largest_sent > bytes {
        let largest = h.largest_sent.to_string();
        evidence.push(fill(c.e.largest_sent, &[("bytes", &largest)]));
    }
    if h.buffered_amount_at_close > 0 {
        let buffered = h.buffered_amount_at_close.to_string();
        evidence.push(fill(c.e.buffered, &[("bytes", &buffered)]));
    }
    // A 1006 has many causes; the size only makes this one possible.
    let confidence = if dropped {
        Confidence::Medium
    } else if c.recent(at) {
        Confidence::High
    } else {
        Confidence::Medium
    };
    let values = vec![("bytes", shown), ("before", c.before(at))];
    Some(Finding::new(confidence, values, evidence).cite(&sources))
}

fn went_offline(c: &Case) -> Option<Finding> {
    let h = c.history;
    let offline = c.offline_since();
    if !c.unclean || (offline.is_none() && h.online_at_close) {
        return None;
    }
    let mut evidence = Vec::new();
    if let Some(at) = offline {
        evidence.push(fill(c.e.went_offline, &[("before", &c.before(at))]));
    }
    if !h.online_at_close {
        evidence.push(c.e.offline_at_close.to_owned());
    }
    if h.buffered_amount_at_close > 0 {
        let bytes = h.buffered_amount_at_close.to_string();
        evidence.push(fill(c.e.buffered, &[("bytes", &bytes)]));
    }
    let shown = c.before(offline.unwrap_or(c.closed_at));
    Some(Finding::new(
        Confidence::High,
        vec![("before", shown)],
        evidence,
    ))
}

fn page_unloading(c: &Case) -> Option<Finding> {
    if !matches!(c.code, 1001 | 1006) {
        return None;
    }
    let at = c
        .last(PageEventKind::Unloading)
        .filter(|at| c.recent(*at))?;
    let evidence = vec![fill(c.e.unloading, &[("before", &c.before(at))])];
    Some(Finding::new(Confidence::High, Vec::new(), evidence))
}

fn page_hidden(c: &Case, found: &[Diagnosis]) -> Option<Finding> {
    if !matches!(c.code, 1001 | 1006) || fired(found, &[Rule::PageUnloading]) {
        return None;
    }
    let hidden = c.hidden_since();
    if hidden.is_none() && !c.history.hidden_at_close {
        return None;
    }
    let mut evidence = Vec::new();
    if let Some(at) = hidden {
        evidence.push(fill(c.e.went_hidden, &[("before", &c.before(at))]));
    }
    if c.history.hidden_at_close {
        evidence.push(c.e.hidden_at_close.to_owned());
    }
    let confidence = if c.code == 1001 {
        Confidence::High
    } else {
        Confidence::Medium
    };
    let shown = c.before(hidden.unwrap_or(c.closed_at));
    Some(
        Finding::new(confidence, vec![("before", shown)], evidence)
            .cite(&[CHROME_TIMER_THROTTLING, CHROME_PAGE_LIFECYCLE]),
    )
}

/// "idle for 3.0 s, then dropped" and when the last message went each way.
fn idle_facts(c: &Case, idle: Millis) -> (String, String) {
    let e = c.e;
    let shown = duration(idle);
    let ago = |at: Option<Millis>| at.map_or_else(|| e.never.to_owned(), |at| c.before(at));
    let activity = fill(
        e.last_activity,
        &[
            ("sent", &ago(c.history.last_sent_at)),
            ("received", &ago(c.history.last_received_at)),
        ],
    );
    let idle_fact = if c.code == 1006 {
        fill(e.idle_dropped, &[("idle", &shown)])
    } else {
        fill(e.idle_closed, &[("idle", &shown)])
    };
    (idle_fact, activity)
}

fn idle_timeout(c: &Case) -> Option<Finding> {
    let idle = c.idle().filter(|idle| *idle >= c.params.min_idle_ms)?;
    let matches = c.idle_timeouts();
    let (_, closest) = matches.iter().min_by(|(_, a), (_, b)| {
        (a.ms as f64 - idle)
            .abs()
            .total_cmp(&(b.ms as f64 - idle).abs())
    })?;
    let (idle_fact, activity) = idle_facts(c, idle);
    let mut evidence = vec![idle_fact];
    let mut sources: Vec<Source> = Vec::new();
    for (server, timeout) in &matches {
        evidence.push(fill(
            c.e.known_timeout,
            &[
                ("who", server.name),
                ("timeout", &duration(timeout.ms as f64)),
            ],
        ));
        sources.extend_from_slice(timeout.sources);
    }
    evidence.push(activity);
    let who: Vec<&str> = matches
        .iter()
        .filter(|(_, t)| t.ms == closest.ms)
        .map(|(server, _)| server.name)
        .collect();
    let settings: Vec<&str> = matches.iter().filter_map(|(_, t)| t.setting).collect();
    let settings = if settings.is_empty() {
        who.join(", ")
    } else {
        settings.join("; ")
    };
    let shortest = matches
        .iter()
        .map(|(_, t)| t.ms)
        .min()
        .unwrap_or(closest.ms);
    let values = vec![
        ("idle", duration(idle)),
        ("timeout", duration(closest.ms as f64)),
        ("who", who.join(", ")),
        ("heartbeat", duration(shortest as f64 / 2.0)),
        ("setting", settings),
    ];
    // The fix prefers server pings because a hidden page's timers may be throttled.
    sources.push(CHROME_TIMER_THROTTLING);
    Some(Finding::new(Confidence::High, values, evidence).cite(&sources))
}

fn idle_then_dropped(c: &Case, found: &[Diagnosis]) -> Option<Finding> {
    if c.code != 1006 || fired(found, &[Rule::IdleTimeout]) {
        return None;
    }
    let idle = c.idle().filter(|idle| *idle >= c.params.min_idle_ms)?;
    let (idle_fact, activity) = idle_facts(c, idle);
    Some(
        Finding::new(
            Confidence::Low,
            vec![("idle", duration(idle))],
            vec![idle_fact, activity],
        )
        .cite(&[CHROME_TIMER_THROTTLING]),
    )
}

/// Only a socket that carried (almost) nothing: one that was really used,
/// however briefly, was not rejected at the door.
fn closed_right_after_open(c: &Case, found: &[Diagnosis]) -> Option<Finding> {
    let h = c.history;
    let p = c.params;
    let after = c.closed_at - h.opened_at?;
    let explained = fired(
        found,
        &[
            Rule::MessageTooBig,
            Rule::WentOffline,
            Rule::PageHidden,
            Rule::PageUnloading,
        ],
    );
    let quiet = h.messages_sent <= p.rejection_max_messages
        && h.messages_received <= p.rejection_max_messages
        && h.bytes_received <= p.rejection_max_bytes;
    if after > p.right_after_open_ms || SELF_EXPLAINING.contains(&c.code) || explained || !quiet {
        return None;
    }
    let after = duration(after);
    let evidence = vec![fill(
        c.e.opened_then_closed,
        &[
            ("after", &after),
            ("sent", &h.messages_sent.to_string()),
            ("received", &h.messages_received.to_string()),
        ],
    )];
    Some(Finding::new(
        Confidence::Medium,
        vec![("after", after)],
        evidence,
    ))
}

fn closed_by_server(c: &Case) -> Option<Finding> {
    if c.code != 1000 {
        return None;
    }
    let evidence = vec![c.e.no_close_call.to_owned()];
    Some(Finding::new(Confidence::Medium, Vec::new(), evidence))
}

fn reconnect_storm(c: &Case) -> Option<Finding> {
    let p = c.params;
    let storm = 1 + c
        .history
        .earlier_closes
        .iter()
        .filter(|at| **at <= c.closed_at && c.closed_at - **at <= p.storm_window_ms)
        .count();
    let threshold = p.storm_count.max(2);
    if storm < threshold {
        return None;
    }
    let count = storm.to_string();
    let window = duration(p.storm_window_ms);
    let evidence = vec![fill(
        c.e.earlier_closes,
        &[("count", &count), ("window", &window)],
    )];
    let confidence = if storm >= threshold + 2 {
        Confidence::High
    } else {
        Confidence::Medium
    };
    let values = vec![("count", count), ("window", window)];
    Some(Finding::new(confidence, values, evidence))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::{CloseCall, PageEvent};
    use crate::servers::Role;

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
        let urls: Vec<&str> = d.sources.iter().map(|s| s.url).collect();
        assert!(
            urls.contains(&"https://nginx.org/en/docs/http/websocket.html"),
            "each proxy named is cited: {urls:?}"
        );
        assert!(urls.iter().any(|u| u.contains("heroku.com")), "{urls:?}");

        // Proxies drop the connection: a 1001 after the same silence is
        // not theirs. Jetty's 30 s idle timeout closes with 1001.
        let found = run(&close(1001, true), &h);
        assert!(!rules(&found).contains(&Rule::IdleTimeout), "{found:?}");
        h.closed_at = Some(T0 + 1_200.0 + 30_400.0);
        let found = run(&close(1001, true), &h);
        assert_eq!(rules(&found), [Rule::IdleTimeout]);
        assert!(found[0].summary.contains("Jetty"), "{}", found[0].summary);
        assert!(
            found[0].fix.contains("`setIdleTimeout`"),
            "{}",
            found[0].fix
        );
        // uWebSockets.js pings before its 120 s timeout: a live page answers.
        h.closed_at = Some(T0 + 1_200.0 + 120_500.0);
        assert_eq!(
            rules(&run(&close(1006, false), &h)),
            [Rule::IdleThenDropped]
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
        let short = [Server {
            name: "the test server",
            role: Role::Proxy,
            message_limit: None,
            idle_timeout: Some(IdleTimeout {
                ms: 3_000,
                outcome: Outcome::Dropped,
                pings_first: false,
                setting: None,
                sources: &[],
            }),
            keepalive: None,
            unconfirmed: &[],
        }];
        let params = Params {
            servers: &short,
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

    /// The page-hidden summary and the idle fixes state browser facts
    /// (timer throttling, freezing, discarding): the finding links them.
    #[test]
    fn hidden_and_idle_findings_cite_the_browser_documents_their_text_relies_on() {
        let mut h = opened();
        h.page_events = vec![PageEvent {
            at: T0 + 1_000.0,
            kind: PageEventKind::Hidden,
        }];
        h.hidden_at_close = true;
        h.closed_at = Some(T0 + 1_100.0);
        let found = run(&close(1001, true), &h);
        assert_eq!(rules(&found), [Rule::PageHidden]);
        assert_eq!(
            found[0].sources,
            [CHROME_TIMER_THROTTLING, CHROME_PAGE_LIFECYCLE]
        );
        assert!(
            found[0].summary.contains("5 minutes"),
            "{}",
            found[0].summary
        );

        // nginx's 60 s, then a generic 3 s silence.
        let mut h = opened();
        h.last_sent_at = Some(T0 + 1_000.0);
        h.last_received_at = Some(T0 + 1_200.0);
        h.closed_at = Some(T0 + 1_200.0 + 60_400.0);
        let idle = run(&close(1006, false), &h);
        h.last_sent_at = None;
        h.last_received_at = None;
        h.closed_at = Some(T0 + 50.0 + 3_020.0);
        let dropped = run(&close(1006, false), &h);
        for (found, rule) in [(idle, Rule::IdleTimeout), (dropped, Rule::IdleThenDropped)] {
            assert_eq!(rules(&found), [rule]);
            assert!(
                found[0].sources.contains(&CHROME_TIMER_THROTTLING),
                "{found:?}"
            );
            assert!(found[0].fix.contains("the server send"), "{}", found[0].fix);
        }
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
        // Jetty's 64 KiB answers with 1009; Spring's STOMP 64 KiB with 1002, so not here.
        assert_eq!(
            d.evidence[2..],
            ["Jetty accepts messages up to 64 KiB by default and closes the connection with 1009 when one is bigger"]
        );
        assert!(
            d.sources.iter().any(|s| s.url.contains("jetty")),
            "{:?}",
            d.sources
        );
        // 1.5 MiB is near Python websockets' 1 MiB and Socket.IO's 1e6 bytes, not 64 KiB.
        h.last_sent_bytes = Some(1_572_864);
        h.largest_sent = 1_572_864;
        let found = run(&close(1009, true), &h);
        let evidence = &found[0].evidence;
        assert!(evidence[1].contains("1 MiB"), "{evidence:?}");
        assert!(
            evidence
                .iter()
                .any(|e| e.starts_with("Python websockets accepts messages up to 1 MiB")),
            "{evidence:?}"
        );
        assert!(
            evidence
                .iter()
                .any(|e| e.starts_with("Socket.IO accepts messages up to 1 MB")),
            "{evidence:?}"
        );
        assert!(
            !evidence.iter().any(|e| e.contains("Jetty")),
            "{evidence:?}"
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
    fn a_1006_right_after_a_20_kb_send_matches_uwebsockets_16_kib_default() {
        let mut h = opened();
        h.messages_sent = 1;
        h.bytes_sent = 20_000;
        h.largest_sent = 20_000;
        h.last_sent_bytes = Some(20_000);
        h.last_sent_at = Some(T0 + 300.0);
        h.closed_at = Some(T0 + 320.0);
        let found = run(&close(1006, false), &h);
        assert_eq!(
            rules(&found),
            [Rule::MessageTooBig],
            "not a rejection either"
        );
        let d = &found[0];
        assert_eq!(d.confidence, Confidence::Medium, "a 1006 has other causes");
        assert_eq!(
            d.evidence[1],
            "uWebSockets.js accepts messages up to 16 KiB by default and drops the connection \
             without a Close frame when one is bigger: the page sees 1006"
        );
        let urls: Vec<&str> = d.sources.iter().map(|s| s.url).collect();
        assert!(
            urls.contains(
                &"https://github.com/uNetworking/uWebSockets/blob/v20.79.0/src/WebSocketContext.h"
            ),
            "{urls:?}"
        );
        // Under every dropping limit, or long after the send: nothing to say.
        h.last_sent_bytes = Some(10_000);
        assert!(!rules(&run(&close(1006, false), &h)).contains(&Rule::MessageTooBig));
        h.last_sent_bytes = Some(20_000);
        h.closed_at = Some(T0 + 60_000.0);
        assert!(!rules(&run(&close(1006, false), &h)).contains(&Rule::MessageTooBig));
    }

    #[test]
    fn a_busy_socket_closed_a_second_after_opening_was_not_rejected() {
        // Issue 11 item 7: 1,051 messages (50 MiB) in, then a 1000 one second in.
        let mut h = opened();
        h.messages_received = 1_051;
        h.bytes_received = 50 << 20;
        h.last_received_at = Some(T0 + 1_000.0);
        h.closed_at = Some(T0 + 50.0 + 1_000.0);
        let found = run(&close(1000, true), &h);
        assert_eq!(rules(&found), [Rule::ClosedByServer], "{found:?}");
        // One big message is real traffic too.
        h.messages_received = 1;
        assert_eq!(rules(&run(&close(4001, true), &h)), Vec::<Rule>::new());
        // A greeting and an error are still a rejection.
        h.messages_received = 1;
        h.bytes_received = 40;
        h.messages_sent = 1;
        assert_eq!(
            rules(&run(&close(4001, true), &h)),
            [Rule::ClosedRightAfterOpen]
        );
    }

    #[test]
    fn rules_that_defer_to_another_come_after_it() {
        let position = |rule: Rule| Rule::ALL.iter().position(|r| *r == rule).unwrap();
        assert_eq!(position(Rule::ClosedByPage), 0);
        assert!(position(Rule::PageUnloading) < position(Rule::PageHidden));
        assert!(position(Rule::IdleTimeout) < position(Rule::IdleThenDropped));
        for earlier in [
            Rule::MessageTooBig,
            Rule::WentOffline,
            Rule::PageHidden,
            Rule::PageUnloading,
        ] {
            assert!(position(earlier) < position(Rule::ClosedRightAfterOpen));
        }
        for (i, rule) in Rule::ALL.iter().enumerate() {
            assert!(!Rule::ALL[..i].contains(rule), "{rule:?} twice");
        }
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

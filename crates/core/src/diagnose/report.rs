//! A close as Markdown, for pasting into a bug report.

use crate::prelude::*;

use core::fmt::Write;

use super::{duration, fill, Diagnosis, History};
use crate::explain::Explanation;

/// Markdown for one close: the code, what the watcher recorded, the
/// diagnosis and the code's explanation, in the explanation's locale.
///
/// The reason and URL come from the network, so they go in code spans with
/// their backticks replaced: pasted into an issue tracker, they must not
/// turn into links, mentions or markup.
pub fn markdown(e: &Explanation, history: &History, diagnosis: &[Diagnosis], count: u64) -> String {
    let t = e.locale.diagnosis();
    let ui = &e.locale.catalog().ui;
    let o = &t.overlay;
    let mut md = String::new();
    let _ = writeln!(md, "### WebSocket close {} {}", e.code, e.name);
    let _ = writeln!(md);
    let _ = writeln!(md, "- {}: {}", o.url, code_span(&history.url));
    if count > 1 {
        let _ = writeln!(md, "- {}", fill(o.times, &[("count", &count.to_string())]));
    }
    if let Some(clean) = e.was_clean {
        let _ = writeln!(md, "- {}", if clean { ui.clean } else { ui.not_clean });
    }
    if let Some(reason) = &e.reason {
        let shown = if reason.is_empty() {
            ui.no_reason.to_owned()
        } else {
            code_span(reason)
        };
        let _ = writeln!(md, "- {}: {shown}", ui.reason);
    }
    let opened = match history.opened_at {
        Some(at) => format!("{} (+{})", o.yes, duration(at - history.created_at)),
        None => o.no.to_owned(),
    };
    let _ = writeln!(md, "- {}: {opened}", o.opened);
    if let Some(closed) = history.closed_at {
        let _ = writeln!(
            md,
            "- {}: {}",
            o.lifetime,
            duration(closed - history.created_at)
        );
    }
    let traffic = |count: u64, bytes: u64| {
        fill(
            o.traffic,
            &[("count", &count.to_string()), ("bytes", &bytes.to_string())],
        )
    };
    let _ = writeln!(
        md,
        "- {}: {}",
        o.sent,
        traffic(history.messages_sent, history.bytes_sent)
    );
    let _ = writeln!(
        md,
        "- {}: {}",
        o.received,
        traffic(history.messages_received, history.bytes_received)
    );
    let _ = writeln!(md);
    let _ = writeln!(md, "#### {}", o.diagnosis);
    let _ = writeln!(md);
    if diagnosis.is_empty() {
        let _ = writeln!(md, "{}", o.no_diagnosis);
    }
    for d in diagnosis {
        let _ = writeln!(
            md,
            "- **{}** (`{}`): {}",
            d.confidence.label(&t.confidence),
            d.rule.as_str(),
            d.summary
        );
        for fact in &d.evidence {
            let _ = writeln!(md, "  - {fact}");
        }
        let _ = writeln!(md, "  - {}: {}", o.fix, d.fix);
        if !d.sources.is_empty() {
            let links: Vec<String> = d
                .sources
                .iter()
                .map(|s| format!("[{}](<{}>)", s.label, s.url))
                .collect();
            let _ = writeln!(md, "  - {}: {}", o.sources, links.join(", "));
        }
    }
    let _ = writeln!(md);
    let _ = writeln!(md, "#### {} {}", e.code, e.title);
    let _ = writeln!(md);
    let _ = writeln!(md, "{}", e.summary);
    let _ = writeln!(md);
    let _ = writeln!(md, "- {}: {}", ui.cause, e.cause);
    let _ = writeln!(md, "- {}: {}", ui.fix, e.fix);
    let _ = writeln!(
        md,
        "- {} {} {}",
        ui.reconnect,
        ui.reconnect_advice(e.reconnect),
        e.reconnect_reason
    );
    let _ = writeln!(md, "- {}: <{}>", ui.reference, e.reference);
    md
}

/// Untrusted text as an inline code span that cannot break out of itself.
fn code_span(text: &str) -> String {
    let clean: String = text
        .chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!("`{clean}`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnose::{diagnose, Params};
    use crate::explain::{explain, Close};
    use crate::i18n::Locale;

    #[test]
    fn a_report_has_the_code_the_history_the_diagnosis_and_the_explanation() {
        let close = Close {
            code: 1009,
            reason: Some("message of 70000 bytes exceeds`\n[x](http://evil)".into()),
            was_clean: Some(true),
        };
        let history = History {
            url: "ws://127.0.0.1/ws/limit/65536".into(),
            created_at: 0.0,
            opened_at: Some(20.0),
            ever_opened: true,
            closed_at: Some(120.0),
            messages_sent: 1,
            bytes_sent: 70_000,
            largest_sent: 70_000,
            last_sent_bytes: Some(70_000),
            last_sent_at: Some(100.0),
            online_at_close: true,
            ..History::default()
        };
        let found = diagnose(&close, &history, &Params::default(), Locale::En);
        let md = markdown(&explain(close, Locale::En), &history, &found, 3);
        assert!(
            md.starts_with("### WebSocket close 1009 Message Too Big\n"),
            "{md}"
        );
        assert!(
            md.contains("- URL: `ws://127.0.0.1/ws/limit/65536`"),
            "{md}"
        );
        assert!(md.contains("×3"), "{md}");
        assert!(md.contains("`message-too-big`"), "{md}");
        assert!(md.contains("over the common 64 KiB"), "{md}");
        assert!(
            md.contains(
                "  - Sources: [Jetty 12 WebSocketConstants.java](<https://github.com/jetty/"
            ),
            "{md}"
        );
        assert!(md.contains("- Sent: 1 messages, 70000 bytes"), "{md}");
        // The reason stays one inert code span.
        assert!(
            md.contains("`message of 70000 bytes exceeds' [x](http://evil)`"),
            "{md}"
        );
    }
}

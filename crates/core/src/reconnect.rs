//! How long to wait before reconnecting after a close, if at all.
//!
//! Pure: the random source is a parameter, so the policy is tested natively
//! (bounds and the spread of many samples) and `reconnectDelay()` in JS
//! passes `Math.random`.
//!
//! Every wait is drawn uniformly from a window that is never a single
//! instant, floors included: when a server drops a thousand clients at once,
//! jitter spreads their return instead of having them all knock again in the
//! same millisecond.
//! - Most codes: exponential backoff with "full jitter", `[0, min(max_ms, base_ms × 2^attempt)]`.
//! - `1012 Service Restart`: `[5 s, 30 s]`, the "randomized delay of 5 - 30s"
//!   of the code's registered definition ([`codes::HYBI_1012_1014`]).
//! - `1013 Try Again Later`: no automatic retry (`None`). Its registered
//!   definition asks clients to "reconnect to the same IP upon user action"
//!   (or to connect to a different IP, which a page cannot choose), so the
//!   app reconnects when the user asks.
//! - A reconnect storm found by the diagnosis: at least [`STORM_FLOOR_MS`],
//!   in a window at least as wide as the floor itself.

use crate::prelude::*;

use crate::codes::{self, Reconnect};
use crate::diagnose::Rule;

/// The window of `1012 Service Restart`, from its registered definition.
pub const SERVICE_RESTART_MS: (f64, f64) = (5_000.0, 30_000.0);
/// The smallest wait once a diagnosis found a reconnect storm.
pub const STORM_FLOOR_MS: f64 = 5_000.0;

/// The tunable part of the policy.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// The first ceiling: attempt `n` waits at most `base_ms × 2ⁿ`.
    pub base_ms: f64,
    /// No wait is ever longer than this, floors included.
    pub max_ms: f64,
    /// What the app's own codes (4000–4999) mean for reconnecting. A private
    /// code that is not listed gets `None` from [`delay`]: wsclose cannot
    /// know what it means, so it does not guess.
    pub app_codes: Vec<(u16, Reconnect)>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            base_ms: 1_000.0,
            max_ms: 30_000.0,
            app_codes: Vec::new(),
        }
    }
}

impl Policy {
    /// The advice for a code under this policy.
    pub fn advice(&self, code: u16) -> Reconnect {
        self.app_codes
            .iter()
            .find(|(c, _)| *c == code)
            .map_or_else(|| codes::reconnect(code), |(_, advice)| *advice)
    }
}

/// The window `[low, high]` a wait after this close is drawn from,
/// uniformly. `high` never exceeds `max_ms`, and `low` is at most half of
/// `high`, so the window is never a single instant: a floor above `max_ms`
/// gives way to the promise that no wait is longer than `max_ms`.
pub fn window(code: u16, diagnosis: &[Rule], attempt: u32, policy: &Policy) -> (f64, f64) {
    // 2^52 × any sane base is already far past any cap; stop there so the
    // power stays finite.
    // An exact power of two (`f64::powi` is std's, not `core`'s).
    let exponential = policy.base_ms * (1u64 << attempt.min(52)) as f64;
    let ceiling = exponential.min(policy.max_ms);
    let (mut low, mut high) = (0.0f64, ceiling);
    if code == 1012 {
        low = low.max(SERVICE_RESTART_MS.0);
        high = high.max(SERVICE_RESTART_MS.1);
    }
    if diagnosis.contains(&Rule::ReconnectStorm) {
        low = low.max(STORM_FLOOR_MS);
        high = high.max(2.0 * STORM_FLOOR_MS);
    }
    let high = high.min(policy.max_ms);
    (low.min(high / 2.0), high)
}

/// Milliseconds to wait before reconnect attempt number `attempt` (0 for
/// the first try after this close), or `None` for "don't reconnect
/// automatically".
///
/// `None` when the code's advice is `never`, `after-fix` (retrying repeats
/// the failure) or `on-user-action` (1013), for an app-defined code the
/// policy does not map, and when the diagnosis says the page closed the
/// socket itself or is unloading. Otherwise a uniform value in [`window`].
/// `random` must return values in `[0, 1)`, like `Math.random`; others are
/// clamped.
pub fn delay(
    code: u16,
    diagnosis: &[Rule],
    attempt: u32,
    policy: &Policy,
    mut random: impl FnMut() -> f64,
) -> Option<f64> {
    if diagnosis
        .iter()
        .any(|rule| matches!(rule, Rule::ClosedByPage | Rule::PageUnloading))
    {
        return None;
    }
    match policy.advice(code) {
        Reconnect::WithBackoff => {}
        Reconnect::Never
        | Reconnect::AfterFix
        | Reconnect::AppDefined
        | Reconnect::OnUserAction => return None,
    }
    let (low, high) = window(code, diagnosis, attempt, policy);
    let r = random();
    let r = if r.is_finite() {
        r.clamp(0.0, 1.0)
    } else {
        0.0
    };
    Some(low + r * (high - low))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic stand-in for `Math.random` covering [0, 1).
    fn lcg(seed: u64) -> impl FnMut() -> f64 {
        let mut state = seed;
        move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    #[test]
    fn codes_that_need_a_fix_or_are_final_are_not_retried() {
        let policy = Policy::default();
        for code in [
            1000, 1002, 1003, 1007, 1008, 1009, 1010, 1015, 3000, 3003, 0, 999, 2000,
        ] {
            assert_eq!(delay(code, &[], 0, &policy, || 0.5), None, "{code}");
        }
    }

    #[test]
    fn app_codes_are_retried_only_when_the_app_says_so() {
        let mut policy = Policy::default();
        assert_eq!(delay(4001, &[], 0, &policy, || 0.5), None);
        assert_eq!(delay(3500, &[], 0, &policy, || 0.5), None);
        policy.app_codes = vec![(4001, Reconnect::Never), (4002, Reconnect::WithBackoff)];
        assert_eq!(delay(4001, &[], 0, &policy, || 0.5), None);
        assert_eq!(delay(4002, &[], 1, &policy, || 0.5), Some(1_000.0));
        assert_eq!(delay(4003, &[], 0, &policy, || 0.5), None);
    }

    #[test]
    fn full_jitter_stays_within_zero_and_the_capped_exponential() {
        let policy = Policy::default();
        let mut random = lcg(7);
        for code in [1001, 1006, 1011, 1014, 3008] {
            for attempt in 0..40 {
                let ceiling = (1_000.0 * 2f64.powi(attempt as i32)).min(30_000.0);
                let mut seen_low = false;
                for _ in 0..200 {
                    let d = delay(code, &[], attempt, &policy, &mut random).unwrap();
                    assert!((0.0..=ceiling).contains(&d), "{code} #{attempt}: {d}");
                    seen_low |= d < ceiling / 2.0;
                }
                assert!(seen_low, "jitter reaches the lower half");
            }
        }
        assert_eq!(delay(1006, &[], 0, &policy, || 0.0), Some(0.0));
        assert_eq!(delay(1006, &[], 3, &policy, || 1.0), Some(8_000.0));
        assert_eq!(delay(1006, &[], u32::MAX, &policy, || 1.0), Some(30_000.0));
    }

    /// `n` samples of [`delay`], sorted.
    fn samples(code: u16, diagnosis: &[Rule], attempt: u32, policy: &Policy, n: usize) -> Vec<f64> {
        let mut random = lcg(u64::from(code) * 31 + u64::from(attempt));
        let mut out: Vec<f64> = (0..n)
            .map(|_| delay(code, diagnosis, attempt, policy, &mut random).unwrap())
            .collect();
        out.sort_by(f64::total_cmp);
        out
    }

    /// The samples fill `[low, high]` evenly: every decile where a uniform
    /// draw puts it (±4 % of the width), both ends reached, and nearly every
    /// client in its own millisecond.
    fn assert_spread(label: &str, s: &[f64], low: f64, high: f64) {
        let width = high - low;
        assert!(
            s.iter().all(|d| (low..=high).contains(d)),
            "{label}: out of [{low}, {high}]"
        );
        for decile in 1..10 {
            let q = s[s.len() * decile / 10];
            let expected = low + width * decile as f64 / 10.0;
            assert!(
                (q - expected).abs() < width * 0.04,
                "{label}: decile {decile} at {q}, expected about {expected}"
            );
        }
        assert!(s[0] < low + width * 0.01, "{label}: never near {low}");
        assert!(
            s[s.len() - 1] > high - width * 0.01,
            "{label}: never near {high}"
        );
        let mut ms: Vec<i64> = s.iter().map(|d| d.floor() as i64).collect();
        ms.dedup();
        // Uniform draws over `width` milliseconds land in about
        // width × (1 − e^(−n/width)) distinct ones.
        let n = s.len() as f64;
        let expected = width * (1.0 - (-n / width).exp());
        assert!(
            ms.len() as f64 > 0.9 * expected,
            "{label}: only {} distinct milliseconds in {n} samples (expected about {expected})",
            ms.len()
        );
    }

    #[test]
    fn a_service_restart_waits_a_random_5_to_30_seconds_every_attempt() {
        let policy = Policy::default();
        for attempt in [0, 1, 2, 5, 20] {
            let s = samples(1012, &[], attempt, &policy, 2_000);
            assert_spread(&format!("1012 #{attempt}"), &s, 5_000.0, 30_000.0);
        }
    }

    #[test]
    fn try_again_later_waits_for_the_user() {
        let policy = Policy::default();
        for attempt in [0, 1, 10] {
            assert_eq!(delay(1013, &[], attempt, &policy, || 0.5), None);
        }
        assert_eq!(codes::reconnect(1013), Reconnect::OnUserAction);
    }

    #[test]
    fn a_reconnect_storm_floor_is_jittered_too() {
        let policy = Policy::default();
        let storm = [Rule::ReconnectStorm];
        // Below the exponential ceiling the window is [floor, 2 × floor] ...
        for attempt in [0, 1, 2] {
            let s = samples(1006, &storm, attempt, &policy, 2_000);
            assert_spread(
                &format!("storm #{attempt}"),
                &s,
                STORM_FLOOR_MS,
                2.0 * STORM_FLOOR_MS,
            );
        }
        // ... and above it the backoff's own ceiling.
        let s = samples(1006, &storm, 4, &policy, 2_000);
        assert_spread("storm #4", &s, STORM_FLOOR_MS, 16_000.0);
    }

    #[test]
    fn a_cap_below_a_floor_still_leaves_a_jittered_window() {
        // max_ms is a promise: no wait is longer, and none is a fixed instant.
        let tight = Policy {
            max_ms: 3_000.0,
            ..Policy::default()
        };
        assert_eq!(window(1012, &[], 0, &tight), (1_500.0, 3_000.0));
        let s = samples(1012, &[], 0, &tight, 2_000);
        assert_spread("1012 capped", &s, 1_500.0, 3_000.0);
        let s = samples(1006, &[Rule::ReconnectStorm], 0, &tight, 2_000);
        assert_spread("storm capped", &s, 1_500.0, 3_000.0);
    }

    #[test]
    fn plain_backoff_is_spread_across_zero_to_its_ceiling() {
        let policy = Policy::default();
        for (attempt, ceiling) in [(0, 1_000.0), (3, 8_000.0), (10, 30_000.0)] {
            let s = samples(1006, &[], attempt, &policy, 2_000);
            assert_spread(&format!("1006 #{attempt}"), &s, 0.0, ceiling);
        }
    }

    #[test]
    fn the_diagnosis_can_stop_or_slow_reconnecting() {
        let policy = Policy::default();
        assert_eq!(delay(1006, &[Rule::ClosedByPage], 0, &policy, || 0.5), None);
        assert_eq!(
            delay(1001, &[Rule::PageUnloading], 0, &policy, || 0.5),
            None
        );
        let d = delay(1006, &[Rule::ReconnectStorm], 0, &policy, || 0.0).unwrap();
        assert_eq!(d, STORM_FLOOR_MS);
        let d = delay(1006, &[Rule::IdleTimeout], 0, &policy, || 0.5).unwrap();
        assert_eq!(d, 500.0, "an idle timeout is safe to retry at once");
    }

    #[test]
    fn a_bad_random_source_cannot_break_the_bounds() {
        let policy = Policy::default();
        for r in [f64::NAN, -1.0, 2.0, f64::INFINITY] {
            let d = delay(1006, &[], 2, &policy, || r).unwrap();
            assert!((0.0..=4_000.0).contains(&d), "{r}: {d}");
        }
    }
}

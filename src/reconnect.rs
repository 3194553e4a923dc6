//! How long to wait before reconnecting after a close, if at all.
//!
//! Pure: the random source is a parameter, so the policy is tested for
//! exact bounds natively and `reconnectDelay()` in JS passes `Math.random`.
//!
//! The policy is exponential backoff with "full jitter" (a uniform delay
//! between the floor and the exponential ceiling): when a server drops a
//! thousand clients at once, jitter spreads their return instead of having
//! them all knock again in the same millisecond.

use crate::codes::{self, Reconnect};
use crate::diagnose::Rule;

/// The smallest wait after `1013 Try Again Later`: the server said it is
/// overloaded, and reconnecting at once adds to the load.
pub const TRY_AGAIN_LATER_FLOOR_MS: f64 = 5_000.0;
/// The smallest wait after `1012 Service Restart`: a restart takes seconds.
pub const SERVICE_RESTART_FLOOR_MS: f64 = 2_000.0;
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

/// The least a wait after this close may be, before capping at `max_ms`.
pub fn floor_ms(code: u16, diagnosis: &[Rule]) -> f64 {
    let by_code = match code {
        1013 => TRY_AGAIN_LATER_FLOOR_MS,
        1012 => SERVICE_RESTART_FLOOR_MS,
        _ => 0.0,
    };
    let by_diagnosis = if diagnosis.contains(&Rule::ReconnectStorm) {
        STORM_FLOOR_MS
    } else {
        0.0
    };
    by_code.max(by_diagnosis)
}

/// Milliseconds to wait before reconnect attempt number `attempt` (0 for
/// the first try after this close), or `None` for "don't reconnect
/// automatically".
///
/// `None` when the code's advice is `never` or `after-fix` (retrying repeats
/// the failure), for an app-defined code the policy does not map, and when
/// the diagnosis says the page closed the socket itself or is unloading.
/// Otherwise a uniform value in `[floor, max(floor, min(max_ms, base_ms × 2^attempt))]`,
/// where the floor (see [`floor_ms`]) is capped at `max_ms`. `random` must
/// return values in `[0, 1)`, like `Math.random`; others are clamped.
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
        // 1013's definition asks for a reconnect upon user action.
        Reconnect::Never
        | Reconnect::AfterFix
        | Reconnect::AppDefined
        | Reconnect::OnUserAction => return None,
    }
    // 2^52 × any sane base is already far past any cap; stop there so the
    // power stays finite.
    let exponential = policy.base_ms * 2f64.powi(attempt.min(52) as i32);
    let ceiling = exponential.min(policy.max_ms);
    let floor = floor_ms(code, diagnosis).min(policy.max_ms);
    let high = ceiling.max(floor);
    let r = random();
    let r = if r.is_finite() {
        r.clamp(0.0, 1.0)
    } else {
        0.0
    };
    Some(floor + r * (high - floor))
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

    #[test]
    fn restarts_wait_at_least_their_floor_and_try_again_later_waits_for_the_user() {
        let policy = Policy::default();
        let mut random = lcg(11);
        for attempt in 0..10 {
            for _ in 0..100 {
                let d = delay(1012, &[], attempt, &policy, &mut random).unwrap();
                assert!((SERVICE_RESTART_FLOOR_MS..=30_000.0).contains(&d), "{d}");
            }
        }
        assert_eq!(delay(1013, &[], 0, &policy, || 0.5), None);
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

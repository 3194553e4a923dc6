//! `reconnectDelay()`: the reconnect policy of [`crate::reconnect`] for JS.

use js_sys::Object;
use wasm_bindgen::prelude::*;

use super::input::{self, Result};
use super::interop;
use crate::codes::Reconnect;
use crate::diagnose::Rule;
use crate::reconnect::{delay, Policy};

const API: &str = "reconnectDelay";
const OPTIONS: &[&str] = &["baseMs", "maxMs", "appCodes"];

/// Milliseconds to wait before reconnect attempt `attempt` (0 for the first
/// retry after this close), or `null` for "don't reconnect automatically".
///
/// `input` is a close code, a `CloseEvent`, `{code}`, or the explanation
/// that `onClose` receives, whose `diagnosis` refines the answer (no retry
/// after the page's own close; a longer floor in a reconnect storm).
/// Every wait is random (`Math.random`) within a window, never a fixed
/// instant, and never longer than `maxMs`: exponential backoff with full
/// jitter; after 1012 a random 5–30 s (its registered definition); `null`
/// after 1013, whose definition asks clients to reconnect upon user action;
/// in a reconnect storm at least 5 s. Codes 4000–4999 are `null` unless
/// `options.appCodes` maps them, e.g.
/// `{appCodes: {4001: "never", 4002: "with-backoff"}}`.
#[wasm_bindgen(js_name = reconnectDelay, unchecked_return_type = "number | null")]
pub fn reconnect_delay(
    #[wasm_bindgen(unchecked_param_type = "number | CloseEvent | CloseInput | WatchedExplanation")]
    input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] attempt: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReconnectOptions | undefined")] options: JsValue,
) -> Result<JsValue> {
    let close = input::close(API, &input)?;
    let attempt = match attempt.as_f64() {
        Some(n) if n.is_finite() && n.fract() == 0.0 && n >= 0.0 => {
            n.min(f64::from(u32::MAX)) as u32
        }
        _ => {
            return Err(input::error(
                API,
                format!(
                    "attempt must be an integer ≥ 0, got {}",
                    input::describe(&attempt)
                ),
            ))
        }
    };
    let policy = policy(&options)?;
    let rules = diagnosis_rules(&input)?;
    Ok(
        delay(close.code, &rules, attempt, &policy, js_sys::Math::random)
            .map_or(JsValue::NULL, JsValue::from_f64),
    )
}

fn positive(object: &Object, key: &str) -> Result<Option<f64>> {
    let value = input::get(API, object, key)?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(n) if n.is_finite() && n > 0.0 => Ok(Some(n)),
        _ => Err(input::error(
            API,
            format!(
                "{key} must be a positive number, got {}",
                input::describe(&value)
            ),
        )),
    }
}

fn policy(options: &JsValue) -> Result<Policy> {
    let mut policy = Policy::default();
    let Some(object) = input::options(API, options, OPTIONS)? else {
        return Ok(policy);
    };
    if let Some(base) = positive(object, "baseMs")? {
        policy.base_ms = base;
    }
    if let Some(max) = positive(object, "maxMs")? {
        policy.max_ms = max;
    }
    if policy.max_ms < policy.base_ms {
        return Err(input::error(
            API,
            format!(
                "maxMs ({}) must not be less than baseMs ({})",
                // The page's own number text: Rust's float printer costs
                // the bundle ~8 KiB gzip for this one message.
                interop::number_text(policy.max_ms),
                interop::number_text(policy.base_ms)
            ),
        ));
    }
    let codes = input::get(API, object, "appCodes")?;
    if codes.is_undefined() || codes.is_null() {
        return Ok(policy);
    }
    let array = interop::array(&codes).map_err(|e| input::threw(API, "appCodes", e))?;
    if !codes.is_object() || codes.is_function() || array {
        return Err(input::error(
            API,
            format!(
                "appCodes must be an object like {{4001: \"never\"}}, got {}",
                input::describe(&codes)
            ),
        ));
    }
    let codes: &Object = codes.unchecked_ref();
    let names = interop::keys(codes).map_err(|e| input::threw(API, "the appCodes keys", e))?;
    for name in names {
        let code = name
            .parse::<u16>()
            .ok()
            .filter(|c| (4000..=4999).contains(c))
            .ok_or_else(|| {
                input::error(
                    API,
                    format!(
                        "appCodes keys must be codes from 4000 to 4999, got {}",
                        interop::quoted(&name)
                    ),
                )
            })?;
        let value = input::get(API, codes, &name)?;
        let advice = match value.as_string().as_deref() {
            Some("never") => Reconnect::Never,
            Some("with-backoff") => Reconnect::WithBackoff,
            Some("after-fix") => Reconnect::AfterFix,
            _ => {
                return Err(input::error(
                    API,
                    format!(
                    "appCodes[{code}] must be \"never\", \"with-backoff\" or \"after-fix\", got {}",
                    input::describe(&value)
                ),
                ))
            }
        };
        policy.app_codes.push((code, advice));
    }
    Ok(policy)
}

/// The rules of a `diagnosis` array, if the input carries one. Entries
/// that aren't `{rule: "<known name>"}` are skipped: the diagnosis came
/// from wsclose, and a newer version may know rules this one does not.
fn diagnosis_rules(input: &JsValue) -> Result<Vec<Rule>> {
    let names = interop::rule_names(input).map_err(|e| input::threw(API, "the diagnosis", e))?;
    Ok(names
        .iter()
        .filter_map(|name| Rule::from_name(name))
        .collect())
}

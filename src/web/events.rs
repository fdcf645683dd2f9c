//! The events a widget dispatches on its host element for the publisher's page.

use crate::core::{FeedError, MergeReport};
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches `liveblog:update` with `detail: { new, edited, deleted }`.
pub fn dispatch_update(host: &Element, report: MergeReport) {
    let detail = Object::new();
    for (key, count) in [
        ("new", report.new),
        ("edited", report.edited),
        ("deleted", report.deleted),
    ] {
        let _ = Reflect::set(
            &detail,
            &JsValue::from_str(key),
            &JsValue::from_f64(count as f64),
        );
    }
    dispatch(host, "liveblog:update", &detail);
}

/// Dispatches `liveblog:error` with `detail: { message, status }` (`status` is the HTTP status,
/// or `null` when the failure was not an HTTP answer).
pub fn dispatch_error(host: &Element, error: &FeedError) {
    let detail = Object::new();
    let status = match error {
        FeedError::Status { status, .. } => JsValue::from_f64(f64::from(*status)),
        _ => JsValue::NULL,
    };
    let _ = Reflect::set(
        &detail,
        &JsValue::from_str("message"),
        &JsValue::from_str(&error.to_string()),
    );
    let _ = Reflect::set(&detail, &JsValue::from_str("status"), &status);
    dispatch(host, "liveblog:error", &detail);
}

fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

//! Trusted Types: pages that enforce `require-trusted-types-for 'script'` block
//! `DOMParser.parseFromString` with a plain string. The widget then hands the parser its input
//! through a policy named `liveblog`. The policy passes the text through unchanged, which is safe
//! only because of what happens next: the parsed document is inert and is never inserted; the
//! sanitiser walks it and rebuilds allowed nodes one by one.

use js_sys::{Function, Object, Reflect};
use std::cell::OnceCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, DomParser};

/// The policy name a page's `trusted-types` directive must allow.
pub const POLICY_NAME: &str = "liveblog";

thread_local! {
    static POLICY: OnceCell<Option<JsValue>> = const { OnceCell::new() };
}

/// Parses `html` into an inert document, through the `liveblog` policy where Trusted Types
/// exist. `None` when the page's policy rules refuse it (the body is then left out).
pub fn parse_inert(parser: &DomParser, html: &str) -> Option<Document> {
    let input = POLICY.with(|cell| {
        let policy = cell.get_or_init(create_policy);
        policy.as_ref().and_then(|policy| create_html(policy, html))
    });
    let input = input.unwrap_or_else(|| JsValue::from_str(html));
    // Called through the prototype: web-sys's binding only takes a plain string.
    let parse = Reflect::get(parser, &"parseFromString".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    parse
        .call2(parser, &input, &"text/html".into())
        .ok()?
        .dyn_into::<Document>()
        .ok()
}

fn create_policy() -> Option<JsValue> {
    let window = web_sys::window()?;
    let factory = Reflect::get(&window, &"trustedTypes".into())
        .ok()
        .filter(|f| !f.is_undefined())?;
    let create = Reflect::get(&factory, &"createPolicy".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    // The policy lives as long as the page: its callback is deliberately never freed.
    let pass_through = Closure::<dyn Fn(String) -> String>::new(|html| html).into_js_value();
    let rules = Object::new();
    Reflect::set(&rules, &"createHTML".into(), &pass_through).ok()?;
    create
        .call2(&factory, &JsValue::from_str(POLICY_NAME), &rules)
        .ok()
}

fn create_html(policy: &JsValue, html: &str) -> Option<JsValue> {
    let create = Reflect::get(policy, &"createHTML".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    create.call1(policy, &JsValue::from_str(html)).ok()
}

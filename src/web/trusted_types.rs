//! Feed HTML is parsed inert: into the body of a document made once by
//! `document.implementation.createHTMLDocument()`, which has no browsing context, so nothing
//! parsed into it runs, loads or renders. Pages that enforce Trusted Types
//! (`require-trusted-types-for 'script'`) block `innerHTML` with a plain string; the widget then
//! hands it the text through a policy named `liveblog`. The policy passes the text through
//! unchanged, which is safe only because of what happens next: the inert nodes are never
//! inserted; the sanitiser walks them and rebuilds allowed nodes one by one.
//!
//! One document for every body, rather than a `DOMParser` document each, which is slower per
//! body (docs/benchmarks.md, session 7).

use js_sys::{Function, Object, Reflect};
use std::cell::OnceCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// The policy name a page's `trusted-types` directive must allow.
pub const POLICY_NAME: &str = "liveblog";

/// What every parse needs, made once per page: the inert body and the policy's `createHTML`
/// (with the policy), when Trusted Types exist.
struct Parsing {
    body: HtmlElement,
    create_html: Option<(JsValue, Function)>,
}

thread_local! {
    static PARSING: OnceCell<Option<Parsing>> = const { OnceCell::new() };
}

/// Parses `html` as the children of an inert body, through the `liveblog` policy where Trusted
/// Types exist, and returns that body: its children are `html`'s until the next call. `None`
/// when the page's policy rules refuse it (the update's text is then left out).
pub fn parse_inert(html: &str) -> Option<HtmlElement> {
    PARSING.with(|cell| {
        let parsing = cell.get_or_init(parsing).as_ref()?;
        let html = JsValue::from_str(html);
        let input = match &parsing.create_html {
            Some((policy, create)) => create.call1(policy, &html).unwrap_or(html),
            None => html,
        };
        // Through `Reflect`: web-sys's `set_inner_html` only takes a plain string.
        Reflect::set(&parsing.body, &"innerHTML".into(), &input).ok()?;
        Some(parsing.body.clone())
    })
}

fn parsing() -> Option<Parsing> {
    // Not `DOMParser`: with Trusted Types, even its empty input would need the policy.
    let body = web_sys::window()?
        .document()?
        .implementation()
        .ok()?
        .create_html_document()
        .ok()?
        .body()?;
    let create_html = create_policy().and_then(|policy| {
        let create = Reflect::get(&policy, &"createHTML".into())
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        Some((policy, create))
    });
    Some(Parsing { body, create_html })
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
    // The browser's own `String` passes the text through (`String(text)` is `text`) without a
    // round trip through the wasm and two copies of every body.
    let pass_through = Reflect::get(&window, &"String".into()).ok()?;
    let rules = Object::new();
    Reflect::set(&rules, &"createHTML".into(), &pass_through).ok()?;
    create
        .call2(&factory, &JsValue::from_str(POLICY_NAME), &rules)
        .ok()
}

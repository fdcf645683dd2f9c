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
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    /// Trusted Types' policy factory.
    type TrustedTypePolicyFactory;
    /// A Trusted Types policy.
    type TrustedTypePolicy;

    /// The window, for what web-sys does not bind.
    type Page;
    /// An element, for what web-sys does not bind.
    type Markup;

    /// `window.trustedTypes`, where the browser has Trusted Types.
    #[wasm_bindgen(method, getter, js_name = trustedTypes)]
    fn trusted_types(this: &Page) -> Option<TrustedTypePolicyFactory>;

    /// Throws when the page's `trusted-types` directive does not allow the name.
    #[wasm_bindgen(method, catch, js_name = createPolicy)]
    fn create_policy(
        this: &TrustedTypePolicyFactory,
        name: &str,
        rules: &Object,
    ) -> Result<TrustedTypePolicy, JsValue>;

    #[wasm_bindgen(method, catch, js_name = createHTML)]
    fn create_html(this: &TrustedTypePolicy, text: &str) -> Result<JsValue, JsValue>;

    /// `innerHTML` set to a string or a `TrustedHTML` (web-sys's setter only takes a string);
    /// throws when the page's policy rules refuse it.
    #[wasm_bindgen(method, setter, catch, js_name = innerHTML)]
    fn set_inner_html(this: &Markup, html: &JsValue) -> Result<(), JsValue>;

    /// The browser's own `String`, which passes text through (`String(text)` is `text`).
    #[wasm_bindgen(thread_local_v2, js_name = String)]
    static STRING: Function;
}

/// The policy name a page's `trusted-types` directive must allow.
pub const POLICY_NAME: &str = "liveblog";

/// What every parse needs, made once per page: the inert body and the policy, when Trusted
/// Types exist.
struct Parsing {
    body: HtmlElement,
    policy: Option<TrustedTypePolicy>,
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
        let input = match &parsing.policy {
            Some(policy) => policy.create_html(html).ok()?,
            None => JsValue::from_str(html),
        };
        parsing
            .body
            .unchecked_ref::<Markup>()
            .set_inner_html(&input)
            .ok()?;
        Some(parsing.body.clone())
    })
}

fn parsing() -> Option<Parsing> {
    let window = web_sys::window()?;
    // Not `DOMParser`: with Trusted Types, even its empty input would need the policy.
    let body = window
        .document()?
        .implementation()
        .ok()?
        .create_html_document()
        .ok()?
        .body()?;
    let policy = window
        .unchecked_ref::<Page>()
        .trusted_types()
        .and_then(|factory| {
            // `String` passes the text through without a round trip through the wasm and two
            // copies of every body.
            let rules = Object::new();
            Reflect::set(&rules, &"createHTML".into(), &STRING.with(Function::clone)).ok()?;
            factory.create_policy(POLICY_NAME, &rules).ok()
        });
    Some(Parsing { body, policy })
}

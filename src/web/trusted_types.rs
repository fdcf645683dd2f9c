//! Trusted Types: pages that enforce `require-trusted-types-for 'script'` block
//! `DOMParser.parseFromString` with a plain string. The widget then hands the parser its input
//! through a policy named `liveblog`. The policy passes the text through unchanged, which is safe
//! only because of what happens next: the parsed document is inert and is never inserted; the
//! sanitiser walks it and rebuilds allowed nodes one by one.

use js_sys::{Function, Object, Reflect};
use std::cell::OnceCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, DomParser};

/// The policy name a page's `trusted-types` directive must allow.
pub const POLICY_NAME: &str = "liveblog";

/// What every parse needs, made once per page: the parser, its `parseFromString` and the
/// policy's `createHTML` (with the policy), when Trusted Types exist.
struct Parsing {
    parser: DomParser,
    parse: Function,
    create_html: Option<(JsValue, Function)>,
}

thread_local! {
    static PARSING: OnceCell<Option<Parsing>> = const { OnceCell::new() };
}

/// Parses `html` into an inert document, through the `liveblog` policy where Trusted Types
/// exist. `None` when the page's policy rules refuse it (the body is then left out).
pub fn parse_inert(html: &str) -> Option<Document> {
    PARSING.with(|cell| {
        let parsing = cell.get_or_init(parsing).as_ref()?;
        let html = JsValue::from_str(html);
        let input = match &parsing.create_html {
            Some((policy, create)) => create.call1(policy, &html).unwrap_or(html),
            None => html,
        };
        parsing
            .parse
            .call2(&parsing.parser, &input, &"text/html".into())
            .ok()?
            .dyn_into::<Document>()
            .ok()
    })
}

fn parsing() -> Option<Parsing> {
    let parser = DomParser::new().ok()?;
    // Called through the prototype: web-sys's binding only takes a plain string.
    let parse = Reflect::get(&parser, &"parseFromString".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let create_html = create_policy().and_then(|policy| {
        let create = Reflect::get(&policy, &"createHTML".into())
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        Some((policy, create))
    });
    Some(Parsing {
        parser,
        parse,
        create_html,
    })
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

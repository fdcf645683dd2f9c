//! Browser test of the panic hook's work, in its own wasm instance: after a crash no widget of
//! that instance polls again, which would stop the other browser tests.
#![cfg(target_arch = "wasm32")]

use gloo_events::EventListener;
use js_sys::Reflect;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::CustomEvent;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_fixture, wait_for};

#[wasm_bindgen_test]
async fn a_crash_keeps_what_readers_see_adds_a_notice_and_tells_the_page() {
    let (host, _handle) = mount_fixture("closed.json");
    let shadow = host.shadow_root().expect("a shadow root");
    let has = |selector: &str| shadow.query_selector(selector).ok().flatten().is_some();
    wait_for(|| has(".lb-update")).await;
    assert!(has(".lb-update"), "the widget rendered");

    let details: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let seen = Rc::clone(&details);
    let _listener = EventListener::new(&host, "liveblog:error", move |event| {
        if let Some(event) = event.dyn_ref::<CustomEvent>() {
            seen.borrow_mut().push(event.detail());
        }
    });
    liveblog::web::crash::crashed("test panic");

    assert!(liveblog::web::crash::has_crashed());
    assert!(has(".lb-update"), "what readers saw stays");
    let notice = shadow
        .query_selector(".lb-stopped")
        .ok()
        .flatten()
        .expect("a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice
        .text_content()
        .unwrap_or_default()
        .contains("Reload the page"));
    let details = details.borrow();
    assert_eq!(details.len(), 1);
    let fatal = Reflect::get(&details[0], &"fatal".into()).expect("fatal");
    assert_eq!(fatal, JsValue::TRUE);
    let message = Reflect::get(&details[0], &"message".into())
        .ok()
        .and_then(|m| m.as_string());
    assert_eq!(message.as_deref(), Some("test panic"));
}

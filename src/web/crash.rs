//! What happens if the widget panics anyway.
//!
//! In WebAssembly a panic aborts: nothing of the widget can be trusted to run afterwards, for the
//! rest of the page's life. The hook installed by [`install`] does the few things still worth
//! doing, with plain DOM calls: it leaves what every widget shows in place, puts a short notice
//! above it, tells the publisher's page (`liveblog:error` with `fatal: true`), logs the panic, and
//! stops every poller from scheduling another request.

use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element, ShadowRoot};

/// Shown above a stopped widget.
const NOTICE: &str = "Live updates have stopped. Reload the page to see the latest.";

thread_local! {
    static WIDGETS: RefCell<Vec<(Element, ShadowRoot)>> = const { RefCell::new(Vec::new()) };
    static CRASHED: Cell<bool> = const { Cell::new(false) };
}

/// Installs the panic hook (once; later calls do nothing).
pub fn install() {
    thread_local!(static INSTALLED: Cell<bool> = const { Cell::new(false) });
    if INSTALLED.with(|installed| installed.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| crashed(&info.to_string())));
}

/// Whether a panic has happened: nothing should start new work then.
pub fn has_crashed() -> bool {
    CRASHED.with(Cell::get)
}

/// Remembers a mounted widget, so a crash can reach it.
pub fn register(host: &Element, shadow: &ShadowRoot) {
    WIDGETS.with(|widgets| {
        if let Ok(mut widgets) = widgets.try_borrow_mut() {
            widgets.push((host.clone(), shadow.clone()));
        }
    });
}

/// Forgets a destroyed widget.
pub fn unregister(shadow: &ShadowRoot) {
    WIDGETS.with(|widgets| {
        if let Ok(mut widgets) = widgets.try_borrow_mut() {
            widgets.retain(|(_, known)| known != shadow);
        }
    });
}

/// Stops every widget after a panic with `message`. Public so that tests can drive it without
/// aborting the test runner.
pub fn crashed(message: &str) {
    if CRASHED.with(|crashed| crashed.replace(true)) {
        return;
    }
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "liveblog: the widget stopped: {message}"
    )));
    let widgets =
        WIDGETS.with(|widgets| widgets.try_borrow().map(|w| w.clone()).unwrap_or_default());
    for (host, shadow) in widgets {
        show_notice(&shadow);
        let detail = Object::new();
        let _ = Reflect::set(&detail, &"message".into(), &JsValue::from_str(message));
        let _ = Reflect::set(&detail, &"status".into(), &JsValue::NULL);
        let _ = Reflect::set(&detail, &"fatal".into(), &JsValue::TRUE);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) = CustomEvent::new_with_event_init_dict("liveblog:error", &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}

fn show_notice(shadow: &ShadowRoot) {
    let Some(document) = shadow.host().owner_document() else {
        return;
    };
    let Ok(notice) = document.create_element("p") else {
        return;
    };
    notice.set_class_name("lb-error lb-stopped");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(NOTICE));
    match shadow.query_selector(".lb").ok().flatten() {
        Some(widget) => {
            let _ = widget.prepend_with_node_1(&notice);
        }
        None => {
            let _ = shadow.append_child(&notice);
        }
    }
}

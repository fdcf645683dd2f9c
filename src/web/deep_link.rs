//! Links to one update: the page's address with `#lb-<id>`, read when the page opens and when
//! its fragment changes, and copied to the clipboard for the reader.
//!
//! The widget lives in a shadow root, where the browser's own fragment navigation cannot reach,
//! so the widget finds and scrolls to the update itself.

use gloo_events::EventListener;
use js_sys::Promise;
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MouseEvent};

#[wasm_bindgen]
extern "C" {
    /// The browser's navigator, for its clipboard (web-sys's binding takes it as always there).
    type Navigator;
    /// The asynchronous clipboard.
    type Clipboard;

    /// `navigator.clipboard`: missing on insecure pages.
    #[wasm_bindgen(method, getter)]
    fn clipboard(this: &Navigator) -> Option<Clipboard>;

    /// Throws, or rejects, where the page may not write to it.
    #[wasm_bindgen(method, catch, js_name = writeText)]
    fn write_text(this: &Clipboard, text: &str) -> Result<Promise, JsValue>;
}

/// The prefix of every update's anchor ([`crate::core::Update::anchor`]).
const PREFIX: &str = "lb-";

thread_local! {
    /// The update a widget on the page last brought into view (its `<article>`). The page's
    /// address is every widget's: a link to one widget's update is sought by all of them, and
    /// the others would search their older pages for it in vain.
    static FOUND: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Records that a widget shows, and brought into view, the update `article`.
pub fn found(article: Element) {
    FOUND.with(|found| *found.borrow_mut() = Some(article));
}

/// Whether a widget shows the update with `anchor`: the one last brought into view, while it is
/// still on the page. A widget seeking `anchor` does not, so it is another one.
pub fn found_elsewhere(anchor: &str) -> bool {
    FOUND.with(|found| {
        found
            .borrow()
            .as_ref()
            .is_some_and(|article| article.is_connected() && article.id() == anchor)
    })
}

/// The update anchor in the page's address (`#lb-…`, percent-decoded), when there is one.
pub fn requested_anchor() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    let anchor = js_sys::decode_uri_component(fragment)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| fragment.to_owned());
    anchor.starts_with(PREFIX).then_some(anchor)
}

/// What a click on one of the widget's links to an update asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkClick {
    /// Bring the update into view (a key-events link): its anchor.
    Seek(String),
    /// Copy a link to the update ("Copy link"): its anchor.
    Copy(String),
}

/// Reads a click anywhere in the widget (one listener for every link). A plain click on a
/// `#lb-…` link is the widget's: its default (changing the page's address) is prevented and
/// what it asks for returned. A click with a modifier key or another button is the browser's
/// (a new tab, say).
pub fn link_click(event: &MouseEvent) -> Option<LinkClick> {
    if event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
        return None;
    }
    let link = event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a[href^='#lb-']")
        .ok()??;
    let anchor = link.get_attribute("href")?.strip_prefix('#')?.to_owned();
    event.prevent_default();
    let copy = link
        .get_attribute("class")
        .is_some_and(|class| class.split_whitespace().any(|name| name == "lb-copy"));
    Some(if copy {
        LinkClick::Copy(anchor)
    } else {
        LinkClick::Seek(anchor)
    })
}

/// Calls `on_anchor` whenever the page's fragment changes to an update anchor (the reader
/// followed a link to an update, or edited the address). Dropping it stops listening.
pub struct AnchorWatch {
    _listener: EventListener,
}

impl AnchorWatch {
    /// Starts listening to `hashchange`.
    pub fn start(on_anchor: impl Fn(String) + 'static) -> Option<Self> {
        let window = web_sys::window()?;
        let listener = EventListener::new(&window, "hashchange", move |_| {
            if let Some(anchor) = requested_anchor() {
                on_anchor(anchor);
            }
        });
        Some(Self {
            _listener: listener,
        })
    }
}

/// The page's address pointing at `anchor`: what "Copy link" copies.
pub fn link_to(anchor: &str) -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let page = href.split('#').next().unwrap_or_default();
    format!(
        "{page}#{}",
        String::from(js_sys::encode_uri_component(anchor))
    )
}

/// Copies `text` to the clipboard; `Err` where the page may not (an insecure page, a refusal).
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let clipboard = web_sys::window()
        .and_then(|window| window.navigator().unchecked_into::<Navigator>().clipboard())
        .ok_or(JsValue::NULL)?;
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)?)
        .await
        .map(drop)
}

/// Points the page's address at `anchor` (the fallback where copying is refused: the reader
/// copies the address bar).
pub fn show_in_address(anchor: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(anchor);
    }
}

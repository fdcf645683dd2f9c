//! The entry point `embed.js` calls: one widget in one host element's shadow root.

use super::address::{page_base, resolve};
use super::events::{dispatch_error, dispatch_update};
use crate::core::Options;
use crate::view::{LiveBlog, LiveBlogProps};
use js_sys::{Array, Object};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback, Renderer};

/// A mounted widget, returned to JavaScript. `destroy()` stops it for good.
#[wasm_bindgen]
pub struct WidgetHandle {
    /// The app, once it runs (a snapshot in another language waits for its words first).
    app: Rc<RefCell<Option<AppHandle<LiveBlog>>>>,
    shadow: Option<ShadowRoot>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Stops polling (the pending timer is cancelled and the request in flight aborted), removes
    /// the widget's listeners and elements, and leaves the host element as it found it but for
    /// the now empty shadow root. Calling it twice does nothing more.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
        if let Some(shadow) = self.shadow.take() {
            shadow.replace_children_with_node_0();
        }
    }
}

/// Mounts a widget in `host`'s open shadow root (attached if it has none). A snapshot of
/// `liveblog render` already in that shadow root is hydrated: its elements are kept, not
/// re-created, and polling goes on from the blog it shows.
///
/// `options` is an object of option names (`feed`, `poll-interval`, ... as in the README's
/// table, without the `data-liveblog-` prefix) to string values: `embed.js` turns what
/// `LiveBlog.mount` was given into text (an object as its JSON), and other values are ignored.
/// `stylesheet` is the URL of `liveblog.css`, which `embed.js` resolves next to itself; the
/// language files are in `i18n/` beside it. Throws when there is no feed URL or the element
/// cannot host a shadow root; a bad optional value only warns on the console.
#[wasm_bindgen]
pub fn mount(host: Element, options: &Object, stylesheet: &str) -> Result<WidgetHandle, JsError> {
    let pairs: Vec<(String, String)> = Object::entries(options)
        .iter()
        .filter_map(|entry| {
            let entry: Array = entry.dyn_into().ok()?;
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect();
    let (options, warnings) = Options::parse(
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    )
    .map_err(|error| JsError::new(&format!("liveblog: {error}")))?;
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&format!("liveblog: {warning}")));
    }

    let (shadow, snapshot) = match host.shadow_root() {
        // Without hydration (the default bundle) a snapshot is replaced.
        #[cfg(feature = "hydration")]
        Some(shadow) => {
            let feed_url = resolve(&options.feed, &page_base()).unwrap_or(options.feed.clone());
            let snapshot = super::hydrate::snapshot(&shadow, &feed_url, options.page_size);
            (shadow, snapshot)
        }
        #[cfg(not(feature = "hydration"))]
        Some(shadow) => (shadow, None),
        None => {
            let shadow = host
                .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
                .map_err(|_| {
                    JsError::new("liveblog: this element cannot host a widget (no shadow root)")
                })?;
            (shadow, None)
        }
    };
    let (frame, initial) = match snapshot {
        Some((frame, feed)) => (frame, Some(feed)),
        None => (fresh_frame(&host, &shadow, stylesheet)?, None),
    };

    let (update_host, error_host) = (host.clone(), host.clone());
    let hydrate = initial.is_some();
    let initial = initial.or_else(|| options.from_page.then(super::fetch::page_blog).flatten());
    let props = LiveBlogProps {
        feed: options.feed.into(),
        poll_interval: options.poll_interval,
        locale: options.locale.map(Into::into),
        strings: options.strings.map(Into::into),
        translations: resolve(stylesheet, &page_base())
            .and_then(|stylesheet| resolve("i18n/", &stylesheet))
            .map(Into::into),
        theme: options.theme,
        page_size: options.page_size,
        initial: initial.map(Rc::new),
        on_update: Callback::from(move |report| dispatch_update(&update_host, report)),
        on_error: Callback::from(move |error| dispatch_error(&error_host, &error)),
    };
    let app = Rc::new(RefCell::new(None));
    if !hydrate {
        *app.borrow_mut() = Some(Renderer::<LiveBlog>::with_root_and_props(frame, props).render());
    } else {
        #[cfg(feature = "hydration")]
        super::hydrate::hydrate(&app, frame, props);
    }
    Ok(WidgetHandle {
        app,
        shadow: Some(shadow),
    })
}

/// Empties the shadow root and puts in the stylesheet and the frame the widget renders into.
fn fresh_frame(host: &Element, shadow: &ShadowRoot, stylesheet: &str) -> Result<Element, JsError> {
    let document = host
        .owner_document()
        .ok_or_else(|| JsError::new("liveblog: the element has no document"))?;
    let created = |tag: &str| {
        document
            .create_element(tag)
            .map_err(|_| JsError::new("liveblog: could not create elements"))
    };
    let link = created("link")?;
    link.set_attribute("rel", "stylesheet").ok();
    link.set_attribute("href", stylesheet).ok();
    // Hidden until the stylesheet applies (it un-hides the frame), so readers never see the
    // widget unstyled.
    let frame = created("div")?;
    frame.set_attribute("class", "lb-frame").ok();
    frame.set_attribute("hidden", "").ok();
    shadow.replace_children_with_node_2(&link, &frame);
    Ok(frame)
}

//! One poll: fetch the feed's text, and parse it with the browser's `JSON.parse`.
//!
//! The text stays a JavaScript string. Copied into the wasm memory, a feed's body was the one
//! large block a poll allocated (58 KB for 100 updates), a little larger at almost every poll,
//! and kept until the next poll's body was read. The allocator serves a block that size only
//! from free chunks of at least 64 KB, so the hole the last body left was split up by small
//! blocks instead of taking the next body, and the linear memory, which never shrinks, grew by
//! about 0.1 MB every hundred polls (docs/benchmarks.md). Only the checks of `core::guard` read a
//! copy now, freed before anything else is allocated.

use super::known_items::{KnownItems, Sorted};
use crate::core::error::parse_retry_after;
use crate::core::guard;
use crate::core::json_ld::{classify, complete, reshape, Document, JsonNode, JsonTree};
use crate::core::normalize::normalize_with;
use crate::core::wire::WireFeed;
use crate::core::{Feed, FeedError, Timestamp};
use gloo_net::http::Request;
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestCache, RequestInit};

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a string that is already JavaScript's (js-sys's takes a Rust `&str`).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn parse_json(text: &JsString) -> Result<JsValue, JsValue>;
}

/// [`fetch_body`], copied into a Rust `String`: for small files such as the language files.
pub async fn fetch_text(url: &str, signal: Option<&AbortSignal>) -> Result<String, FeedError> {
    fetch_body(url, signal).await.map(String::from)
}

/// Fetches the feed at `url` (absolute) as text. Every request revalidates with the server
/// (`cache: no-cache`, so `If-None-Match` / `If-Modified-Since` go out): an unchanged feed costs a
/// 304 with no body, and the browser hands back the body it cached. A non-2xx answer is an error,
/// carrying `Retry-After` when the server sent one. `signal` aborts the request when the widget
/// goes away.
pub async fn fetch_body(url: &str, signal: Option<&AbortSignal>) -> Result<JsString, FeedError> {
    // Built from a raw request: gloo-net 0.5's builder appends a stray `&` to a URL that already
    // has a query string, which would change the CDN cache key of the publisher's feed URL.
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    init.set_signal(signal);
    let request =
        web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| FeedError::Network)?;
    let response = Request::from(request)
        .send()
        .await
        .map_err(|_| FeedError::Network)?;
    if !response.ok() {
        let now = Timestamp(js_sys::Date::now() as i64);
        let retry_after = match response.status() {
            429 | 503 => response
                .headers()
                .get("retry-after")
                .and_then(|value| parse_retry_after(&value, now)),
            _ => None,
        };
        return Err(FeedError::Status {
            status: response.status(),
            retry_after,
        });
    }
    let text = web_sys::Response::from(response)
        .text()
        .map_err(|_| FeedError::Network)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.dyn_into().ok())
        .ok_or(FeedError::Network)
}

/// Parses a feed's text (`JSON.parse`, then serde-wasm-bindgen) and normalises it, resolving
/// its links against `url`. A schema.org `LiveBlogPosting` (JSON-LD) is found in the parsed tree
/// first and read into the same wire types (`core::json_ld`). The checks of `core::guard` come
/// first (size, nesting depth) and last (a JSON Feed must have `items`).
pub fn parse_feed(text: &JsString, url: &str) -> Result<Feed, FeedError> {
    parse_feed_knowing(text, url, None)
}

/// [`parse_feed`], reusing for each item of a JSON Feed whose JSON did not change since the last
/// successful poll of `url` what it was normalised to ([`KnownItems`]), and remembering this
/// poll's items when it succeeds.
pub fn parse_feed_knowing(
    text: &JsString,
    url: &str,
    known: Option<&mut KnownItems>,
) -> Result<Feed, FeedError> {
    check(text)?;
    let value = parse_json(text).map_err(|_| FeedError::InvalidJson)?;
    let (mut value, json_ld) = match classify(value) {
        Document::JsonFeed(value) => (value, false),
        Document::LiveBlogPosting(mut value, _) => {
            reshape(&mut value, Timestamp(js_sys::Date::now() as i64));
            (value, true)
        }
        Document::NoLiveBlogPosting => {
            return Err(FeedError::NotAFeed(
                "JSON-LD without a LiveBlogPosting".into(),
            ))
        }
    };
    let resolve = |link: &str| super::address::resolve(link, url);
    // `"items": null` counts as none: read as an empty list, it would delete every update.
    let has_items = json_ld || value.member("items").is_some_and(|items| !items.is_null());
    // Only a plain JSON Feed's `items` array (not its JSON-LD alias) is read item by item.
    let items = value
        .member("items")
        .filter(|items| !json_ld && items.is_array() && value.member("liveBlogUpdate").is_none())
        .map(JsCast::unchecked_into::<Array>);
    let (known, sorted) = match (known, items) {
        (Some(known), Some(items)) => {
            let sorted = known.sort(url, &items);
            // Only the items not known are read: the parsed tree is ours to change.
            value.set("items", Some(sorted.unknown.clone().into()));
            (Some(known), Some(sorted))
        }
        _ => (None, None),
    };
    let mut wire: WireFeed = serde_wasm_bindgen::from_value(value)
        .map_err(|error| FeedError::NotAFeed(error.to_string()))?;
    if json_ld {
        complete(&mut wire);
    }
    let read = std::mem::take(&mut wire.items);
    let sorted = sorted.unwrap_or_else(|| Sorted::unknown(read.len()));
    let (updates, remembered) = KnownItems::complete(sorted, read, &resolve);
    let feed = normalize_with(wire, updates, &resolve);
    guard::check_items(has_items, &feed)?;
    if let Some(known) = known {
        known.commit(url, remembered);
    }
    Ok(feed)
}

/// The checks of `core::guard` that come before `JSON.parse`, on a copy of `text` in the wasm
/// memory that lives only while they run. A text longer than the limit in UTF-16 units is longer
/// in UTF-8 bytes too: it is refused without being copied.
fn check(text: &JsString) -> Result<(), FeedError> {
    if text.length() as usize > guard::MAX_FEED_BYTES {
        return Err(FeedError::TooLarge);
    }
    let text = String::from(text);
    guard::check_size(&text)?;
    guard::check_depth(&text)
}

/// The first schema.org `LiveBlogPosting` in the page's own
/// `<script type="application/ld+json">` elements, read like a feed whose address is the page's:
/// what the `from-page` option shows before the first poll. Scripts that do not parse, or hold
/// other types, are passed over.
pub fn page_blog() -> Option<Feed> {
    let document = web_sys::window()?.document()?;
    let scripts = document
        .query_selector_all("script[type='application/ld+json']")
        .ok()?;
    let base = super::address::page_base();
    (0..scripts.length())
        .filter_map(|index| scripts.item(index)?.text_content())
        .find_map(|text| parse_feed(&text.into(), &base).ok())
}

/// The tree `JSON.parse` built, read as much as telling JSON-LD from a JSON Feed needs.
impl JsonNode for JsValue {
    fn is_array(&self) -> bool {
        Array::is_array(self)
    }

    fn member(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        Reflect::get(self, &JsValue::from_str(key))
            .ok()
            .filter(|value| !value.is_undefined())
    }

    fn element(&self, index: usize) -> Option<Self> {
        let array = self.dyn_ref::<Array>()?;
        let index = u32::try_from(index).ok()?;
        (index < array.length()).then(|| array.get(index))
    }

    fn string(&self) -> Option<String> {
        self.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn is_object(&self) -> bool {
        JsValue::is_object(self) && !Array::is_array(self)
    }
}

/// Reshaping a `LiveBlogPosting` in place: `JSON.parse`'s objects are shared, so a member read,
/// changed and written back is the same object throughout.
impl JsonTree for JsValue {
    fn set(&mut self, key: &str, value: Option<Self>) {
        let value = value.unwrap_or(JsValue::UNDEFINED);
        let _ = Reflect::set(self, &JsValue::from_str(key), &value);
    }

    fn set_element(&mut self, index: usize, value: Self) {
        if let (Some(array), Ok(index)) = (self.dyn_ref::<Array>(), u32::try_from(index)) {
            array.set(index, value);
        }
    }

    fn push(&mut self, value: Self) {
        if let Some(array) = self.dyn_ref::<Array>() {
            array.push(&value);
        }
    }

    fn text(text: String) -> Self {
        JsValue::from(text)
    }

    fn boolean(value: bool) -> Self {
        JsValue::from_bool(value)
    }

    fn integer(value: u32) -> Self {
        JsValue::from(value)
    }

    fn object() -> Self {
        js_sys::Object::new().into()
    }

    fn list() -> Self {
        Array::new().into()
    }
}

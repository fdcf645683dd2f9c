//! One poll: fetch the feed's text, and parse it with the browser's `JSON.parse`.

use crate::core::error::parse_retry_after;
use crate::core::normalize::normalize;
use crate::core::wire::WireFeed;
use crate::core::{Feed, FeedError, Timestamp};
use gloo_net::http::Request;
use web_sys::{AbortSignal, RequestCache, RequestInit};

/// Fetches the feed at `url` (absolute) as text. Every request revalidates with the server
/// (`cache: no-cache`, so `If-None-Match` / `If-Modified-Since` go out): an unchanged feed costs a
/// 304 with no body, and the browser hands back the body it cached. A non-2xx answer is an error,
/// carrying `Retry-After` when the server sent one. `signal` aborts the request when the widget
/// goes away.
pub async fn fetch_text(url: &str, signal: Option<&AbortSignal>) -> Result<String, FeedError> {
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
    response.text().await.map_err(|_| FeedError::Network)
}

/// Parses a feed's text (`JSON.parse`, then serde-wasm-bindgen) and normalises it, resolving
/// its links against `url`.
pub fn parse_feed(text: &str, url: &str) -> Result<Feed, FeedError> {
    let value = js_sys::JSON::parse(text).map_err(|_| FeedError::InvalidJson)?;
    let wire: WireFeed = serde_wasm_bindgen::from_value(value)
        .map_err(|error| FeedError::NotAFeed(error.to_string()))?;
    Ok(normalize(wire, &|link| super::address::resolve(link, url)))
}

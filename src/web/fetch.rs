//! One poll: fetch the feed, parse it with the browser's `JSON.parse`, normalise it.

use crate::core::normalize::normalize;
use crate::core::wire::WireFeed;
use crate::core::{Feed, FeedError};
use gloo_net::http::Request;
use web_sys::{AbortSignal, RequestCache, RequestInit};

/// Fetches and normalises the feed at `url` (absolute). Every request revalidates with the server
/// (`cache: no-cache`), so an unchanged feed costs a 304 while the browser still hands back the
/// body it cached. `signal` aborts the request when the widget goes away.
pub async fn fetch_feed(url: &str, signal: Option<&AbortSignal>) -> Result<Feed, FeedError> {
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
        return Err(FeedError::Status(response.status()));
    }
    let text = response.text().await.map_err(|_| FeedError::Network)?;
    let value = js_sys::JSON::parse(&text).map_err(|_| FeedError::InvalidJson)?;
    let wire: WireFeed = serde_wasm_bindgen::from_value(value)
        .map_err(|error| FeedError::NotAFeed(error.to_string()))?;
    Ok(normalize(wire, &|link| super::address::resolve(link, url)))
}

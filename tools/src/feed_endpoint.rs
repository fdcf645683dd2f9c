//! `GET /live/feed.json`: the current feed with validators, CORS and conditional 304s.

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    ACCESS_CONTROL_EXPOSE_HEADERS, ACCESS_CONTROL_MAX_AGE, CACHE_CONTROL, CONTENT_TYPE, ETAG,
    IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;

use crate::conditional::{freshness, Freshness};
use crate::live_desk::LiveDesk;

/// The feed's media type.
pub const FEED_CONTENT_TYPE: &str = "application/feed+json; charset=utf-8";

/// Serves the latest snapshot: `200` with the body, or `304` with an empty body when the
/// request's `If-None-Match` / `If-Modified-Since` show the client already has it.
///
/// Both answers carry `ETag`, `Last-Modified`, `Cache-Control: no-cache` and CORS headers that
/// let a widget on another origin read the validators.
pub async fn live_feed(State(desk): State<LiveDesk>, request_headers: HeaderMap) -> Response {
    let snapshot = desk.snapshot();
    let if_none_match = joined(&request_headers, &IF_NONE_MATCH);
    let if_modified_since = request_headers
        .get(IF_MODIFIED_SINCE)
        .and_then(|value| value.to_str().ok());
    let fresh = freshness(
        if_none_match.as_deref(),
        if_modified_since,
        &snapshot.etag,
        snapshot.last_modified,
    );

    let (status, body) = match fresh {
        Freshness::NotModified => (StatusCode::NOT_MODIFIED, Body::empty()),
        Freshness::Modified => (StatusCode::OK, Body::from(snapshot.body)),
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if status == StatusCode::OK {
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(FEED_CONTENT_TYPE));
    }
    if let Ok(etag) = HeaderValue::from_str(&snapshot.etag) {
        headers.insert(ETAG, etag);
    }
    if let Ok(date) = HeaderValue::from_str(&snapshot.last_modified.http_date()) {
        headers.insert(LAST_MODIFIED, date);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    insert_cors(headers);
    headers.insert(
        ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("ETag, Last-Modified"),
    );
    response
}

/// Answers a CORS preflight, sent when a widget on another origin sets `If-None-Match` itself.
pub async fn live_feed_preflight() -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    let headers = response.headers_mut();
    insert_cors(headers);
    headers.insert(
        ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static("GET, HEAD, OPTIONS"),
    );
    headers.insert(
        ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("If-None-Match, If-Modified-Since"),
    );
    headers.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    response
}

fn insert_cors(headers: &mut HeaderMap) {
    headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
}

/// All values of a list-valued header joined with `, ` (a client may send several lines);
/// values that are not visible ASCII are ignored.
fn joined(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    let values: Vec<&str> = headers
        .get_all(name)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

//! `GET /live/feed.json`: the current feed with validators, CORS and conditional 304s; with
//! `--control`, also injected failures and a log of every request.

use axum::body::{Body, HttpBody};
use axum::extract::State;
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_EXPOSE_HEADERS, CACHE_CONTROL, CONTENT_TYPE, ETAG,
    IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER,
};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;

use crate::conditional::{freshness, Freshness};
use crate::control_room::ControlRoom;
use crate::fault::{FailureResponse, FeedAnswer};
use crate::json_feed;
use crate::live_desk::LiveDesk;

/// The feed's media type.
pub const FEED_CONTENT_TYPE: &str = json_feed::CONTENT_TYPE;

/// The response headers a widget on another origin may read.
const EXPOSED_HEADERS: &str = "ETag, Last-Modified, Retry-After";

/// What the feed handlers share: the blog, and the control room when `--control` is on.
#[derive(Clone, Debug)]
pub struct FeedState {
    /// The live blog whose snapshot is served.
    pub desk: LiveDesk,
    /// Fault plan and request log; `None` serves every request normally and logs nothing.
    pub control: Option<ControlRoom>,
}

/// Serves the latest snapshot: `200` with the body, or `304` with an empty body when the
/// request's `If-None-Match` / `If-Modified-Since` show the client already has it.
///
/// Both answers carry `ETag`, `Last-Modified`, `Cache-Control: no-cache` and CORS headers that
/// let a widget on another origin read the validators. With a control room, its fault plan
/// may delay the answer or replace it with a failure (never a 304), and the request is logged
/// with the status and the number of body bytes sent.
pub async fn live_feed(
    State(feed): State<FeedState>,
    method: Method,
    request_headers: HeaderMap,
) -> Response {
    let if_none_match = joined(&request_headers, &IF_NONE_MATCH);
    let if_modified_since = request_headers
        .get(IF_MODIFIED_SINCE)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let Some(control) = feed.control else {
        return current_feed(
            &feed.desk,
            if_none_match.as_deref(),
            if_modified_since.as_deref(),
        );
    };

    let arrival = control.arrive(
        method.as_str(),
        if_none_match.clone(),
        if_modified_since.clone(),
    );
    let response = match control.next_answer() {
        FeedAnswer::Normal => current_feed(
            &feed.desk,
            if_none_match.as_deref(),
            if_modified_since.as_deref(),
        ),
        FeedAnswer::Delayed(delay) => {
            tokio::time::sleep(delay).await;
            current_feed(
                &feed.desk,
                if_none_match.as_deref(),
                if_modified_since.as_deref(),
            )
        }
        FeedAnswer::Failure(failure) => {
            failure_response(failure.response(&feed.desk.snapshot().body))
        }
    };
    // A HEAD answer's body is computed but never sent.
    let bytes = if method == Method::HEAD {
        0
    } else {
        response.body().size_hint().exact().unwrap_or(0)
    };
    control.answered(arrival, response.status().as_u16(), bytes);
    response
}

/// Answers a CORS preflight, sent when a widget on another origin sets `If-None-Match` itself.
/// Logged like any feed request, but never faulted.
pub async fn live_feed_preflight(State(feed): State<FeedState>) -> Response {
    let arrival = feed
        .control
        .as_ref()
        .map(|control| control.arrive(Method::OPTIONS.as_str(), None, None));
    let mut response =
        crate::cors::preflight("GET, HEAD, OPTIONS", "If-None-Match, If-Modified-Since");
    insert_cors(response.headers_mut());
    if let (Some(control), Some(arrival)) = (feed.control, arrival) {
        control.answered(arrival, response.status().as_u16(), 0);
    }
    response
}

/// The normal answer: 200 with the snapshot, or 304 when the validators match.
fn current_feed(
    desk: &LiveDesk,
    if_none_match: Option<&str>,
    if_modified_since: Option<&str>,
) -> Response {
    let snapshot = desk.snapshot();
    let fresh = freshness(
        if_none_match,
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
    response
}

/// An injected failure. It is not stored (`no-store`) and has no `Last-Modified`, so a client
/// cannot turn it into a later 304.
fn failure_response(failure: FailureResponse) -> Response {
    let mut response = Response::new(Body::from(failure.body));
    *response.status_mut() =
        StatusCode::from_u16(failure.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(failure.content_type));
    if let Some(seconds) = failure.retry_after {
        if let Ok(value) = HeaderValue::from_str(&seconds) {
            headers.insert(RETRY_AFTER, value);
        }
    }
    if let Some(etag) = failure.etag {
        if let Ok(value) = HeaderValue::from_str(&etag) {
            headers.insert(ETAG, value);
        }
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    insert_cors(headers);
    response
}

fn insert_cors(headers: &mut HeaderMap) {
    headers.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(
        ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static(EXPOSED_HEADERS),
    );
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

//! Cross-origin answers: the demo feed and the control API are read from other origins (a
//! widget embedded elsewhere, a test page on another port).

use axum::body::Body;
use axum::http::header::{
    ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_METHODS, ACCESS_CONTROL_ALLOW_ORIGIN,
    ACCESS_CONTROL_MAX_AGE,
};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;

/// A `204` answer to a CORS preflight, allowing any origin to use `methods` with `headers`.
pub fn preflight(methods: &'static str, headers: &'static str) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NO_CONTENT;
    let map = response.headers_mut();
    map.insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    map.insert(
        ACCESS_CONTROL_ALLOW_METHODS,
        HeaderValue::from_static(methods),
    );
    map.insert(
        ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static(headers),
    );
    map.insert(ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    response
}

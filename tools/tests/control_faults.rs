//! The `--control` API over real HTTP/1.1, failing the feed on purpose and reading back the
//! log of feed requests, as the end-to-end tests of the widget's polling do.

mod common;

use common::{get, post, repository_root, send, start_server, Connection};

const FEED: &str = "/live/feed.json";

async fn controlled_server() -> Connection {
    let (_desk, connection) = start_server(&repository_root(), true).await;
    connection
}

async fn etag_of_feed(connection: &mut Connection) -> String {
    let reply = get(connection, FEED, "").await;
    assert_eq!(reply.status_line, "HTTP/1.1 200 OK");
    reply
        .header("etag")
        .expect("the feed has an ETag")
        .to_owned()
}

#[tokio::test]
async fn a_counted_503_answers_with_retry_after_then_the_feed_returns() {
    let mut connection = controlled_server().await;
    let etag = etag_of_feed(&mut connection).await;

    let order = post(
        &mut connection,
        "/control/fail",
        r#"{"mode": "503", "retry_after": 7, "count": 2}"#,
    )
    .await;
    assert_eq!(order.status_line, "HTTP/1.1 200 OK");

    // A matching If-None-Match must not turn a failure into a 304.
    let validators = format!("If-None-Match: {etag}\r\n");
    for _ in 0..2 {
        let failed = get(&mut connection, FEED, &validators).await;
        assert_eq!(failed.status_line, "HTTP/1.1 503 Service Unavailable");
        assert_eq!(failed.header("retry-after"), Some("7"));
        assert_eq!(failed.header("access-control-allow-origin"), Some("*"));
        assert_eq!(
            failed.header("access-control-expose-headers"),
            Some("ETag, Last-Modified, Retry-After")
        );
    }
    let recovered = get(&mut connection, FEED, "").await;
    assert_eq!(recovered.status_line, "HTTP/1.1 200 OK");
    assert_eq!(recovered.header("retry-after"), None);
}

#[tokio::test]
async fn a_429_without_retry_after_sends_no_retry_after_header() {
    let mut connection = controlled_server().await;
    post(
        &mut connection,
        "/control/fail",
        r#"{"mode": "429", "count": 1}"#,
    )
    .await;
    let limited = get(&mut connection, FEED, "").await;
    assert_eq!(limited.status_line, "HTTP/1.1 429 Too Many Requests");
    assert_eq!(limited.header("retry-after"), None);
}

#[tokio::test]
async fn malformed_and_empty_faults_answer_200_with_their_own_etag_until_reset() {
    let mut connection = controlled_server().await;
    let etag = etag_of_feed(&mut connection).await;
    let validators = format!("If-None-Match: {etag}\r\n");

    post(&mut connection, "/control/fail", r#"{"mode": "malformed"}"#).await;
    for _ in 0..2 {
        let malformed = get(&mut connection, FEED, &validators).await;
        assert_eq!(malformed.status_line, "HTTP/1.1 200 OK");
        assert!(serde_json::from_slice::<serde_json::Value>(&malformed.body).is_err());
        assert!(malformed.header("etag").is_some());
        assert_ne!(malformed.header("etag"), Some(etag.as_str()));
    }

    post(
        &mut connection,
        "/control/fail",
        r#"{"mode": "empty", "count": 1}"#,
    )
    .await;
    let empty = get(&mut connection, FEED, &validators).await;
    assert_eq!(empty.status_line, "HTTP/1.1 200 OK");
    assert_eq!(empty.json()["items"], serde_json::json!([]));
    let back = get(&mut connection, FEED, &validators).await;
    assert_eq!(back.status_line, "HTTP/1.1 304 Not Modified");

    post(&mut connection, "/control/fail", r#"{"mode": "500"}"#).await;
    let failed = get(&mut connection, FEED, "").await;
    assert_eq!(failed.status_line, "HTTP/1.1 500 Internal Server Error");
    post(&mut connection, "/control/fail", r#"{"mode": "none"}"#).await;
    let normal = get(&mut connection, FEED, &validators).await;
    assert_eq!(normal.status_line, "HTTP/1.1 304 Not Modified");
}

#[tokio::test]
async fn a_slow_fault_answers_normally_after_the_delay() {
    let mut connection = controlled_server().await;
    post(
        &mut connection,
        "/control/fail",
        r#"{"mode": "slow", "delay_ms": 200, "count": 1}"#,
    )
    .await;
    let started = std::time::Instant::now();
    let slow = get(&mut connection, FEED, "").await;
    assert!(started.elapsed() >= std::time::Duration::from_millis(200));
    assert_eq!(slow.status_line, "HTTP/1.1 200 OK");
}

#[tokio::test]
async fn an_unknown_fault_mode_is_a_bad_request() {
    let mut connection = controlled_server().await;
    let reply = post(&mut connection, "/control/fail", r#"{"mode": "418"}"#).await;
    assert_eq!(reply.status_line, "HTTP/1.1 400 Bad Request");
    assert!(reply.json()["error"].is_string());
}

#[tokio::test]
async fn the_log_records_each_feed_request_with_its_status_and_body_bytes() {
    let mut connection = controlled_server().await;

    let full = get(&mut connection, FEED, "").await;
    let etag = full
        .header("etag")
        .expect("the feed has an ETag")
        .to_owned();
    let idle = get(&mut connection, FEED, &format!("If-None-Match: {etag}\r\n")).await;
    assert_eq!(idle.status_line, "HTTP/1.1 304 Not Modified");
    post(
        &mut connection,
        "/control/fail",
        r#"{"mode": "503", "count": 1}"#,
    )
    .await;
    let failed = get(&mut connection, FEED, "").await;
    let since = "Mon, 30 Nov 2026 14:05:09 GMT";
    send(
        &mut connection,
        "HEAD",
        FEED,
        &format!("If-Modified-Since: {since}\r\n"),
        "",
    )
    .await;

    let log = get(&mut connection, "/control/log", "").await;
    assert_eq!(log.status_line, "HTTP/1.1 200 OK");
    assert_eq!(log.header("access-control-allow-origin"), Some("*"));
    let log = log.json();
    let entries = log.as_array().expect("the log is an array");
    let summary: Vec<(&str, u64, u64)> = entries
        .iter()
        .map(|entry| {
            (
                entry["method"].as_str().expect("a method"),
                entry["status"].as_u64().expect("a status"),
                entry["bytes"].as_u64().expect("a byte count"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("GET", 200, full.body.len() as u64),
            ("GET", 304, 0),
            ("GET", 503, failed.body.len() as u64),
            ("HEAD", 200, 0),
        ]
    );
    assert!(entries[0]["if_none_match"].is_null());
    assert_eq!(entries[1]["if_none_match"], etag.as_str());
    assert_eq!(entries[3]["if_modified_since"], since);
    let times: Vec<u64> = entries
        .iter()
        .map(|entry| entry["t_ms"].as_u64().expect("a time"))
        .collect();
    assert!(times.windows(2).all(|pair| pair[0] <= pair[1]));

    let cleared = send(&mut connection, "DELETE", "/control/log", "", "").await;
    assert_eq!(cleared.status_line, "HTTP/1.1 204 No Content");
    let log = get(&mut connection, "/control/log", "").await.json();
    assert_eq!(log, serde_json::json!([]));
}

#[tokio::test]
async fn a_cross_origin_feed_preflight_is_logged_but_never_faulted() {
    let mut connection = controlled_server().await;
    post(
        &mut connection,
        "/control/fail",
        r#"{"mode": "500", "count": 1}"#,
    )
    .await;
    let preflight = send(&mut connection, "OPTIONS", FEED, "", "").await;
    assert_eq!(preflight.status_line, "HTTP/1.1 204 No Content");
    let failed = get(&mut connection, FEED, "").await;
    assert_eq!(failed.status_line, "HTTP/1.1 500 Internal Server Error");

    let log = get(&mut connection, "/control/log", "").await.json();
    assert_eq!(log[0]["method"], "OPTIONS");
    assert_eq!(log[0]["status"], 204);
    assert_eq!(log[1]["status"], 500);
}

//! The `--control` API over real HTTP/1.1, changing the blog as an end-to-end test does:
//! publish, edit, delete, close and scripted steps, plus the API's CORS and index.
//! Faults and the request log are in `control_faults.rs`.

mod common;

use common::{get, post, repository_root, send, start_server, Connection};

const FEED: &str = "/live/feed.json";

async fn controlled_server() -> Connection {
    let (_desk, connection) = start_server(&repository_root(), true).await;
    connection
}

fn item_ids(feed: &serde_json::Value) -> Vec<String> {
    feed["items"]
        .as_array()
        .expect("the feed has items")
        .iter()
        .filter_map(|item| item["id"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_control_publish_puts_the_update_on_top_of_the_feed_with_a_new_etag() {
    let mut connection = controlled_server().await;
    let before = get(&mut connection, FEED, "").await;
    let before = before
        .header("etag")
        .expect("the feed has an ETag")
        .to_owned();

    let published = post(
        &mut connection,
        "/control/publish",
        r#"{"id": "u-100", "title": "Breaking", "content_html": "<p>News.</p>",
            "authors": [{"name": "Cat Editor"}], "key_event": true}"#,
    )
    .await;
    assert_eq!(published.status_line, "HTTP/1.1 201 Created");
    assert_eq!(published.header("access-control-allow-origin"), Some("*"));
    assert_eq!(published.json(), serde_json::json!({"ok": true}));

    let feed = get(
        &mut connection,
        FEED,
        &format!("If-None-Match: {before}\r\n"),
    )
    .await;
    assert_eq!(feed.status_line, "HTTP/1.1 200 OK");
    assert_ne!(feed.header("etag"), Some(before.as_str()));
    let feed = feed.json();
    assert_eq!(feed["items"][0]["id"], "u-100");
    assert_eq!(feed["items"][0]["title"], "Breaking");
    assert_eq!(feed["items"][0]["_liveblog"]["key_event"], true);

    let again = post(
        &mut connection,
        "/control/publish",
        r#"{"id": "u-100", "content_html": "<p>Twice.</p>"}"#,
    )
    .await;
    assert_eq!(again.status_line, "HTTP/1.1 409 Conflict");
    assert_eq!(again.json()["ok"], false);
}

#[tokio::test]
async fn a_backdated_or_shapeless_publish_is_a_bad_request() {
    let mut connection = controlled_server().await;
    let backdated = post(
        &mut connection,
        "/control/publish",
        r#"{"id": "u-100", "minutes_ago": 5, "content_html": "<p>x</p>"}"#,
    )
    .await;
    assert_eq!(backdated.status_line, "HTTP/1.1 400 Bad Request");
    let shapeless = post(&mut connection, "/control/publish", r#"{"title": "x"}"#).await;
    assert_eq!(shapeless.status_line, "HTTP/1.1 400 Bad Request");
    assert!(shapeless.json()["error"].is_string());
}

#[tokio::test]
async fn edits_and_deletes_change_the_feed_or_answer_404_for_unknown_ids() {
    let mut connection = controlled_server().await;

    let edited = post(
        &mut connection,
        "/control/edit",
        r#"{"id": "u-003", "title": "Quay flooded"}"#,
    )
    .await;
    assert_eq!(edited.status_line, "HTTP/1.1 200 OK");
    let deleted = post(&mut connection, "/control/delete", r#"{"id": "u-001"}"#).await;
    assert_eq!(deleted.status_line, "HTTP/1.1 200 OK");

    let feed = get(&mut connection, FEED, "").await.json();
    assert_eq!(item_ids(&feed), ["u-003", "u-002"]);
    assert_eq!(feed["items"][0]["title"], "Quay flooded");
    assert!(feed["items"][0]["date_modified"].is_string());

    for (path, body) in [
        ("/control/edit", r#"{"id": "u-404", "title": "x"}"#),
        ("/control/delete", r#"{"id": "u-404"}"#),
        ("/control/delete", r#"{"id": "u-001"}"#),
    ] {
        let reply = post(&mut connection, path, body).await;
        assert_eq!(reply.status_line, "HTTP/1.1 404 Not Found", "{path} {body}");
    }
}

#[tokio::test]
async fn closing_expires_the_feed_and_refuses_later_changes() {
    let mut connection = controlled_server().await;

    let closed = post(&mut connection, "/control/close", "").await;
    assert_eq!(closed.status_line, "HTTP/1.1 200 OK");
    let feed = get(&mut connection, FEED, "").await.json();
    assert_eq!(feed["expired"], true);
    assert_eq!(feed["_liveblog"]["status"], "closed");
    assert_eq!(feed["_liveblog"]["notice"], "This live blog has closed.");

    let late = post(
        &mut connection,
        "/control/publish",
        r#"{"id": "u-200", "content_html": "<p>Too late.</p>"}"#,
    )
    .await;
    assert_eq!(late.status_line, "HTTP/1.1 409 Conflict");
    let step = post(&mut connection, "/control/step", "").await;
    assert_eq!(step.status_line, "HTTP/1.1 409 Conflict");
}

#[tokio::test]
async fn a_close_notice_is_published_as_given() {
    let mut connection = controlled_server().await;
    post(&mut connection, "/control/close", r#"{"notice": "Over."}"#).await;
    let feed = get(&mut connection, FEED, "").await.json();
    assert_eq!(feed["_liveblog"]["notice"], "Over.");
}

#[tokio::test]
async fn steps_play_one_at_a_time_until_none_is_left() {
    let mut connection = controlled_server().await;

    let first = post(&mut connection, "/control/step", "").await;
    assert_eq!(first.status_line, "HTTP/1.1 200 OK");
    let first = first.json();
    assert_eq!(
        (first["step"].as_u64(), first["of"].as_u64()),
        (Some(1), Some(6))
    );
    assert_eq!(first["applied"], true);
    let feed = get(&mut connection, FEED, "").await.json();
    assert_eq!(feed["items"][0]["id"], "u-004");

    for expected in 2..=6 {
        let reply = post(&mut connection, "/control/step", "").await.json();
        assert_eq!(reply["step"].as_u64(), Some(expected));
    }
    let none_left = post(&mut connection, "/control/step", "").await;
    assert_eq!(none_left.status_line, "HTTP/1.1 409 Conflict");
}

#[tokio::test]
async fn control_preflights_allow_json_posts_and_deletes_from_any_origin() {
    let mut connection = controlled_server().await;
    for path in ["/control/fail", "/control/log", "/control/publish"] {
        let preflight = send(
            &mut connection,
            "OPTIONS",
            path,
            "Origin: http://example.test\r\nAccess-Control-Request-Method: POST\r\n",
            "",
        )
        .await;
        assert_eq!(preflight.status_line, "HTTP/1.1 204 No Content", "{path}");
        assert_eq!(preflight.header("access-control-allow-origin"), Some("*"));
        assert_eq!(
            preflight.header("access-control-allow-methods"),
            Some("GET, POST, DELETE, OPTIONS")
        );
        assert_eq!(
            preflight.header("access-control-allow-headers"),
            Some("content-type")
        );
    }
}

#[tokio::test]
async fn the_control_index_lists_the_routes() {
    let mut connection = controlled_server().await;
    let index = get(&mut connection, "/control/", "").await;
    assert_eq!(index.status_line, "HTTP/1.1 200 OK");
    let routes = index.json()["routes"].clone();
    assert!(routes
        .as_array()
        .expect("routes is an array")
        .contains(&serde_json::json!("POST /control/fail")));
}

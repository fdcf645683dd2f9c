//! Runs the real router on a loopback port and polls the feed over one HTTP/1.1 keep-alive
//! connection, the way the widget does. The control API has its own files,
//! `control_blog.rs` and `control_faults.rs`.

mod common;

use common::{get, repository_root, send, start_server};
use liveblog_tools::timestamp::Timestamp;

#[tokio::test]
async fn the_feed_answers_200_then_304_then_200_with_a_new_etag_after_a_step() {
    let (desk, mut connection) = start_server(&repository_root(), false).await;

    let first = get(&mut connection, "/live/feed.json", "").await;
    assert_eq!(first.status_line, "HTTP/1.1 200 OK");
    assert_eq!(
        first.header("content-type"),
        Some("application/feed+json; charset=utf-8")
    );
    assert_eq!(first.header("cache-control"), Some("no-cache"));
    assert_eq!(first.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        first.header("access-control-expose-headers"),
        Some("ETag, Last-Modified, Retry-After")
    );
    assert!(first.header("last-modified").is_some());
    let etag = first
        .header("etag")
        .expect("the feed has an ETag")
        .to_owned();
    assert!(etag.starts_with('"') && etag.ends_with('"'));
    let feed: serde_json::Value = serde_json::from_slice(&first.body).expect("the body is JSON");
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(feed["items"][0]["id"], "u-003");

    // Same connection: keep-alive works, and an unchanged feed is a bodyless 304.
    let unchanged = get(
        &mut connection,
        "/live/feed.json",
        &format!("If-None-Match: {etag}\r\n"),
    )
    .await;
    assert_eq!(unchanged.status_line, "HTTP/1.1 304 Not Modified");
    assert_eq!(unchanged.header("etag"), Some(etag.as_str()));
    assert!(unchanged.body.is_empty());

    let report = desk
        .advance(Timestamp::now())
        .expect("the feed re-renders")
        .expect("the fixture has a first step");
    assert_eq!(
        report.to_string(),
        "[step 1/6] publish u-004 \"Barrier closed\""
    );

    let changed = get(
        &mut connection,
        "/live/feed.json",
        &format!("If-None-Match: {etag}\r\n"),
    )
    .await;
    assert_eq!(changed.status_line, "HTTP/1.1 200 OK");
    let new_etag = changed.header("etag").expect("the feed has an ETag");
    assert_ne!(new_etag, etag);
    let feed: serde_json::Value = serde_json::from_slice(&changed.body).expect("the body is JSON");
    assert_eq!(feed["items"][0]["id"], "u-004");
}

#[tokio::test]
async fn the_page_widget_files_and_demo_images_are_served_with_their_content_types() {
    let root = std::env::temp_dir().join(format!("liveblog-serve-test-{}", std::process::id()));
    for (path, contents) in [
        ("index.html", "<!doctype html><title>demo</title>"),
        ("dist/embed.js", "export {};"),
        ("dist/liveblog_bg.wasm", "\0asm"),
        ("dist/liveblog.css", "body {}"),
        (
            "tools/demo/img/x.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ),
    ] {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().expect("the file has a folder"))
            .expect("the test folder is created");
        std::fs::write(&file, contents).expect("the test file is written");
    }
    let (_desk, mut connection) = start_server(&root, false).await;

    for (path, content_type) in [
        ("/", "text/html"),
        ("/dist/embed.js", "text/javascript"),
        ("/dist/liveblog_bg.wasm", "application/wasm"),
        ("/dist/liveblog.css", "text/css"),
        ("/demo/img/x.svg", "image/svg+xml"),
    ] {
        let reply = get(&mut connection, path, "").await;
        assert_eq!(reply.status_line, "HTTP/1.1 200 OK", "{path}");
        assert_eq!(reply.header("content-type"), Some(content_type), "{path}");
    }
    let missing = get(&mut connection, "/dist/nope.js", "").await;
    assert_eq!(missing.status_line, "HTTP/1.1 404 Not Found");

    std::fs::remove_dir_all(&root).expect("the test folder is removed");
}

#[tokio::test]
async fn without_control_the_control_routes_are_404_and_the_feed_ignores_them() {
    let (_desk, mut connection) = start_server(&repository_root(), false).await;

    for (method, path) in [
        ("GET", "/control/"),
        ("GET", "/control/log"),
        ("POST", "/control/fail"),
        ("POST", "/control/publish"),
        ("POST", "/control/step"),
        ("OPTIONS", "/control/fail"),
    ] {
        let reply = send(&mut connection, method, path, "", "").await;
        assert_eq!(
            reply.status_line, "HTTP/1.1 404 Not Found",
            "{method} {path}"
        );
    }
    let feed = get(&mut connection, "/live/feed.json", "").await;
    assert_eq!(feed.status_line, "HTTP/1.1 200 OK");
}

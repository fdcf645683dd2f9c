//! Runs the real router on a loopback port and polls the feed over one HTTP/1.1 keep-alive
//! connection, the way the widget does.

use std::path::Path;

use liveblog_tools::demo_script::DemoScript;
use liveblog_tools::live_desk::LiveDesk;
use liveblog_tools::router::router;
use liveblog_tools::site::SiteUrls;
use liveblog_tools::timestamp::Timestamp;
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// A parsed HTTP/1.1 response.
struct Reply {
    status_line: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Sends a GET on an open connection and reads exactly one response (Content-Length framed).
async fn get(connection: &mut BufReader<TcpStream>, path: &str, extra_headers: &str) -> Reply {
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n{extra_headers}\r\n");
    connection
        .get_mut()
        .write_all(request.as_bytes())
        .await
        .expect("the request is sent");

    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        let byte = connection
            .read_u8()
            .await
            .expect("the response head arrives");
        head.push(byte);
    }
    let head = String::from_utf8(head).expect("the response head is text");
    let mut lines = head.split("\r\n").filter(|line| !line.is_empty());
    let status_line = lines.next().expect("there is a status line").to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .map_or(0, |(_, value)| {
            value.parse().expect("content-length is a number")
        });
    let mut body = vec![0; length];
    connection
        .read_exact(&mut body)
        .await
        .expect("the body arrives");
    Reply {
        status_line,
        headers,
        body,
    }
}

/// Starts the router on a free loopback port, serving files below `root`, and opens one
/// connection to it.
async fn start_server(root: &Path) -> (LiveDesk, BufReader<TcpStream>) {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = DemoScript::load(&tools.join("tests/fixtures/newsroom.json"))
        .expect("the fixture script loads");
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port is free");
    let addr = listener.local_addr().expect("the listener has an address");
    let desk = LiveDesk::open(script, SiteUrls::for_addr(addr), Timestamp::now())
        .expect("the first feed renders");
    let app = router(desk.clone(), root);
    tokio::spawn(async move { axum::serve(listener, app).await });
    let stream = TcpStream::connect(addr).await.expect("the server accepts");
    (desk, BufReader::new(stream))
}

fn repository_root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[tokio::test]
async fn the_feed_answers_200_then_304_then_200_with_a_new_etag_after_a_step() {
    let (desk, mut connection) = start_server(&repository_root()).await;

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
        Some("ETag, Last-Modified")
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
    let (_desk, mut connection) = start_server(&root).await;

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

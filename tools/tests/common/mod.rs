//! What the integration tests share: the real router on a loopback port and a minimal
//! HTTP/1.1 client that speaks over one keep-alive connection, the way the widget polls.

#![allow(dead_code)] // each test file uses its own part of this module

use std::path::{Path, PathBuf};
use std::time::Duration;

use liveblog_tools::control_room::ControlRoom;
use liveblog_tools::demo_script::DemoScript;
use liveblog_tools::live_desk::LiveDesk;
use liveblog_tools::router::router;
use liveblog_tools::site::SiteUrls;
use liveblog_tools::timestamp::Timestamp;
use liveblog_tools::verbosity::Verbosity;
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// One open connection to a test server.
pub type Connection = BufReader<TcpStream>;

/// A parsed HTTP/1.1 response.
pub struct Reply {
    pub status_line: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }
}

/// How long one exchange may take before the test fails instead of hanging.
const EXCHANGE_TIMEOUT: Duration = Duration::from_secs(10);

/// Sends one request on an open connection and reads exactly one response (Content-Length
/// framed; no length means no body, as for 204 and 304; a HEAD answer never has one).
pub async fn send(
    connection: &mut Connection,
    method: &str,
    path: &str,
    extra_headers: &str,
    body: &str,
) -> Reply {
    tokio::time::timeout(
        EXCHANGE_TIMEOUT,
        exchange(connection, method, path, extra_headers, body),
    )
    .await
    .expect("the server answers in time")
}

async fn exchange(
    connection: &mut Connection,
    method: &str,
    path: &str,
    extra_headers: &str,
    body: &str,
) -> Reply {
    let length = if body.is_empty() {
        String::new()
    } else {
        format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        )
    };
    let request =
        format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\n{extra_headers}{length}\r\n{body}");
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
    let length: usize = if method == "HEAD" {
        0
    } else {
        headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
            .map_or(0, |(_, value)| {
                value.parse().expect("content-length is a number")
            })
    };
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

/// `GET path` with extra header lines (each ending in `\r\n`).
pub async fn get(connection: &mut Connection, path: &str, extra_headers: &str) -> Reply {
    send(connection, "GET", path, extra_headers, "").await
}

/// `POST path` with a JSON body.
pub async fn post(connection: &mut Connection, path: &str, json: &str) -> Reply {
    send(connection, "POST", path, "", json).await
}

/// Starts the router on a free loopback port, serving files below `root` and playing the
/// fixture script, with the control API when `control` is set; opens one connection to it.
pub async fn start_server(root: &Path, control: bool) -> (LiveDesk, Connection) {
    let tools = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = DemoScript::load(&tools.join("tests/fixtures/newsroom.json"))
        .expect("the fixture script loads");
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port is free");
    let addr = listener.local_addr().expect("the listener has an address");
    let desk = LiveDesk::open(script, SiteUrls::for_addr(addr), Timestamp::now())
        .expect("the first feed renders");
    let room = control.then(|| ControlRoom::open(Verbosity::Quiet));
    let app = router(desk.clone(), root, room);
    tokio::spawn(async move { axum::serve(listener, app).await });
    let stream = TcpStream::connect(addr).await.expect("the server accepts");
    (desk, BufReader::new(stream))
}

/// The repository root, whose `index.html` and `tools/demo/` the server serves.
pub fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

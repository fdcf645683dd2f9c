//! The `liveblog serve` binary as an end-to-end harness starts it: a free port read from the
//! first stdout line, the control API announced on the second.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

/// The running server; stopped when dropped, even if the test fails first.
struct Server {
    child: Child,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(args: &[&str]) -> (Server, BufReader<ChildStdout>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_liveblog"))
        .arg("serve")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    (Server { child }, BufReader::new(stdout))
}

fn read_line(stdout: &mut BufReader<ChildStdout>) -> String {
    let mut line = String::new();
    stdout.read_line(&mut line).expect("a line is printed");
    line.trim_end().to_owned()
}

/// The `http://127.0.0.1:PORT/` at the start of the first line, as a harness would parse it.
fn origin_of(start_line: &str) -> &str {
    let rest = start_line
        .strip_prefix("Demo newsroom: ")
        .expect("the start line opens with the demo's name");
    rest.split_whitespace()
        .next()
        .expect("the page URL follows")
}

/// One `GET` over a fresh connection, returning the whole raw response.
fn fetch(origin: &str, path: &str) -> String {
    let host = origin.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = TcpStream::connect(host).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a read timeout can be set");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("the request is sent");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("the response arrives");
    response
}

#[test]
fn a_free_port_is_announced_on_the_first_line_with_the_control_api_on_the_second() {
    let (_server, mut stdout) = start(&[
        "--control",
        "--step-seconds",
        "0",
        "--addr",
        "127.0.0.1:0",
        "--quiet",
    ]);

    let first = read_line(&mut stdout);
    let origin = origin_of(&first);
    let port: u16 = origin
        .trim_start_matches("http://127.0.0.1:")
        .trim_end_matches('/')
        .parse()
        .expect("the origin ends in a port number");
    assert_ne!(port, 0);
    assert!(first.ends_with("no automatic steps)"), "{first}");
    assert_eq!(
        read_line(&mut stdout),
        format!("Control API enabled at {origin}control/")
    );

    let log = fetch(origin, "/control/log");
    assert!(log.starts_with("HTTP/1.1 200 OK"), "{log}");
    assert!(log.ends_with("\r\n\r\n[]"), "{log}");
}

#[test]
fn without_control_the_server_announces_no_control_api_and_serves_none() {
    let (_server, mut stdout) = start(&["--addr", "127.0.0.1:0", "--quiet"]);
    let first = read_line(&mut stdout);
    let origin = origin_of(&first).to_owned();
    assert!(first.ends_with("a new step every 20 s)"), "{first}");

    let log = fetch(&origin, "/control/log");
    assert!(log.starts_with("HTTP/1.1 404 Not Found"), "{log}");
    let feed = fetch(&origin, "/live/feed.json");
    assert!(feed.starts_with("HTTP/1.1 200 OK"), "{feed}");
}

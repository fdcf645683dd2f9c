//! `liveblog serve`: load the demo script, bind, announce, tick, serve.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::control_room::ControlRoom;
use crate::demo_script::DemoScript;
use crate::error::ServeError;
use crate::live_desk::LiveDesk;
use crate::router::router;
use crate::site::SiteUrls;
use crate::ticker::spawn_ticker;
use crate::timestamp::Timestamp;
use crate::verbosity::{say, Verbosity};

/// Default listening address of `liveblog serve`.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
/// Default seconds between two scripted steps.
pub const DEFAULT_STEP_SECONDS: u64 = 20;
/// The demo script's path below the repository root, used when `--script` is not given.
pub const DEFAULT_SCRIPT: &str = "tools/demo/newsroom.json";
/// The repository root this binary was built from, the default `--root`.
pub const DEFAULT_ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Everything `liveblog serve` needs, already resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServeOptions {
    /// Where to listen; port 0 picks a free port, which the start line reports.
    pub addr: SocketAddr,
    /// Repository root holding `index.html`, `dist/` and `tools/demo/`.
    pub root: PathBuf,
    /// The demo script to play.
    pub script: PathBuf,
    /// Time between two automatic steps; `None` plays steps only on `POST /control/step`.
    pub step: Option<Duration>,
    /// Whether the `/control/…` test API is mounted.
    pub control: bool,
    /// Whether each step is printed.
    pub verbosity: Verbosity,
}

/// Runs the demo server until the process is stopped.
///
/// Prints one start line to stdout (page and feed URL, with the port actually bound), then
/// `Control API enabled at …` with `control`, and flushes; warns on stderr when the widget has
/// not been built yet; then logs every step unless quiet.
///
/// # Errors
/// [`ServeError::Script`] for a missing or invalid script, [`ServeError::Bind`] when the
/// address cannot be listened on (e.g. the port is taken), [`ServeError::Io`] if serving fails.
pub async fn serve(options: ServeOptions) -> Result<(), ServeError> {
    let script = DemoScript::load(&options.script)?;
    let listener = TcpListener::bind(options.addr)
        .await
        .map_err(|source| ServeError::Bind {
            addr: options.addr,
            source,
        })?;
    let site = SiteUrls::for_addr(listener.local_addr().map_err(ServeError::Io)?);
    let desk = LiveDesk::open(script, site.clone(), Timestamp::now()).map_err(ServeError::Feed)?;
    let control = options
        .control
        .then(|| ControlRoom::open(options.verbosity));

    let embed = options.root.join("dist").join("embed.js");
    if !embed.is_file() {
        eprintln!(
            "warning: {} is missing: the widget is not built. Run scripts/demo.sh, which builds it before starting this server.",
            embed.display()
        );
    }
    say(start_line(&site, options.step));
    if control.is_some() {
        say(control_line(&site));
    }

    let _ticker = options
        .step
        .map(|period| spawn_ticker(desk.clone(), period, options.verbosity));
    axum::serve(listener, router(desk, &options.root, control))
        .await
        .map_err(ServeError::Io)
}

/// The first line, announcing where the demo runs; tests parse the page URL from it.
fn start_line(site: &SiteUrls, step: Option<Duration>) -> String {
    let pace = match step {
        Some(period) => format!("a new step every {} s", period.as_secs()),
        None => "no automatic steps".to_owned(),
    };
    format!(
        "Demo newsroom: {}  (feed: {}, {pace})",
        site.home(),
        site.feed()
    )
}

/// The line announcing the control API.
fn control_line(site: &SiteUrls) -> String {
    format!("Control API enabled at {}", site.control())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteUrls {
        SiteUrls::from_origin("http://127.0.0.1:8080")
    }

    #[test]
    fn the_start_line_names_the_page_the_feed_and_the_pace() {
        assert_eq!(
            start_line(&site(), Some(Duration::from_secs(20))),
            "Demo newsroom: http://127.0.0.1:8080/  (feed: http://127.0.0.1:8080/live/feed.json, a new step every 20 s)"
        );
    }

    #[test]
    fn the_start_line_says_when_steps_only_come_from_the_control_api() {
        assert_eq!(
            start_line(&site(), None),
            "Demo newsroom: http://127.0.0.1:8080/  (feed: http://127.0.0.1:8080/live/feed.json, no automatic steps)"
        );
    }

    #[test]
    fn the_control_line_names_the_control_index() {
        assert_eq!(
            control_line(&site()),
            "Control API enabled at http://127.0.0.1:8080/control/"
        );
    }
}

//! `liveblog serve`: load the demo script, bind, announce, tick, serve.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::demo_script::DemoScript;
use crate::error::ServeError;
use crate::live_desk::LiveDesk;
use crate::router::router;
use crate::site::SiteUrls;
use crate::ticker::spawn_ticker;
use crate::timestamp::Timestamp;

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
    /// Where to listen.
    pub addr: SocketAddr,
    /// Repository root holding `index.html`, `dist/` and `tools/demo/`.
    pub root: PathBuf,
    /// The demo script to play.
    pub script: PathBuf,
    /// Time between two steps.
    pub step: Duration,
}

/// Runs the demo server until the process is stopped.
///
/// Prints one start line to stdout (page and feed URL), warns on stderr when the widget has
/// not been built yet, then logs every step the ticker plays.
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

    let embed = options.root.join("dist").join("embed.js");
    if !embed.is_file() {
        eprintln!(
            "warning: {} is missing: the widget is not built. Run scripts/demo.sh, which builds it before starting this server.",
            embed.display()
        );
    }
    println!("{}", start_line(&site, options.step));
    // Best effort: a closed stdout must not stop the server.
    let _ = std::io::stdout().flush();

    let _ticker = spawn_ticker(desk.clone(), options.step);
    axum::serve(listener, router(desk, &options.root))
        .await
        .map_err(ServeError::Io)
}

/// The one line announcing where the demo runs.
fn start_line(site: &SiteUrls, step: Duration) -> String {
    format!(
        "Demo newsroom: {}  (feed: {}, a new step every {} s)",
        site.home(),
        site.feed(),
        step.as_secs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_line_names_the_page_the_feed_and_the_pace() {
        let site = SiteUrls::from_origin("http://127.0.0.1:8080");
        assert_eq!(
            start_line(&site, Duration::from_secs(20)),
            "Demo newsroom: http://127.0.0.1:8080/  (feed: http://127.0.0.1:8080/live/feed.json, a new step every 20 s)"
        );
    }
}

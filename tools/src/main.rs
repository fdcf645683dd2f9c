//! `liveblog`: command-line tools for the live-blog widget.
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use liveblog_tools::serve::{
    serve, ServeOptions, DEFAULT_ADDR, DEFAULT_ROOT, DEFAULT_SCRIPT, DEFAULT_STEP_SECONDS,
};
use liveblog_tools::verbosity::Verbosity;

/// Tools for the live-blog widget.
#[derive(Debug, Parser)]
#[command(
    name = "liveblog",
    version,
    after_help = "Examples:\n  liveblog serve --step-seconds 5\n  then open http://127.0.0.1:8080/ and watch the live blog update.\n\n  liveblog serve --control --step-seconds 0 --addr 127.0.0.1:0\n  a free port, no automatic steps, and a /control/ API for end-to-end tests."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the demo page, the built widget and a live feed that changes every few seconds.
    #[command(
        long_about = "Serve the demo page (index.html), the built widget (dist/) and a JSON Feed 1.1 \
live feed at /live/feed.json. The feed starts with the script's initial updates and plays one \
scripted step (publish, edit, delete, key points, pin, close) every --step-seconds. \
Build the widget first: scripts/demo.sh does both.

The first stdout line is always `Demo newsroom: http://HOST:PORT/  (...)`, with the port \
actually bound (use --addr 127.0.0.1:0 for a free one).

With --control, end-to-end tests drive the blog and the feed over JSON (CORS open to any origin):
  POST   /control/publish  an update as in the script, without minutes_ago (201; 409 if the id exists)
  POST   /control/edit     {\"id\", \"title\"?, \"content_html\"?} (404 if unknown)
  POST   /control/delete   {\"id\"} (404 if unknown)
  POST   /control/close    {\"notice\"?}
  POST   /control/step     play the next scripted step now (409 when none is left)
  POST   /control/fail     {\"mode\": none|500|503|429|slow|malformed|empty, \"count\"?, \"retry_after\"?, \"delay_ms\"?}
  GET    /control/log      every feed request: t_ms, method, if_none_match, if_modified_since, status, bytes
  DELETE /control/log      clear the log",
        after_help = "Examples:
  liveblog serve --addr 127.0.0.1:8080 --step-seconds 5
  curl -i http://127.0.0.1:8080/live/feed.json

  liveblog serve --control --step-seconds 0 --addr 127.0.0.1:0
  curl -X POST -d '{\"mode\":\"503\",\"retry_after\":7,\"count\":2}' http://127.0.0.1:PORT/control/fail
  curl http://127.0.0.1:PORT/control/log"
    )]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on; port 0 picks a free port (printed on the first line).
    #[arg(long, default_value = DEFAULT_ADDR)]
    addr: SocketAddr,
    /// Repository root holding index.html, dist/ and tools/demo/.
    #[arg(long, default_value = DEFAULT_ROOT)]
    root: PathBuf,
    /// Demo script to play [default: <root>/tools/demo/newsroom.json].
    #[arg(long)]
    script: Option<PathBuf>,
    /// Seconds between two scripted steps; 0 plays steps only on POST /control/step.
    #[arg(long, default_value_t = DEFAULT_STEP_SECONDS)]
    step_seconds: u64,
    /// Mount the /control/ test API (publish, edit, delete, close, step, fail, log).
    #[arg(long)]
    control: bool,
    /// Print no per-step lines (the start lines are still printed).
    #[arg(long, short)]
    quiet: bool,
}

impl ServeArgs {
    fn into_options(self) -> ServeOptions {
        let script = self
            .script
            .unwrap_or_else(|| self.root.join(DEFAULT_SCRIPT));
        ServeOptions {
            addr: self.addr,
            root: self.root,
            script,
            step: (self.step_seconds > 0).then(|| Duration::from_secs(self.step_seconds)),
            control: self.control,
            verbosity: if self.quiet {
                Verbosity::Quiet
            } else {
                Verbosity::Steps
            },
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => serve(args.into_options()).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    fn serve_options(args: &[&str]) -> ServeOptions {
        let cli = Cli::parse_from(["liveblog", "serve"].iter().chain(args));
        let Command::Serve(args) = cli.command;
        args.into_options()
    }

    #[test]
    fn serve_defaults_to_the_newsroom_script_below_the_root() {
        let options = serve_options(&["--root", "/repo"]);
        assert_eq!(options.addr, SocketAddr::from(([127, 0, 0, 1], 8080)));
        assert_eq!(
            options.script,
            PathBuf::from("/repo/tools/demo/newsroom.json")
        );
        assert_eq!(options.step, Some(Duration::from_secs(20)));
        assert!(!options.control);
        assert_eq!(options.verbosity, Verbosity::Steps);
    }

    #[test]
    fn a_zero_step_means_no_automatic_steps() {
        assert_eq!(serve_options(&["--step-seconds", "0"]).step, None);
    }

    #[test]
    fn a_negative_step_is_rejected() {
        let parsed = Cli::try_parse_from(["liveblog", "serve", "--step-seconds", "-1"]);
        assert!(parsed.is_err());
    }

    #[test]
    fn the_test_setup_parses_control_quiet_and_a_free_port() {
        let options = serve_options(&[
            "--control",
            "--step-seconds",
            "0",
            "--addr",
            "127.0.0.1:0",
            "--quiet",
        ]);
        assert!(options.control);
        assert_eq!(options.verbosity, Verbosity::Quiet);
        assert_eq!(options.addr.port(), 0);
        assert_eq!(options.step, None);
    }
}

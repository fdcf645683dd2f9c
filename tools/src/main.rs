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

/// Tools for the live-blog widget.
#[derive(Debug, Parser)]
#[command(
    name = "liveblog",
    version,
    after_help = "Example:\n  liveblog serve --step-seconds 5\n  then open http://127.0.0.1:8080/ and watch the live blog update."
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
Build the widget first: scripts/demo.sh does both.",
        after_help = "Example:\n  liveblog serve --addr 127.0.0.1:8080 --step-seconds 5\n  curl -i http://127.0.0.1:8080/live/feed.json"
    )]
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = DEFAULT_ADDR)]
    addr: SocketAddr,
    /// Repository root holding index.html, dist/ and tools/demo/.
    #[arg(long, default_value = DEFAULT_ROOT)]
    root: PathBuf,
    /// Demo script to play [default: <root>/tools/demo/newsroom.json].
    #[arg(long)]
    script: Option<PathBuf>,
    /// Seconds between two scripted steps.
    #[arg(long, default_value_t = DEFAULT_STEP_SECONDS, value_parser = clap::value_parser!(u64).range(1..))]
    step_seconds: u64,
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
            step: Duration::from_secs(self.step_seconds),
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

    #[test]
    fn serve_defaults_to_the_newsroom_script_below_the_root() {
        let cli = Cli::parse_from(["liveblog", "serve", "--root", "/repo"]);
        let Command::Serve(args) = cli.command;
        let options = args.into_options();
        assert_eq!(options.addr, SocketAddr::from(([127, 0, 0, 1], 8080)));
        assert_eq!(
            options.script,
            PathBuf::from("/repo/tools/demo/newsroom.json")
        );
        assert_eq!(options.step, Duration::from_secs(20));
    }

    #[test]
    fn a_zero_step_is_rejected() {
        let parsed = Cli::try_parse_from(["liveblog", "serve", "--step-seconds", "0"]);
        assert!(parsed.is_err());
    }
}

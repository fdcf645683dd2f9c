//! `liveblog`: command-line tools for the live-blog widget.
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use liveblog_tools::convert::{convert, Target};
use liveblog_tools::document::{self, Format};
use liveblog_tools::render::{render, RenderOptions};
use liveblog_tools::serve::{
    serve, ServeOptions, DEFAULT_ADDR, DEFAULT_ROOT, DEFAULT_SCRIPT, DEFAULT_STEP_SECONDS,
};
use liveblog_tools::source;
use liveblog_tools::validate::validate;
use liveblog_tools::verbosity::Verbosity;

/// Tools for the live-blog widget: check a feed, convert it, serve the demo.
#[derive(Debug, Parser)]
#[command(
    name = "liveblog",
    version,
    after_help = "Examples:\n  liveblog validate https://news.example/live/summit/feed.json\n  every problem of a feed, each with a JSON pointer; exits 1 on errors.\n\n  liveblog convert page-ld.json > feed.json\n  a schema.org LiveBlogPosting as a JSON Feed (and a JSON Feed as a LiveBlogPosting).\n\n  liveblog serve --step-seconds 5\n  then open http://127.0.0.1:8080/ and watch the live blog update.\n\n  liveblog serve --control --step-seconds 0 --addr 127.0.0.1:0\n  a free port, no automatic steps, and a /control/ API for end-to-end tests."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a feed (JSON Feed or LiveBlogPosting JSON-LD): errors and warnings, each with a JSON pointer.
    #[command(
        long_about = "Check a feed the way the widget reads it: a JSON Feed 1.1 with the _liveblog \
extension, or a schema.org LiveBlogPosting (JSON-LD: an object, an array or an @graph). Every \
problem is printed on its own line with a JSON pointer (RFC 6901) to where it is, then a summary \
of what the widget would show.

Errors break the format: invalid JSON, wrong types, items without id, duplicate ids, \
unparseable dates, a feed over 1 MB. Warnings are what the widget works around: HTML it strips \
from content_html, pictures without alt text, a newest page so large that polling gets \
expensive (over 50 updates or 100 KB), URLs it drops, unknown _liveblog fields.

Exit status: 0 without errors, 1 with errors (or with warnings under --deny-warnings), 2 when \
the feed cannot be read at all (no such file, HTTP error).",
        after_help = "Examples:
  liveblog validate tests/fixtures/summit.json
  warning /items/1/id: a number, read as the string \"5\": JSON Feed ids are strings
  warning /items/1/content_html: <script> is removed with everything inside it
  ...
  error   /items/5: no id: the widget drops this item
  tests/fixtures/summit.json: 2 errors, 5 warnings. JSON Feed: the widget shows 5 updates of 6 items, live.

  liveblog validate https://news.example/live/summit/feed.json
  liveblog convert --to json-ld feed.json | liveblog validate -"
    )]
    Validate(ValidateArgs),
    /// Convert LiveBlogPosting JSON-LD to JSON Feed, and JSON Feed to LiveBlogPosting.
    #[command(
        long_about = "Convert a feed to the other input format: a schema.org LiveBlogPosting \
(JSON-LD: an object, an array or an @graph) to a JSON Feed 1.1 with the _liveblog extension, \
and a JSON Feed to a LiveBlogPosting. The input is read as the widget reads it, so an update \
without @id gets the id the widget gives it.

Lossless for what both formats have: the blog's title, page, language and live or closed \
state, the _liveblog extension, and each update's id, permalink, headline, plain text, \
summary, dates, authors (name and page), picture and its alt text. What the target format \
cannot hold is left out and listed on stderr: content_html becomes plain text (articleBody is \
plain text), next_url, tags, other attachments and avatars have no LiveBlogPosting property, \
and coverageEndTime has no JSON Feed field (a past one makes the feed expired).",
        after_help = "Examples:
  liveblog convert live-ld.json > feed.json
  liveblog convert --to json-ld tests/fixtures/clean.json -o clean-ld.json
  liveblog convert https://news.example/live/summit/ld.json | liveblog validate -"
    )]
    Convert(ConvertArgs),
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
    /// Render the blog as static HTML that the widget takes over in the browser, with its JSON-LD.
    #[command(
        long_about = "Render a blog as static HTML for search engines and readers without \
JavaScript: the widget's host element with its shadow root written out as declarative shadow DOM \
(the stylesheet, the widget's first render made by Yew's server-side rendering of the widget's own \
components, and the blog as a JSON Feed), then the same content as schema.org LiveBlogPosting \
JSON-LD. Put it in the article where the widget's <div> would go and keep the embed.js script tag: \
the widget hydrates the snapshot (every element is kept, none re-created) and polls the feed from \
there. Browsers show the snapshot before any script runs.

--feed is the URL the widget polls, absolute: the feed's relative links resolve against it. \
The input is the feed to render, a file, a URL or - (by default the --feed URL itself). Times \
are written in UTC until the widget shows them in the reader's zone; the widget's words are in the \
blog's language (--locale, else the feed's language).",
        after_help = "Examples:
  liveblog render --feed https://news.example/live/summit/feed.json \\
    --assets https://cdn.example/liveblog/ > snapshot.html

  liveblog render tests/fixtures/summit.json --feed https://news.example/live/summit/feed.json \\
    --assets /dist/ --page -o summit.html
  a whole page with the loader, to open in a browser."
    )]
    Render(RenderArgs),
}

#[derive(Debug, Args)]
struct RenderArgs {
    /// The feed to render: a file, an http(s) URL, or - for standard input [default: --feed].
    input: Option<String>,
    /// The feed URL the widget polls (data-liveblog-feed), absolute.
    #[arg(long)]
    feed: String,
    /// The URL of the folder the built widget is served from (dist/), ending in /.
    #[arg(long, default_value = "/dist/")]
    assets: String,
    /// The embed's locale (data-liveblog-locale).
    #[arg(long)]
    locale: Option<String>,
    /// The embed's colour scheme: light, dark or auto (data-liveblog-theme).
    #[arg(long)]
    theme: Option<String>,
    /// Updates shown before "Show more" (data-liveblog-page-size).
    #[arg(long)]
    page_size: Option<String>,
    /// Seconds between polls (data-liveblog-poll-interval) [default: the feed's hint, else 15].
    #[arg(long)]
    poll_interval: Option<String>,
    /// A whole HTML page with the loader's script tag, instead of the fragment for an article.
    #[arg(long)]
    page: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

impl RenderArgs {
    fn options(&self) -> RenderOptions {
        let optional = [
            ("locale", &self.locale),
            ("theme", &self.theme),
            ("page-size", &self.page_size),
            ("poll-interval", &self.poll_interval),
        ];
        let embed = std::iter::once(("feed".to_owned(), self.feed.clone()))
            .chain(optional.into_iter().filter_map(|(name, value)| {
                value.as_ref().map(|value| (name.to_owned(), value.clone()))
            }))
            .collect();
        RenderOptions {
            embed,
            assets: self.assets.clone(),
            page: self.page,
        }
    }
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

#[derive(Debug, Args)]
struct ValidateArgs {
    /// The feed: a file, an http(s) URL, or - for standard input.
    input: String,
    /// Exit with status 1 on warnings too.
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Debug, Args)]
struct ConvertArgs {
    /// The feed: a file, an http(s) URL, or - for standard input.
    input: String,
    /// The format to write [default: the other one].
    #[arg(long, value_enum)]
    to: Option<TargetFormat>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// The formats `convert` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum TargetFormat {
    /// JSON Feed 1.1 with the _liveblog extension.
    JsonFeed,
    /// A schema.org LiveBlogPosting.
    JsonLd,
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

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Serve(args) => run_serve(args),
        Command::Validate(args) => run_validate(&args),
        Command::Convert(args) => run_convert(&args),
        Command::Render(args) => run_render(&args),
    }
}

fn run_render(args: &RenderArgs) -> ExitCode {
    let input = args.input.as_deref().unwrap_or(&args.feed);
    let bytes = match source::read(input) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => return fail(&error),
    };
    let rendered = match runtime.block_on(render(&bytes, &args.options())) {
        Ok(rendered) => rendered,
        Err(error) => {
            eprintln!("error: {input}: {error} (liveblog validate {input} lists every problem)");
            return ExitCode::FAILURE;
        }
    };
    for warning in &rendered.warnings {
        eprintln!("warning: {warning}");
    }
    write_output(args.output.as_ref(), &rendered.html)
}

fn run_serve(args: ServeArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return fail(&error),
    };
    match runtime.block_on(serve(args.into_options())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

fn run_validate(args: &ValidateArgs) -> ExitCode {
    let bytes = match source::read(&args.input) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let report = validate(&bytes, document::now());
    print!("{}", report.render(&args.input));
    if report.errors() > 0 || (args.deny_warnings && report.warnings() > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_convert(args: &ConvertArgs) -> ExitCode {
    let bytes = match source::read(&args.input) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let feed = match document::read(&bytes, document::now()) {
        Ok(feed) => feed,
        Err(error) => {
            eprintln!(
                "error: {}: {error} (liveblog validate {} lists every problem)",
                args.input, args.input
            );
            return ExitCode::FAILURE;
        }
    };
    let target = match (args.to, feed.format) {
        (Some(TargetFormat::JsonFeed), _) | (None, Format::LiveBlogPosting) => Target::JsonFeed,
        (Some(TargetFormat::JsonLd), _) | (None, Format::JsonFeed) => Target::LiveBlogPosting,
    };
    let converted = convert(&feed, target);
    for note in &converted.notes {
        eprintln!("note: {note}");
    }
    let mut json = match serde_json::to_string_pretty(&converted.document) {
        Ok(json) => json,
        Err(error) => return fail(&error),
    };
    json.push('\n');
    write_output(args.output.as_ref(), &json)
}

/// Writes `text` to the `--output` file, else to standard output.
fn write_output(output: Option<&PathBuf>, text: &str) -> ExitCode {
    let written = match output {
        Some(path) => std::fs::write(path, text),
        None => {
            use std::io::Write;
            std::io::stdout().write_all(text.as_bytes())
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(&error),
    }
}

fn fail(error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::FAILURE
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
        let Command::Serve(args) = cli.command else {
            panic!("not serve");
        };
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
    fn convert_writes_the_other_format_unless_told() {
        let cli = Cli::parse_from([
            "liveblog", "convert", "--to", "json-ld", "-o", "x.json", "-",
        ]);
        let Command::Convert(args) = cli.command else {
            panic!("not convert");
        };
        assert_eq!(args.to, Some(TargetFormat::JsonLd));
        assert_eq!(args.input, "-");
        assert_eq!(args.output, Some(PathBuf::from("x.json")));
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

//! `liveblog validate`: what is wrong with a feed, each problem with a JSON pointer to it.
//!
//! Errors break the format (invalid JSON, wrong types, items without id, duplicate ids,
//! unparseable dates, a feed over 1 MB); warnings are what the widget quietly works around (HTML
//! it strips, images without alt text, a newest page so large that polling gets expensive, URLs
//! it drops...). The checks walk the JSON itself, so every problem is found, not only the first;
//! the closing summary comes from the widget's own core reading the same bytes, so it says
//! exactly what readers would see.

mod checker;
mod extension;
mod json_feed;
mod json_ld;
mod pointer;

use std::fmt::{self, Write as _};

use liveblog::core::normalize::normalize;
use liveblog::core::{Status, Timestamp};
use serde_json::Value;

use crate::document::{locate, read_value, Format, ReadError};
pub(crate) use checker::has_scheme;
use checker::Checker;
pub use pointer::Pointer;

/// A feed larger than this is an error: every reader downloads it on every change.
pub const MAX_FEED_BYTES: usize = 1_000_000;
/// More updates than this on the polled page is a warning (docs/deploying.md).
pub const MAX_POLLED_UPDATES: usize = 50;
/// A polled page larger than this is a warning.
pub const MAX_POLLED_BYTES: usize = 100_000;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The feed breaks the format: `validate` exits non-zero.
    Error,
    /// The widget copes, but readers lose something or polling costs more.
    Warning,
}

/// One problem, where it is, and what it means for readers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where in the document (RFC 6901).
    pub pointer: Pointer,
    /// What is wrong and what the widget does about it.
    pub message: String,
}

/// Everything `validate` found in one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The problems, in document order (size problems first).
    pub problems: Vec<Problem>,
    /// The format the document was read as, when it was JSON.
    pub format: Option<Format>,
    /// What the widget makes of it.
    pub outcome: Outcome,
}

/// What the widget would show for the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It reads the feed: this many updates out of this many items, live or closed.
    Shown {
        /// Updates shown (items with an id, each id once).
        updates: usize,
        /// Items in the document.
        items: usize,
        /// Live or closed.
        status: Status,
    },
    /// It refuses the document (a failed poll); why.
    Refused(String),
}

impl Report {
    /// How many errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|problem| problem.severity == severity)
            .count()
    }

    /// The report as `validate` prints it: one line per problem, then a summary naming `source`.
    pub fn render(&self, source: &str) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            let label = match problem.severity {
                Severity::Error => "error  ",
                Severity::Warning => "warning",
            };
            let _ = writeln!(out, "{label} {}: {}", problem.pointer, problem.message);
        }
        let _ = write!(
            out,
            "{source}: {}, {}. ",
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning")
        );
        let widget = match self.format {
            Some(format) => {
                let _ = write!(out, "{}: ", format.name());
                "the widget"
            }
            None => "The widget",
        };
        let _ = match &self.outcome {
            Outcome::Shown {
                updates,
                items,
                status,
            } => writeln!(
                out,
                "{widget} shows {} of {}, {}.",
                plural(*updates, "update"),
                plural(*items, "item"),
                match status {
                    Status::Live => "live",
                    Status::Closed => "closed",
                }
            ),
            Outcome::Refused(reason) => writeln!(out, "{widget} refuses it ({reason})."),
        };
        out
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// Checks a document's raw bytes at `now` (which decides whether a `coverageEndTime` passed).
pub fn validate(bytes: &[u8], now: Timestamp) -> Report {
    let mut checker = Checker::default();
    let root = Pointer::root();
    if bytes.len() > MAX_FEED_BYTES {
        checker.error(
            &root,
            format!(
                "the feed is {}: over the 1 MB limit. Every reader downloads it on every change; keep the newest updates and page older ones with next_url",
                size(bytes.len())
            ),
        );
    } else if bytes.len() > MAX_POLLED_BYTES {
        checker.warn(
            &root,
            format!(
                "the feed is {}: every reader downloads it again on every change. Keep the newest page under {} (20 to 50 updates) and page older ones with next_url",
                size(bytes.len()),
                size(MAX_POLLED_BYTES)
            ),
        );
    }
    let document: Value = match serde_json::from_slice(bytes) {
        Ok(document) => document,
        Err(error) => {
            checker.error(&root, format!("not JSON: {error}"));
            return checker.finish(None, Outcome::Refused("not JSON".into()));
        }
    };
    let format = match locate(&document) {
        Some(located) => {
            match located.format {
                Format::JsonFeed => json_feed::check(&mut checker, located.node),
                Format::LiveBlogPosting => {
                    json_ld::check(&mut checker, located.node, &located.pointer);
                }
            }
            Some(located.format)
        }
        None => {
            checker.error(
                &root,
                if document.is_array() {
                    "an array is read as JSON-LD, and it holds no LiveBlogPosting: a JSON Feed must be a JSON object"
                } else {
                    "JSON-LD without a LiveBlogPosting (an object with @type LiveBlogPosting, alone, in an array or in @graph)"
                },
            );
            None
        }
    };
    let outcome = match read_value(&document, now) {
        Ok(read) => {
            let items = read.wire.items.len();
            let feed = normalize(read.wire, &|url| Some(url.to_owned()));
            Outcome::Shown {
                updates: feed.updates.len(),
                items,
                status: feed.status,
            }
        }
        Err(ReadError::Refused(pointer, error)) => {
            if checker.errors() == 0 {
                // The walk missed what the widget's parser refuses: say it anyway.
                checker.error(&pointer, format!("the widget cannot read this: {error}"));
            }
            Outcome::Refused(format!("at {pointer}: {error}"))
        }
        Err(error) => Outcome::Refused(error.to_string()),
    };
    checker.finish(format, outcome)
}

/// `n thing` or `n things`.
pub(crate) fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// A byte count as people read it: `1.2 MB`, `340 KB`, `812 B`.
fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} KB", bytes / 1_000),
        _ => format!("{}.{} MB", bytes / 1_000_000, bytes % 1_000_000 / 100_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-30T15:00:00Z").expect("a date")
    }

    fn lines(json: &str) -> Vec<String> {
        validate(json.as_bytes(), now())
            .problems
            .iter()
            .map(|problem| format!("{} {}", problem.severity, problem.pointer))
            .collect()
    }

    #[test]
    fn a_clean_feed_has_no_problems() {
        let report = validate(
            br#"{"version":"https://jsonfeed.org/version/1.1","title":"T",
                "items":[{"id":"a","content_text":"x","date_published":"2026-11-30T10:00:00Z"}]}"#,
            now(),
        );
        assert_eq!(report.problems, []);
        assert_eq!(
            report.render("feed.json"),
            "feed.json: 0 errors, 0 warnings. JSON Feed: the widget shows 1 update of 1 item, live.\n"
        );
    }

    #[test]
    fn a_feed_over_a_megabyte_is_an_error_and_over_a_hundred_kilobytes_a_warning() {
        let feed = |padding: usize| {
            format!(
                r#"{{"version":"https://jsonfeed.org/version/1.1","title":"{}","items":[]}}"#,
                "x".repeat(padding)
            )
        };
        let big = validate(feed(1_000_001).as_bytes(), now());
        assert_eq!(big.errors(), 1);
        assert!(big.problems[0].message.starts_with("the feed is 1.0 MB"));
        let large = validate(feed(150_000).as_bytes(), now());
        assert_eq!((large.errors(), large.warnings()), (0, 1));
        assert!(large.problems[0].message.starts_with("the feed is 150 KB"));
    }

    #[test]
    fn invalid_json_is_one_error_at_the_root() {
        assert_eq!(lines(r#"{"title": "#), ["error (root)"]);
        let report = validate(b"{", now());
        assert_eq!(report.outcome, Outcome::Refused("not JSON".into()));
    }

    #[test]
    fn a_type_the_walk_does_not_know_is_still_reported_through_the_widgets_parser() {
        // `_liveblog` must be an object; the walk checks that, and the parser agrees.
        assert_eq!(
            lines(
                r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[],"_liveblog":[]}"#
            ),
            ["error /_liveblog"]
        );
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size(812), "812 B");
        assert_eq!(size(340_123), "340 KB");
        assert_eq!(size(1_234_567), "1.2 MB");
    }
}

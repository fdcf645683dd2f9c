//! Why a poll did not bring a feed.

use std::fmt;

/// A failed poll. The widget keeps showing the last good content, says that refreshing failed,
/// and tries again later with backoff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedError {
    /// The request did not complete: offline, DNS, refused connection, or a CORS refusal
    /// (browsers do not tell these apart).
    Network,
    /// The feed did not answer in time; the request was abandoned.
    Timeout,
    /// The server answered with a status other than 2xx.
    Status {
        /// The HTTP status.
        status: u16,
        /// Seconds the server asked the widget to wait (`Retry-After` on a 429 or 503).
        retry_after: Option<u32>,
    },
    /// The body is not JSON.
    InvalidJson,
    /// The body is JSON but not a feed: a field has the wrong type, or it is not an object.
    NotAFeed(String),
    /// The body is longer than [`MAX_FEED_BYTES`](crate::core::guard::MAX_FEED_BYTES): not
    /// parsed, so that a runaway feed cannot freeze the reader's page at every poll.
    TooLarge,
}

impl FeedError {
    /// How long the server asked to be left alone, in seconds, if it did.
    pub fn retry_after(&self) -> Option<u32> {
        match self {
            FeedError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedError::Network => f.write_str("the feed could not be reached"),
            FeedError::Timeout => f.write_str("the feed did not answer in time"),
            FeedError::Status { status, .. } => write!(f, "the feed answered HTTP {status}"),
            FeedError::InvalidJson => f.write_str("the feed is not valid JSON"),
            FeedError::NotAFeed(reason) => write!(f, "the feed is not a JSON Feed: {reason}"),
            FeedError::TooLarge => f.write_str("the feed is larger than 10 MB"),
        }
    }
}

/// Reads a `Retry-After` header: a number of seconds, or an HTTP date (measured from `now`).
/// Only 429 and 503 answers carry a meaningful one; `None` when it cannot be read.
pub fn parse_retry_after(value: &str, now: super::Timestamp) -> Option<u32> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u32>() {
        return Some(seconds);
    }
    let at = super::Timestamp::parse_http_date(value)?;
    let seconds = (at.0 - now.0).max(0) / 1_000;
    Some(u32::try_from(seconds).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Timestamp;

    #[test]
    fn retry_after_reads_seconds() {
        assert_eq!(parse_retry_after(" 120 ", Timestamp(0)), Some(120));
    }

    #[test]
    fn retry_after_reads_an_http_date_relative_to_now() {
        let now = Timestamp::parse("2026-11-30T14:05:00Z").expect("date");
        assert_eq!(
            parse_retry_after("Mon, 30 Nov 2026 14:06:30 GMT", now),
            Some(90)
        );
        assert_eq!(
            parse_retry_after("Mon, 30 Nov 2026 14:00:00 GMT", now),
            Some(0)
        );
    }

    #[test]
    fn an_unreadable_retry_after_is_ignored() {
        assert_eq!(parse_retry_after("soon", Timestamp(0)), None);
        assert_eq!(parse_retry_after("-5", Timestamp(0)), None);
    }
}

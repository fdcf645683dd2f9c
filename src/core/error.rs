//! Why a poll did not bring a feed.

use std::fmt;

/// A failed poll. The widget keeps showing the last good content, says that refreshing failed,
/// and tries again later with backoff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedError {
    /// The request did not complete: offline, DNS, refused connection, or a CORS refusal
    /// (browsers do not tell these apart).
    Network,
    /// The server answered with a status other than 2xx.
    Status(u16),
    /// The body is not JSON.
    InvalidJson,
    /// The body is JSON but not a feed: a field has the wrong type, or it is not an object.
    NotAFeed(String),
}

impl fmt::Display for FeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedError::Network => f.write_str("the feed could not be reached"),
            FeedError::Status(status) => write!(f, "the feed answered HTTP {status}"),
            FeedError::InvalidJson => f.write_str("the feed is not valid JSON"),
            FeedError::NotAFeed(reason) => write!(f, "the feed is not a JSON Feed: {reason}"),
        }
    }
}

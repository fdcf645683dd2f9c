//! Injected feed failures: how the next requests for the live feed are answered while a test
//! makes the feed misbehave (`POST /control/fail`).
//!
//! Pure: a [`FaultPlan`] counts requests down and describes each answer as a [`FeedAnswer`];
//! `feed_endpoint` turns that description into an HTTP response.

use std::time::Duration;

use serde::Deserialize;

use crate::conditional::entity_tag;
use crate::json_feed::CONTENT_TYPE;

/// How long a `slow` fault holds each answer back when the order gives no `delay_ms`.
pub const DEFAULT_SLOW_DELAY: Duration = Duration::from_millis(3_000);

/// The body of an `empty` fault: a valid JSON Feed without a single item.
pub const EMPTY_FEED: &str =
    r#"{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}"#;

/// The media type of a failure's plain-text body.
const TEXT: &str = "text/plain; charset=utf-8";

/// A kind of misbehaviour, spelled as in the `mode` of `POST /control/fail`.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
pub enum FaultMode {
    /// Answer normally: clears any fault.
    #[serde(rename = "none")]
    None,
    /// `500 Internal Server Error` with a short text body.
    #[serde(rename = "500")]
    ServerError,
    /// `503 Service Unavailable`, with `Retry-After` when the order gives one.
    #[serde(rename = "503")]
    Unavailable,
    /// `429 Too Many Requests`, with `Retry-After` when the order gives one.
    #[serde(rename = "429")]
    TooManyRequests,
    /// The normal answer (200 or 304), held back for a while.
    #[serde(rename = "slow")]
    Slow,
    /// `200` with a truncated, unparseable feed.
    #[serde(rename = "malformed")]
    Malformed,
    /// `200` with a valid feed that has no items ([`EMPTY_FEED`]).
    #[serde(rename = "empty")]
    Empty,
}

/// The body of `POST /control/fail`, e.g. `{"mode": "503", "retry_after": 7, "count": 2}`.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FaultOrder {
    /// What the feed should do.
    pub mode: FaultMode,
    /// How many feed requests to affect before answering normally again; absent means until
    /// the next order.
    #[serde(default)]
    pub count: Option<u32>,
    /// Seconds to send in `Retry-After` with a 503 or 429; ignored by other modes.
    #[serde(default)]
    pub retry_after: Option<u32>,
    /// How long a `slow` answer waits, in milliseconds; [`DEFAULT_SLOW_DELAY`] when absent.
    #[serde(default)]
    pub delay_ms: Option<u64>,
}

/// How the feed endpoint should answer one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedAnswer {
    /// As usual: the feed, or 304 when the client's validators match.
    Normal,
    /// As usual, but only after this long.
    Delayed(Duration),
    /// This failure instead of the feed, whatever validators the request carries (never a 304).
    Failure(Failure),
}

/// A failure served in place of the feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// `500` with a text body.
    ServerError,
    /// `503`, optionally with `Retry-After` seconds.
    Unavailable {
        /// Seconds for `Retry-After`, if any.
        retry_after: Option<u32>,
    },
    /// `429`, optionally with `Retry-After` seconds.
    TooManyRequests {
        /// Seconds for `Retry-After`, if any.
        retry_after: Option<u32>,
    },
    /// `200` with the first half of the real feed: not JSON.
    Malformed,
    /// `200` with [`EMPTY_FEED`].
    Empty,
}

/// Everything needed to write a failure's response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FailureResponse {
    /// The HTTP status code.
    pub status: u16,
    /// The `Content-Type` of `body`.
    pub content_type: &'static str,
    /// The exact body to send.
    pub body: Vec<u8>,
    /// The `Retry-After` value in seconds, e.g. `"7"`, if one is to be sent.
    pub retry_after: Option<String>,
    /// An entity tag for 200 failures: the tag of this body, so it never matches the real feed's.
    pub etag: Option<String>,
}

/// The feed's current misbehaviour and how many more requests it affects.
///
/// The default plan answers every request normally.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FaultPlan {
    answer: Option<Planned>,
    /// Requests still to affect; `None` means until the plan is replaced.
    remaining: Option<u32>,
}

/// The non-normal answer a plan gives while it lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Planned {
    Delay(Duration),
    Fail(Failure),
}

impl FaultPlan {
    /// The plan an order asks for. Mode `none`, or a `count` of 0, gives the normal plan.
    pub fn from_order(order: FaultOrder) -> Self {
        let answer = match order.mode {
            FaultMode::None => None,
            FaultMode::ServerError => Some(Planned::Fail(Failure::ServerError)),
            FaultMode::Unavailable => Some(Planned::Fail(Failure::Unavailable {
                retry_after: order.retry_after,
            })),
            FaultMode::TooManyRequests => Some(Planned::Fail(Failure::TooManyRequests {
                retry_after: order.retry_after,
            })),
            FaultMode::Slow => Some(Planned::Delay(
                order
                    .delay_ms
                    .map_or(DEFAULT_SLOW_DELAY, Duration::from_millis),
            )),
            FaultMode::Malformed => Some(Planned::Fail(Failure::Malformed)),
            FaultMode::Empty => Some(Planned::Fail(Failure::Empty)),
        };
        if answer.is_none() || order.count == Some(0) {
            return Self::default();
        }
        Self {
            answer,
            remaining: order.count,
        }
    }

    /// Whether the feed is currently answered normally.
    pub fn is_normal(&self) -> bool {
        self.answer.is_none()
    }

    /// How the next feed request is answered; counts that request against the plan, which
    /// returns to normal once its count runs out.
    pub fn next_answer(&mut self) -> FeedAnswer {
        let answer = match self.answer {
            None => FeedAnswer::Normal,
            Some(Planned::Delay(delay)) => FeedAnswer::Delayed(delay),
            Some(Planned::Fail(failure)) => FeedAnswer::Failure(failure),
        };
        if let Some(remaining) = self.remaining.as_mut() {
            *remaining = remaining.saturating_sub(1);
            if *remaining == 0 {
                *self = Self::default();
            }
        }
        answer
    }
}

impl Failure {
    /// The response to send, given the body of the feed as it currently is (the malformed
    /// failure truncates it).
    pub fn response(self, feed_body: &[u8]) -> FailureResponse {
        match self {
            Failure::ServerError => text(500, "Internal Server Error (injected fault)\n", None),
            Failure::Unavailable { retry_after } => {
                text(503, "Service Unavailable (injected fault)\n", retry_after)
            }
            Failure::TooManyRequests { retry_after } => {
                text(429, "Too Many Requests (injected fault)\n", retry_after)
            }
            Failure::Malformed => feed_like(truncated(feed_body)),
            Failure::Empty => feed_like(EMPTY_FEED.as_bytes().to_vec()),
        }
    }
}

fn text(status: u16, body: &str, retry_after: Option<u32>) -> FailureResponse {
    FailureResponse {
        status,
        content_type: TEXT,
        body: body.as_bytes().to_vec(),
        retry_after: retry_after.map(|seconds| seconds.to_string()),
        etag: None,
    }
}

fn feed_like(body: Vec<u8>) -> FailureResponse {
    FailureResponse {
        status: 200,
        content_type: CONTENT_TYPE,
        etag: Some(entity_tag(&body)),
        body,
        retry_after: None,
    }
}

/// The first half of the feed. The feed is one JSON object, and no proper prefix of an object
/// is valid JSON; a feed too short to halve gives a fixed unfinished object instead.
fn truncated(feed_body: &[u8]) -> Vec<u8> {
    match feed_body.get(..feed_body.len() / 2) {
        Some(half) if !half.is_empty() => half.to_vec(),
        _ => br#"{"version":"#.to_vec(),
    }
}

#[cfg(test)]
mod tests;

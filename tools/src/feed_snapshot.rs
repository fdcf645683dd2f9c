//! The feed as served: the serialised body with its validators, rendered once per change.

use axum::body::Bytes;

use crate::conditional::entity_tag;
use crate::newsroom::Newsroom;
use crate::site::SiteUrls;
use crate::timestamp::Timestamp;

/// One rendering of the feed. Requests share it instead of re-serialising on every poll.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedSnapshot {
    /// The JSON Feed document.
    pub body: Bytes,
    /// Strong entity tag of `body`, quoted.
    pub etag: String,
    /// When the blog last changed, for `Last-Modified`.
    pub last_modified: Timestamp,
}

impl FeedSnapshot {
    /// Renders the newsroom's current state.
    ///
    /// # Errors
    /// If serialisation fails, which the feed's plain string-and-list shape does not allow in
    /// practice; callers keep the previous snapshot.
    pub fn render(newsroom: &Newsroom, site: &SiteUrls) -> Result<Self, serde_json::Error> {
        let body = serde_json::to_vec(&newsroom.to_json_feed(site))?;
        Ok(Self {
            etag: entity_tag(&body),
            body: Bytes::from(body),
            last_modified: newsroom.last_changed(),
        })
    }
}

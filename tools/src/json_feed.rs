//! The published document: JSON Feed 1.1 plus the `_liveblog` extension the widget reads.
//!
//! These types only describe the output shape; [`crate::newsroom::Newsroom::to_json_feed`] fills
//! them in. Absent optional fields are left out of the JSON rather than written as `null`.

use serde::Serialize;

/// The JSON Feed version URL every document carries.
pub const VERSION: &str = "https://jsonfeed.org/version/1.1";

/// The media type a JSON Feed is served with.
pub const CONTENT_TYPE: &str = "application/feed+json; charset=utf-8";

/// A whole JSON Feed 1.1 document describing the live blog.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct JsonFeed {
    /// Always [`VERSION`].
    pub version: &'static str,
    /// The live blog's headline.
    pub title: String,
    /// The page the blog is embedded in.
    pub home_page_url: String,
    /// Where this document is served.
    pub feed_url: String,
    /// BCP 47 language tag.
    pub language: String,
    /// `true` once the blog has closed; absent while live.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub expired: bool,
    /// Live-blog state beyond JSON Feed: status, key points, polling hint.
    #[serde(rename = "_liveblog")]
    pub liveblog: FeedExtension,
    /// Updates, newest first by `date_published`.
    pub items: Vec<FeedItem>,
}

/// Whether the blog is still being updated.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BlogStatus {
    /// New updates may still arrive.
    Live,
    /// Coverage has ended.
    Closed,
}

/// The feed-level `_liveblog` extension object.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FeedExtension {
    /// Live or closed.
    pub status: BlogStatus,
    /// The summary bullet points.
    pub key_points: Vec<String>,
    /// Seconds a reader should wait between polls.
    pub poll_interval: u32,
    /// The closing notice; present only once closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

/// One update as a JSON Feed item.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FeedItem {
    /// Stable id such as `u-012`.
    pub id: String,
    /// Permalink: the demo page with the id as fragment.
    pub url: String,
    /// Optional headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The body as HTML.
    pub content_html: String,
    /// RFC 3339 UTC publication date.
    pub date_published: String,
    /// RFC 3339 UTC date of the last edit; present only if edited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<String>,
    /// Bylines; left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<FeedAuthor>,
    /// Absolute URL of the illustration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The illustration again, with its type and alt text (as `title`); left out without image.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<FeedAttachment>,
    /// The item's true flags; absent when none is set.
    #[serde(rename = "_liveblog", skip_serializing_if = "Option::is_none")]
    pub liveblog: Option<ItemFlags>,
}

/// A JSON Feed author.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FeedAuthor {
    /// Display name.
    pub name: String,
    /// Profile page, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A JSON Feed attachment (used for the item's image).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FeedAttachment {
    /// Absolute URL.
    pub url: String,
    /// MIME type guessed from the file extension.
    pub mime_type: String,
    /// The image's alt text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// The item-level `_liveblog` extension: only flags that are `true` are written.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct ItemFlags {
    /// The update is a key event.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub key_event: bool,
    /// The update is pinned.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pinned: bool,
}

impl ItemFlags {
    /// The flags as an optional extension object: `None` when no flag is set.
    pub fn non_empty(self) -> Option<Self> {
        (self.key_event || self.pinned).then_some(self)
    }
}

/// The MIME type of an image, from its URL's file extension (`image/svg+xml` for `.svg`).
pub fn image_mime_type(url: &str) -> &'static str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let extension = path
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase());
    match extension.as_deref() {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("avif") => "image/avif",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_types_come_from_the_extension() {
        assert_eq!(image_mime_type("/demo/img/x.svg"), "image/svg+xml");
        assert_eq!(
            image_mime_type("https://cdn.example/a.JPG?w=600"),
            "image/jpeg"
        );
        assert_eq!(image_mime_type("/img/noext"), "application/octet-stream");
    }

    #[test]
    fn item_flags_without_a_true_flag_are_left_out() {
        assert_eq!(ItemFlags::default().non_empty(), None);
        let pinned = ItemFlags {
            pinned: true,
            ..ItemFlags::default()
        };
        assert_eq!(pinned.non_empty(), Some(pinned));
        let json = serde_json::to_string(&pinned).expect("flags serialise");
        assert_eq!(json, r#"{"pinned":true}"#);
    }
}

//! `liveblog convert`: a feed in one input format written in the other (or in its own, cleaned).
//!
//! The input is read by the widget's own core ([`crate::document::read`]), so what is converted
//! is exactly what the widget would show; the output is written from those wire types. The two
//! formats share the blog's title, page, language and live or closed state, the `_liveblog`
//! extension, and for each update its id, permalink, headline, plain text, summary, dates,
//! authors (name and page), picture with its alt text, credit and size: these survive a round trip
//! unchanged. What has no counterpart is listed in [`Converted::notes`] (HTML bodies become plain
//! text, a picture's caption and the other pictures are left out, for example).

mod to_json_feed;
mod to_json_ld;

use liveblog::core::wire::{
    WireAttachment, WireAttachmentExtension, WireFeed, WireFeedExtension, WireItem,
    WireItemExtension,
};

use crate::document::FeedDocument;
use liveblog::core::Timestamp;
use serde_json::{Map, Number, Value};

/// The format to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// JSON Feed 1.1 with the `_liveblog` extension.
    JsonFeed,
    /// A schema.org `LiveBlogPosting`.
    LiveBlogPosting,
}

/// A converted document, and what could not be carried over.
#[derive(Clone, Debug, PartialEq)]
pub struct Converted {
    /// The document in the target format.
    pub document: Value,
    /// One line per kind of thing left out or changed, for the user.
    pub notes: Vec<String>,
}

/// Writes `feed` (as [`crate::document::read`] read it) in `target`'s format.
pub fn convert(feed: &FeedDocument, target: Target) -> Converted {
    let mut notes = Notes::default();
    let document = match target {
        Target::JsonFeed => {
            if feed.coverage_end_time.is_some() {
                notes.add("coverageEndTime has no JSON Feed field: left out (a past one made the feed expired)");
            }
            to_json_feed::write(&feed.wire)
        }
        Target::LiveBlogPosting => {
            to_json_ld::write(&feed.wire, feed.coverage_end_time.as_deref(), &mut notes)
        }
    };
    Converted {
        document,
        notes: notes.into_lines(),
    }
}

/// Counts what a conversion leaves out, by kind, in the order first met.
#[derive(Debug, Default)]
struct Notes(Vec<(&'static str, usize)>);

impl Notes {
    fn add(&mut self, what: &'static str) {
        match self.0.iter_mut().find(|(seen, _)| *seen == what) {
            Some((_, count)) => *count += 1,
            None => self.0.push((what, 1)),
        }
    }

    fn into_lines(self) -> Vec<String> {
        self.0
            .into_iter()
            .map(|(what, count)| {
                if count > 1 {
                    format!("{what} ({count} times)")
                } else {
                    what.to_owned()
                }
            })
            .collect()
    }
}

/// Whether the blog is closed: `expired` (which reading JSON-LD sets when `coverageEndTime` has
/// passed), or `_liveblog.status`.
fn closed(feed: &WireFeed) -> bool {
    feed.expired == Some(true) || feed.liveblog.status.as_deref().map(str::trim) == Some("closed")
}

/// The `_liveblog` object both formats carry, with only the fields that are set.
fn feed_extension(extension: &WireFeedExtension, closed: bool) -> Option<Value> {
    let mut object = Map::new();
    let status = if closed {
        Some("closed")
    } else {
        extension.status.as_deref()
    };
    put(&mut object, "status", status.map(Value::from));
    if !extension.key_points.is_empty() {
        object.insert(
            "key_points".into(),
            Value::from(extension.key_points.clone()),
        );
    }
    put(
        &mut object,
        "key_points_title",
        extension.key_points_title.clone().map(Value::from),
    );
    put(
        &mut object,
        "notice",
        extension.notice.clone().map(Value::from),
    );
    put(
        &mut object,
        "poll_interval",
        extension.poll_interval.map(number),
    );
    (!object.is_empty()).then_some(Value::Object(object))
}

/// An item's `_liveblog`, with only the flags that are set.
fn item_extension(extension: &WireItemExtension) -> Option<Value> {
    let mut object = Map::new();
    put(
        &mut object,
        "key_event",
        extension.key_event.map(Value::from),
    );
    put(&mut object, "pinned", extension.pinned.map(Value::from));
    (!object.is_empty()).then_some(Value::Object(object))
}

/// The update's main picture and the attachment that describes it (alt text, caption, credit,
/// size), found as the widget finds them: `image` with the attachment at the same URL, else the
/// first image attachment.
fn picture(item: &WireItem) -> Option<(String, Option<&WireAttachment>)> {
    if let Some(url) = &item.image {
        let described = item
            .attachments
            .iter()
            .find(|attachment| attachment.url.as_deref() == Some(url));
        return Some((url.clone(), described));
    }
    item.attachments
        .iter()
        .find(|attachment| is_image(attachment.mime_type.as_deref()))
        .and_then(|attachment| Some((attachment.url.clone()?, Some(attachment))))
}

/// An attachment's `_liveblog`, with only the fields that are set.
fn attachment_extension(extension: &WireAttachmentExtension) -> Option<Value> {
    let mut object = Map::new();
    put(
        &mut object,
        "caption",
        extension.caption.clone().map(Value::from),
    );
    put(
        &mut object,
        "credit",
        extension.credit.clone().map(Value::from),
    );
    put(&mut object, "width", extension.width.map(number));
    put(&mut object, "height", extension.height.map(number));
    (!object.is_empty()).then_some(Value::Object(object))
}

fn is_image(mime_type: Option<&str>) -> bool {
    mime_type.is_some_and(|mime| mime.trim().starts_with("image/"))
}

/// A whole number of seconds as an integer (`30`, not `30.0`).
fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9_007_199_254_740_992.0 {
        Value::from(value as i64)
    } else {
        Number::from_f64(value).map_or(Value::Null, Value::Number)
    }
}

/// Inserts `value` under `key` when there is one.
fn put(object: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(key.to_owned(), value);
    }
}

/// The newest date of any update: a closed blog's end of coverage when it states none.
fn newest_date(feed: &WireFeed) -> Option<String> {
    feed.items
        .iter()
        .flat_map(|item| [&item.date_published, &item.date_modified])
        .filter_map(|date| {
            let date = date.as_deref()?;
            Some((Timestamp::parse(date)?, date))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, date)| date.to_owned())
}

#[cfg(test)]
mod tests;

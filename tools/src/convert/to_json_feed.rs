//! Writing JSON Feed 1.1 with the `_liveblog` extension.

use liveblog::core::wire::{WireAuthor, WireFeed, WireItem};
use serde_json::{Map, Value};

use super::{attachment_extension, closed, feed_extension, item_extension, put};
use crate::json_feed::{image_mime_type, VERSION};

pub(super) fn write(feed: &WireFeed) -> Value {
    let closed = closed(feed);
    let mut object = Map::new();
    object.insert("version".into(), VERSION.into());
    put(&mut object, "title", feed.title.clone().map(Value::from));
    put(
        &mut object,
        "home_page_url",
        feed.home_page_url.clone().map(Value::from),
    );
    put(
        &mut object,
        "language",
        feed.language.clone().map(Value::from),
    );
    if closed {
        object.insert("expired".into(), true.into());
    }
    put(
        &mut object,
        "next_url",
        feed.next_url.clone().map(Value::from),
    );
    put(
        &mut object,
        "_liveblog",
        feed_extension(&feed.liveblog, closed),
    );
    let items = feed
        .items
        .iter()
        .filter(|item| item.id.is_some())
        .map(item)
        .collect();
    object.insert("items".into(), Value::Array(items));
    Value::Object(object)
}

fn item(item: &WireItem) -> Value {
    let mut object = Map::new();
    put(&mut object, "id", item.id.clone().map(Value::from));
    put(&mut object, "url", item.url.clone().map(Value::from));
    put(&mut object, "title", item.title.clone().map(Value::from));
    put(
        &mut object,
        "content_html",
        item.content_html.clone().map(Value::from),
    );
    put(
        &mut object,
        "content_text",
        item.content_text.clone().map(Value::from),
    );
    put(
        &mut object,
        "summary",
        item.summary.clone().map(Value::from),
    );
    put(&mut object, "image", item.image.clone().map(Value::from));
    put(
        &mut object,
        "date_published",
        item.date_published.clone().map(Value::from),
    );
    put(
        &mut object,
        "date_modified",
        item.date_modified.clone().map(Value::from),
    );
    let authors: Vec<&WireAuthor> = if item.authors.is_empty() {
        item.author.iter().collect()
    } else {
        item.authors.iter().collect()
    };
    if !authors.is_empty() {
        object.insert(
            "authors".into(),
            authors.into_iter().map(author).collect::<Vec<_>>().into(),
        );
    }
    if !item.tags.is_empty() {
        object.insert("tags".into(), item.tags.clone().into());
    }
    let attachments: Vec<Value> = item
        .attachments
        .iter()
        .filter_map(|attachment| {
            let url = attachment.url.clone()?;
            let mut object = Map::new();
            // An alt text read from JSON-LD comes without a type; JSON Feed requires one.
            let mime_type = attachment
                .mime_type
                .clone()
                .unwrap_or_else(|| image_mime_type(&url).to_owned());
            object.insert("url".into(), url.into());
            object.insert("mime_type".into(), mime_type.into());
            put(
                &mut object,
                "title",
                attachment.title.clone().map(Value::from),
            );
            put(
                &mut object,
                "_liveblog",
                attachment_extension(&attachment.liveblog),
            );
            Some(Value::Object(object))
        })
        .collect();
    if !attachments.is_empty() {
        object.insert("attachments".into(), attachments.into());
    }
    put(&mut object, "_liveblog", item_extension(&item.liveblog));
    Value::Object(object)
}

fn author(author: &WireAuthor) -> Value {
    let mut object = Map::new();
    put(&mut object, "name", author.name.clone().map(Value::from));
    put(&mut object, "url", author.url.clone().map(Value::from));
    put(
        &mut object,
        "avatar",
        author.avatar.clone().map(Value::from),
    );
    Value::Object(object)
}

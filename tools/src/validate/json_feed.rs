//! The checks of a JSON Feed 1.1 document with the `_liveblog` extension.

use liveblog::core::sanitize::AttributeKind;
use serde_json::Value;

use super::checker::{describe, quote, Checker, Ids, Kind};
use super::{extension, Pointer, MAX_POLLED_UPDATES};
use crate::feed_html;

const VERSION: &str = "https://jsonfeed.org/version/1.1";

/// Checks a JSON Feed; `feed` is the whole document.
pub(super) fn check(checker: &mut Checker, feed: &Value) {
    let root = Pointer::root();
    let Some(object) = feed.as_object() else {
        checker.error(
            &root,
            format!("a JSON Feed is a JSON object, found {}", describe(feed)),
        );
        return;
    };
    match checker.text(object, "version", &root) {
        None if !object.contains_key("version") => {
            checker.warn(
                &root,
                format!("no version: JSON Feed requires \"{VERSION}\""),
            );
        }
        Some(version) if !version.starts_with("https://jsonfeed.org/version/") => {
            checker.warn(
                &root.key("version"),
                format!(
                    "{} is not a JSON Feed version (\"{VERSION}\")",
                    quote(version)
                ),
            );
        }
        _ => {}
    }
    if checker.text(object, "title", &root).is_none() && !object.contains_key("title") {
        checker.warn(
            &root,
            "no title: JSON Feed requires one, and the widget shows no heading without it",
        );
    }
    for key in ["feed_url", "description", "user_comment", "icon", "favicon"] {
        checker.text(object, key, &root);
    }
    for key in ["home_page_url", "next_url"] {
        if let Some(url) = checker.text(object, key, &root) {
            checker.link(url, &root.key(key), AttributeKind::ImageUrl);
        }
    }
    checker.text(object, "language", &root);
    let expired = checker
        .member(object, "expired", &root, &[Kind::Bool])
        .and_then(Value::as_bool)
        .unwrap_or(false);
    for (index, author) in checker
        .list(object, "authors", &root)
        .into_iter()
        .flatten()
        .enumerate()
    {
        self::author(checker, author, &root.key("authors").index(index));
    }
    if let Some(author) = checker.member(object, "author", &root, &[Kind::Object]) {
        self::author(checker, author, &root.key("author"));
    }
    extension::feed(checker, object, &root, expired);
    let Some(items) = object.get("items") else {
        checker.error(
            &root,
            "no items: JSON Feed requires an items array (empty when there are no updates yet)",
        );
        return;
    };
    let at = root.key("items");
    if !checker.typed(items, &at, &[Kind::Array]) {
        return;
    }
    let items = items.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut ids = Ids::default();
    for (index, value) in items.iter().enumerate() {
        item(checker, value, &at.index(index), &mut ids);
    }
    if items.len() > MAX_POLLED_UPDATES {
        checker.warn(
            &at,
            format!(
                "{} updates on the polled page: every reader downloads all of them again on every change. Keep the newest 20 to {MAX_POLLED_UPDATES} here and page older ones with next_url",
                items.len()
            ),
        );
    }
}

fn item(checker: &mut Checker, value: &Value, at: &Pointer, ids: &mut Ids) {
    let Some(item) = value.as_object() else {
        checker.error(
            at,
            format!("an item is a JSON object, found {}", describe(value)),
        );
        return;
    };
    match item.get("id") {
        None | Some(Value::Null) => checker.error(at, "no id: the widget drops this item"),
        Some(Value::String(id)) if id.trim().is_empty() => {
            checker.error(&at.key("id"), "an empty id: the widget drops this item");
        }
        Some(Value::String(id)) => ids.seen(checker, id, at),
        Some(Value::Number(number)) => {
            let id = number.to_string();
            checker.warn(
                &at.key("id"),
                format!("a number, read as the string \"{id}\": JSON Feed ids are strings"),
            );
            ids.seen(checker, &id, at);
        }
        Some(other) => {
            checker.typed(other, &at.key("id"), &[Kind::String]);
        }
    }
    for key in [
        "title",
        "summary",
        "external_url",
        "banner_image",
        "language",
    ] {
        checker.text(item, key, at);
    }
    if let Some(url) = checker.text(item, "url", at) {
        checker.link(url, &at.key("url"), AttributeKind::ImageUrl);
    }
    let html = checker.text(item, "content_html", at);
    let text = checker.text(item, "content_text", at);
    if html.is_none() && text.is_none() {
        checker.warn(
            at,
            "neither content_html nor content_text: JSON Feed requires one, and the widget shows the headline alone",
        );
    }
    if let Some(html) = html {
        for (finding, count) in feed_html::stripped(html) {
            let times = if count > 1 {
                format!(" ({count} times)")
            } else {
                String::new()
            };
            checker.warn(&at.key("content_html"), format!("{finding}{times}"));
        }
    }
    for key in ["date_published", "date_modified"] {
        if let Some(date) = checker.text(item, key, at) {
            checker.date(
                date,
                &at.key(key),
                if key == "date_published" {
                    "the update is shown undated, below the dated ones"
                } else {
                    "the widget cannot tell which copy of an edited update is newer"
                },
            );
        }
    }
    for (index, author) in checker
        .list(item, "authors", at)
        .into_iter()
        .flatten()
        .enumerate()
    {
        self::author(checker, author, &at.key("authors").index(index));
    }
    if let Some(author) = checker.member(item, "author", at, &[Kind::Object]) {
        self::author(checker, author, &at.key("author"));
    }
    checker.strings(item, "tags", at);
    let image = checker.text(item, "image", at);
    if let Some(url) = image {
        checker.link(url, &at.key("image"), AttributeKind::ImageUrl);
    }
    let attachments = checker.list(item, "attachments", at);
    let attachments = attachments.map(Vec::as_slice).unwrap_or_default();
    for (index, attachment) in attachments.iter().enumerate() {
        self::attachment(checker, attachment, &at.key("attachments").index(index));
    }
    alt_text(checker, image, attachments, at);
    extension::item(checker, item, at);
}

/// A picture needs alt text: JSON Feed has no field for it, so the widget takes the `title` of
/// the attachment with the picture's URL. Every image attachment is shown as a picture: the
/// first stands in for a missing `image`, the others follow it.
fn alt_text(checker: &mut Checker, image: Option<&str>, attachments: &[Value], at: &Pointer) {
    let title = |attachment: &Value| {
        attachment
            .get("title")
            .and_then(Value::as_str)
            .is_some_and(|title| !title.trim().is_empty())
    };
    if let Some(image) = image {
        if !attachments
            .iter()
            .any(|attachment| url_of(attachment) == Some(image) && title(attachment))
        {
            checker.warn(
                &at.key("image"),
                "no alt text: the picture is announced as unlabelled. Add an attachment with the same url, its mime_type and the alt text as title",
            );
        }
    }
    let mut main = image.is_none();
    for (index, attachment) in attachments.iter().enumerate() {
        let picture = attachment
            .get("mime_type")
            .and_then(Value::as_str)
            .is_some_and(|mime| mime.trim().starts_with("image/"));
        if !picture || image.is_some_and(|image| url_of(attachment) == Some(image)) {
            continue;
        }
        if !title(attachment) {
            checker.warn(
                &at.key("attachments").index(index),
                if main {
                    "no title: this image attachment is the update's picture, and its title is the alt text"
                } else {
                    "no title: this image attachment is shown as a picture too, and its title is its alt text"
                },
            );
        }
        main = false;
    }
}

fn author(checker: &mut Checker, value: &Value, at: &Pointer) {
    let Some(author) = value.as_object() else {
        checker.typed(value, at, &[Kind::Object]);
        return;
    };
    if checker.text(author, "name", at).is_none() {
        checker.warn(at, "no name: the widget leaves this author out");
    }
    if let Some(url) = checker.text(author, "url", at) {
        checker.link(url, &at.key("url"), AttributeKind::LinkUrl);
    }
    checker.text(author, "avatar", at);
}

fn attachment(checker: &mut Checker, value: &Value, at: &Pointer) {
    let Some(attachment) = value.as_object() else {
        checker.typed(value, at, &[Kind::Object]);
        return;
    };
    match checker.text(attachment, "url", at) {
        Some(url) => checker.link(url, &at.key("url"), AttributeKind::ImageUrl),
        None => checker.error(
            at,
            "no url: JSON Feed requires one, and the widget drops this attachment",
        ),
    }
    if checker.text(attachment, "mime_type", at).is_none() {
        checker.warn(
            at,
            "no mime_type: JSON Feed requires one, and the widget lists the attachment as a file",
        );
    }
    checker.text(attachment, "title", at);
    for key in ["size_in_bytes", "duration_in_seconds"] {
        checker.member(attachment, key, at, &[Kind::Number]);
    }
    extension::attachment(checker, attachment, at);
}

fn url_of(attachment: &Value) -> Option<&str> {
    attachment.get("url").and_then(Value::as_str)
}

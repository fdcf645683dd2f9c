//! Writing a schema.org `LiveBlogPosting`.

use liveblog::core::wire::{WireAttachment, WireAuthor, WireFeed, WireItem};
use serde_json::{Map, Value};

use super::{
    closed, feed_extension, is_image, item_extension, newest_date, number, picture, put, Notes,
};
use crate::feed_html::plain_text;

/// `coverage_end` is the input's own `coverageEndTime`, kept when it had one.
pub(super) fn write(feed: &WireFeed, coverage_end: Option<&str>, notes: &mut Notes) -> Value {
    let closed = closed(feed);
    let mut object = Map::new();
    object.insert("@context".into(), "https://schema.org".into());
    object.insert("@type".into(), "LiveBlogPosting".into());
    put(&mut object, "headline", feed.title.clone().map(Value::from));
    put(
        &mut object,
        "url",
        feed.home_page_url.clone().map(Value::from),
    );
    put(
        &mut object,
        "inLanguage",
        feed.language.clone().map(Value::from),
    );
    let end = coverage_end
        .map(str::to_owned)
        .or_else(|| closed.then(|| newest_date(feed)).flatten());
    put(&mut object, "coverageEndTime", end.map(Value::from));
    if feed.next_url.is_some() {
        notes
            .add("next_url has no LiveBlogPosting property: left out (older pages are not linked)");
    }
    put(
        &mut object,
        "_liveblog",
        feed_extension(&feed.liveblog, closed),
    );
    let mut updates = Vec::new();
    for item in &feed.items {
        if item.id.is_some() {
            updates.push(update(item, notes));
        } else {
            notes.add("an item without an id is left out, as the widget leaves it out");
        }
    }
    object.insert("liveBlogUpdate".into(), Value::Array(updates));
    Value::Object(object)
}

fn update(item: &WireItem, notes: &mut Notes) -> Value {
    let mut object = Map::new();
    object.insert("@type".into(), "BlogPosting".into());
    put(&mut object, "@id", item.id.clone().map(Value::from));
    put(&mut object, "url", item.url.clone().map(Value::from));
    put(&mut object, "headline", item.title.clone().map(Value::from));
    let body = match (&item.content_text, &item.content_html) {
        (Some(text), _) => Some(text.clone()),
        (None, Some(html)) => {
            notes.add("content_html becomes plain text: articleBody has no HTML");
            Some(plain_text(html))
        }
        (None, None) => None,
    };
    put(&mut object, "articleBody", body.map(Value::from));
    put(
        &mut object,
        "description",
        item.summary.clone().map(Value::from),
    );
    put(
        &mut object,
        "datePublished",
        item.date_published.clone().map(Value::from),
    );
    put(
        &mut object,
        "dateModified",
        item.date_modified.clone().map(Value::from),
    );
    let authors: Vec<&WireAuthor> = if item.authors.is_empty() {
        item.author.iter().collect()
    } else {
        item.authors.iter().collect()
    };
    if !authors.is_empty() {
        let people: Vec<Value> = authors
            .into_iter()
            .map(|author| person(author, notes))
            .collect();
        object.insert("author".into(), people.into());
    }
    let picture = picture(item);
    if let Some((url, described)) = &picture {
        object.insert("image".into(), image(url, *described, notes));
    }
    let picture_url = picture.map(|(url, _)| url);
    for attachment in &item.attachments {
        if attachment.url == picture_url {
            continue;
        }
        if is_image(attachment.mime_type.as_deref()) {
            notes.add("pictures other than the first have no LiveBlogPosting property the widget reads: left out");
        } else {
            notes.add(
                "attachments other than the picture have no LiveBlogPosting property: left out",
            );
        }
    }
    if !item.tags.is_empty() {
        notes.add("tags have no LiveBlogPosting property the widget reads: left out");
    }
    put(&mut object, "_liveblog", item_extension(&item.liveblog));
    Value::Object(object)
}

/// The picture as an `ImageObject` with its alt text as `caption`, its credit as `creditText`,
/// its `width` and `height`; a bare URL when it has none of them.
fn image(url: &str, described: Option<&WireAttachment>, notes: &mut Notes) -> Value {
    let Some(attachment) = described else {
        return Value::from(url);
    };
    let extension = &attachment.liveblog;
    if extension.caption.is_some() {
        notes.add("a picture's _liveblog.caption has no LiveBlogPosting property (an ImageObject's caption is its alt text): left out");
    }
    let mut image = Map::new();
    put(
        &mut image,
        "caption",
        attachment.title.clone().map(Value::from),
    );
    put(
        &mut image,
        "creditText",
        extension.credit.clone().map(Value::from),
    );
    put(&mut image, "width", extension.width.map(number));
    put(&mut image, "height", extension.height.map(number));
    if image.is_empty() {
        return Value::from(url);
    }
    image.insert("@type".into(), "ImageObject".into());
    image.insert("url".into(), url.into());
    Value::Object(image)
}

fn person(author: &WireAuthor, notes: &mut Notes) -> Value {
    let mut object = Map::new();
    object.insert("@type".into(), "Person".into());
    put(&mut object, "name", author.name.clone().map(Value::from));
    put(&mut object, "url", author.url.clone().map(Value::from));
    if author.avatar.is_some() {
        notes.add("authors' avatars have no LiveBlogPosting property the widget reads: left out");
    }
    Value::Object(object)
}

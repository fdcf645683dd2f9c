//! From the wire format to the domain model, applying JSON Feed's consumer rules.
//!
//! - unknown fields are ignored (by [`crate::core::wire`]);
//! - an item without an id (or with an empty one) is dropped; a numeric id is read as a string;
//! - an unparseable date keeps the item, undated;
//! - a duplicate id is one update: the copy with the newest `date_modified` wins (the first copy
//!   on a tie);
//! - updates are ordered newest first by `date_published` (else `date_modified`; undated last),
//!   ties broken by id, whatever order the file lists them in;
//! - the pictures are the item's `image` (described by the attachment with its URL: `title` is
//!   the alt text, `_liveblog` the caption, credit and size), then every other image attachment
//!   in feed order; other attachments are listed as files;
//! - every URL (permalinks, pictures, authors' pages, attachments, `next_url`) is resolved
//!   against the feed's own URL by the caller's resolver and kept only when it is http or https
//!   (mailto too for links to authors).

use super::model::{newest_first, Attachment, Author, Body, Feed, IdIndex, Image, Status, Update};
use super::sanitize::{value_allowed, AttributeKind};
use super::timestamp::Timestamp;
use super::wire::{WireAttachment, WireAuthor, WireFeed, WireItem};
use std::rc::Rc;

/// The longest polling hint honoured, in seconds: a day.
const MAX_POLL_HINT_SECS: f64 = 86_400.0;

/// Makes a feed's URL absolute (against the feed's own URL), or `None` when it cannot be parsed.
/// The browser passes its URL parser; tests and native tools pass their own.
pub type Resolve<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Turns a parsed feed document into a [`Feed`]. Never fails: what cannot be used is left out.
pub fn normalize(mut wire: WireFeed, resolve: Resolve) -> Feed {
    let updates = std::mem::take(&mut wire.items)
        .into_iter()
        .filter_map(|item| normalize_item(item, resolve))
        .map(Rc::new)
        .collect();
    normalize_with(wire, updates, resolve)
}

/// One item as [`normalize`] reads it, or `None` when it is left out (it has no id). Depends on
/// nothing but the item and `resolve`: the browser layer reuses the result for an item whose JSON
/// did not change since the last poll.
pub fn normalize_item(item: WireItem, resolve: Resolve) -> Option<Update> {
    update(item, &|url, kind| link(url, kind, resolve))
}

/// The feed described by `wire`, whose items are `updates`, already normalised one by one with
/// [`normalize_item`] and in feed order; `wire.items` is not read. Dedupes and orders them as
/// [`normalize`] does.
pub fn normalize_with(wire: WireFeed, updates: Vec<Rc<Update>>, resolve: Resolve) -> Feed {
    let extension = wire.liveblog;
    let closed =
        wire.expired == Some(true) || extension.status.as_deref().map(str::trim) == Some("closed");
    Feed {
        title: text(wire.title).unwrap_or_default(),
        home_page_url: link(wire.home_page_url, AttributeKind::ImageUrl, resolve),
        language: text(wire.language),
        status: if closed { Status::Closed } else { Status::Live },
        notice: text(extension.notice),
        key_points: extension
            .key_points
            .into_iter()
            .filter_map(|point| text(Some(point)))
            .collect(),
        key_points_title: text(extension.key_points_title),
        poll_interval: extension
            .poll_interval
            .filter(|secs| secs.is_finite() && *secs > 0.0)
            .map(|secs| secs.min(MAX_POLL_HINT_SECS).ceil() as u32),
        next_url: link(wire.next_url, AttributeKind::ImageUrl, resolve),
        updates: order_shared(updates),
    }
}

/// A feed's URL made absolute by `resolve`, kept when `kind` allows it.
fn link(url: Option<String>, kind: AttributeKind, resolve: Resolve) -> Option<String> {
    text(url)
        .and_then(|url| resolve(&url))
        .filter(|url| value_allowed(kind, url))
}

/// Dedupes by id (newest `modified` wins) and sorts newest first.
#[cfg(test)]
pub(crate) fn order(updates: Vec<Update>) -> Vec<Rc<Update>> {
    order_shared(updates.into_iter().map(Rc::new).collect())
}

/// [`order`] for updates that are already shared (so that a reused one keeps its allocation).
fn order_shared(updates: Vec<Rc<Update>>) -> Vec<Rc<Update>> {
    // Where each id's newest version is (the first of equally new ones).
    let mut newest = IdIndex::with_capacity(updates.len());
    for (index, update) in updates.iter().enumerate() {
        let newer = match newest.get(update.id.as_str()) {
            Some(&kept) => updates
                .get(kept)
                .is_some_and(|kept| update.modified > kept.modified),
            None => true,
        };
        if newer {
            newest.insert(&update.id, index);
        }
    }
    let keep: Vec<bool> = (updates.iter().enumerate())
        .map(|(index, update)| newest.get(update.id.as_str()) == Some(&index))
        .collect();
    let mut kept: Vec<Rc<Update>> = (updates.into_iter().zip(keep))
        .filter_map(|(update, keep)| keep.then_some(update))
        .collect();
    kept.sort_by(newest_first);
    kept
}

fn update(
    item: WireItem,
    link: &dyn Fn(Option<String>, AttributeKind) -> Option<String>,
) -> Option<Update> {
    let id = text(item.id)?;
    let attachments: Vec<(String, WireAttachment)> = item
        .attachments
        .into_iter()
        .filter_map(|attachment| {
            Some((
                link(attachment.url.clone(), AttributeKind::ImageUrl)?,
                attachment,
            ))
        })
        .collect();
    let main = link(item.image, AttributeKind::ImageUrl);
    let mut images: Vec<Image> = Vec::new();
    if let Some(url) = &main {
        let described = attachments
            .iter()
            .find(|(attachment_url, _)| attachment_url == url);
        images.push(picture(
            url.clone(),
            described.map(|(_, attachment)| attachment),
        ));
    }
    let mut files = Vec::new();
    for (url, attachment) in attachments {
        if main.as_ref() == Some(&url) {
            continue; // it describes the main picture
        }
        if is_image(&attachment) {
            if images.iter().all(|image| image.url != url) {
                images.push(picture(url, Some(&attachment)));
            }
        } else {
            files.push(Attachment {
                title: text(attachment.title)
                    .unwrap_or_else(|| url.rsplit('/').next().unwrap_or_default().to_owned()),
                mime_type: text(attachment.mime_type),
                url,
            });
        }
    }
    let authors = if item.authors.is_empty() {
        item.author.into_iter().collect()
    } else {
        item.authors
    };
    let body = match (text(item.content_html), text(item.content_text)) {
        (Some(html), _) => Body::Html(html),
        (None, Some(plain)) => Body::Text(plain),
        (None, None) => Body::Empty,
    };
    Some(Update {
        url: link(item.url, AttributeKind::ImageUrl),
        headline: text(item.title),
        body,
        summary: text(item.summary),
        published: item.date_published.as_deref().and_then(Timestamp::parse),
        modified: item.date_modified.as_deref().and_then(Timestamp::parse),
        authors: authors
            .into_iter()
            .filter_map(|a| author(a, link))
            .collect(),
        tags: item
            .tags
            .into_iter()
            .filter_map(|tag| text(Some(tag)))
            .collect(),
        attachments: files,
        key_event: item.liveblog.key_event == Some(true),
        pinned: item.liveblog.pinned == Some(true),
        revised: false,
        images,
        id,
    })
}

fn is_image(attachment: &WireAttachment) -> bool {
    attachment
        .mime_type
        .as_deref()
        .is_some_and(|mime| mime.trim().starts_with("image/"))
}

/// The picture at `url`, described by the attachment with its URL when there is one: its
/// `title` is the alt text, its `_liveblog` the caption, credit and size.
fn picture(url: String, described: Option<&WireAttachment>) -> Image {
    let Some(attachment) = described else {
        return Image {
            url,
            ..Image::default()
        };
    };
    let extension = &attachment.liveblog;
    Image {
        url,
        alt: text(attachment.title.clone()).unwrap_or_default(),
        caption: text(extension.caption.clone()),
        credit: text(extension.credit.clone()),
        size: pixels(extension.width).zip(pixels(extension.height)),
    }
}

/// A picture's width or height: a positive number of pixels, rounded, of at most five digits
/// (what the sanitiser allows in `width` and `height` attributes too).
pub(crate) fn pixels(value: Option<f64>) -> Option<u32> {
    let value = value?.round();
    (1.0..=99_999.0).contains(&value).then_some(value as u32)
}

fn author(
    author: WireAuthor,
    link: &dyn Fn(Option<String>, AttributeKind) -> Option<String>,
) -> Option<Author> {
    Some(Author {
        name: text(author.name)?,
        url: link(author.url, AttributeKind::LinkUrl),
    })
}

/// Trims, and reads an empty string as absent.
fn text(value: Option<String>) -> Option<String> {
    let value = value?;
    let trimmed = value.trim();
    match trimmed.len() {
        0 => None,
        len if len == value.len() => Some(value),
        _ => Some(trimmed.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::wire::WireFeed;

    /// Resolves against `https://news.example/live/feed.json` the simple way tests need.
    fn resolve(url: &str) -> Option<String> {
        if url.contains(':') {
            Some(url.to_owned())
        } else if let Some(path) = url.strip_prefix('/') {
            Some(format!("https://news.example/{path}"))
        } else {
            Some(format!("https://news.example/live/{url}"))
        }
    }

    fn feed(json: &str) -> Feed {
        normalize(
            serde_json::from_str::<WireFeed>(json).expect("test JSON parses"),
            &resolve,
        )
    }

    fn ids(feed: &Feed) -> Vec<&str> {
        feed.updates
            .iter()
            .map(|update| update.id.as_str())
            .collect()
    }

    #[test]
    fn items_normalised_one_by_one_make_the_same_feed() {
        let json = r#"{"title":"T","next_url":"older.json","items":[
            {"id":"a","date_published":"2026-11-30T10:00:00Z","image":"/a.jpg","content_html":"<p>a</p>"},
            {"id":"b","date_published":"2026-11-30T11:00:00Z","authors":[{"name":"Ana","url":"ana"}]},
            {"content_text":"no id"},
            {"id":"a","date_published":"2026-11-30T10:00:00Z","date_modified":"2026-11-30T12:00:00Z"}]}"#;
        let whole = feed(json);
        let mut wire = serde_json::from_str::<WireFeed>(json).expect("test JSON parses");
        let updates = std::mem::take(&mut wire.items)
            .into_iter()
            .filter_map(|item| normalize_item(item, &resolve))
            .map(Rc::new)
            .collect();
        assert_eq!(normalize_with(wire, updates, &resolve), whole);
        assert_eq!(ids(&whole), ["b", "a"]);
    }

    #[test]
    fn a_shared_update_keeps_its_allocation() {
        let shared = Rc::new(Update::sample("a", 1, "a"));
        let wire = WireFeed::default();
        let feed = normalize_with(wire, vec![Rc::clone(&shared)], &resolve);
        assert!(Rc::ptr_eq(&feed.updates[0], &shared));
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let feed = feed(
            r#"{"version":"https://jsonfeed.org/version/1.1","title":"T","icon":"x","_other":{"a":1},
                "items":[{"id":"a","content_html":"<p>x</p>","banner_image":"y","_ext":[1,2]}]}"#,
        );
        assert_eq!(feed.title, "T");
        assert_eq!(ids(&feed), ["a"]);
    }

    #[test]
    fn items_without_an_id_are_dropped() {
        let feed =
            feed(r#"{"items":[{"content_text":"no id"},{"id":null},{"id":"  "},{"id":"kept"}]}"#);
        assert_eq!(ids(&feed), ["kept"]);
    }

    #[test]
    fn anchors_are_valid_element_ids() {
        let feed = feed(r#"{"items":[{"id":"a b\tc"},{"id":42}]}"#);
        let mut anchors: Vec<String> = feed.updates.iter().map(|update| update.anchor()).collect();
        anchors.sort_unstable();
        assert_eq!(anchors, ["lb-42", "lb-a-b-c"]);
    }

    #[test]
    fn a_numeric_id_is_read_as_a_string() {
        let feed = feed(r#"{"items":[{"id":42},{"id":-7},{"id":1.5}]}"#);
        let mut found = ids(&feed);
        found.sort_unstable();
        assert_eq!(found, ["-7", "1.5", "42"]);
    }

    #[test]
    fn an_unparseable_date_keeps_the_item_undated_and_last() {
        let feed = feed(
            r#"{"items":[{"id":"bad","date_published":"last Tuesday"},
                         {"id":"good","date_published":"2026-11-30T10:00:00Z"}]}"#,
        );
        assert_eq!(ids(&feed), ["good", "bad"]);
        assert_eq!(feed.updates[1].published, None);
    }

    #[test]
    fn updates_are_ordered_newest_first_whatever_the_file_order() {
        let feed = feed(
            r#"{"items":[{"id":"b","date_published":"2026-11-30T10:00:00Z"},
                         {"id":"c","date_published":"2026-11-30T12:00:00+01:00"},
                         {"id":"a","date_published":"2026-11-30T09:00:00Z"},
                         {"id":"d","date_published":"2026-11-30T11:30:00Z"}]}"#,
        );
        assert_eq!(ids(&feed), ["d", "c", "b", "a"]);
    }

    #[test]
    fn ties_on_the_date_are_broken_by_id() {
        let feed = feed(
            r#"{"items":[{"id":"x1","date_published":"2026-11-30T10:00:00Z"},
                         {"id":"x3","date_published":"2026-11-30T10:00:00Z"},
                         {"id":"x2","date_published":"2026-11-30T10:00:00Z"}]}"#,
        );
        assert_eq!(ids(&feed), ["x3", "x2", "x1"]);
    }

    #[test]
    fn numeric_ids_tie_by_their_value() {
        let feed = feed(
            r#"{"items":[{"id":9,"date_published":"2026-11-30T10:00:00Z"},
                         {"id":"x","date_published":"2026-11-30T10:00:00Z"},
                         {"id":"100","date_published":"2026-11-30T10:00:00Z"},
                         {"id":10,"date_published":"2026-11-30T10:00:00Z"}]}"#,
        );
        assert_eq!(ids(&feed), ["100", "10", "9", "x"]);
    }

    #[test]
    fn a_duplicate_id_keeps_the_newest_modification() {
        let feed = feed(
            r#"{"items":[{"id":"a","title":"old","date_modified":"2026-11-30T10:00:00Z"},
                         {"id":"a","title":"new","date_modified":"2026-11-30T11:00:00Z"},
                         {"id":"a","title":"older","date_modified":"2026-11-30T09:00:00Z"},
                         {"id":"a","title":"undated"}]}"#,
        );
        assert_eq!(feed.updates.len(), 1);
        assert_eq!(feed.updates[0].headline.as_deref(), Some("new"));
    }

    #[test]
    fn a_duplicate_id_with_equal_dates_keeps_the_first_copy() {
        let feed = feed(r#"{"items":[{"id":"a","title":"first"},{"id":"a","title":"second"}]}"#);
        assert_eq!(feed.updates[0].headline.as_deref(), Some("first"));
    }

    #[test]
    fn the_extension_sets_status_key_points_notice_and_poll_interval() {
        let feed = feed(
            r#"{"title":" Summit ","_liveblog":{"status":"closed","key_points":["One"," ","Two"],
                "key_points_title":"Key points","notice":"Closed.","poll_interval":7.2}}"#,
        );
        assert_eq!(feed.title, "Summit");
        assert_eq!(feed.status, Status::Closed);
        assert_eq!(feed.key_points, ["One", "Two"]);
        assert_eq!(feed.key_points_title.as_deref(), Some("Key points"));
        assert_eq!(feed.notice.as_deref(), Some("Closed."));
        assert_eq!(feed.poll_interval, Some(8));
    }

    #[test]
    fn an_expired_feed_is_closed_and_other_statuses_are_live() {
        assert_eq!(feed(r#"{"expired":true}"#).status, Status::Closed);
        assert_eq!(feed(r#"{"expired":false}"#).status, Status::Live);
        assert_eq!(
            feed(r#"{"_liveblog":{"status":"paused"}}"#).status,
            Status::Live
        );
    }

    #[test]
    fn nonsensical_poll_hints_are_ignored() {
        assert_eq!(
            feed(r#"{"_liveblog":{"poll_interval":0}}"#).poll_interval,
            None
        );
        assert_eq!(
            feed(r#"{"_liveblog":{"poll_interval":-5}}"#).poll_interval,
            None
        );
        assert_eq!(
            feed(r#"{"_liveblog":{"poll_interval":1e12}}"#).poll_interval,
            Some(86_400)
        );
    }

    #[test]
    fn html_is_preferred_to_text_and_empty_bodies_are_empty() {
        let feed = feed(
            r#"{"items":[{"id":"h","content_html":"<p>h</p>","content_text":"t","date_published":"2026-01-03T00:00:00Z"},
                         {"id":"t","content_html":" ","content_text":"t","date_published":"2026-01-02T00:00:00Z"},
                         {"id":"e","date_published":"2026-01-01T00:00:00Z"}]}"#,
        );
        assert_eq!(feed.updates[0].body, Body::Html("<p>h</p>".into()));
        assert_eq!(feed.updates[1].body, Body::Text("t".into()));
        assert_eq!(feed.updates[2].body, Body::Empty);
    }

    #[test]
    fn authors_come_from_authors_or_the_legacy_author() {
        let feed = feed(
            r#"{"items":[{"id":"a","authors":[{"name":"Ana","url":"https://x.example/ana"},{"url":"nameless"}],"author":{"name":"ignored"}},
                         {"id":"b","author":{"name":"Ben"}}]}"#,
        );
        let by_id = |id: &str| {
            feed.updates
                .iter()
                .find(|u| u.id == id)
                .expect(id)
                .authors
                .clone()
        };
        assert_eq!(
            by_id("a"),
            [Author {
                name: "Ana".into(),
                url: Some("https://x.example/ana".into())
            }]
        );
        assert_eq!(
            by_id("b"),
            [Author {
                name: "Ben".into(),
                url: None
            }]
        );
    }

    #[test]
    fn the_image_takes_its_alt_text_from_the_matching_attachment() {
        let feed = feed(
            r#"{"items":[{"id":"a","image":"https://x.example/a.jpg",
                "attachments":[{"url":"https://x.example/a.jpg","mime_type":"image/jpeg","title":"A harbour"},
                               {"url":"https://x.example/r.pdf","mime_type":"application/pdf"}]}]}"#,
        );
        let update = &feed.updates[0];
        assert_eq!(
            update.images,
            [Image {
                url: "https://x.example/a.jpg".into(),
                alt: "A harbour".into(),
                ..Image::default()
            }]
        );
        assert_eq!(update.attachments.len(), 1);
        assert_eq!(update.attachments[0].title, "r.pdf");
    }

    #[test]
    fn an_image_attachment_stands_in_for_a_missing_image() {
        let feed = feed(
            r#"{"items":[{"id":"a","attachments":[{"url":"https://x.example/p.png","mime_type":"image/png","title":"Map"}]}]}"#,
        );
        assert_eq!(
            feed.updates[0].images,
            [Image {
                url: "https://x.example/p.png".into(),
                alt: "Map".into(),
                ..Image::default()
            }]
        );
        assert!(feed.updates[0].attachments.is_empty());
    }

    #[test]
    fn a_picture_takes_caption_credit_and_size_from_its_attachment() {
        let feed = feed(
            r#"{"items":[{"id":"a","image":"https://x.example/a.jpg","attachments":[
                {"url":"https://x.example/a.jpg","mime_type":"image/jpeg","title":"Gates lowered",
                 "_liveblog":{"caption":" The barrier at 2pm ","credit":"Photo: Efa Llewelyn","width":1200,"height":800}}]}]}"#,
        );
        assert_eq!(
            feed.updates[0].images,
            [Image {
                url: "https://x.example/a.jpg".into(),
                alt: "Gates lowered".into(),
                caption: Some("The barrier at 2pm".into()),
                credit: Some("Photo: Efa Llewelyn".into()),
                size: Some((1200, 800)),
            }]
        );
    }

    #[test]
    fn other_image_attachments_follow_the_main_picture_in_feed_order() {
        let feed = feed(
            r#"{"items":[{"id":"a","image":"https://x.example/main.jpg","attachments":[
                {"url":"https://x.example/two.png","mime_type":"image/png","title":"Two"},
                {"url":"https://x.example/notes.pdf","mime_type":"application/pdf"},
                {"url":"https://x.example/main.jpg","mime_type":"image/jpeg","title":"Main"},
                {"url":"https://x.example/three.webp","mime_type":" image/webp","_liveblog":{"credit":"Agency"}},
                {"url":"https://x.example/two.png","mime_type":"image/png","title":"Again"}]}]}"#,
        );
        let update = &feed.updates[0];
        let pictures: Vec<(&str, &str, Option<&str>)> = update
            .images
            .iter()
            .map(|image| {
                (
                    image.url.as_str(),
                    image.alt.as_str(),
                    image.credit.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            pictures,
            [
                ("https://x.example/main.jpg", "Main", None),
                ("https://x.example/two.png", "Two", None),
                ("https://x.example/three.webp", "", Some("Agency")),
            ]
        );
        assert_eq!(update.attachments.len(), 1);
        assert_eq!(update.attachments[0].title, "notes.pdf");
    }

    #[test]
    fn a_size_needs_a_sensible_width_and_height() {
        let size = |extension: &str| {
            feed(&format!(
                r#"{{"items":[{{"id":"a","attachments":[{{"url":"https://x.example/a.png","mime_type":"image/png","_liveblog":{extension}}}]}}]}}"#
            ))
            .updates[0]
                .images[0]
                .size
        };
        assert_eq!(size(r#"{"width":640,"height":480}"#), Some((640, 480)));
        assert_eq!(size(r#"{"width":640.4,"height":479.6}"#), Some((640, 480)));
        assert_eq!(size(r#"{"width":640}"#), None);
        assert_eq!(size(r#"{"width":0,"height":480}"#), None);
        assert_eq!(size(r#"{"width":-640,"height":480}"#), None);
        assert_eq!(size(r#"{"width":640,"height":1e9}"#), None);
        assert_eq!(size(r#"{}"#), None);
    }

    #[test]
    fn an_image_without_an_attachment_is_decorative_and_plain() {
        let feed = feed(r#"{"items":[{"id":"a","image":"https://x.example/a.jpg"}]}"#);
        assert_eq!(
            feed.updates[0].images,
            [Image {
                url: "https://x.example/a.jpg".into(),
                ..Image::default()
            }]
        );
    }

    #[test]
    fn the_pinned_slot_holds_the_newest_pinned_update() {
        let feed = feed(
            r#"{"items":[{"id":"old","date_published":"2026-01-01T00:00:00Z","_liveblog":{"pinned":true}},
                         {"id":"new","date_published":"2026-01-02T00:00:00Z","_liveblog":{"pinned":true,"key_event":true}},
                         {"id":"none","date_published":"2026-01-03T00:00:00Z"}]}"#,
        );
        let pinned = feed.pinned().expect("a pinned update");
        assert_eq!(pinned.id, "new");
        assert!(pinned.key_event);
    }

    #[test]
    fn last_changed_is_the_newest_date_of_any_update() {
        let feed = feed(
            r#"{"items":[{"id":"a","date_published":"2026-01-01T00:00:00Z","date_modified":"2026-01-05T00:00:00Z"},
                         {"id":"b","date_published":"2026-01-03T00:00:00Z"}]}"#,
        );
        assert_eq!(
            feed.last_changed(),
            Timestamp::parse("2026-01-05T00:00:00Z")
        );
    }

    #[test]
    fn urls_are_resolved_against_the_feed_and_unsafe_ones_dropped() {
        let feed = feed(
            r#"{"next_url":"page-2.json","items":[{"id":"a","url":"javascript:alert(1)","image":"/img/a.jpg",
                "authors":[{"name":"Ana","url":"mailto:ana@news.example"},{"name":"Ben","url":"data:text/html,x"}],
                "attachments":[{"url":"vbscript:x","mime_type":"audio/mpeg"},{"url":"clip.mp3","mime_type":"audio/mpeg"}]}]}"#,
        );
        let update = &feed.updates[0];
        assert_eq!(
            feed.next_url.as_deref(),
            Some("https://news.example/live/page-2.json")
        );
        assert_eq!(update.url, None);
        assert_eq!(
            update.images.first().map(|i| i.url.as_str()),
            Some("https://news.example/img/a.jpg")
        );
        assert_eq!(
            update.authors[0].url.as_deref(),
            Some("mailto:ana@news.example")
        );
        assert_eq!(update.authors[1].url, None);
        assert_eq!(update.attachments.len(), 1);
        assert_eq!(
            update.attachments[0].url,
            "https://news.example/live/clip.mp3"
        );
    }
}

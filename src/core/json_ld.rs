//! schema.org `LiveBlogPosting` JSON-LD, the second input format: finding it, and what it needs
//! beyond the shared [`wire`](crate::core::wire) types.
//!
//! Many publishers already emit a `LiveBlogPosting` for search engines. A feed URL may return
//! one, alone, in an array or in an `@graph`; [`classify`] tells that apart from a JSON Feed and
//! picks the posting. [`reshape`] gives the values JSON-LD shapes loosely (an `author` that is a
//! name or a list, an `image` that is an `ImageObject`, one update not in a list, a past
//! `coverageEndTime`) the shapes of the JSON Feed fields they become, so that its properties then
//! read into the same [`WireFeed`] as a JSON Feed (serde aliases: `headline`, `liveBlogUpdate`,
//! `articleBody`...). [`complete`] adds what JSON-LD leaves implicit: an id for each update.
//!
//! All of it works on the parsed tree through [`JsonNode`] and [`JsonTree`]: in the browser the
//! tree `JSON.parse` built (cheaper in the widget than teaching serde every shape), in the
//! command-line tools a serde_json value. Both decide alike.

use super::normalize::pixels;
use super::timestamp::Timestamp;
use super::wire::{WireFeed, WireItem};

/// Read access to a parsed JSON value, as much as [`classify`] needs.
pub trait JsonNode: Sized {
    /// Whether the value is an array.
    fn is_array(&self) -> bool;
    /// An object's member `key`; `None` when absent or when the value is not an object.
    fn member(&self, key: &str) -> Option<Self>;
    /// An array's element at `index`; `None` past its end or when the value is not an array.
    fn element(&self, index: usize) -> Option<Self>;
    /// A string's value; `None` for anything else.
    fn string(&self) -> Option<String>;
    /// A number's value; `None` for anything else.
    fn number(&self) -> Option<f64>;
    /// Whether the value is an object (not an array, not `null`).
    fn is_object(&self) -> bool;
}

/// Changing a parsed JSON value, as much as [`reshape`] needs. A value read with
/// [`JsonNode::member`] or [`JsonNode::element`] may be a copy (natively) or the same object (in
/// the browser): `reshape` writes every changed value back, so both work.
pub trait JsonTree: JsonNode {
    /// Sets an object's member `key`; `None` removes it.
    fn set(&mut self, key: &str, value: Option<Self>);
    /// Replaces an array's element at `index`.
    fn set_element(&mut self, index: usize, value: Self);
    /// Appends to an array.
    fn push(&mut self, value: Self);
    /// A new string.
    fn text(text: String) -> Self;
    /// A new `true` or `false`.
    fn boolean(value: bool) -> Self;
    /// A new whole number.
    fn integer(value: u32) -> Self;
    /// A new, empty object.
    fn object() -> Self;
    /// A new, empty array.
    fn list() -> Self;
}

/// What a feed URL returned.
#[derive(Debug, PartialEq)]
pub enum Document<N> {
    /// Not JSON-LD: read it as a JSON Feed (which also rejects anything but an object).
    JsonFeed(N),
    /// The `LiveBlogPosting` to read, and where it was.
    LiveBlogPosting(N, Place),
    /// JSON-LD with no `LiveBlogPosting` in it (an article, a web page): not a live blog.
    NoLiveBlogPosting,
}

/// Where the `LiveBlogPosting` was in the document, for messages that point at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The document is the posting.
    Root,
    /// The document is an array; the posting is its element at this index.
    Element(usize),
    /// The posting is the element at this index of the document's `@graph`.
    Graph(usize),
}

/// Tells JSON-LD from a JSON Feed and finds the `LiveBlogPosting`. JSON-LD is an array, an
/// object with an `@graph` array, or an object with `@context` or `@type`; the first node
/// whose `@type` is (or lists) `LiveBlogPosting` is the blog.
pub fn classify<N: JsonNode>(document: N) -> Document<N> {
    let graph = document.member("@graph").filter(N::is_array);
    let (list, place): (&N, fn(usize) -> Place) = match &graph {
        Some(graph) => (graph, Place::Graph),
        None if document.is_array() => (&document, Place::Element),
        None if document.member("@type").is_none() && document.member("@context").is_none() => {
            return Document::JsonFeed(document);
        }
        None if is_live_blog_posting(&document) => {
            return Document::LiveBlogPosting(document, Place::Root);
        }
        None => return Document::NoLiveBlogPosting,
    };
    let mut index = 0;
    while let Some(node) = list.element(index) {
        if is_live_blog_posting(&node) {
            return Document::LiveBlogPosting(node, place(index));
        }
        index += 1;
    }
    Document::NoLiveBlogPosting
}

/// Whether a node's `@type` is `LiveBlogPosting`, or a list naming it; a full IRI such as
/// `https://schema.org/LiveBlogPosting` or a prefixed `schema:LiveBlogPosting` counts too.
fn is_live_blog_posting<N: JsonNode>(node: &N) -> bool {
    let named = |kind: &N| {
        kind.string().is_some_and(|name| {
            name == "LiveBlogPosting"
                || name.ends_with("/LiveBlogPosting")
                || name.ends_with(":LiveBlogPosting")
        })
    };
    let Some(kind) = node.member("@type") else {
        return false;
    };
    let mut index = 0;
    while let Some(name) = kind.element(index) {
        if named(&name) {
            return true;
        }
        index += 1;
    }
    named(&kind)
}

/// Gives a `LiveBlogPosting`'s loosely shaped values the shapes of the JSON Feed fields they are
/// read as:
/// - one `liveBlogUpdate` given alone (as JSON-LD compaction writes a one-element list) becomes
///   a list;
/// - an update's `author`, a name, a `Person` or a list of either, becomes `authors`, a list of
///   objects with `name` and `url` (anything else in it is left out);
/// - an update's `image`, a URL, an `ImageObject` (`url`, else `contentUrl`) or a list of them
///   (the first with a URL wins: publishers list crops of the same picture, not a gallery),
///   becomes the URL; what an `ImageObject` says about it goes where JSON Feed keeps it, on an
///   attachment with the picture's URL: `caption` is the alt text (`title`), `creditText` (else
///   `copyrightHolder`'s name) the credit, `width` and `height` (numbers, strings of digits or
///   `QuantitativeValue`s) the size, in its `_liveblog`;
/// - an `inLanguage` that is not a string (a `Language` object) is left out;
/// - a `coverageEndTime` at or before `now` closes the blog: it becomes JSON Feed's
///   `"expired": true` (whatever `_liveblog.status` says).
pub fn reshape<N: JsonTree>(posting: &mut N, now: Timestamp) {
    let ended = posting
        .member("coverageEndTime")
        .and_then(|end| Timestamp::parse(&end.string()?))
        .is_some_and(|end| end <= now);
    if ended {
        posting.set("expired", Some(N::boolean(true)));
    }
    if posting
        .member("inLanguage")
        .is_some_and(|language| language.string().is_none())
    {
        posting.set("inLanguage", None);
    }
    let Some(mut updates) = posting.member("liveBlogUpdate") else {
        return;
    };
    if updates.is_object() {
        let mut list = N::list();
        list.push(updates);
        updates = list;
    }
    let mut index = 0;
    while let Some(mut update) = updates.element(index) {
        if update.is_object() {
            reshape_update(&mut update);
            updates.set_element(index, update);
        }
        index += 1;
    }
    posting.set("liveBlogUpdate", Some(updates));
}

fn reshape_update<N: JsonTree>(update: &mut N) {
    if let Some(author) = update.member("author") {
        let mut authors = N::list();
        let mut add = |author: N| {
            if let Some(name) = author.string() {
                let mut person = N::object();
                person.set("name", Some(N::text(name)));
                authors.push(person);
            } else if author.is_object() {
                authors.push(author);
            }
        };
        if author.is_array() {
            let mut index = 0;
            while let Some(one) = author.element(index) {
                add(one);
                index += 1;
            }
        } else {
            add(author);
        }
        update.set("author", None);
        update.set("authors", Some(authors));
    }
    if let Some(image) = update.member("image") {
        let mut picture = None;
        if image.is_array() {
            let mut index = 0;
            while let Some(one) = image.element(index) {
                if let Some(url) = image_url(&one) {
                    picture = Some((url, one));
                    break;
                }
                index += 1;
            }
        } else {
            picture = image_url(&image).map(|url| (url, image));
        }
        if let Some(attachment) = picture
            .as_ref()
            .and_then(|(url, image)| described(url, image))
        {
            let mut attachments = update
                .member("attachments")
                .filter(N::is_array)
                .unwrap_or_else(N::list);
            attachments.push(attachment);
            update.set("attachments", Some(attachments));
        }
        let url = picture.map(|(url, _)| url);
        update.set("image", url.map(N::text));
    }
}

/// The JSON Feed attachment that says what an `ImageObject` at `url` says about its picture;
/// `None` when it says nothing (a bare URL, say).
fn described<N: JsonTree>(url: &str, image: &N) -> Option<N> {
    let alt = image.member("caption").and_then(|caption| caption.string());
    let credit = image
        .member("creditText")
        .and_then(|credit| credit.string())
        .or_else(|| name_of(image.member("copyrightHolder")?));
    let width = image.member("width").and_then(dimension);
    let height = image.member("height").and_then(dimension);
    if alt.is_none() && credit.is_none() && width.is_none() && height.is_none() {
        return None;
    }
    let mut attachment = N::object();
    attachment.set("url", Some(N::text(url.to_owned())));
    if let Some(alt) = alt {
        attachment.set("title", Some(N::text(alt)));
    }
    if credit.is_some() || width.is_some() || height.is_some() {
        let mut extension = N::object();
        if let Some(credit) = credit {
            extension.set("credit", Some(N::text(credit)));
        }
        for (key, value) in [("width", width), ("height", height)] {
            if let Some(value) = value {
                extension.set(key, Some(N::integer(value)));
            }
        }
        attachment.set("_liveblog", Some(extension));
    }
    Some(attachment)
}

/// A name given as a string, a `Person` or `Organization`, or a list of them (the first wins).
fn name_of<N: JsonNode>(holder: N) -> Option<String> {
    let holder = holder.element(0).unwrap_or(holder);
    holder.string().or_else(|| holder.member("name")?.string())
}

/// A width or height in pixels: a number, a string of digits (`"800"`, `"800 px"`), or a
/// `QuantitativeValue` whose `value` is either. Anything else is no size.
fn dimension<N: JsonNode>(value: N) -> Option<u32> {
    let value = value.member("value").unwrap_or(value);
    let number = match value.number() {
        Some(number) => number,
        None => {
            let text = value.string()?;
            let digits = text.trim();
            let digits = digits.strip_suffix("px").unwrap_or(digits).trim_end();
            if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            f64::from(
                digits
                    .bytes()
                    .fold(0, |number, digit| number * 10 + u32::from(digit - b'0')),
            )
        }
    };
    pixels(Some(number))
}

/// An image's URL: the string, or an `ImageObject`'s `url`, else its `contentUrl`.
fn image_url<N: JsonNode>(image: &N) -> Option<String> {
    image.string().or_else(|| {
        ["url", "contentUrl"]
            .into_iter()
            .find_map(|key| image.member(key)?.string())
    })
}

/// Completes a `LiveBlogPosting` read into wire types: an update without `@id` takes its
/// `url`'s fragment, else an id derived from its date, headline and text ([`content_id`]), so
/// that it stays the same from poll to poll. (A JSON Feed item without an id is dropped instead.)
pub fn complete(wire: &mut WireFeed) {
    for item in &mut wire.items {
        if item.id.as_deref().is_none_or(|id| id.trim().is_empty()) {
            item.id = Some(fragment(item.url.as_deref()).unwrap_or_else(|| content_id(item)));
        }
    }
}

/// The non-empty fragment of a URL (`https://news.example/live#post-7` gives `post-7`).
fn fragment(url: Option<&str>) -> Option<String> {
    let (_, fragment) = url?.split_once('#')?;
    let fragment = fragment.trim();
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// An id for an update that has none: `ld-` and 16 hex digits of a 64-bit FNV-1a hash of its
/// publication date, headline and text. The same update gives the same id on every poll; an edit
/// to any of the three makes it a new update (and the old one deleted), which is why publishers
/// should give updates an `@id` or a `url` with a fragment.
pub fn content_id(item: &WireItem) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [&item.date_published, &item.title, &item.content_text] {
        for &byte in part.as_deref().unwrap_or_default().as_bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A byte no UTF-8 text contains ends each part: ("ab", "c") differs from ("a", "bc").
        hash = (hash ^ 0xff).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut id = String::from("ld-");
    for _ in 0..16 {
        id.extend(char::from_digit((hash >> 60) as u32, 16));
        hash <<= 4;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::normalize::normalize;
    use crate::core::{Feed, Status};
    use serde_json::{json, Value};

    /// serde_json values, owned: `member` and `element` copy, as the tools' do.
    impl JsonNode for Value {
        fn is_array(&self) -> bool {
            Value::is_array(self)
        }

        fn member(&self, key: &str) -> Option<Self> {
            self.get(key).cloned()
        }

        fn element(&self, index: usize) -> Option<Self> {
            self.as_array().and_then(|list| list.get(index)).cloned()
        }

        fn string(&self) -> Option<String> {
            self.as_str().map(str::to_owned)
        }

        fn number(&self) -> Option<f64> {
            self.as_f64()
        }

        fn is_object(&self) -> bool {
            Value::is_object(self)
        }
    }

    impl JsonTree for Value {
        fn set(&mut self, key: &str, value: Option<Self>) {
            if let Some(object) = self.as_object_mut() {
                match value {
                    Some(value) => object.insert(key.to_owned(), value),
                    None => object.remove(key),
                };
            }
        }

        fn set_element(&mut self, index: usize, value: Self) {
            if let Some(slot) = self.as_array_mut().and_then(|list| list.get_mut(index)) {
                *slot = value;
            }
        }

        fn push(&mut self, value: Self) {
            if let Some(list) = self.as_array_mut() {
                list.push(value);
            }
        }

        fn text(text: String) -> Self {
            Value::String(text)
        }

        fn boolean(value: bool) -> Self {
            Value::Bool(value)
        }

        fn integer(value: u32) -> Self {
            Value::from(value)
        }

        fn object() -> Self {
            json!({})
        }

        fn list() -> Self {
            json!([])
        }
    }

    const NOW: &str = "2026-11-30T15:00:00Z";

    /// Classifies, reshapes, reads and completes a document the way the widget does.
    fn read(document: &Value) -> Feed {
        let Document::LiveBlogPosting(mut posting, _) = classify(document.clone()) else {
            panic!("no LiveBlogPosting in {document}");
        };
        reshape(&mut posting, Timestamp::parse(NOW).expect("now"));
        let mut wire: WireFeed = serde_json::from_value(posting).expect("a posting");
        complete(&mut wire);
        normalize(wire, &|url| Some(url.to_owned()))
    }

    fn posting(updates: Value) -> Value {
        json!({
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Harbour summit: live",
            "liveBlogUpdate": updates
        })
    }

    fn ids(feed: &Feed) -> Vec<&str> {
        feed.updates
            .iter()
            .map(|update| update.id.as_str())
            .collect()
    }

    #[test]
    fn a_json_feed_is_not_json_ld() {
        let feed = json!({"version": "https://jsonfeed.org/version/1.1", "items": []});
        assert_eq!(classify(feed.clone()), Document::JsonFeed(feed));
        let text = json!("a string");
        assert_eq!(classify(text.clone()), Document::JsonFeed(text));
    }

    #[test]
    fn the_posting_is_found_alone_in_an_array_or_in_a_graph() {
        let alone = posting(json!([]));
        assert!(matches!(
            classify(alone.clone()),
            Document::LiveBlogPosting(_, Place::Root)
        ));
        let array = json!([{"@type": "WebPage"}, alone.clone()]);
        assert!(matches!(
            classify(array),
            Document::LiveBlogPosting(_, Place::Element(1))
        ));
        let graph = json!({"@context": "https://schema.org",
            "@graph": [{"@type": "Organization"}, {"@type": "NewsArticle"}, alone]});
        assert!(matches!(
            classify(graph),
            Document::LiveBlogPosting(_, Place::Graph(2))
        ));
    }

    #[test]
    fn the_type_may_be_a_list_an_iri_or_prefixed() {
        for kind in [
            json!(["NewsArticle", "LiveBlogPosting"]),
            json!("https://schema.org/LiveBlogPosting"),
            json!("schema:LiveBlogPosting"),
        ] {
            let document = json!({"@type": kind});
            assert!(
                matches!(classify(document), Document::LiveBlogPosting(..)),
                "{kind}"
            );
        }
    }

    #[test]
    fn json_ld_without_a_posting_is_not_a_live_blog() {
        for document in [
            json!([]),
            json!([{"title": "a JSON Feed in an array"}]),
            json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}),
            json!({"@graph": [{"@type": "BlogPosting"}]}),
            json!({"@type": "NotALiveBlogPosting"}),
        ] {
            assert_eq!(
                classify(document.clone()),
                Document::NoLiveBlogPosting,
                "{document}"
            );
        }
    }

    #[test]
    fn a_posting_reads_like_the_same_json_feed() {
        let feed = read(&json!({
            "@type": "LiveBlogPosting",
            "headline": "Harbour summit: live",
            "url": "https://news.example/live/summit",
            "inLanguage": "en-GB",
            "_liveblog": {"key_points": ["A fund is on the table"], "poll_interval": 30},
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "@id": "u-1", "headline": "Welcome",
                 "articleBody": "Follow along.", "datePublished": "2026-11-30T09:00:00Z",
                 "author": {"@type": "Person", "name": "Priya Nandakumar"},
                 "_liveblog": {"pinned": true}},
                {"@type": "BlogPosting", "@id": "u-2", "headline": "A fund",
                 "articleBody": "Agreed.", "datePublished": "2026-11-30T12:30:00Z",
                 "dateModified": "2026-11-30T12:45:00Z", "description": "In short",
                 "author": [{"@type": "Person", "name": "Tom Ashcroft",
                             "url": "https://news.example/staff/tom"}, "Efa Llewelyn"],
                 "_liveblog": {"key_event": true}}
            ]
        }));
        let expected = normalize(
            serde_json::from_value(json!({
                "title": "Harbour summit: live",
                "home_page_url": "https://news.example/live/summit",
                "language": "en-GB",
                "_liveblog": {"key_points": ["A fund is on the table"], "poll_interval": 30},
                "items": [
                    {"id": "u-1", "title": "Welcome", "content_text": "Follow along.",
                     "date_published": "2026-11-30T09:00:00Z",
                     "authors": [{"name": "Priya Nandakumar"}], "_liveblog": {"pinned": true}},
                    {"id": "u-2", "title": "A fund", "content_text": "Agreed.",
                     "date_published": "2026-11-30T12:30:00Z",
                     "date_modified": "2026-11-30T12:45:00Z", "summary": "In short",
                     "authors": [{"name": "Tom Ashcroft", "url": "https://news.example/staff/tom"},
                                 {"name": "Efa Llewelyn"}],
                     "_liveblog": {"key_event": true}}
                ]
            }))
            .expect("a feed"),
            &|url| Some(url.to_owned()),
        );
        assert_eq!(feed, expected);
    }

    #[test]
    fn an_image_may_be_a_url_an_image_object_or_a_list() {
        let feed = read(&posting(json!([
            {"@id": "a", "datePublished": "2026-11-30T10:00:00Z", "image": "https://x.example/a.jpg"},
            {"@id": "b", "datePublished": "2026-11-30T11:00:00Z",
             "image": {"@type": "ImageObject", "contentUrl": "https://x.example/b.jpg",
                       "caption": "The harbour", "width": 800}},
            {"@id": "c", "datePublished": "2026-11-30T12:00:00Z",
             "image": [{"@type": "ImageObject", "caption": "no URL"},
                       {"url": "https://x.example/c.jpg", "caption": {"@type": "MediaObject"}},
                       "https://x.example/c2.jpg"]}
        ])));
        let images: Vec<(&str, &str)> = feed
            .updates
            .iter()
            .filter_map(|update| update.images.first())
            .map(|image| (image.url.as_str(), image.alt.as_str()))
            .collect();
        assert_eq!(
            images,
            [
                ("https://x.example/c.jpg", ""),
                ("https://x.example/b.jpg", "The harbour"),
                ("https://x.example/a.jpg", ""),
            ]
        );
        assert!(feed
            .updates
            .iter()
            .all(|update| update.attachments.is_empty()));
    }

    #[test]
    fn an_image_object_gives_credit_and_size_however_they_are_written() {
        let feed = read(&posting(json!([
            {"@id": "a", "datePublished": "2026-11-30T10:00:00Z",
             "image": {"@type": "ImageObject", "url": "https://x.example/a.jpg",
                       "caption": "The quay", "creditText": "Photo: Efa Llewelyn",
                       "copyrightHolder": {"name": "Not this one"},
                       "width": 1200, "height": "800"}},
            {"@id": "b", "datePublished": "2026-11-30T11:00:00Z",
             "image": {"url": "https://x.example/b.jpg",
                       "copyrightHolder": [{"@type": "Organization", "name": "Harbour Agency"}],
                       "width": {"@type": "QuantitativeValue", "value": 640, "unitCode": "E37"},
                       "height": {"@type": "QuantitativeValue", "value": "480 px"}}},
            {"@id": "c", "datePublished": "2026-11-30T12:00:00Z",
             "image": {"url": "https://x.example/c.jpg", "copyrightHolder": "Ana",
                       "width": "wide", "height": -3}},
            {"@id": "d", "datePublished": "2026-11-30T13:00:00Z",
             "image": {"url": "https://x.example/d.jpg", "width": "1e3", "height": true,
                       "creditText": 7}}
        ])));
        let image = |id: &str| {
            feed.updates
                .iter()
                .find(|update| update.id == id)
                .and_then(|update| update.images.first().cloned())
                .unwrap_or_default()
        };
        let a = image("a");
        assert_eq!(a.alt, "The quay");
        assert_eq!(a.credit.as_deref(), Some("Photo: Efa Llewelyn"));
        assert_eq!(a.size, Some((1200, 800)));
        assert_eq!(a.caption, None);
        let b = image("b");
        assert_eq!(
            (b.alt.as_str(), b.credit.as_deref()),
            ("", Some("Harbour Agency"))
        );
        assert_eq!(b.size, Some((640, 480)));
        let c = image("c");
        assert_eq!((c.credit.as_deref(), c.size), (Some("Ana"), None));
        let d = image("d");
        assert_eq!(d.url, "https://x.example/d.jpg");
        assert_eq!((d.credit, d.size), (None, None));
        assert!(feed
            .updates
            .iter()
            .all(|update| update.attachments.is_empty() && update.images.len() == 1));
    }

    #[test]
    fn an_update_without_an_id_takes_its_url_fragment_else_a_hash_of_its_content() {
        let updates = json!([
            {"url": "https://news.example/live/summit#post-7", "articleBody": "From the fragment"},
            {"url": "https://news.example/live/summit", "headline": "H",
             "articleBody": "Hashed", "datePublished": "2026-11-30T10:00:00Z"},
            {"@id": "  ", "headline": "Hashed too"}
        ]);
        let feed = read(&posting(updates.clone()));
        let mut found = ids(&feed);
        found.sort_unstable();
        assert_eq!(found.len(), 3);
        assert!(found.contains(&"post-7"));
        assert!(found
            .iter()
            .filter(|id| id.starts_with("ld-"))
            .all(|id| id.len() == 19));
        // Stable: the same content gives the same ids on the next poll.
        let again = read(&posting(updates));
        let mut found_again = ids(&again);
        found_again.sort_unstable();
        assert_eq!(found, found_again);
    }

    #[test]
    fn content_ids_differ_when_the_content_differs() {
        let item = |date: &str, title: &str, text: &str| WireItem {
            date_published: Some(date.into()),
            title: Some(title.into()),
            content_text: Some(text.into()),
            ..WireItem::default()
        };
        let one = content_id(&item("2026-11-30T10:00:00Z", "a", "bc"));
        assert_ne!(one, content_id(&item("2026-11-30T10:00:00Z", "ab", "c")));
        assert_ne!(one, content_id(&item("2026-11-30T10:01:00Z", "a", "bc")));
        assert_eq!(one, content_id(&item("2026-11-30T10:00:00Z", "a", "bc")));
    }

    #[test]
    fn coverage_that_has_ended_closes_the_blog() {
        let mut ended = posting(json!([]));
        ended["coverageEndTime"] = json!("2026-11-30T14:59:00Z");
        ended["_liveblog"] = json!({"status": "live"});
        assert_eq!(read(&ended).status, Status::Closed);
        let mut later = posting(json!([]));
        later["coverageEndTime"] = json!("2026-11-30T18:00:00+00:00");
        assert_eq!(read(&later).status, Status::Live);
        let mut unreadable = posting(json!([]));
        unreadable["coverageEndTime"] = json!("tonight");
        assert_eq!(read(&unreadable).status, Status::Live);
    }

    #[test]
    fn the_extension_may_close_a_posting_too() {
        let mut closed = posting(json!([]));
        closed["_liveblog"] = json!({"status": "closed", "notice": "Closed."});
        let feed = read(&closed);
        assert_eq!(feed.status, Status::Closed);
        assert_eq!(feed.notice.as_deref(), Some("Closed."));
    }

    #[test]
    fn a_single_update_may_be_given_without_a_list() {
        let feed = read(&posting(json!({"@id": "only", "headline": "One"})));
        assert_eq!(ids(&feed), ["only"]);
    }

    #[test]
    fn authors_that_are_neither_names_nor_objects_are_left_out() {
        let feed = read(&posting(json!([
            {"@id": "a", "author": ["Ana", 7, null, [{"name": "nested"}], {"name": "Ben"}]},
            {"@id": "b", "author": "Cy"},
            {"@id": "c", "author": 42}
        ])));
        let names = |id: &str| -> Vec<String> {
            feed.updates
                .iter()
                .find(|update| update.id == id)
                .map(|update| update.authors.iter().map(|a| a.name.clone()).collect())
                .unwrap_or_default()
        };
        assert_eq!(names("a"), ["Ana", "Ben"]);
        assert_eq!(names("b"), ["Cy"]);
        assert!(names("c").is_empty());
    }

    #[test]
    fn a_language_object_is_ignored_rather_than_refused() {
        let mut document = posting(json!([]));
        document["inLanguage"] = json!({"@type": "Language", "name": "English"});
        assert_eq!(read(&document).language, None);
    }

    #[test]
    fn json_feed_ids_are_not_invented() {
        // `complete` is for JSON-LD only: a JSON Feed item without an id is still dropped.
        let wire: WireFeed =
            serde_json::from_value(json!({"items": [{"url": "https://x.example/#a"}]}))
                .expect("a feed");
        assert!(normalize(wire, &|url| Some(url.to_owned()))
            .updates
            .is_empty());
    }
}

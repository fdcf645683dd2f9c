//! Property tests of the pure core: whatever a feed URL returns, parsing, normalising and merging
//! never panic, and what the reader sees keeps its invariants: newest first, each id once,
//! deletions and paging as docs/feed-format.md's "What a poll does" says, and nothing lost by a
//! failed poll.
//!
//! `cargo test` runs a bounded number of cases; `PROPTEST_CASES=100000 cargo test --release
//! --test properties` runs a long one (docs/security.md, "Property tests").
#![cfg(not(target_arch = "wasm32"))]

use liveblog::core::wire::WireFeed;
use liveblog::core::{normalize, Blog, Feed, FeedError, Polled, Timestamp, Update};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{json, Map, Value};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

/// Cases per property when `PROPTEST_CASES` is not set: enough to catch the easy cases, few
/// enough that the whole file runs in seconds in a debug build.
const BOUNDED_CASES: u32 = 128;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(BOUNDED_CASES);
    ProptestConfig {
        cases,
        // A failure prints its smallest input; it belongs in a unit test in src/core, next to
        // the fix, rather than in a regression file.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Generators: feeds as JSON values, drawn from small pools so that ids collide, dates tie and
// the same content comes back (unchanged polls, edits, duplicates), with the odd arbitrary string.

/// Resolves against `https://news.example/live/feed.json` the simple way tests need; like the
/// browser's URL parser, it refuses a URL with whitespace in it.
fn resolve(url: &str) -> Option<String> {
    if url.chars().any(char::is_whitespace) {
        None
    } else if url.contains(':') {
        Some(url.to_owned())
    } else if let Some(path) = url.strip_prefix('/') {
        Some(format!("https://news.example/{path}"))
    } else {
        Some(format!("https://news.example/live/{url}"))
    }
}

/// A field that is absent or (mostly) present.
fn maybe<S: Strategy<Value = Value>>(value: S) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![1 => Just(None), 5 => value.prop_map(Some)]
}

/// An optional field: absent, `null`, or present.
fn optional<S: Strategy<Value = Value>>(value: S) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![1 => Just(None), 1 => Just(Some(Value::Null)), 4 => value.prop_map(Some)]
}

fn object<const N: usize>(fields: [(&str, Option<Value>); N]) -> Value {
    Value::Object(
        fields
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?)))
            .collect(),
    )
}

fn string(pool: &'static [&'static str]) -> impl Strategy<Value = Value> {
    select(pool).prop_map(Value::from)
}

/// A short string of any characters, control characters and newlines included.
fn noise() -> impl Strategy<Value = String> {
    "(?s:.{0,16})"
}

/// Ids: strings that collide once trimmed, numbers (`2` and `2.0` are the id `"2"`), blanks.
fn id() -> impl Strategy<Value = Value> {
    prop_oneof![
        8 => string(&["a", "b", "c", "d", "e", " a ", "2", "x y"]),
        3 => (0u64..4).prop_map(Value::from),
        1 => (-2i64..0).prop_map(Value::from),
        2 => select(vec![1.0, 2.0, 1.5, -0.0, 1e20, 2.5e-7]).prop_map(Value::from),
        1 => string(&["", "  ", "\u{3000}"]),
        1 => noise().prop_map(Value::from),
    ]
}

/// Dates: a few minutes (some the same instant in another offset), date-like strings that may
/// or may not be valid, and nonsense.
fn date() -> impl Strategy<Value = Value> {
    let minute = (0u32..6, any::<bool>()).prop_map(|(minute, in_paris)| {
        if in_paris {
            format!("2026-11-30T11:0{minute}:00+01:00")
        } else {
            format!("2026-11-30T10:0{minute}:00Z")
        }
    });
    let date_like = concat!(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?",
        "(\\.[0-9]{0,12})?([Zz]|[+-][0-9]{2}:[0-9]{2})?",
    );
    let nonsense = select(
        &[
            "last Tuesday",
            "2026-02-30T10:00:00Z",
            "2026-11-30",
            "",
            " 2026-11-30T10:03:00Z ",
            "9999-12-31T23:59:60.999999-23:59",
            "0000-01-01T00:00:00+23:59",
        ][..],
    )
    .prop_map(String::from);
    prop_oneof![6 => minute, 2 => date_like, 1 => nonsense, 1 => noise()].prop_map(Value::from)
}

/// Headlines, bodies and plain text, hostile HTML included.
fn prose() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => string(&[
            "<p>One</p>",
            "<p>Two</p>",
            "One",
            "  Two\n",
            "<script>alert(1)</script><p>x</p>",
            "<img src=x onerror=alert(1)>",
            "<p>Ünïcödé 🎉</p>",
            "",
        ]),
        1 => noise().prop_map(Value::from),
    ]
}

fn link() -> impl Strategy<Value = Value> {
    string(&[
        "https://x.example/a.jpg",
        "relative.png",
        "/abs/b.mp3",
        "https://x.example/dir/",
        "javascript:alert(1)",
        "data:text/html,x",
        "mailto:a@x.example",
        "with space",
        "",
    ])
}

fn flag() -> impl Strategy<Value = Value> {
    any::<bool>().prop_map(Value::from)
}

fn author() -> impl Strategy<Value = Value> {
    (optional(prose()), optional(link()))
        .prop_map(|(name, url)| object([("name", name), ("url", url)]))
}

fn attachment() -> impl Strategy<Value = Value> {
    let mime = string(&["image/png", " image/jpeg", "audio/mpeg", ""]);
    (optional(link()), optional(mime), optional(prose())).prop_map(|(url, mime_type, title)| {
        object([("url", url), ("mime_type", mime_type), ("title", title)])
    })
}

/// A well-typed JSON Feed item: every field may be missing, null (where JSON Feed allows an
/// absent value) or odd, but none has the wrong JSON type.
fn item() -> impl Strategy<Value = Value> {
    let flags = (optional(flag()), optional(flag()))
        .prop_map(|(key_event, pinned)| object([("key_event", key_event), ("pinned", pinned)]));
    let extras = (
        maybe(vec(author(), 0..3).prop_map(Value::from)),
        optional(author()),
        maybe(vec(attachment(), 0..3).prop_map(Value::from)),
        maybe(vec(prose(), 0..3).prop_map(Value::from)),
        optional(link()),
        optional(link()),
        optional(prose()),
    );
    let id = prop_oneof![
        1 => Just(None),
        1 => Just(Some(Value::Null)),
        10 => id().prop_map(Some),
    ];
    (
        id,
        optional(date()),
        optional(date()),
        optional(prose()),
        optional(prose()),
        optional(prose()),
        maybe(flags),
        extras,
    )
        .prop_map(
            |(id, published, modified, html, text, title, flags, extras)| {
                let (authors, author, attachments, tags, url, image, summary) = extras;
                object([
                    ("id", id),
                    ("date_published", published),
                    ("date_modified", modified),
                    ("content_html", html),
                    ("content_text", text),
                    ("title", title),
                    ("_liveblog", flags),
                    ("authors", authors),
                    ("author", author),
                    ("attachments", attachments),
                    ("tags", tags),
                    ("url", url),
                    ("image", image),
                    ("summary", summary),
                ])
            },
        )
}

/// A feed's own fields, without its items.
fn head() -> impl Strategy<Value = Value> {
    let extension = (
        optional(string(&["live", "closed", " closed ", "paused"])),
        maybe(vec(string(&["One", "Two", " "]), 0..3).prop_map(Value::from)),
        optional(string(&["What you need to know", ""])),
        optional(string(&["Closed.", ""])),
        optional(any::<f64>().prop_map(Value::from)),
    )
        .prop_map(
            |(status, key_points, key_points_title, notice, poll_interval)| {
                object([
                    ("status", status),
                    ("key_points", key_points),
                    ("key_points_title", key_points_title),
                    ("notice", notice),
                    ("poll_interval", poll_interval),
                ])
            },
        );
    (
        optional(string(&["Summit", "Summit, day 2", ""])),
        optional(flag()),
        optional(link()),
        maybe(extension),
    )
        .prop_map(|(title, expired, next_url, extension)| {
            object([
                ("version", Some(json!("https://jsonfeed.org/version/1.1"))),
                ("title", title),
                ("expired", expired),
                ("next_url", next_url),
                ("_liveblog", extension),
            ])
        })
}

/// Sets a feed's `items`.
fn with_items(mut head: Value, items: Value) -> Value {
    if let Some(fields) = head.as_object_mut() {
        fields.insert("items".into(), items);
    }
    head
}

/// A well-typed feed: the newest page a poll might bring.
fn feed() -> impl Strategy<Value = Value> {
    (head(), maybe(vec(item(), 0..10).prop_map(Value::from))).prop_map(
        |(head, items)| match items {
            Some(items) => with_items(head, items),
            None => head,
        },
    )
}

/// The items an evolving blog's pages draw from, so that polls bring the same item again
/// (unchanged), another copy of its id (edited, or stale), or leave it out (deleted, or paged
/// out).
const POOL: usize = 10;

fn pool() -> impl Strategy<Value = Vec<Value>> {
    vec(item(), 1..=POOL)
}

/// One poll of an evolving blog: the feed's own fields, which items of the pool the page
/// carries, and a few items from nowhere.
#[derive(Clone, Debug)]
struct Poll {
    head: Value,
    keep: Vec<bool>,
    extra: Vec<Value>,
}

impl Poll {
    fn document(&self, pool: &[Value]) -> Value {
        let kept = pool.iter().zip(&self.keep).filter(|(_, keep)| **keep);
        let items = kept.map(|(item, _)| item.clone()).chain(self.extra.clone());
        with_items(self.head.clone(), items.collect())
    }
}

fn poll() -> impl Strategy<Value = Poll> {
    (
        head(),
        vec(prop::bool::weighted(0.75), POOL),
        vec(item(), 0..3),
    )
        .prop_map(|(head, keep, extra)| Poll { head, keep, extra })
}

/// The names a feed's objects use, so that random documents hit real fields with wrong types.
const FIELDS: &[&str] = &[
    "title",
    "items",
    "id",
    "date_published",
    "date_modified",
    "content_html",
    "content_text",
    "_liveblog",
    "status",
    "key_points",
    "key_event",
    "pinned",
    "authors",
    "author",
    "name",
    "url",
    "attachments",
    "mime_type",
    "tags",
    "image",
    "next_url",
    "expired",
    "poll_interval",
    "notice",
    "summary",
    "other",
];

/// Any JSON document, its objects keyed mostly by feed field names.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        flag(),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        noise().prop_map(Value::from),
        date(),
        id(),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::from),
            vec((select(FIELDS), inner), 0..6).prop_map(|fields| {
                Value::Object(
                    fields
                        .into_iter()
                        .map(|(name, value)| (name.to_owned(), value))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// What a poll does in a widget, or what the reader does.
#[derive(Clone, Debug)]
enum Action {
    Poll(Poll),
    Unchanged,
    Fail(FeedError),
    ReaderAtTop(bool),
    Reveal,
    ShowMore,
}

fn action() -> impl Strategy<Value = Action> {
    let error = select(vec![
        FeedError::Network,
        FeedError::Timeout,
        FeedError::InvalidJson,
        FeedError::NotAFeed("expected a JSON Feed object".into()),
        FeedError::Status {
            status: 503,
            retry_after: Some(30),
        },
    ]);
    prop_oneof![
        4 => poll().prop_map(Action::Poll),
        1 => Just(Action::Unchanged),
        2 => error.prop_map(Action::Fail),
        2 => any::<bool>().prop_map(Action::ReaderAtTop),
        1 => Just(Action::Reveal),
        1 => Just(Action::ShowMore),
    ]
}

// ---------------------------------------------------------------------------------------------
// Checks shared by the properties.

/// Parses and normalises a document the native way (serde_json into the wire types).
fn page(document: &Value) -> Result<Feed, TestCaseError> {
    let wire: WireFeed = serde_json::from_str(&document.to_string())
        .map_err(|error| TestCaseError::fail(format!("a well-typed feed is refused: {error}")))?;
    Ok(normalize(wire, &resolve))
}

/// Where an update sits in the newest-first order: its date (published, else modified; undated
/// last), then its id: ids of digits alone by their value (a longer one is greater) and above
/// the others, which compare as text.
fn place(update: &Update) -> (Option<Timestamp>, bool, usize, &str) {
    let number = !update.id.is_empty() && update.id.chars().all(|c| c.is_ascii_digit());
    let length = if number { update.id.len() } else { 0 };
    (
        update.published.or(update.modified),
        number,
        length,
        &update.id,
    )
}

fn check_order(updates: &[Rc<Update>]) -> Result<(), TestCaseError> {
    for pair in updates.windows(2) {
        prop_assert!(
            place(&pair[0]) > place(&pair[1]),
            "not newest first: {:?} above {:?}",
            place(&pair[0]),
            place(&pair[1])
        );
    }
    let mut seen = HashSet::new();
    for update in updates {
        prop_assert!(seen.insert(&update.id), "id {:?} twice", update.id);
    }
    Ok(())
}

fn by_id(updates: &[Rc<Update>]) -> HashMap<&str, &Rc<Update>> {
    updates
        .iter()
        .map(|update| (update.id.as_str(), update))
        .collect()
}

/// The id JSON Feed's rules give an item's `id` value: a trimmed, non-empty string, or a number
/// as its decimal string (a whole double such as `2.0` as `"2"`).
fn expected_id(value: &Value) -> Option<String> {
    let id = match value {
        Value::String(id) => id.trim().to_owned(),
        Value::Number(n) if n.is_f64() => {
            let n = n.as_f64()?;
            if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
                (n as i64).to_string()
            } else {
                n.to_string()
            }
        }
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!id.is_empty()).then_some(id)
}

fn items(document: &Value) -> Vec<Value> {
    document
        .get("items")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn modified(item: &Value) -> Option<Timestamp> {
    item.get("date_modified")
        .and_then(Value::as_str)
        .and_then(Timestamp::parse)
}

/// For each id, the item that should stand for it: the newest `date_modified`, the first copy on
/// a tie. Also says whether any id had such a tie.
fn winners(items: &[Value]) -> (HashMap<String, &Value>, bool) {
    let mut winners: HashMap<String, &Value> = HashMap::new();
    let mut tie = false;
    for item in items {
        let Some(id) = item.get("id").and_then(expected_id) else {
            continue;
        };
        match winners.get(&id) {
            Some(kept) if modified(item) > modified(kept) => {
                winners.insert(id, item);
            }
            Some(kept) => tie |= modified(item) == modified(kept),
            None => {
                winners.insert(id, item);
            }
        }
    }
    (winners, tie)
}

/// Merges `page` into `shown` and checks every rule of the live merge; returns the result.
fn check_merge(shown: &Feed, page: &Feed) -> Result<Feed, TestCaseError> {
    let mut merged = shown.clone();
    let outcome = merged.merge(page.clone());
    check_order(&merged.updates)?;
    let known = by_id(&shown.updates);
    let incoming = by_id(&page.updates);
    let after = by_id(&merged.updates);

    let new_ids: Vec<&str> = page
        .updates
        .iter()
        .map(|update| update.id.as_str())
        .filter(|id| !known.contains_key(id))
        .collect();
    prop_assert_eq!(&outcome.new_ids, &new_ids);
    prop_assert_eq!(outcome.report.new, new_ids.len());

    // Every update on the page is shown: new ones as they are, known ones edited in place unless
    // the page's copy is unchanged or stale (an older `date_modified` than the one shown).
    let mut edited = 0;
    for update in &page.updates {
        let shown_now = after.get(update.id.as_str());
        prop_assert!(shown_now.is_some(), "{:?} is on the page", update.id);
        let Some(shown_now) = shown_now else {
            continue;
        };
        match known.get(update.id.as_str()) {
            Some(before) if update.modified < before.modified || !update.differs_from(before) => {
                prop_assert!(Rc::ptr_eq(shown_now, before), "{:?} kept", update.id);
            }
            Some(_) => {
                edited += 1;
                prop_assert!(shown_now.revised && !shown_now.differs_from(update));
            }
            None => prop_assert!(!shown_now.revised && !shown_now.differs_from(update)),
        }
    }
    prop_assert_eq!(outcome.report.edited, edited);

    // A known update missing from the page was deleted if it is newer than the page's oldest
    // dated update (its last one when none is dated), and paged out (kept as it was) if it is
    // older; an empty page deletes all unless it has an older page.
    let oldest = page
        .updates
        .iter()
        .rev()
        .find(|update| update.published.or(update.modified).is_some())
        .or(page.updates.last());
    let mut deleted = 0;
    for before in &shown.updates {
        if incoming.contains_key(before.id.as_str()) {
            continue;
        }
        let paged_out = match oldest {
            Some(oldest) => place(before) < place(oldest),
            None => page.next_url.is_some(),
        };
        let kept = after.get(before.id.as_str());
        if paged_out {
            prop_assert!(kept.is_some_and(|kept| Rc::ptr_eq(kept, before)));
        } else {
            deleted += 1;
            prop_assert!(kept.is_none(), "{:?} deleted", before.id);
        }
    }
    prop_assert_eq!(outcome.report.deleted, deleted);
    prop_assert_eq!(
        merged.updates.len() + deleted,
        shown.updates.len() + new_ids.len()
    );

    // The blog's own fields come from the page.
    let mut blog_fields = merged.clone();
    blog_fields.updates = page.updates.clone();
    prop_assert_eq!(&blog_fields, page);

    // Merging the same page again changes nothing.
    let mut again = merged.clone();
    let second = again.merge(page.clone());
    prop_assert!(second.report.is_empty(), "{:?}", second.report);
    prop_assert!(second.new_ids.is_empty());
    prop_assert_eq!(again.updates.len(), merged.updates.len());
    for (first, second) in merged.updates.iter().zip(&again.updates) {
        prop_assert!(Rc::ptr_eq(first, second), "{:?} reallocated", first.id);
    }
    Ok(merged)
}

/// What the reader sees of a widget.
#[derive(Debug, PartialEq)]
struct OnScreen {
    title: String,
    key_points: Vec<String>,
    pinned: Option<Rc<Update>>,
    visible: Vec<Rc<Update>>,
    held: usize,
    hidden: usize,
}

fn on_screen(blog: &Blog) -> OnScreen {
    OnScreen {
        title: blog.feed.title.clone(),
        key_points: blog.feed.key_points.clone(),
        pinned: blog.feed.pinned().cloned(),
        visible: blog.visible_updates(),
        held: blog.held_count(),
        hidden: blog.hidden_count(),
    }
}

fn check_blog(blog: &Blog) -> Result<(), TestCaseError> {
    check_order(&blog.feed.updates)?;
    let visible = blog.visible_updates();
    check_order(&visible)?;
    let mut rest = blog.feed.updates.iter();
    for update in &visible {
        prop_assert!(
            rest.any(|known| Rc::ptr_eq(known, update)),
            "{:?} shown but not in the feed",
            update.id
        );
    }
    prop_assert_eq!(
        visible.len() + blog.hidden_count() + blog.held_count(),
        blog.feed.updates.len()
    );
    if blog.reader_is_at_top() {
        prop_assert_eq!(
            blog.held_count(),
            0,
            "nothing is held while the top is in view"
        );
    }
    Ok(())
}

fn ids(updates: &[Rc<Update>]) -> Vec<&str> {
    updates.iter().map(|update| update.id.as_str()).collect()
}

// ---------------------------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config())]

    /// Any bytes at all: a feed or an error, never a panic.
    #[test]
    fn any_bytes_parse_to_a_feed_or_an_error(bytes in vec(any::<u8>(), 0..512)) {
        if let Ok(wire) = serde_json::from_slice::<WireFeed>(&bytes) {
            check_order(&normalize(wire, &resolve).updates)?;
        }
    }

    /// A real feed with bytes inserted, removed or replaced: a feed or an error, never a panic.
    #[test]
    fn a_mangled_feed_parses_to_a_feed_or_an_error(
        document in feed(),
        edits in vec((any::<Index>(), any::<u8>(), 0..3u8), 1..8),
    ) {
        let mut bytes = document.to_string().into_bytes();
        for (at, byte, kind) in edits {
            let at = at.index(bytes.len() + 1);
            match kind {
                0 => bytes.insert(at, byte),
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ if at < bytes.len() => bytes[at] = byte,
                _ => bytes.push(byte),
            }
        }
        if let Ok(wire) = serde_json::from_slice::<WireFeed>(&bytes) {
            check_order(&normalize(wire, &resolve).updates)?;
        }
    }

    /// Any JSON document reads the same from text (serde_json, natively) as from a parsed tree
    /// (as the browser does with `JSON.parse` and serde-wasm-bindgen), and only an object can be
    /// a feed: a body such as `[]` is an error, not an empty feed that deletes every update.
    #[test]
    fn any_json_document_is_a_feed_only_if_it_is_an_object(document in any_json()) {
        let from_text = serde_json::from_str::<WireFeed>(&document.to_string());
        let from_tree = serde_json::from_value::<WireFeed>(document.clone());
        prop_assert_eq!(from_text.is_ok(), from_tree.is_ok());
        if !document.is_object() {
            prop_assert!(from_tree.is_err(), "{} read as a feed", document);
        }
        if let (Ok(text), Ok(tree)) = (from_text, from_tree) {
            let text = normalize(text, &resolve);
            check_order(&text.updates)?;
            prop_assert_eq!(text, normalize(tree, &resolve));
        }
    }

    /// A real feed with one field, its own or an item's, given any value: a feed or an error.
    #[test]
    fn a_feed_with_a_field_of_the_wrong_type_parses_to_a_feed_or_an_error(
        mut document in feed(),
        field in select(FIELDS),
        value in any_json(),
        item in any::<Index>(),
    ) {
        let count = items(&document).len();
        let target = if count > 0 {
            document.pointer_mut(&format!("/items/{}", item.index(count)))
        } else {
            Some(&mut document)
        };
        if let Some(target) = target.and_then(Value::as_object_mut) {
            target.insert(field.to_owned(), value);
        }
        if let Ok(wire) = serde_json::from_value::<WireFeed>(document) {
            check_order(&normalize(wire, &resolve).updates)?;
        }
    }

    /// Normalising keeps exactly the items with an id, each id once (the copy with the newest
    /// `date_modified`, the first on a tie), newest first, ties broken by id.
    #[test]
    fn a_normalised_feed_has_every_id_once_newest_first(document in feed()) {
        let feed = page(&document)?;
        check_order(&feed.updates)?;
        let items = items(&document);
        let (winners, _) = winners(&items);
        prop_assert_eq!(feed.updates.len(), winners.len());
        for update in &feed.updates {
            let winner = winners.get(&update.id);
            prop_assert!(winner.is_some(), "{:?} has no item", update.id);
            if let Some(&winner) = winner {
                let alone = page(&json!({ "items": [winner] }))?;
                prop_assert_eq!(ids(&alone.updates), [update.id.as_str()]);
                prop_assert_eq!(&alone.updates[0], update);
            }
        }
    }

    /// The order of the items in the file does not matter (except which of two equally new
    /// copies of an id wins).
    #[test]
    fn the_order_of_items_in_the_file_does_not_matter(
        (document, shuffled) in feed().prop_flat_map(|document| {
            let shuffled = Just(items(&document)).prop_shuffle();
            (Just(document), shuffled)
        }),
    ) {
        let (_, tie) = winners(&shuffled);
        let mut reordered = document.clone();
        if let Some(fields) = reordered.as_object_mut() {
            fields.insert("items".into(), Value::from(shuffled));
        }
        let (feed, reordered) = (page(&document)?, page(&reordered)?);
        if tie {
            let mut expected = ids(&feed.updates);
            let mut found = ids(&reordered.updates);
            expected.sort_unstable();
            found.sort_unstable();
            prop_assert_eq!(expected, found);
        } else {
            prop_assert_eq!(feed, reordered);
        }
    }

    /// Any sequence of polls merges by the rules of the live merge (new, edited, deleted, paged
    /// out), keeps the order and each id once, and is idempotent.
    #[test]
    fn any_sequence_of_polls_merges_by_the_live_merge_rules(
        pool in pool(),
        polls in vec(poll(), 1..6),
    ) {
        let mut shown = Feed::default();
        for poll in &polls {
            shown = check_merge(&shown, &page(&poll.document(&pool))?)?;
        }
    }

    /// A blog that only grows, polled as pages of its newest `page_size` updates, never reports
    /// a deletion and keeps every update it has shown, newest first, even when more than a page
    /// was published between two polls.
    #[test]
    fn paging_a_growing_blog_deletes_nothing(
        page_size in 1usize..5,
        grown in vec(0usize..4, 1..8),
    ) {
        let mut shown = Feed::default();
        let mut seen = BTreeSet::new();
        let mut published = 0;
        for more in grown {
            published += more;
            let on_page = published.saturating_sub(page_size)..published;
            let newest: Vec<Value> = on_page
                .clone()
                .map(|n| json!({"id": n, "date_published": format!("2026-11-30T10:{n:02}:00Z")}))
                .collect();
            let feed = page(&json!({ "items": newest, "next_url": "older.json" }))?;
            let report = shown.merge(feed).report;
            let before = seen.len();
            seen.extend(on_page);
            prop_assert_eq!(report.new, seen.len() - before);
            prop_assert_eq!(report.deleted, 0);
            check_order(&shown.updates)?;
            let expected: Vec<String> = seen.iter().rev().map(|n| n.to_string()).collect();
            prop_assert_eq!(ids(&shown.updates), expected);
        }
    }

    /// Through any sequence of polls and reader actions, a widget shows a newest-first slice of
    /// its feed; a failed or unchanged poll changes nothing the reader sees; and a poll never
    /// moves or removes what the reader is looking at, except what the publisher deleted or
    /// re-dated, or a burst of more than a page of new updates pushed down.
    #[test]
    fn a_widget_never_loses_what_the_reader_sees(
        page_size in 1usize..5,
        pool in pool(),
        actions in vec(action(), 1..12),
    ) {
        let mut blog = Blog::new(page_size);
        for action in actions {
            let before = on_screen(&blog);
            let feed_before = blog.feed.clone();
            let at_top = blog.reader_is_at_top();
            match action {
                Action::Poll(poll) => {
                    blog.polled(Polled::Changed(page(&poll.document(&pool))?));
                    prop_assert!(blog.loaded && blog.error.is_none());
                    let redated = feed_before.updates.iter().any(|old| {
                        blog.feed
                            .updates
                            .iter()
                            .any(|new| new.id == old.id && place(new) != place(old))
                    });
                    let still_there: Vec<&str> = before
                        .visible
                        .iter()
                        .map(|update| update.id.as_str())
                        .filter(|id| blog.feed.updates.iter().any(|update| update.id == *id))
                        .collect();
                    let visible = blog.visible_updates();
                    let visible = ids(&visible);
                    // A burst of more than a page shows its newest page on top, and pushes what
                    // was shown behind "Show more" (core/blog.rs, "One page at a time").
                    let burst = at_top && blog.last_merge.new > page_size;
                    if !redated && !burst {
                        for id in &still_there {
                            prop_assert!(visible.contains(id), "{:?} no longer visible", id);
                        }
                        if !at_top {
                            let top = visible.get(..still_there.len());
                            prop_assert_eq!(top, Some(&still_there[..]), "the reader was moved");
                        }
                    }
                }
                Action::Unchanged => {
                    blog.polled(Polled::Unchanged);
                    prop_assert!(blog.loaded && blog.error.is_none());
                    prop_assert_eq!(&blog.feed, &feed_before);
                    prop_assert_eq!(on_screen(&blog), before);
                }
                Action::Fail(error) => {
                    let loaded = blog.loaded;
                    blog.polled(Polled::Failed(error.clone()));
                    prop_assert_eq!(blog.error.as_ref(), Some(&error));
                    prop_assert_eq!(blog.loaded, loaded);
                    prop_assert_eq!(&blog.feed, &feed_before);
                    let after = on_screen(&blog);
                    for (old, new) in before.visible.iter().zip(&after.visible) {
                        prop_assert!(Rc::ptr_eq(old, new), "{:?} reallocated", old.id);
                    }
                    prop_assert_eq!(after, before);
                }
                Action::ReaderAtTop(at_top) => {
                    blog.reader_at_top(at_top);
                    prop_assert!(blog.visible_updates().len() >= before.visible.len());
                }
                Action::Reveal => {
                    blog.reveal();
                    prop_assert_eq!(blog.held_count(), 0);
                    prop_assert!(blog.visible_updates().len() >= before.visible.len());
                }
                Action::ShowMore => {
                    blog.show_more();
                    prop_assert!(blog.visible_updates().len() >= before.visible.len());
                }
            }
            check_blog(&blog)?;
        }
    }
}

//! Browser tests: the widget in headless Chromium (`cargo test --target wasm32-unknown-unknown`,
//! run by `scripts/test.sh`). The runner serves the crate root, so fixtures load from `/tests/`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Object, Reflect};
use liveblog::core::guard::MAX_FEED_BYTES;
use liveblog::core::normalize::normalize;
use liveblog::core::sanitize::SafeNode;
use liveblog::core::wire::WireFeed;
use liveblog::core::{Blog, Feed, FeedError, Polled};
use liveblog::view::{blog_view, use_cards, use_time_format, BlogViewProps};
use liveblog::web::fetch::parse_feed;
use liveblog::web::sanitize::sanitize_html;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, MutationObserver, MutationObserverInit, ShadowRootMode};
use yew::{function_component, AppHandle, Html, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_fixture, mount_fixture_with, wait_for};

const BASE: &str = "https://news.example/live/feed.json";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Parses feed JSON the way the widget does: `JSON.parse`, then serde-wasm-bindgen.
fn feed(json: &str) -> Feed {
    let value = js_sys::JSON::parse(json).expect("test JSON parses");
    let wire: WireFeed = serde_wasm_bindgen::from_value(value).expect("test JSON is a feed");
    normalize(wire, &|url| liveblog::web::address::resolve(url, BASE))
}

/// A feed of `(id, minute past noon, text)` updates.
fn page(updates: &[(&str, u32, &str)]) -> Feed {
    let items: Vec<String> = updates
        .iter()
        .map(|(id, minute, text)| {
            format!(
                r#"{{"id":"{id}","title":"Headline {id}","content_text":"{text}","date_published":"2026-11-30T12:{minute:02}:00Z"}}"#
            )
        })
        .collect();
    feed(&format!(
        r#"{{"title":"Test blog","items":[{}]}}"#,
        items.join(",")
    ))
}

fn loaded(feed: Feed) -> Blog {
    let mut blog = Blog::new(20);
    blog.polled(Polled::Changed(feed));
    blog
}

/// [`blog_view`] under a root component of its own, with its cards, as `LiveBlog` renders it.
#[function_component]
fn View(props: &BlogViewProps) -> Html {
    let time = use_time_format(&props.locale);
    let slots = use_cards(&props.blog, &time, props.strings, &props.feed_url);
    blog_view(props, &time, &slots)
}

struct Rendered {
    root: Element,
    app: AppHandle<View>,
}

impl Rendered {
    async fn new(blog: Blog) -> Self {
        let root = document().create_element("div").expect("div");
        document()
            .body()
            .expect("body")
            .append_child(&root)
            .expect("append");
        let app = Renderer::<View>::with_root_and_props(root.clone(), props(blog)).render();
        yew::scheduler::flush().await;
        Self { root, app }
    }

    async fn show(&mut self, blog: Blog) {
        self.app.update(props(blog));
        yew::scheduler::flush().await;
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.text_content())
            .unwrap_or_default()
    }

    fn ids(&self) -> Vec<String> {
        self.all(".lb-updates .lb-update")
            .iter()
            .map(Element::id)
            .collect()
    }
}

impl Drop for Rendered {
    fn drop(&mut self) {
        self.root.remove();
    }
}

fn props(blog: Blog) -> BlogViewProps {
    BlogViewProps {
        blog,
        feed_url: BASE.into(),
        locale: "en-GB".into(),
        strings: Some(&liveblog::core::strings::ENGLISH),
        theme: Default::default(),
        on_show_more: Default::default(),
        on_reveal: Default::default(),
        on_click: Default::default(),
        on_key_events_only: Default::default(),
        top_marker: Default::default(),
    }
}

#[wasm_bindgen_test]
async fn updates_render_newest_first_with_times_headlines_and_authors() {
    let view = Rendered::new(loaded(feed(
        r#"{"title":"Summit","items":[
            {"id":"old","title":"Old","content_text":"o","date_published":"2026-11-30T09:00:00Z","authors":[{"name":"Ana"}]},
            {"id":7,"title":"New","content_text":"n","date_published":"2026-11-30T10:00:00Z",
             "authors":[{"name":"Ben","url":"https://news.example/ben"},{"name":"Cy"}]}]}"#,
    )))
    .await;
    assert_eq!(view.ids(), ["lb-7", "lb-old"]);
    assert_eq!(view.text(".lb-title"), "Summit");
    assert_eq!(view.text("#lb-7 .lb-headline"), "New");
    assert_eq!(view.text("#lb-7 .lb-byline"), "By Ben and Cy");
    let time = view.all("#lb-7 .lb-time").remove(0);
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-11-30T10:00:00Z")
    );
    assert!(!time.text_content().unwrap_or_default().is_empty());
    assert!(time
        .get_attribute("title")
        .is_some_and(|title| title.contains("2026")));
}

#[wasm_bindgen_test]
async fn key_points_render_under_the_default_or_the_feeds_heading() {
    let mut view = Rendered::new(loaded(feed(
        r#"{"_liveblog":{"key_points":["One","Two"]}}"#,
    )))
    .await;
    assert_eq!(view.text(".lb-key-points h3"), "What you need to know");
    let points: Vec<_> = view
        .all(".lb-key-points li")
        .iter()
        .filter_map(|li| li.text_content())
        .collect();
    assert_eq!(points, ["One", "Two"]);
    view.show(loaded(feed(
        r#"{"_liveblog":{"key_points":["One"],"key_points_title":"Key facts"}}"#,
    )))
    .await;
    assert_eq!(view.text(".lb-key-points h3"), "Key facts");
}

#[wasm_bindgen_test]
async fn a_closed_blog_shows_its_state_and_notice() {
    let view = Rendered::new(loaded(feed(
        r#"{"expired":true,"_liveblog":{"notice":"This blog has closed."},"items":[{"id":"a","content_text":"x"}]}"#,
    )))
    .await;
    assert_eq!(view.text(".lb-state"), "Closed");
    assert_eq!(view.text(".lb-notice"), "This blog has closed.");
}

#[wasm_bindgen_test]
async fn a_poll_with_a_new_update_inserts_it_on_top_and_changes_nothing_in_the_others() {
    let mut blog = loaded(page(&[("a", 1, "a")]));
    let mut view = Rendered::new(blog.clone()).await;
    blog.polled(Polled::Changed(page(&[("a", 1, "a"), ("b", 2, "b")])));
    view.show(blog.clone()).await;
    assert_eq!(view.all(".lb-fresh").len(), 1, "b arrives highlighted");
    let before = view.all(".lb-update");
    let mutations = Mutations::inside(&before);
    blog.polled(Polled::Changed(page(&[
        ("a", 1, "a"),
        ("b", 2, "b"),
        ("c", 3, "c"),
    ])));
    view.show(blog).await;
    assert_eq!(view.ids(), ["lb-c", "lb-b", "lb-a"]);
    let after = view.all(".lb-update");
    assert!(after[1].is_same_node(Some(&before[0])));
    assert!(after[2].is_same_node(Some(&before[1])));
    assert_eq!(
        mutations.count(),
        0,
        "not even to take b's highlight off: it has played"
    );
}

/// Counts the DOM mutations inside some elements.
struct Mutations {
    observer: MutationObserver,
    seen: Rc<Cell<u32>>,
    _count: Closure<dyn Fn(js_sys::Array)>,
}

impl Mutations {
    fn inside(elements: &[Element]) -> Self {
        let seen = Rc::new(Cell::new(0));
        let count = Closure::<dyn Fn(js_sys::Array)>::new({
            let seen = Rc::clone(&seen);
            move |records: js_sys::Array| seen.set(seen.get() + records.length())
        });
        let observer = MutationObserver::new(count.as_ref().unchecked_ref()).expect("observer");
        let init = MutationObserverInit::new();
        init.set_attributes(true);
        init.set_character_data(true);
        init.set_child_list(true);
        init.set_subtree(true);
        for element in elements {
            observer
                .observe_with_options(element, &init)
                .expect("observe");
        }
        Self {
            observer,
            seen,
            _count: count,
        }
    }

    /// The mutations so far: those delivered (between the scheduler's tasks) and those pending.
    fn count(&self) -> u32 {
        self.seen.get() + self.observer.take_records().length()
    }
}

#[wasm_bindgen_test]
async fn a_loaded_player_stays_through_an_edit_but_not_when_another_embed_takes_its_place() {
    let with = |video: &str, text: &str| {
        let link = format!("https://www.youtube.com/watch?v={video}");
        feed(&format!(
            r#"{{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{{"id":"a","content_html":"<p>{text}</p><p><a href=\"{link}\">{link}</a></p>"}}]}}"#
        ))
    };
    let mut blog = loaded(with("dQw4w9WgXcQ", "one"));
    let mut view = Rendered::new(blog.clone()).await;
    // What pressing "Load" does (`web::embed_player`), by hand: a player in the frame.
    let player = document().create_element("iframe").expect("iframe");
    view.all(".lb-embed-frame")
        .remove(0)
        .append_child(&player)
        .expect("append");
    blog.polled(Polled::Changed(with("dQw4w9WgXcQ", "two")));
    view.show(blog.clone()).await;
    assert_eq!(view.text("#lb-a .lb-body p"), "two");
    assert_eq!(
        view.all("iframe").len(),
        1,
        "an edit of the text keeps the player"
    );
    blog.polled(Polled::Changed(with("9bZkp7q19f0", "two")));
    view.show(blog).await;
    assert!(
        view.all("iframe").is_empty(),
        "another video in its place waits for a press"
    );
    assert_eq!(view.all(".lb-embed-load").len(), 1);
}

#[wasm_bindgen_test]
async fn an_edit_changes_the_update_in_place_and_marks_it() {
    let mut blog = loaded(page(&[("a", 1, "first version"), ("b", 2, "b")]));
    let mut view = Rendered::new(blog.clone()).await;
    let before = view.all("#lb-a").remove(0);
    blog.polled(Polled::Changed(page(&[
        ("a", 1, "second version"),
        ("b", 2, "b"),
    ])));
    view.show(blog).await;
    let after = view.all("#lb-a").remove(0);
    assert!(after.is_same_node(Some(&before)));
    assert_eq!(view.text("#lb-a .lb-body"), "second version");
    assert!(after
        .class_name()
        .split(' ')
        .any(|class| class == "lb-revised"));
    // The feed gave no time for the edit: it is marked all the same.
    assert_eq!(view.text("#lb-a .lb-edited"), "Updated");
}

#[wasm_bindgen_test]
async fn new_updates_wait_behind_a_button_while_the_reader_is_further_down() {
    let mut blog = loaded(page(&[("a", 1, "a")]));
    let mut view = Rendered::new(blog.clone()).await;
    blog.reader_at_top(false);
    blog.polled(Polled::Changed(page(&[
        ("a", 1, "a"),
        ("b", 2, "b"),
        ("c", 3, "c"),
    ])));
    view.show(blog.clone()).await;
    assert_eq!(view.ids(), ["lb-a"], "nothing is inserted above the reader");
    assert!(view.text(".lb-new").ends_with("2 new updates"));
    assert_eq!(view.text("[aria-live=polite]"), "2 new updates");
    blog.reveal();
    view.show(blog).await;
    assert_eq!(view.ids(), ["lb-c", "lb-b", "lb-a"]);
    assert!(view.all(".lb-new").is_empty());
    assert_eq!(view.all(".lb-fresh").len(), 2);
}

#[wasm_bindgen_test]
async fn with_the_top_in_view_new_updates_appear_highlighted_and_are_announced() {
    let mut blog = loaded(page(&[("a", 1, "a")]));
    let mut view = Rendered::new(blog.clone()).await;
    assert_eq!(view.text("[aria-live=polite]"), "");
    blog.polled(Polled::Changed(page(&[("a", 1, "a"), ("b", 2, "b")])));
    view.show(blog).await;
    assert_eq!(view.ids(), ["lb-b", "lb-a"]);
    assert_eq!(
        view.all(".lb-fresh")
            .iter()
            .map(Element::id)
            .collect::<Vec<_>>(),
        ["lb-b"]
    );
    assert_eq!(view.text("[aria-live=polite]"), "1 new update");
}

#[wasm_bindgen_test]
async fn a_deleted_update_disappears() {
    let mut blog = loaded(page(&[("a", 1, "a"), ("b", 2, "b"), ("c", 3, "c")]));
    let mut view = Rendered::new(blog.clone()).await;
    blog.polled(Polled::Changed(page(&[("a", 1, "a"), ("c", 3, "c")])));
    view.show(blog).await;
    assert_eq!(view.ids(), ["lb-c", "lb-a"]);
}

#[wasm_bindgen_test]
async fn a_failed_poll_keeps_the_content_and_says_so() {
    let mut blog = loaded(page(&[("a", 1, "a")]));
    let mut view = Rendered::new(blog.clone()).await;
    blog.polled(Polled::Failed(FeedError::Status {
        status: 500,
        retry_after: None,
    }));
    view.show(blog).await;
    assert_eq!(view.ids(), ["lb-a"]);
    assert!(view.text(".lb-error").contains("Could not refresh"));
}

#[wasm_bindgen_test]
async fn loading_empty_and_paged_states_render() {
    let mut view = Rendered::new(Blog::new(2)).await;
    assert_eq!(view.all(".lb-skeleton").len(), 1);
    view.show(loaded(page(&[]))).await;
    assert!(view.text(".lb-empty").starts_with("No updates yet"));
    let mut blog = Blog::new(2);
    blog.polled(Polled::Changed(page(&[
        ("a", 1, "a"),
        ("b", 2, "b"),
        ("c", 3, "c"),
    ])));
    view.show(blog).await;
    assert_eq!(view.ids(), ["lb-c", "lb-b"]);
    assert_eq!(view.text(".lb-more"), "Show more updates");
}

fn flatten(nodes: &[SafeNode], out: &mut Vec<String>) {
    for node in nodes {
        match node {
            SafeNode::Text(text) => out.push(format!("text:{text}")),
            SafeNode::Element(element) => {
                out.push(format!("<{}>", element.tag));
                for (name, value) in &element.attributes {
                    out.push(format!("@{name}={value}"));
                }
                flatten(&element.children, out);
            }
            SafeNode::Embed(embed) => out.push(format!("embed:{}", embed.url)),
        }
    }
}

#[wasm_bindgen_test]
fn hostile_bodies_lose_scripts_handlers_styles_and_script_urls() {
    let payloads = [
        r#"<script>alert(1)</script>"#,
        r#"<img src=x onerror=alert(1)>"#,
        r#"<a href="javascript:alert(1)">x</a>"#,
        r#"<a href="jav&#x09;ascript:alert(1)">x</a>"#,
        r#"<a href=" JaVaScRiPt:alert(1)">x</a>"#,
        r#"<a href="data:text/html,<script>alert(1)</script>">x</a>"#,
        r#"<svg><script>alert(1)</script><a href="javascript:alert(1)">x</a></svg>"#,
        r#"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"#,
        r#"<iframe srcdoc="<script>alert(1)</script>"></iframe>"#,
        r#"<p style="position:fixed" onclick="alert(1)">text</p>"#,
        r#"<form action="javascript:alert(1)"><button>go</button></form>"#,
        r#"<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#,
        r#"<template><img src=x onerror=alert(1)></template>"#,
        r#"<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>"#,
        r#"<div><div><b><i><u><p onmouseover=alert(1)>deep</p></u></i></b></div></div>"#,
    ];
    for payload in payloads {
        let mut flat = Vec::new();
        flatten(&sanitize_html(payload, BASE), &mut flat);
        for part in &flat {
            let lower = part.to_ascii_lowercase();
            assert!(
                !lower.starts_with("<script")
                    && !lower.starts_with("<style")
                    && !lower.starts_with("<iframe"),
                "{payload}: {part}"
            );
            assert!(
                !lower.starts_with("@on") && !lower.starts_with("@style"),
                "{payload}: {part}"
            );
            assert!(
                !lower.contains("javascript:") || lower.starts_with("text:"),
                "{payload}: {part}"
            );
            assert!(
                !lower.starts_with("@href=data:") && !lower.starts_with("@src=data:"),
                "{payload}: {part}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn harmless_formatting_survives_sanitizing() {
    let mut flat = Vec::new();
    flatten(
        &sanitize_html(
            r#"<p>A <strong>bold</strong> <em>claim</em> <a href="/more">more</a></p><ul><li>one</li></ul><blockquote>q</blockquote>"#,
            BASE,
        ),
        &mut flat,
    );
    assert_eq!(
        flat,
        [
            "<p>",
            "text:A ",
            "<strong>",
            "text:bold",
            "text: ",
            "<em>",
            "text:claim",
            "text: ",
            "<a>",
            "@href=https://news.example/more",
            "text:more",
            "<ul>",
            "<li>",
            "text:one",
            "<blockquote>",
            "text:q",
        ]
    );
}

#[wasm_bindgen_test]
fn each_body_is_parsed_alone_as_a_fragment_in_a_body() {
    // One inert body is reused for every parse: nothing of the previous body stays.
    let mut flat = Vec::new();
    flatten(&sanitize_html("<p>one</p>", BASE), &mut flat);
    assert_eq!(flat, ["<p>", "text:one"]);
    // A whole document: its html, head and body tags are ignored and its title dropped, as
    // html5ever reads it for snapshots (src/server/sanitize.rs).
    let mut flat = Vec::new();
    flatten(
        &sanitize_html(
            "<!doctype html><html><head><title>t</title></head><body><b>two</b></body></html>",
            BASE,
        ),
        &mut flat,
    );
    assert_eq!(flat, ["<b>", "text:two"]);
}

#[wasm_bindgen_test]
async fn mount_fetches_the_feed_and_renders_inside_an_open_shadow_root() {
    let (host, mut handle) = mount_fixture("summit.json");
    let shadow = host.shadow_root().expect("a shadow root");
    assert_eq!(shadow.mode(), ShadowRootMode::Open);
    let count = || {
        shadow
            .query_selector_all(".lb-updates .lb-update")
            .map(|l| l.length())
            .unwrap_or(0)
    };
    assert!(
        wait_for(|| count() == 5).await,
        "the fixture's five updates render"
    );
    let first = shadow
        .query_selector(".lb-updates .lb-update")
        .ok()
        .flatten()
        .expect("an update");
    assert_eq!(first.id(), "lb-5");
    assert!(shadow
        .query_selector("#lb-5 script")
        .ok()
        .flatten()
        .is_none());
    let pwned = Reflect::get(&web_sys::window().expect("window"), &"__pwned".into()).expect("get");
    assert_eq!(pwned, JsValue::UNDEFINED);
    assert!(shadow.query_selector(".lb-pinned").ok().flatten().is_some());
    // The pinned copy and the listed update share nothing that must be unique.
    let with_ids = shadow.query_selector_all("[id]").expect("selector");
    let mut ids: Vec<String> = (0..with_ids.length())
        .filter_map(|i| with_ids.item(i)?.dyn_into::<Element>().ok())
        .map(|element| element.id())
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "element ids are unique: {ids:?}");
    handle.destroy();
    assert_eq!(shadow.child_nodes().length(), 0);
    host.remove();
}

#[wasm_bindgen_test]
fn mount_without_a_feed_is_a_clear_error() {
    let host = document().create_element("div").expect("div");
    let error = liveblog::mount(host, &Object::new(), "/www/liveblog.css")
        .err()
        .expect("an error");
    let message = JsValue::from(error);
    let message = Reflect::get(&message, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_default();
    assert!(message.contains("no feed URL"), "{message}");
}

/// The size of the wasm linear memory, in bytes (it only grows).
fn wasm_memory_bytes() -> u32 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

#[wasm_bindgen_test]
fn a_feed_over_the_size_limit_is_refused_without_being_copied_into_the_wasm_memory() {
    let before = wasm_memory_bytes();
    let text = js_sys::JsString::from(" ").repeat(MAX_FEED_BYTES as i32 + 1);
    assert_eq!(parse_feed(&text, BASE), Err(FeedError::TooLarge));
    assert_eq!(wasm_memory_bytes(), before, "grown for good");
}

/// The text of the first element matching `selector` in `host`'s shadow root.
fn text_of(host: &Element, selector: &str) -> Option<String> {
    host.shadow_root()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .text_content()
}

#[wasm_bindgen_test]
async fn the_same_feed_renders_in_german_and_in_arabic_right_to_left() {
    let (german, _german_handle) = mount_fixture_with("summit.json", &[("locale", "de-AT")]);
    let (arabic, _arabic_handle) = mount_fixture_with("summit.json", &[("locale", "ar")]);
    assert!(
        wait_for(|| text_of(&german, ".lb-key-points h3").is_some()
            && text_of(&arabic, ".lb-key-points h3").is_some())
        .await,
        "both render"
    );
    assert_eq!(
        text_of(&german, ".lb-key-points h3").as_deref(),
        Some("Das Wichtigste in Kürze")
    );
    assert_eq!(
        text_of(&arabic, ".lb-key-points h3").as_deref(),
        Some("ما تحتاج إلى معرفته")
    );
    let section = |host: &Element| {
        host.shadow_root()
            .and_then(|shadow| shadow.query_selector("section.lb").ok().flatten())
            .expect("the widget")
    };
    assert_eq!(
        section(&german).get_attribute("lang").as_deref(),
        Some("de-AT")
    );
    assert_eq!(
        section(&german).get_attribute("dir").as_deref(),
        Some("ltr")
    );
    assert_eq!(
        section(&arabic).get_attribute("dir").as_deref(),
        Some("rtl")
    );
    assert_eq!(
        text_of(&arabic, ".lb-pinned-label").as_deref(),
        Some("مثبّت")
    );
    // The same updates, in the same order.
    let ids = |host: &Element| {
        let list = host
            .shadow_root()
            .and_then(|shadow| shadow.query_selector_all(".lb-updates .lb-update").ok())
            .expect("updates");
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .map(|element| element.id())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&german), ids(&arabic));
    assert_eq!(ids(&german).len(), 5);
}

#[wasm_bindgen_test]
async fn publishers_can_replace_any_string_and_unknown_languages_speak_english() {
    let (host, _handle) = mount_fixture_with(
        "summit.json",
        &[
            ("locale", "nl"),
            ("strings", r#"{"live": "On air", "pinned": "Top"}"#),
        ],
    );
    assert!(wait_for(|| text_of(&host, ".lb-pinned-label").is_some()).await);
    assert_eq!(text_of(&host, ".lb-pinned-label").as_deref(), Some("Top"));
    assert_eq!(text_of(&host, ".lb-state").as_deref(), Some("On air"));
    assert_eq!(
        text_of(&host, ".lb-key-points h3").as_deref(),
        Some("What you need to know")
    );
}

#[wasm_bindgen_test]
async fn update_times_say_how_long_ago_and_give_the_full_time_to_screen_readers() {
    let (host, _handle) = mount_fixture_with("summit.json", &[("locale", "en-GB")]);
    assert!(wait_for(|| text_of(&host, ".lb-updates .lb-ago").is_some()).await);
    // The fixture's updates are from 2026-11-30, in the past whenever this runs.
    let ago = text_of(&host, ".lb-updates .lb-ago").unwrap_or_default();
    assert!(
        ago.ends_with(" ago") || ago == "yesterday",
        "a relative time, not {ago:?}"
    );
    let full = text_of(&host, ".lb-updates .lb-time .lb-visually-hidden").unwrap_or_default();
    assert!(full.contains("2026"), "the full date: {full:?}");
    let (german, _german_handle) = mount_fixture_with("summit.json", &[("locale", "de")]);
    assert!(wait_for(|| text_of(&german, ".lb-updates .lb-ago").is_some()).await);
    let vor = text_of(&german, ".lb-updates .lb-ago").unwrap_or_default();
    assert!(
        vor.starts_with("vor ") || vor == "gestern",
        "in German: {vor:?}"
    );
}

#[wasm_bindgen_test]
async fn a_long_pinned_post_starts_folded_and_the_reader_can_unfold_it() {
    let long = "A long welcome. ".repeat(60);
    let view = Rendered::new(loaded(feed(&format!(
        r#"{{"items":[
            {{"id":"p","content_text":"{long}","date_published":"2026-11-30T09:00:00Z","_liveblog":{{"pinned":true}}}},
            {{"id":"short","content_text":"Short","date_published":"2026-11-30T10:00:00Z"}}]}}"#
    ))))
    .await;
    let button = || {
        view.all(".lb-pinned .lb-unfold")
            .into_iter()
            .next()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            .expect("a Read more button")
    };
    assert_eq!(view.all(".lb-pinned.lb-folded").len(), 1);
    assert_eq!(button().text_content().as_deref(), Some("Read more"));
    assert_eq!(
        button().get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    button().click();
    yew::scheduler::flush().await;
    assert!(view.all(".lb-pinned.lb-folded").is_empty());
    assert_eq!(button().text_content().as_deref(), Some("Show less"));
    assert_eq!(
        button().get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn a_short_pinned_post_is_never_folded() {
    let view = Rendered::new(loaded(feed(
        r#"{"items":[{"id":"p","content_text":"Welcome","_liveblog":{"pinned":true}}]}"#,
    )))
    .await;
    assert_eq!(view.all(".lb-pinned").len(), 1);
    assert!(view.all(".lb-pinned .lb-unfold").is_empty());
    assert!(view.all(".lb-folded").is_empty());
}

//! Browser tests of pictures and click-to-load embeds: the widget mounted on
//! `tests/fixtures/media.json` in headless Chromium (`cargo test --target wasm32-unknown-unknown
//! --test media`).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_fixture, wait_for};

/// Mounts the media fixture and waits for its three updates.
async fn mounted() -> (Element, liveblog::WidgetHandle, ShadowRoot) {
    let (host, handle) = mount_fixture("media.json");
    let shadow = host.shadow_root().expect("a shadow root");
    let rendered = {
        let shadow = shadow.clone();
        move || all(&shadow, ".lb-updates .lb-update").len() == 3
    };
    assert!(wait_for(rendered).await, "the fixture's updates render");
    (host, handle, shadow)
}

fn all(root: &ShadowRoot, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn one(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("{selector} is there"))
}

fn attribute(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

#[wasm_bindgen_test]
async fn pictures_have_alt_text_caption_credit_and_reserved_room() {
    let (host, _handle, shadow) = mounted().await;
    let figures = all(&shadow, "#lb-pictures .lb-figure");
    assert_eq!(figures.len(), 3, "the main picture and a gallery of two");
    let main = one(&shadow, "#lb-pictures > .lb-figure img");
    assert_eq!(
        attribute(&main, "alt").as_deref(),
        Some("The barrier's gates lowered")
    );
    assert_eq!(attribute(&main, "width").as_deref(), Some("1200"));
    assert_eq!(attribute(&main, "height").as_deref(), Some("675"));
    assert_eq!(attribute(&main, "loading").as_deref(), Some("lazy"));
    assert_eq!(attribute(&main, "decoding").as_deref(), Some("async"));
    assert!(
        attribute(&main, "src").is_some_and(|src| src.ends_with("/tests/fixtures/img/summit.svg"))
    );
    let caption = one(&shadow, "#lb-pictures > .lb-figure figcaption");
    assert_eq!(
        caption.text_content().as_deref(),
        Some("The gates at 2pm Photo: Efa Llewelyn")
    );
    assert_eq!(
        one(&shadow, "#lb-pictures > .lb-figure .lb-credit")
            .text_content()
            .as_deref(),
        Some("Photo: Efa Llewelyn")
    );
    // The gallery, in feed order: a credit alone, then a picture with neither.
    let gallery = all(&shadow, "#lb-pictures .lb-gallery .lb-figure");
    assert_eq!(gallery.len(), 2);
    let quay = gallery[0]
        .query_selector("img")
        .ok()
        .flatten()
        .expect("img");
    assert_eq!(
        attribute(&quay, "alt").as_deref(),
        Some("Water over the quay wall")
    );
    assert_eq!(attribute(&quay, "width"), None, "no size: the 3:2 box");
    assert_eq!(gallery[0].text_content().as_deref(), Some("Harbour Agency"));
    assert!(gallery[1]
        .query_selector("figcaption")
        .ok()
        .flatten()
        .is_none());
    // Room is reserved whether or not the picture has loaded: the sized one by its own ratio
    // (16:9), one without a size in a 3:2 box.
    let ratio = |element: &Element| {
        let rect = element.get_bounding_client_rect();
        rect.width() / rect.height()
    };
    assert!((ratio(&main) - 16.0 / 9.0).abs() < 0.02, "{}", ratio(&main));
    assert!((ratio(&quay) - 1.5).abs() < 0.02, "{}", ratio(&quay));
    // Other attachments are still listed as files.
    let files = all(&shadow, "#lb-pictures .lb-attachments a");
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].text_content().as_deref(), Some("The agenda"));
    host.remove();
}

#[wasm_bindgen_test]
async fn links_on_their_own_line_are_placeholders_without_any_iframe() {
    let (host, _handle, shadow) = mounted().await;
    assert!(
        all(&shadow, "iframe").is_empty(),
        "nothing loads before a click"
    );
    let buttons: Vec<String> = all(&shadow, ".lb-embed button")
        .iter()
        .filter_map(|button| button.text_content())
        .collect();
    assert_eq!(
        buttons,
        [
            "Load YouTube video",
            "Load Vimeo video",
            "Load post from X",
            "Load post from Instagram",
            "Load post from Bluesky",
            "Load post from TikTok",
            "Load Spotify player",
            "Load Spotify player",
        ]
    );
    for button in all(&shadow, ".lb-embed button") {
        assert_eq!(attribute(&button, "type").as_deref(), Some("button"));
    }
    let first = one(&shadow, "#lb-embeds figure.lb-embed");
    assert_eq!(first.class_name(), "lb-embed lb-embed-video");
    assert_eq!(
        one(&shadow, "#lb-embeds .lb-embed-privacy")
            .text_content()
            .as_deref(),
        Some("Loading it shows content from YouTube, which may set cookies.")
    );
    let original = one(&shadow, "#lb-embeds figure.lb-embed figcaption a");
    assert_eq!(
        attribute(&original, "href").as_deref(),
        Some("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    );
    assert_eq!(original.text_content().as_deref(), Some("Open on YouTube"));
    assert_eq!(
        attribute(&original, "rel").as_deref(),
        Some("noopener noreferrer ugc")
    );
    // A link inside a sentence stays a link.
    let inline = one(&shadow, "#lb-embeds .lb-body p a");
    assert_eq!(
        attribute(&inline, "href").as_deref(),
        Some("https://youtu.be/dQw4w9WgXcQ")
    );
    // A Bluesky post named by handle cannot be embedded: a plain link.
    let card = one(&shadow, "#lb-embeds .lb-embed-link a");
    assert_eq!(card.text_content().as_deref(), Some("Open on Bluesky"));
    // A bare URL on its own line of plain text is a placeholder too.
    assert_eq!(
        one(&shadow, "#lb-text-embed .lb-embed").class_name(),
        "lb-embed lb-embed-audio"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn pressing_the_button_loads_the_players_iframe_and_focuses_it() {
    let (host, _handle, shadow) = mounted().await;
    let button: HtmlElement = one(&shadow, "#lb-embeds .lb-embed button")
        .dyn_into()
        .expect("a button");
    button.focus().expect("focusable");
    button.click();
    let loaded = {
        let shadow = shadow.clone();
        move || !all(&shadow, "iframe").is_empty()
    };
    assert!(wait_for(loaded).await, "the iframe appears");
    let frames = all(&shadow, "iframe");
    assert_eq!(frames.len(), 1, "only the pressed embed loads");
    let frame = &frames[0];
    assert_eq!(
        attribute(frame, "src").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    );
    assert_eq!(
        attribute(frame, "title").as_deref(),
        Some("Content from YouTube")
    );
    assert_eq!(
        attribute(frame, "sandbox").as_deref(),
        Some("allow-scripts allow-same-origin allow-popups allow-presentation")
    );
    assert_eq!(
        attribute(frame, "referrerpolicy").as_deref(),
        Some("strict-origin-when-cross-origin")
    );
    assert_eq!(attribute(frame, "loading").as_deref(), Some("lazy"));
    // The player takes the frame: the note and the button are no longer displayed (nor in the
    // accessibility tree); the other placeholders are untouched.
    let displayed = |element: &Element| {
        element
            .dyn_ref::<HtmlElement>()
            .is_some_and(|element| element.offset_parent().is_some())
    };
    let pressed = one(&shadow, "#lb-embeds figure.lb-embed .lb-embed-frame").children();
    let pressed: Vec<Element> = (0..pressed.length())
        .filter_map(|index| pressed.item(index))
        .collect();
    assert_eq!(pressed.len(), 3, "the note, the button and the player");
    assert!(!displayed(&pressed[0]) && !displayed(&pressed[1]));
    let buttons = all(&shadow, ".lb-embed button");
    assert_eq!(buttons.iter().filter(|button| displayed(button)).count(), 7);
    // A second press (a script's, the button being hidden) loads nothing more.
    button.click();
    assert_eq!(all(&shadow, "iframe").len(), 1);
    let focused = {
        let shadow = shadow.clone();
        move || {
            shadow
                .active_element()
                .is_some_and(|e| e.local_name() == "iframe")
        }
    };
    assert!(
        wait_for(focused).await,
        "focus moves from the button to the iframe"
    );
    host.remove();
}

/// A card as the page holds it, for `morph`.
fn card(body: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let li = document.create_element("li").unwrap();
    li.set_inner_html(&format!(
        r#"<article class="lb-update" id="lb-a"><div class="lb-body">{body}</div></article>"#
    ));
    li
}

fn embed(href: &str, player: bool) -> String {
    let iframe = if player { "<iframe></iframe>" } else { "" };
    format!(
        r#"<figure class="lb-embed lb-embed-video"><div class="lb-embed-frame"><p>Note</p><button>Load</button>{iframe}</div><figcaption><a href="{href}">Open</a></figcaption></figure>"#
    )
}

#[wasm_bindgen_test]
fn an_edit_keeps_the_cards_elements_its_focus_mark_and_a_loaded_player() {
    use liveblog::web::morph::morph;
    let video = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    let shown = card(&format!("<p>Old</p>{}", embed(video, true)));
    let article = shown.first_element_child().unwrap();
    article.set_attribute("tabindex", "-1").unwrap();
    let paragraph = shown.query_selector("p").unwrap().unwrap();
    morph(&shown, &card(&format!("<p>New</p>{}", embed(video, false))));
    assert!(
        shown.first_element_child().unwrap() == article,
        "the article stays"
    );
    assert!(
        shown.query_selector("p").unwrap().unwrap() == paragraph,
        "so does its text's element"
    );
    assert_eq!(paragraph.text_content().as_deref(), Some("New"));
    assert_eq!(attribute(&article, "tabindex").as_deref(), Some("-1"));
    assert_eq!(
        shown.query_selector_all("iframe").unwrap().length(),
        1,
        "the player stays"
    );
    // Another embed in its place: the placeholder is the new one, without the old player.
    let other = "https://vimeo.com/76979871";
    morph(&shown, &card(&format!("<p>New</p>{}", embed(other, false))));
    assert_eq!(shown.query_selector_all("iframe").unwrap().length(), 0);
    assert_eq!(
        attribute(
            &shown.query_selector("figcaption a").unwrap().unwrap(),
            "href"
        )
        .as_deref(),
        Some(other)
    );
    // Elements that no longer match are replaced, extra ones go, attributes follow.
    morph(&shown, &card("<ul><li>One</li></ul>"));
    assert_eq!(
        shown.inner_html(),
        r#"<article class="lb-update" id="lb-a" tabindex="-1"><div class="lb-body"><ul><li>One</li></ul></div></article>"#
    );
}

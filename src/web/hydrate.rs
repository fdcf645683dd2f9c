//! Taking over a snapshot of `liveblog render` (the `hydration` bundle only): the host's
//! declarative shadow root already holds the widget's first render, made natively by the same
//! components, and the blog it shows as a JSON Feed. The widget reads that feed, renders the same
//! tree and adopts the elements in place (Yew's hydration) instead of re-creating them, then polls
//! on from there. The cards, which are not Yew's (`web::cards`), are lifted out first, and the
//! widget's cards then take them over (`web::morph`).

use super::address::{page_base, resolve};
use super::fetch::parse_feed;
use super::language;
use crate::core::Feed;
use crate::view::{LiveBlog, LiveBlogProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node, ShadowRoot};
use yew::{AppHandle, Renderer};

/// Hydrates the snapshot in `frame`, at once when the widget's words are at hand.
pub fn hydrate(
    app: &Rc<RefCell<Option<AppHandle<LiveBlog>>>>,
    frame: Element,
    props: LiveBlogProps,
) {
    let language = props
        .initial
        .as_ref()
        .and_then(|feed| feed.language.as_deref());
    let locale = language::chosen(props.locale.as_deref(), language);
    if language::ready(&locale, props.strings.as_deref()).is_some() {
        lift_cards(&frame);
        *app.borrow_mut() = Some(Renderer::<LiveBlog>::with_root_and_props(frame, props).hydrate());
    } else {
        // Hydration needs the first render to match the snapshot, words included: the snapshot
        // stays on screen while they load.
        let app = Rc::clone(app);
        wasm_bindgen_futures::spawn_local(async move {
            let (base, overrides) = (props.translations.clone(), props.strings.clone());
            language::load(&locale, base.as_deref(), overrides.as_deref()).await;
            // Not when destroyed meanwhile: the handle emptied the shadow root.
            if frame.parent_node().is_some() {
                lift_cards(&frame);
                *app.borrow_mut() =
                    Some(Renderer::<LiveBlog>::with_root_and_props(frame, props).hydrate());
            }
        });
    }
}

/// A snapshot of `liveblog render` in the host's declarative shadow root: its frame, and the
/// blog it shows, read from the JSON Feed beside it (then removed). `None` when there is none,
/// when it cannot be read, or when the widget would render another tree than it holds, which
/// Yew's hydration cannot take over: made from other sources than this build's
/// ([`crate::SOURCES`]), or for another feed (`feed_url`, its links resolve against it) or page
/// size (`page_size`, how many updates it shows) than the page now asks for. The widget then
/// renders afresh.
pub fn snapshot(shadow: &ShadowRoot, feed_url: &str, page_size: usize) -> Option<(Element, Feed)> {
    let frame = shadow.query_selector(".lb-frame").ok()??;
    let data = shadow.query_selector("script.lb-snapshot").ok()??;
    let made_for = |name: &str| data.get_attribute(name);
    if made_for("data-sources").as_deref() != Some(crate::SOURCES)
        || made_for("data-feed")
            .and_then(|feed| resolve(&feed, &page_base()))
            .as_deref()
            != Some(feed_url)
        || made_for("data-page-size") != Some(page_size.to_string())
    {
        return None;
    }
    let feed = parse_feed(&data.text_content()?.into(), feed_url).ok()?;
    data.remove();
    Some((frame, feed))
}

thread_local! {
    /// The snapshot cards lifted out of each container, until the widget's cards take them.
    static LIFTED: RefCell<Vec<(Element, Vec<Element>)>> = const { RefCell::new(Vec::new()) };
}

/// Takes the cards out of the snapshot's list and pinned slot, with the markers Yew's server
/// rendering wrote around them: Yew renders both empty, and its hydration would find nodes it
/// did not render. The widget then puts them back ([`snapshot_cards`]).
fn lift_cards(frame: &Element) {
    let Ok(containers) = frame.query_selector_all(".lb-updates, .lb-pinned") else {
        return;
    };
    for index in 0..containers.length() {
        let Some(container) = containers
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let mut cards = Vec::new();
        let mut next = container.first_child();
        while let Some(node) = next {
            next = node.next_sibling();
            let card = node.dyn_ref::<Element>().filter(|element| {
                element.class_list().contains("lb-item")
                    || element.class_list().contains("lb-update")
            });
            if let Some(card) = card {
                cards.push(card.clone());
            } else if node.node_type() != Node::COMMENT_NODE {
                continue;
            }
            let _ = container.remove_child(&node);
        }
        LIFTED.with(|lifted| lifted.borrow_mut().push((container, cards)));
    }
}

/// The snapshot's cards lifted out of `container`, in order (once).
pub fn snapshot_cards(container: &Element) -> Vec<Element> {
    LIFTED.with(|lifted| {
        let mut lifted = lifted.borrow_mut();
        let at = lifted.iter().position(|(lifted, _)| lifted == container);
        at.map(|at| lifted.swap_remove(at).1).unwrap_or_default()
    })
}

//! Browser tests of reading a long blog: the key-events navigation and filter, older pages
//! through `next_url`, and deep links to one update. Fixtures `tests/fixtures/paging-*.json`: ten
//! updates `p10` (newest) to `p01` over three pages; `p09`, `p06` and `p03` are key events.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_fixture_with, wait_for};

struct Widget {
    host: Element,
    shadow: ShadowRoot,
    _handle: liveblog::WidgetHandle,
}

impl Widget {
    async fn mount(page_size: &str) -> Self {
        let (host, handle) = mount_fixture_with("paging-1.json", &[("page-size", page_size)]);
        let shadow = host.shadow_root().expect("a shadow root");
        let widget = Self {
            host,
            shadow,
            _handle: handle,
        };
        assert!(
            wait_for(|| !widget.ids().is_empty()).await,
            "the first page renders"
        );
        widget
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.shadow.query_selector_all(selector).expect("selector");
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .collect()
    }

    fn ids(&self) -> Vec<String> {
        self.all(".lb-updates .lb-update")
            .iter()
            .map(Element::id)
            .collect()
    }

    fn click(&self, selector: &str) {
        self.shadow
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<HtmlElement>().ok())
            .unwrap_or_else(|| panic!("{selector} is there"))
            .click();
    }

    fn targeted(&self) -> Vec<String> {
        self.all(".lb-updates .lb-target")
            .iter()
            .map(Element::id)
            .collect()
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.host.remove();
    }
}

fn ids(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| format!("lb-{name}")).collect()
}

#[wasm_bindgen_test]
async fn show_more_reveals_loaded_updates_then_fetches_older_pages_keeping_every_element() {
    let widget = Widget::mount("3").await;
    assert_eq!(widget.ids(), ids(&["p10", "p09", "p08"]));
    let first = widget.all(".lb-updates .lb-update");
    widget.click(".lb-more");
    assert!(wait_for(|| widget.ids().len() == 4).await, "the 4th loaded");
    widget.click(".lb-more");
    assert!(
        wait_for(|| widget.ids().len() == 7).await,
        "page 2 fetched and one page more shown: {:?}",
        widget.ids()
    );
    widget.click(".lb-more");
    assert!(wait_for(|| widget.ids().len() == 8).await);
    widget.click(".lb-more");
    assert!(wait_for(|| widget.ids().len() == 10).await, "page 3");
    assert_eq!(
        widget.ids(),
        ids(&["p10", "p09", "p08", "p07", "p06", "p05", "p04", "p03", "p02", "p01"])
    );
    let now = widget.all(".lb-updates .lb-update");
    for (before, after) in first.iter().zip(&now) {
        assert!(before.is_same_node(Some(after)), "{} was kept", before.id());
    }
    assert!(
        widget.all(".lb-more").is_empty(),
        "the end of the blog: no more to show"
    );
}

#[wasm_bindgen_test]
async fn key_events_are_listed_as_links_and_the_filter_lists_only_them() {
    let widget = Widget::mount("3").await;
    let links: Vec<(String, String)> = widget
        .all(".lb-key-events a")
        .iter()
        .map(|link| {
            (
                link.get_attribute("href").unwrap_or_default(),
                link.text_content().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(links.len(), 1, "the first page's one key event: {links:?}");
    assert_eq!(links[0].0, "#lb-p09");
    assert!(
        links[0].1.contains("Update number 9"),
        "no headline: the start of the text names it: {links:?}"
    );
    widget.click(".lb-filter");
    assert!(wait_for(|| widget.ids() == ids(&["p09"])).await);
    assert_eq!(
        widget.all(".lb-filter")[0]
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    widget.click(".lb-filter");
    assert!(wait_for(|| widget.ids() == ids(&["p10", "p09", "p08"])).await);
}

#[wasm_bindgen_test]
async fn a_key_event_link_brings_its_update_into_view_highlighted_and_focused() {
    let widget = Widget::mount("1").await;
    assert_eq!(widget.ids(), ids(&["p10"]));
    let hash_before = web_sys::window().expect("window").location().hash().ok();
    widget.click(".lb-key-events a");
    assert!(wait_for(|| widget.targeted() == ids(&["p09"])).await);
    assert_eq!(widget.ids(), ids(&["p10", "p09"]), "shown down to it");
    let active = widget.shadow.active_element().map(|element| element.id());
    assert_eq!(
        active.as_deref(),
        Some("lb-p09"),
        "focus follows the reader's click"
    );
    assert_eq!(
        web_sys::window().expect("window").location().hash().ok(),
        hash_before,
        "the page's address is left alone"
    );
}

#[wasm_bindgen_test]
async fn a_deep_link_to_an_update_on_an_older_page_fetches_pages_until_it_is_found() {
    let window = web_sys::window().expect("window");
    window.location().set_hash("lb-p02").expect("hash");
    let widget = Widget::mount("3").await;
    assert!(
        wait_for(|| widget.targeted() == ids(&["p02"])).await,
        "found on page 3: {:?}",
        widget.ids()
    );
    assert_eq!(widget.ids().len(), 9, "shown down to it, in whole pages");
    let focused = widget.shadow.active_element();
    assert!(focused.is_none(), "a link in the address moves no focus");
    // A later change of the address is followed too.
    window.location().set_hash("lb-p07").expect("hash");
    assert!(wait_for(|| widget.targeted() == ids(&["p07"])).await);
    window.location().set_hash("").expect("hash");
}

#[wasm_bindgen_test]
async fn every_update_has_a_copy_link_pointing_at_its_anchor() {
    let widget = Widget::mount("3").await;
    let hrefs: Vec<String> = widget
        .all(".lb-updates .lb-copy")
        .iter()
        .filter_map(|link| link.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, ["#lb-p10", "#lb-p09", "#lb-p08"]);
    assert_eq!(
        widget.all(".lb-copy")[0].text_content().as_deref(),
        Some("Copy link")
    );
}

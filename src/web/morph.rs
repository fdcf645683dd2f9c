//! An element in the page made what a newly parsed one is, keeping the nodes that match: an
//! edited update's card keeps its elements (and the reader's focus in it, and a loaded
//! player), and a snapshot's card is taken over rather than replaced.

use crate::core::sanitize::ParsedNode;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Makes `old` what `new` is (two elements of the same name): `old`'s attributes become
/// `new`'s (a `tabindex` stays), and their children are matched in order, an element with an
/// element of the same name and a text with a text, each kept and brought up to date; a node
/// that does not match is replaced by `new`'s (moved, not copied), and `old`'s extra nodes go.
pub fn morph(old: &Element, new: &Element) {
    for name in new.attribute_names() {
        let value = new.get_attribute(&name).unwrap_or_default();
        if old.get_attribute(&name).as_deref() != Some(value.as_str()) {
            let _ = old.set_attribute(&name, &value);
        }
    }
    // The attributes `new` lacks go, but for `tabindex`, which the widget sets on a card it
    // moves the focus to: an edit of that update leaves the focus where it is.
    for name in old.attribute_names() {
        if name != "tabindex" && !new.has_attribute(&name) {
            let _ = old.remove_attribute(&name);
        }
    }
    // Read as the sanitiser reads a node (`ParsedNode`, for `Node`: `web::sanitize`).
    let (olds, news) = (Node::children(old), Node::children(new));
    for (index, new_child) in news.iter().enumerate() {
        let Some(old_child) = olds.get(index) else {
            let _ = old.append_child(new_child);
            continue;
        };
        match (
            old_child.dyn_ref::<Element>(),
            new_child.dyn_ref::<Element>(),
        ) {
            (Some(old_element), Some(new_element)) if playing(old_element, new_element) => {}
            (Some(old_element), Some(new_element))
                if old_element.local_name() == new_element.local_name() =>
            {
                morph(old_element, new_element);
            }
            (None, None) if old_child.node_type() == new_child.node_type() => {
                let text = new_child.node_value();
                if old_child.node_value() != text {
                    old_child.set_node_value(text.as_deref());
                }
            }
            _ => {
                let _ = old.replace_child(new_child, old_child);
            }
        }
    }
    for extra in olds.iter().skip(news.len()) {
        let _ = old.remove_child(extra);
    }
}

/// Whether `old` is an embed whose player the reader loaded (`web::embed_player`) and `new`
/// the same embed: it stays as it is, player and all.
fn playing(old: &Element, new: &Element) -> bool {
    let original = |figure: &Element| {
        figure
            .query_selector("figcaption a")
            .ok()
            .flatten()?
            .get_attribute("href")
    };
    old.local_name() == "figure"
        && old.query_selector("iframe").ok().flatten().is_some()
        && original(old).is_some_and(|href| original(new) == Some(href))
}

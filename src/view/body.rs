//! Sanitised feed HTML as Yew elements.

use super::embed::embed_card;
use crate::core::embed::place;
use crate::core::sanitize::{SafeNode, LINK_REL};
use crate::core::strings::Strings;
use yew::virtual_dom::{VTag, VText};
use yew::Html;

/// Renders sanitised nodes. Links open in a new tab without access to this page; pictures load
/// lazily; a link that stands alone to a video, audio or social post becomes a click-to-load
/// embed ([`place`]).
pub fn render(mut nodes: Vec<SafeNode>, strings: &'static Strings) -> Html {
    place(&mut nodes);
    nodes
        .iter()
        .map(|node| render_node(node, strings))
        .collect()
}

fn render_node(node: &SafeNode, strings: &'static Strings) -> Html {
    match node {
        SafeNode::Text(text) => VText::new(text.clone()).into(),
        SafeNode::Embed(embed) => embed_card(embed, strings),
        SafeNode::Element(element) => {
            let mut tag = VTag::new(element.tag);
            for (name, value) in &element.attributes {
                tag.add_attribute(name, value.clone());
            }
            match element.tag {
                "a" => {
                    tag.add_attribute("rel", LINK_REL);
                    tag.add_attribute("target", "_blank");
                }
                "img" => {
                    tag.add_attribute("loading", "lazy");
                    tag.add_attribute("decoding", "async");
                }
                _ => {}
            }
            tag.add_children(
                element
                    .children
                    .iter()
                    .map(|child| render_node(child, strings)),
            );
            tag.into()
        }
    }
}

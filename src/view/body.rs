//! Sanitised feed HTML as Yew elements.

use crate::core::sanitize::{SafeNode, LINK_REL};
use yew::virtual_dom::{VTag, VText};
use yew::Html;

/// Renders sanitised nodes. Links open in a new tab without access to this page; pictures load
/// lazily.
pub fn render(nodes: &[SafeNode]) -> Html {
    nodes.iter().map(render_node).collect()
}

fn render_node(node: &SafeNode) -> Html {
    match node {
        SafeNode::Text(text) => VText::new(text.clone()).into(),
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
            tag.add_children(element.children.iter().map(render_node));
            tag.into()
        }
    }
}

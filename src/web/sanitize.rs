//! Feed HTML through the browser's own parser and the core's allowlist.
//!
//! `DOMParser` builds an inert document: nothing in it runs, loads or renders. This walk then
//! rebuilds only what [`crate::core::sanitize`] allows, node by node, as [`SafeNode`]s for the view
//! to render as new elements. No feed string is ever assigned to `innerHTML`.

use super::address::resolve;
use super::trusted_types::parse_inert;
use crate::core::sanitize::{
    attribute_rule, tag_rule, value_allowed, AttributeKind, SafeElement, SafeNode, TagRule,
    MAX_DEPTH,
};
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node};

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Sanitises `html` from a feed whose URL is `base` (relative links resolve against it).
pub fn sanitize_html(html: &str, base: &str) -> Vec<SafeNode> {
    let Ok(parser) = DomParser::new() else {
        return Vec::new();
    };
    let Some(document) = parse_inert(&parser, html) else {
        return Vec::new();
    };
    let mut nodes = Vec::new();
    if let Some(body) = document.body() {
        walk_children(&body, base, 0, &mut nodes);
    }
    nodes
}

fn walk_children(parent: &Node, base: &str, depth: usize, out: &mut Vec<SafeNode>) {
    let mut next = parent.first_child();
    while let Some(node) = next {
        match node.node_type() {
            Node::TEXT_NODE => push_text(out, node.node_value().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                if let Some(element) = node.dyn_ref::<Element>() {
                    walk_element(element, base, depth, out);
                }
            }
            // Comments, processing instructions and the like carry nothing for readers.
            _ => {}
        }
        next = node.next_sibling();
    }
}

fn walk_element(element: &Element, base: &str, depth: usize, out: &mut Vec<SafeNode>) {
    if element.namespace_uri().as_deref() != Some(HTML_NAMESPACE) {
        return;
    }
    if depth >= MAX_DEPTH {
        push_text(out, element.text_content().unwrap_or_default());
        return;
    }
    match tag_rule(&element.local_name()) {
        TagRule::Drop => {}
        TagRule::Unwrap => walk_children(element, base, depth + 1, out),
        TagRule::Keep(tag) => {
            let mut attributes = Vec::new();
            let names = element.get_attribute_names();
            for name in names.iter().filter_map(|name| name.as_string()) {
                let Some((name, kind)) = attribute_rule(tag, &name) else {
                    continue;
                };
                let Some(value) = element.get_attribute(name) else {
                    continue;
                };
                let value = match kind {
                    AttributeKind::LinkUrl | AttributeKind::ImageUrl => {
                        match resolve(value.trim(), base) {
                            Some(absolute) => absolute,
                            None => continue,
                        }
                    }
                    AttributeKind::Text | AttributeKind::Number => value,
                };
                if value_allowed(kind, &value) {
                    attributes.push((name, value));
                }
            }
            if tag == "img" && !attributes.iter().any(|(name, _)| *name == "src") {
                return;
            }
            let mut children = Vec::new();
            walk_children(element, base, depth + 1, &mut children);
            out.push(SafeNode::Element(SafeElement {
                tag,
                attributes,
                children,
            }));
        }
    }
}

/// Appends text, joining it to a preceding text node (unwrapping leaves runs of them).
fn push_text(out: &mut Vec<SafeNode>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(SafeNode::Text(previous)) = out.last_mut() {
        previous.push_str(&text);
    } else {
        out.push(SafeNode::Text(text));
    }
}

//! Feed HTML through the browser's own parser and the core's allowlist.
//!
//! [`parse_inert`] parses into an inert document: nothing in it runs, loads or renders. The
//! core's walk ([`sanitize`]) then rebuilds only what it allows, node by node, as [`SafeNode`]s
//! for the view to render as new elements. No feed string is ever inserted into the page as
//! markup.

use super::address::resolve;
use super::trusted_types::parse_inert;
use crate::core::sanitize::{sanitize, NodeKind, ParsedNode, SafeNode};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// Sanitises `html` from a feed whose URL is `base` (relative links resolve against it).
pub fn sanitize_html(html: &str, base: &str) -> Vec<SafeNode> {
    let Some(body) = parse_inert(html) else {
        return Vec::new();
    };
    sanitize(&Node::from(body), &|url| resolve(url, base))
}

impl ParsedNode for Node {
    fn kind(&self) -> NodeKind {
        match self.node_type() {
            Node::TEXT_NODE => NodeKind::Text,
            // The parser makes every element of the HTML namespace an `HTMLElement` (an unknown
            // tag an `HTMLUnknownElement`), and SVG and MathML elements something else: one
            // call, where reading `namespaceURI` copies a string into the wasm.
            Node::ELEMENT_NODE if self.is_instance_of::<HtmlElement>() => NodeKind::Html,
            _ => NodeKind::Other,
        }
    }

    fn name(&self) -> String {
        self.unchecked_ref::<Element>().local_name()
    }

    fn attribute_names(&self) -> Vec<String> {
        let names = self.unchecked_ref::<Element>().get_attribute_names();
        names.iter().filter_map(|name| name.as_string()).collect()
    }

    fn attribute(&self, name: &str) -> Option<String> {
        self.unchecked_ref::<Element>().get_attribute(name)
    }

    fn children(&self) -> Vec<Self> {
        let mut children = Vec::new();
        let mut next = self.first_child();
        while let Some(child) = next {
            next = child.next_sibling();
            children.push(child);
        }
        children
    }

    fn text(&self) -> String {
        self.text_content().unwrap_or_default()
    }
}

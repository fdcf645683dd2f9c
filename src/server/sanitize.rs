//! Feed HTML through html5ever, which builds the tree the HTML specification prescribes (the
//! tree browsers build), and the core's allowlist: the same [`SafeNode`]s as the widget's
//! `DOMParser` walk, so that a snapshot's elements are the ones the widget expects to hydrate.

use crate::core::sanitize::{sanitize, NodeKind, ParsedNode, SafeNode};
use ego_tree::NodeRef;
use html5ever::driver::ParseOpts;
use html5ever::ns;
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use scraper::{Html, HtmlTreeSink, Node};

/// Sanitises `html` from a feed whose URL is `base` (relative links resolve against it).
pub fn sanitize_html(html: &str, base: &str) -> Vec<SafeNode> {
    // As `DOMParser` parses: scripting off, so `<noscript>` holds elements, not text.
    let options = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let document =
        html5ever::parse_document(HtmlTreeSink::new(Html::new_document()), options).one(html);
    let body = document
        .root_element()
        .children()
        .find(|node| matches!(node.value(), Node::Element(element) if element.name() == "body"));
    match body {
        Some(body) => sanitize(&Parsed(body), &|url| super::resolve(url, base)),
        None => Vec::new(),
    }
}

/// A node of html5ever's tree.
struct Parsed<'a>(NodeRef<'a, Node>);

impl ParsedNode for Parsed<'_> {
    fn kind(&self) -> NodeKind {
        match self.0.value() {
            Node::Element(element) if element.name.ns == ns!(html) => NodeKind::Html,
            Node::Text(_) => NodeKind::Text,
            _ => NodeKind::Other,
        }
    }

    fn name(&self) -> String {
        match self.0.value() {
            Node::Element(element) => element.name().to_owned(),
            _ => String::new(),
        }
    }

    fn attribute_names(&self) -> Vec<String> {
        match self.0.value() {
            Node::Element(element) => element.attrs().map(|(name, _)| name.to_owned()).collect(),
            _ => Vec::new(),
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match self.0.value() {
            Node::Element(element) => element.attr(name).map(str::to_owned),
            _ => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        self.0.children().map(Parsed).collect()
    }

    fn text(&self) -> String {
        match self.0.value() {
            Node::Text(text) => text.to_string(),
            _ => self
                .0
                .descendants()
                .filter_map(|node| node.value().as_text().map(|text| text.to_string()))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sanitize::SafeElement;

    fn tags(nodes: &[SafeNode]) -> String {
        nodes
            .iter()
            .map(|node| match node {
                SafeNode::Element(SafeElement { tag, children, .. }) => {
                    format!("<{tag}>{}</{tag}>", tags(children))
                }
                SafeNode::Text(text) => text.clone(),
                SafeNode::Embed(_) => String::new(),
            })
            .collect()
    }

    #[test]
    fn feed_html_is_parsed_as_browsers_parse_it() {
        // The parser closes the paragraph before the list, and drops the stray end tag.
        let nodes = sanitize_html(
            "<p>One<ul><li>two</ul></p><script>x</script>",
            "https://x.example/",
        );
        assert_eq!(tags(&nodes), "<p>One</p><ul><li>two</li></ul><p></p>");
    }

    #[test]
    fn links_resolve_against_the_feed() {
        let nodes = sanitize_html(
            r#"<a href="/a b">x</a><a href="javascript:x">y</a>"#,
            "https://x.example/live/",
        );
        let SafeNode::Element(link) = &nodes[0] else {
            panic!("{nodes:?}");
        };
        assert_eq!(
            link.attributes,
            [("href", "https://x.example/a%20b".to_owned())]
        );
        assert!(matches!(&nodes[1], SafeNode::Element(link) if link.attributes.is_empty()));
    }

    #[test]
    fn svg_and_noscript_carry_nothing() {
        let nodes = sanitize_html(
            "<svg><text>drawn</text></svg><noscript><p>no</p></noscript>ok",
            "https://x.example/",
        );
        assert_eq!(tags(&nodes), "ok");
    }
}

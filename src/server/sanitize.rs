//! Feed HTML through html5ever, which builds the tree the HTML specification prescribes (the
//! tree browsers build), and the core's allowlist: the same [`SafeNode`]s as the widget's
//! inert parse, so that a snapshot's elements are the ones the widget expects to hydrate.

use crate::core::sanitize::{sanitize, NodeKind, ParsedNode, SafeNode};
use ego_tree::NodeRef;
use html5ever::driver::ParseOpts;
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{local_name, ns, QualName};
use scraper::{Html, HtmlTreeSink, Node};

/// Sanitises `html` from a feed whose URL is `base` (relative links resolve against it).
pub fn sanitize_html(html: &str, base: &str) -> Vec<SafeNode> {
    // As the widget parses (`innerHTML` on the body of an inert document): a fragment in the
    // context of `<body>`, scripting off, so `<noscript>` holds elements, not text.
    let options = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: false,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let body = QualName::new(None, ns!(html), local_name!("body"));
    let fragment = html5ever::parse_fragment(
        HtmlTreeSink::new(Html::new_fragment()),
        options,
        body,
        Vec::new(),
        false,
    )
    .one(html);
    // html5ever puts a fragment's nodes under an `<html>` element of its own.
    sanitize(&Parsed(*fragment.root_element()), &|url| {
        super::resolve(url, base)
    })
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
    fn a_whole_document_is_read_as_a_fragment_in_a_body() {
        // Its `html`, `head` and `body` tags are ignored; its `title` is an element, dropped
        // with its text, as the browser's parser in the widget leaves it.
        let nodes = sanitize_html(
            "<!doctype html><html><head><title>t</title></head><body><p>a</p></body></html>",
            "https://x.example/",
        );
        assert_eq!(tags(&nodes), "<p>a</p>");
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

//! The allowlist for feed HTML: which elements, attributes and URLs reach the reader.
//!
//! The browser layer parses `content_html` with the browser's own parser into an inert document
//! and walks it, asking this policy about every element and attribute; what comes out is a tree
//! of [`SafeNode`]s that the view renders as fresh elements. Feed strings are never assigned to
//! `innerHTML`. The policy is deliberately small: text formatting, links, lists, quotes, headings
//! and images. Everything else is unwrapped (its text kept) or, for elements whose content is
//! code or chrome (`script`, `style`, `iframe`, `svg`...), dropped with its content.

use super::embed::Embed;

/// Feed HTML nested deeper than this is flattened to text: no reader needs it, and a hostile
/// feed must not overflow the stack.
pub const MAX_DEPTH: usize = 24;

/// The `rel` given to every link from a feed.
pub const LINK_REL: &str = "noopener noreferrer ugc";

/// A node of sanitised HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SafeNode {
    /// An allowed element with its allowed attributes.
    Element(SafeElement),
    /// Text, shown as text.
    Text(String),
    /// A link standing alone, shown as a click-to-load embed. Made by
    /// [`embed::place`](crate::core::embed::place) from a sanitised tree, never by the sanitiser.
    Embed(Embed),
}

/// An allowed element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeElement {
    /// The tag name, from the allowlist.
    pub tag: &'static str,
    /// Allowed attributes with checked values.
    pub attributes: Vec<(&'static str, String)>,
    /// The children, themselves sanitised.
    pub children: Vec<SafeNode>,
}

/// What to do with an element of the feed's HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagRule {
    /// Keep it (under this canonical name), with its allowed attributes.
    Keep(&'static str),
    /// Leave the element out but keep what is inside it.
    Unwrap,
    /// Leave it out with everything inside it.
    Drop,
}

/// How an allowed attribute's value is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributeKind {
    /// A link target: http, https or mailto.
    LinkUrl,
    /// A picture's source: http or https.
    ImageUrl,
    /// Plain text, kept as it is.
    Text,
    /// A small whole number (image sizes, list starts).
    Number,
}

const KEPT: [&str; 33] = [
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "cite",
    "code",
    "del",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "strong",
    "sub",
    "sup",
    "u",
    "ul",
];

const DROPPED: [&str; 26] = [
    "applet", "audio", "base", "button", "canvas", "embed", "form", "frame", "frameset", "head",
    "iframe", "input", "link", "math", "meta", "noembed", "noframes", "noscript", "object",
    "script", "select", "style", "svg", "template", "textarea", "title",
];

/// The rule for an element, by its tag name in any case.
pub fn tag_rule(name: &str) -> TagRule {
    let name = name.to_ascii_lowercase();
    if name == "h1" {
        // The blog's title is the only first-level heading inside the widget.
        return TagRule::Keep("h2");
    }
    if let Some(tag) = KEPT.iter().find(|tag| **tag == name) {
        return TagRule::Keep(tag);
    }
    if DROPPED.contains(&name.as_str()) {
        TagRule::Drop
    } else {
        TagRule::Unwrap
    }
}

/// The allowed attribute `name` of the kept element `tag`, with how to check its value.
pub fn attribute_rule(tag: &str, name: &str) -> Option<(&'static str, AttributeKind)> {
    let name = name.to_ascii_lowercase();
    let rule = match (tag, name.as_str()) {
        ("a", "href") => ("href", AttributeKind::LinkUrl),
        ("a" | "abbr", "title") => ("title", AttributeKind::Text),
        ("img", "src") => ("src", AttributeKind::ImageUrl),
        ("img", "alt") => ("alt", AttributeKind::Text),
        ("img", "width") => ("width", AttributeKind::Number),
        ("img", "height") => ("height", AttributeKind::Number),
        ("ol", "start") => ("start", AttributeKind::Number),
        _ => return None,
    };
    Some(rule)
}

/// Whether an attribute value passes its check. URLs must already be absolute: the browser layer
/// resolves them with the URL parser first, so obfuscations such as `jav&#x09;ascript:` or
/// ` JAVASCRIPT:` have been normalised away; this check is the second line regardless.
pub fn value_allowed(kind: AttributeKind, value: &str) -> bool {
    match kind {
        AttributeKind::Text => true,
        AttributeKind::Number => {
            !value.is_empty() && value.len() <= 5 && value.bytes().all(|b| b.is_ascii_digit())
        }
        AttributeKind::LinkUrl => scheme_is(value, &["http", "https", "mailto"]),
        AttributeKind::ImageUrl => scheme_is(value, &["http", "https"]),
    }
}

/// Whether `url` is absolute with one of `schemes`, ignoring the characters browsers strip
/// (ASCII whitespace and controls) and letter case.
pub fn scheme_is(url: &str, schemes: &[&str]) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_control() && *c != ' ')
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.split_once(':') {
        Some((scheme, _)) => schemes.contains(&scheme),
        None => false,
    }
}

/// Plain text (`content_text`) as paragraphs: blank lines separate paragraphs, single line breaks
/// stay line breaks.
pub fn paragraphs(text: &str) -> Vec<SafeNode> {
    let normalized = text.replace("\r\n", "\n");
    normalized
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| {
            let mut children = Vec::new();
            for (index, line) in paragraph.lines().enumerate() {
                if index > 0 {
                    children.push(SafeNode::Element(SafeElement {
                        tag: "br",
                        attributes: Vec::new(),
                        children: Vec::new(),
                    }));
                }
                children.push(SafeNode::Text(line.to_owned()));
            }
            SafeNode::Element(SafeElement {
                tag: "p",
                attributes: Vec::new(),
                children,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_elements_are_kept() {
        // docs/feed-format.md, "What HTML survives".
        for tag in [
            "p",
            "br",
            "a",
            "strong",
            "b",
            "em",
            "i",
            "u",
            "s",
            "del",
            "ins",
            "mark",
            "small",
            "sub",
            "sup",
            "code",
            "pre",
            "blockquote",
            "q",
            "cite",
            "abbr",
            "ul",
            "ol",
            "li",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "figure",
            "figcaption",
            "img",
        ] {
            assert_eq!(tag_rule(tag), TagRule::Keep(tag), "{tag}");
        }
        assert_eq!(tag_rule("STRONG"), TagRule::Keep("strong"));
    }

    #[test]
    fn a_first_level_heading_becomes_a_second_level_one() {
        assert_eq!(tag_rule("h1"), TagRule::Keep("h2"));
    }

    #[test]
    fn code_and_chrome_are_dropped_with_their_content() {
        for tag in [
            "script", "SCRIPT", "style", "iframe", "svg", "math", "template", "object", "form",
            "base", "meta", "noscript",
        ] {
            assert_eq!(tag_rule(tag), TagRule::Drop, "{tag}");
        }
    }

    #[test]
    fn unknown_elements_are_unwrapped_keeping_their_text() {
        for tag in [
            "div",
            "span",
            "font",
            "section",
            "custom-element",
            "table",
            "details",
        ] {
            assert_eq!(tag_rule(tag), TagRule::Unwrap, "{tag}");
        }
    }

    #[test]
    fn only_listed_attributes_survive() {
        assert_eq!(
            attribute_rule("a", "HREF"),
            Some(("href", AttributeKind::LinkUrl))
        );
        assert_eq!(
            attribute_rule("img", "src"),
            Some(("src", AttributeKind::ImageUrl))
        );
        for (tag, name) in [
            ("a", "onclick"),
            ("p", "style"),
            ("img", "onerror"),
            ("a", "target"),
            ("img", "srcset"),
            ("p", "class"),
            ("a", "id"),
        ] {
            assert_eq!(attribute_rule(tag, name), None, "{tag} {name}");
        }
    }

    #[test]
    fn links_may_be_http_https_or_mailto() {
        for url in [
            "https://news.example/a",
            "http://x.example",
            "mailto:desk@news.example",
            "HTTPS://X.EXAMPLE",
        ] {
            assert!(value_allowed(AttributeKind::LinkUrl, url), "{url}");
        }
        assert!(!value_allowed(
            AttributeKind::ImageUrl,
            "mailto:desk@news.example"
        ));
    }

    #[test]
    fn script_urls_are_refused_however_they_are_disguised() {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example/x",
            "relative/path",
            "",
        ] {
            assert!(!value_allowed(AttributeKind::LinkUrl, url), "{url:?}");
            assert!(!value_allowed(AttributeKind::ImageUrl, url), "{url:?}");
        }
    }

    #[test]
    fn numbers_are_small_whole_numbers() {
        assert!(value_allowed(AttributeKind::Number, "640"));
        assert!(!value_allowed(AttributeKind::Number, "100%"));
        assert!(!value_allowed(AttributeKind::Number, "1e9"));
        assert!(!value_allowed(AttributeKind::Number, ""));
    }

    #[test]
    fn plain_text_becomes_paragraphs_with_line_breaks() {
        let nodes = paragraphs("First line\nsecond line\r\n\r\n\n  Second paragraph  \n\n");
        let text = |node: &SafeNode| match node {
            SafeNode::Element(element) => element
                .children
                .iter()
                .map(|child| match child {
                    SafeNode::Text(text) => text.clone(),
                    SafeNode::Element(element) => format!("<{}>", element.tag),
                    SafeNode::Embed(embed) => embed.url.clone(),
                })
                .collect::<String>(),
            SafeNode::Text(text) => text.clone(),
            SafeNode::Embed(embed) => embed.url.clone(),
        };
        assert_eq!(nodes.len(), 2);
        assert_eq!(text(&nodes[0]), "First line<br>second line");
        assert_eq!(text(&nodes[1]), "Second paragraph");
    }
}

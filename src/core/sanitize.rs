//! The allowlist for feed HTML: which elements, attributes and URLs reach the reader.
//!
//! The browser layer parses `content_html` with the browser's own parser into an inert document
//! (a snapshot made natively uses html5ever, which follows the same specification) and
//! [`sanitize`] walks it, asking this policy about every element and attribute; what comes out
//! is a tree of [`SafeNode`]s that the view renders as fresh elements. Feed strings are never
//! inserted into the page as markup. The policy is deliberately small: text formatting, links, lists,
//! quotes, headings and images. Everything else is unwrapped (its text kept) or, for elements
//! whose content is code or chrome (`script`, `style`, `iframe`, `svg`...), dropped with its
//! content.
//!
//! The tree that comes out is also *stable*: written out as HTML and parsed again, it gives the
//! same tree. Unwrapping can otherwise nest what the parser never nests (a paragraph inside a
//! paragraph, once a table cell between them is unwrapped), and a snapshot rendered on a server
//! is hydrated in the browser only if the browser's parse of it matches the view element for
//! element. So a kept element that the parser would close or move where it stands is unwrapped
//! too ([`Nesting`]).

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

/// A parsed HTML node as the sanitiser reads it: the browser's DOM in the widget, html5ever's
/// tree in a snapshot made natively.
pub trait ParsedNode: Sized {
    /// What the node is.
    fn kind(&self) -> NodeKind;
    /// An element's local name, lower case.
    fn name(&self) -> String;
    /// An element's attribute names.
    fn attribute_names(&self) -> Vec<String>;
    /// An element's attribute `name`.
    fn attribute(&self, name: &str) -> Option<String>;
    /// The node's children, in order.
    fn children(&self) -> Vec<Self>;
    /// A text node's text, or all the text inside an element.
    fn text(&self) -> String;
}

/// The kinds of parsed node the sanitiser tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeKind {
    /// An element in the HTML namespace.
    Html,
    /// Text.
    Text,
    /// Anything else: an SVG or MathML element, a comment, a processing instruction.
    Other,
}

/// Sanitises the children of `body` (a parsed document's body). `resolve` makes a URL absolute
/// against the feed's URL, or refuses it.
pub fn sanitize<N: ParsedNode>(
    body: &N,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> Vec<SafeNode> {
    let mut nodes = Vec::new();
    walk_children(body, resolve, Nesting::default(), 0, &mut nodes);
    nodes
}

fn walk_children<N: ParsedNode>(
    parent: &N,
    resolve: &dyn Fn(&str) -> Option<String>,
    nesting: Nesting,
    depth: usize,
    out: &mut Vec<SafeNode>,
) {
    for node in parent.children() {
        match node.kind() {
            NodeKind::Text => push_text(out, node.text()),
            NodeKind::Html => walk_element(&node, resolve, nesting, depth, out),
            // SVG and MathML are dropped; comments and the like carry nothing for readers.
            NodeKind::Other => {}
        }
    }
}

fn walk_element<N: ParsedNode>(
    element: &N,
    resolve: &dyn Fn(&str) -> Option<String>,
    nesting: Nesting,
    depth: usize,
    out: &mut Vec<SafeNode>,
) {
    if depth >= MAX_DEPTH {
        push_text(out, element.text());
        return;
    }
    let tag = match tag_rule(&element.name()) {
        TagRule::Drop => return,
        TagRule::Keep(tag) if nesting.allows(tag) => tag,
        TagRule::Keep(_) | TagRule::Unwrap => {
            // The children take the unwrapped element's place, and its nesting.
            return walk_children(element, resolve, nesting, depth + 1, out);
        }
    };
    let mut attributes = Vec::new();
    for name in element.attribute_names() {
        let Some((name, kind)) = attribute_rule(tag, &name) else {
            continue;
        };
        let Some(value) = element.attribute(name) else {
            continue;
        };
        let value = match kind {
            AttributeKind::LinkUrl | AttributeKind::ImageUrl => match resolve(value.trim()) {
                Some(absolute) => absolute,
                None => continue,
            },
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
    walk_children(
        element,
        resolve,
        nesting.inside(tag),
        depth + 1,
        &mut children,
    );
    out.push(SafeNode::Element(SafeElement {
        tag,
        attributes,
        children,
    }));
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

/// Where an element would sit among its kept ancestors, for the HTML parser's rules that close
/// or move elements as they start: a block inside a paragraph closes the paragraph, a link
/// inside a link closes the outer link, a list item closes the list item it is in. A parse never
/// builds those nestings, but unwrapping what stood between two elements can.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Nesting {
    /// Inside a paragraph or heading: phrasing content only.
    phrasing: bool,
    /// Inside a link.
    link: bool,
    /// The nearest kept ancestor is a list.
    list: bool,
}

impl Nesting {
    /// Whether the kept element `tag` stays where it is, when parsed again.
    pub fn allows(self, tag: &str) -> bool {
        match tag {
            "a" => !self.link,
            "li" => self.list,
            "blockquote" | "figcaption" | "figure" | "h2" | "h3" | "h4" | "h5" | "h6" | "hr"
            | "ol" | "p" | "pre" | "ul" => !self.phrasing,
            _ => true,
        }
    }

    /// The nesting of the children of a kept `tag`.
    pub fn inside(self, tag: &str) -> Self {
        Self {
            phrasing: self.phrasing || matches!(tag, "p" | "h2" | "h3" | "h4" | "h5" | "h6"),
            link: self.link || tag == "a",
            list: matches!(tag, "ul" | "ol"),
        }
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
mod tests;

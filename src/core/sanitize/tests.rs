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
        "script", "SCRIPT", "style", "iframe", "svg", "math", "template", "object", "form", "base",
        "meta", "noscript",
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

/// A parsed tree written by hand: elements by name, text, and an SVG element.
enum Mock {
    Element(&'static str, Vec<(&'static str, &'static str)>, Vec<Mock>),
    Text(&'static str),
    Svg(Vec<Mock>),
}

impl ParsedNode for &Mock {
    fn kind(&self) -> NodeKind {
        match self {
            Mock::Element(..) => NodeKind::Html,
            Mock::Text(_) => NodeKind::Text,
            Mock::Svg(_) => NodeKind::Other,
        }
    }

    fn name(&self) -> String {
        match self {
            Mock::Element(name, ..) => (*name).to_owned(),
            _ => String::new(),
        }
    }

    fn attribute_names(&self) -> Vec<String> {
        match self {
            Mock::Element(_, attributes, _) => attributes
                .iter()
                .map(|(name, _)| (*name).to_owned())
                .collect(),
            _ => Vec::new(),
        }
    }

    fn attribute(&self, name: &str) -> Option<String> {
        match self {
            Mock::Element(_, attributes, _) => attributes
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| (*value).to_owned()),
            _ => None,
        }
    }

    fn children(&self) -> Vec<Self> {
        match self {
            Mock::Element(_, _, children) | Mock::Svg(children) => children.iter().collect(),
            Mock::Text(_) => Vec::new(),
        }
    }

    fn text(&self) -> String {
        match self {
            Mock::Text(text) => (*text).to_owned(),
            _ => self.children().iter().map(|child| child.text()).collect(),
        }
    }
}

fn element(name: &'static str, children: Vec<Mock>) -> Mock {
    Mock::Element(name, Vec::new(), children)
}

/// The sanitised tree as HTML, to compare at a glance.
fn html(nodes: &[SafeNode]) -> String {
    nodes
        .iter()
        .map(|node| match node {
            SafeNode::Text(text) => text.clone(),
            SafeNode::Embed(embed) => embed.url.clone(),
            SafeNode::Element(element) => {
                let attributes: String = element
                    .attributes
                    .iter()
                    .map(|(name, value)| format!(" {name}=\"{value}\""))
                    .collect();
                format!(
                    "<{0}{attributes}>{1}</{0}>",
                    element.tag,
                    html(&element.children)
                )
            }
        })
        .collect()
}

fn sanitized(body: Vec<Mock>) -> String {
    let body = element("body", body);
    html(&sanitize(&&body, &|url| {
        (!url.starts_with("bad")).then(|| format!("https://x.example/{url}"))
    }))
}

#[test]
fn the_walk_keeps_unwraps_and_drops_as_the_rules_say() {
    let body = vec![
        element("h1", vec![Mock::Text("Title")]),
        element(
            "div",
            vec![element(
                "p",
                vec![Mock::Text("a "), element("em", vec![Mock::Text("b")])],
            )],
        ),
        element("script", vec![Mock::Text("alert(1)")]),
        Mock::Svg(vec![Mock::Text("drawn")]),
        Mock::Element(
            "a",
            vec![("href", "page"), ("onclick", "x")],
            vec![Mock::Text("in")],
        ),
        Mock::Element("a", vec![("href", "bad")], vec![Mock::Text("out")]),
        Mock::Element("img", vec![("src", "bad"), ("alt", "gone")], Vec::new()),
    ];
    assert_eq!(
        sanitized(body),
        "<h2>Title</h2><p>a <em>b</em></p>\
         <a href=\"https://x.example/page\">in</a><a>out</a>"
    );
}

#[test]
fn a_paragraph_unwrapped_into_a_paragraph_is_unwrapped_too() {
    // `<p>a<table><td><p>b` parses (in quirks mode) with the inner paragraph in a cell; the
    // cell is unwrapped, and `<p>a<p>b</p></p>` would parse again as two paragraphs.
    let cell = element("td", vec![element("p", vec![Mock::Text("b")])]);
    let body = vec![element(
        "p",
        vec![
            Mock::Text("a"),
            element("table", vec![element("tr", vec![cell])]),
        ],
    )];
    assert_eq!(sanitized(body), "<p>ab</p>");
}

#[test]
fn blocks_inside_paragraphs_and_headings_are_unwrapped() {
    let list = || element("ul", vec![element("li", vec![Mock::Text("item")])]);
    let body = vec![
        element(
            "p",
            vec![element("marquee", vec![list(), element("hr", Vec::new())])],
        ),
        element(
            "h3",
            vec![element("td", vec![element("h4", vec![Mock::Text("x")])])],
        ),
        list(),
    ];
    assert_eq!(
        sanitized(body),
        "<p>item</p><h3>x</h3><ul><li>item</li></ul>"
    );
}

#[test]
fn a_link_inside_a_link_is_unwrapped() {
    let inner = Mock::Element("a", vec![("href", "two")], vec![Mock::Text("two")]);
    let body = vec![Mock::Element(
        "a",
        vec![("href", "one")],
        vec![Mock::Text("one "), element("td", vec![inner])],
    )];
    assert_eq!(
        sanitized(body),
        "<a href=\"https://x.example/one\">one two</a>"
    );
}

#[test]
fn list_items_stay_only_directly_in_lists() {
    let item = |text| element("li", vec![Mock::Text(text)]);
    let body = vec![
        item("loose"),
        element("ul", vec![element("span", vec![item("kept")])]),
        element(
            "ol",
            vec![element("li", vec![element("td", vec![item("nested")])])],
        ),
    ];
    assert_eq!(
        sanitized(body),
        "loose<ul><li>kept</li></ul><ol><li>nested</li></ol>"
    );
}

#[test]
fn nesting_past_the_limit_becomes_text() {
    let mut node = Mock::Text("deep");
    for _ in 0..MAX_DEPTH + 5 {
        node = element("em", vec![node]);
    }
    let out = sanitized(vec![node]);
    assert_eq!(out.matches("<em>").count(), MAX_DEPTH);
    assert!(out.contains(">deep<"));
}

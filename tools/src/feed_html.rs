//! Feed HTML read natively: what the widget's allowlist (`liveblog::core::sanitize`) strips from
//! a `content_html`, and the plain text of one for JSON-LD's `articleBody`.
//!
//! The widget parses HTML with the browser's parser; here an HTML tokenizer (html5gum) stands in
//! for it, switching to raw text inside `script`, `style` and the like as a browser does. It
//! does not correct mis-nested tags, which only matters for the rare feed that relies on that.

use html5gum::{DefaultEmitter, Token, Tokenizer};
use liveblog::core::sanitize::MAX_DEPTH;
use liveblog::core::sanitize::{attribute_rule, tag_rule, value_allowed, AttributeKind, TagRule};

/// Elements that never have content or an end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that end a paragraph of plain text.
const BLOCKS: [&str; 24] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "ol",
    "p",
    "pre",
    "section",
    "ul",
];

fn tokens(html: &str) -> impl Iterator<Item = Token> + '_ {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(html, emitter).flatten()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// What the widget removes from `html`, each distinct finding once, with how often it occurs,
/// in the order first met: `("<script> is removed with everything inside it", 2)`.
pub fn stripped(html: &str) -> Vec<(String, usize)> {
    let mut findings: Vec<(String, usize)> = Vec::new();
    let mut note = |finding: String| match findings.iter_mut().find(|(seen, _)| *seen == finding) {
        Some((_, count)) => *count += 1,
        None => findings.push((finding, 1)),
    };
    let mut skipping: Option<(String, usize)> = None;
    let mut depth = 0;
    for token in tokens(html) {
        match token {
            Token::StartTag(tag) => {
                let name = text(&tag.name).to_ascii_lowercase();
                let void = tag.self_closing || VOID.contains(&name.as_str());
                if let Some((skipped, level)) = &mut skipping {
                    if *skipped == name && !void {
                        *level += 1;
                    }
                    continue;
                }
                if !void {
                    depth += 1;
                    if depth == MAX_DEPTH + 1 {
                        note(format!(
                            "elements nested deeper than {MAX_DEPTH} levels are flattened to their text"
                        ));
                    }
                }
                let kept = match tag_rule(&name) {
                    TagRule::Drop => {
                        note(format!("<{name}> is removed with everything inside it"));
                        if !void {
                            depth -= 1;
                            skipping = Some((name, 1));
                        }
                        continue;
                    }
                    TagRule::Unwrap => {
                        note(format!("<{name}> is removed (its text is kept)"));
                        continue;
                    }
                    TagRule::Keep(kept) => kept,
                };
                let mut has_alt = false;
                for (attribute, value) in &tag.attributes {
                    let attribute = text(attribute).to_ascii_lowercase();
                    let value = text(value);
                    has_alt |= attribute == "alt";
                    match attribute_rule(kept, &attribute) {
                        None => note(format!("the {attribute} attribute of <{name}> is removed")),
                        Some((_, kind)) => {
                            if let Some(reason) = refused(kind, &value) {
                                note(format!(
                                    "{attribute}=\"{value}\" on <{name}> is removed: {reason}"
                                ));
                            }
                        }
                    }
                }
                if kept == "img" && !has_alt {
                    note("an <img> without alt text (alt=\"\" marks a decorative one)".into());
                }
            }
            Token::EndTag(tag) => {
                let name = text(&tag.name).to_ascii_lowercase();
                if let Some((skipped, level)) = &mut skipping {
                    if *skipped == name {
                        *level -= 1;
                        if *level == 0 {
                            skipping = None;
                        }
                    }
                    continue;
                }
                if !VOID.contains(&name.as_str()) {
                    depth = depth.saturating_sub(1);
                }
            }
            _ => {}
        }
    }
    findings
}

/// Why the widget refuses an attribute value, if it does. Relative URLs are fine: the widget
/// resolves them against the feed's URL.
fn refused(kind: AttributeKind, value: &str) -> Option<&'static str> {
    match kind {
        AttributeKind::Text => None,
        AttributeKind::Number => {
            (!value_allowed(kind, value)).then_some("not a small whole number")
        }
        AttributeKind::LinkUrl => (crate::validate::has_scheme(value)
            && !value_allowed(kind, value))
        .then_some("only http, https and mailto links are kept"),
        AttributeKind::ImageUrl => (crate::validate::has_scheme(value)
            && !value_allowed(kind, value))
        .then_some("only http and https pictures are kept"),
    }
}

/// The first tag in text that should have none (JSON-LD's `articleBody` is plain text).
pub fn first_tag(text_body: &str) -> Option<String> {
    tokens(text_body).find_map(|token| match token {
        Token::StartTag(tag) => Some(format!("<{}>", text(&tag.name))),
        Token::EndTag(tag) => Some(format!("</{}>", text(&tag.name))),
        _ => None,
    })
}

/// `html` as plain text: blocks become paragraphs (separated by a blank line), `<br>` a line
/// break, list items start with "• "; what the widget drops with its content (scripts,
/// styles...) is left out, and runs of white space become one space.
pub fn plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut skipping: Option<(String, usize)> = None;
    let mut pending_space = false;
    let paragraph = |out: &mut String| {
        let trimmed = out.trim_end_matches([' ', '\n']).len();
        out.truncate(trimmed);
        if !out.is_empty() {
            out.push_str("\n\n");
        }
    };
    for token in tokens(html) {
        match token {
            Token::StartTag(tag) => {
                let name = text(&tag.name).to_ascii_lowercase();
                if let Some((skipped, level)) = &mut skipping {
                    if *skipped == name {
                        *level += 1;
                    }
                    continue;
                }
                let void = tag.self_closing || VOID.contains(&name.as_str());
                if tag_rule(&name) == TagRule::Drop {
                    if !void {
                        skipping = Some((name, 1));
                    }
                } else if name == "br" {
                    let trimmed = out.trim_end_matches(' ').len();
                    out.truncate(trimmed);
                    out.push('\n');
                    pending_space = false;
                } else if name == "li" {
                    paragraph(&mut out);
                    out.push_str("• ");
                    pending_space = false;
                } else if BLOCKS.contains(&name.as_str()) {
                    paragraph(&mut out);
                    pending_space = false;
                }
            }
            Token::EndTag(tag) => {
                let name = text(&tag.name).to_ascii_lowercase();
                if let Some((skipped, level)) = &mut skipping {
                    if *skipped == name {
                        *level -= 1;
                        if *level == 0 {
                            skipping = None;
                        }
                    }
                    continue;
                }
                if name == "li" || BLOCKS.contains(&name.as_str()) {
                    paragraph(&mut out);
                    pending_space = false;
                }
            }
            Token::String(string) if skipping.is_none() => {
                for c in text(&string).chars() {
                    if c.is_whitespace() {
                        pending_space = true;
                    } else {
                        if pending_space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
                            out.push(' ');
                        }
                        pending_space = false;
                        out.push(c);
                    }
                }
            }
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harmless_formatting_is_not_reported() {
        assert_eq!(
            stripped(
                r#"<p>A <strong>bold</strong> <a href="https://x.example" title="t">link</a>, <img src="a.png" alt="A map"><br></p>"#
            ),
            []
        );
    }

    #[test]
    fn scripts_handlers_unknown_elements_and_script_urls_are_reported_once_each() {
        let found = stripped(
            r#"<div class="x"><script>if (a < b) { document.write("<p onclick=x>") }</script>
               <p style="color:red">One</p><p style="x">Two</p>
               <a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AA" onerror="x">
               <svg><a href="https://x.example">inside</a></svg><ol start="1e9"><li>x</li></ol></div>"#,
        );
        let messages: Vec<String> = found
            .iter()
            .map(|(finding, count)| format!("{finding} ×{count}"))
            .collect();
        assert_eq!(
            messages,
            [
                "<div> is removed (its text is kept) ×1",
                "<script> is removed with everything inside it ×1",
                "the style attribute of <p> is removed ×2",
                "href=\"javascript:alert(1)\" on <a> is removed: only http, https and mailto links are kept ×1",
                "the onerror attribute of <img> is removed ×1",
                "src=\"data:image/png;base64,AA\" on <img> is removed: only http and https pictures are kept ×1",
                "an <img> without alt text (alt=\"\" marks a decorative one) ×1",
                "<svg> is removed with everything inside it ×1",
                "start=\"1e9\" on <ol> is removed: not a small whole number ×1",
            ]
        );
    }

    #[test]
    fn deep_nesting_is_reported() {
        let html = format!("{}x{}", "<b>".repeat(30), "</b>".repeat(30));
        assert_eq!(stripped(&html).len(), 1);
        assert_eq!(stripped(&"<br>".repeat(40)), []);
    }

    #[test]
    fn plain_text_keeps_paragraphs_lines_and_list_items() {
        assert_eq!(
            plain_text(
                "<p>Delegates agreed a fund <strong>in principle</strong>.</p>\n<ul><li>Six cities</li><li>Ten  years</li></ul><p>Line<br>break &amp; more</p><script>x()</script>"
            ),
            "Delegates agreed a fund in principle.\n\n• Six cities\n\n• Ten years\n\nLine\nbreak & more"
        );
        assert_eq!(plain_text("just text"), "just text");
    }

    #[test]
    fn tags_in_plain_text_are_found() {
        assert_eq!(first_tag("a < b and <p>c</p>"), Some("<p>".into()));
        assert_eq!(first_tag("a < b, 3 > 2"), None);
    }
}

use super::*;
use crate::core::sanitize::SafeElement;
use crate::core::strings::ENGLISH;
use crate::core::{Attachment, Author, Body, Image};

/// Times written plainly, to read the markup by.
struct Plain;

impl Times for Plain {
    fn clock(&self, at: Timestamp) -> String {
        format!("clock {}", at.0)
    }
    fn full(&self, at: Timestamp) -> String {
        format!("full {}", at.0)
    }
    fn ago(&self, at: Timestamp) -> String {
        format!("ago {}", at.0)
    }
}

fn card(update: &Update, body: Vec<SafeNode>, anchor: bool) -> String {
    let mut out = String::new();
    let card = Card {
        update,
        body,
        flags: Flags {
            anchor,
            ..Flags::default()
        },
    };
    write(&mut out, card, &Plain, &ENGLISH);
    out
}

fn text(text: &str) -> SafeNode {
    SafeNode::Text(text.to_owned())
}

#[test]
fn escapes_what_could_end_a_text_or_an_attribute() {
    let mut out = String::new();
    escape(&mut out, "a < b & \"c\" > d 'e' é\r\n\0.");
    assert_eq!(out, "a &lt; b &amp; &quot;c&quot; &gt; d 'e' é&#13;\n.");
}

#[test]
fn a_plain_update_is_its_list_entry() {
    let update = Update::sample("a 1", 1, "unused");
    let markup = card(&update, vec![text("Hello")], true);
    assert_eq!(
        markup,
        concat!(
            r#"<li class="lb-item"><article class="lb-update" id="lb-a-1">"#,
            r#"<p class="lb-update-meta"><time class="lb-time" datetime="1970-01-01T00:01:00Z" title="full 60000">"#,
            r#"<span aria-hidden="true">clock 60000</span><span class="lb-visually-hidden">full 60000</span></time>"#,
            r##"<span class="lb-ago">ago 60000</span><a class="lb-copy" href="#lb-a-1">Copy link</a></p>"##,
            r#"<div class="lb-body" dir="auto">Hello</div></article></li>"#,
        )
    );
}

#[test]
fn every_part_of_a_full_update_in_order() {
    let mut update = Update::sample("b", 1, "unused");
    update.headline = Some("Head".into());
    update.modified = Some(Timestamp(60_000 + 120_000));
    update.key_event = true;
    update.images = vec![
        Image {
            url: "https://img.example/1.jpg".into(),
            alt: "One".into(),
            caption: Some("Cap".into()),
            credit: Some("Cred".into()),
            size: Some((640, 480)),
        },
        Image {
            url: "https://img.example/2.jpg".into(),
            alt: String::new(),
            caption: None,
            credit: None,
            size: None,
        },
    ];
    update.attachments = vec![Attachment {
        url: "https://files.example/a.pdf".into(),
        title: "Report".into(),
        mime_type: None,
    }];
    update.authors = vec![
        Author {
            name: "Ann".into(),
            url: Some("https://ann.example/".into()),
        },
        Author {
            name: "Bob".into(),
            url: None,
        },
    ];
    let markup = card(&update, vec![text("T")], false);
    assert_eq!(
        markup,
        concat!(
            r#"<article class="lb-update lb-key-event" aria-labelledby="lb-b-pinned-h">"#,
            r#"<p class="lb-update-meta"><time class="lb-time" datetime="1970-01-01T00:01:00Z" title="full 60000">"#,
            r#"<span aria-hidden="true">clock 60000</span><span class="lb-visually-hidden">full 60000</span></time>"#,
            r#"<span class="lb-ago">ago 60000</span>"#,
            r#"<span class="lb-edited">Updated <time datetime="1970-01-01T00:03:00Z" title="full 180000">clock 180000</time></span>"#,
            r##"<span class="lb-badge">Key event</span><a class="lb-copy" href="#lb-b">Copy link</a></p>"##,
            r#"<h3 class="lb-headline" id="lb-b-pinned-h" dir="auto">Head</h3>"#,
            r#"<div class="lb-body" dir="auto">T</div>"#,
            r#"<figure class="lb-figure"><img src="https://img.example/1.jpg" alt="One" width="640" height="480" loading="lazy" decoding="async">"#,
            r#"<figcaption dir="auto">Cap <span class="lb-credit">Cred</span></figcaption></figure>"#,
            r#"<div class="lb-gallery"><figure class="lb-figure"><img src="https://img.example/2.jpg" alt="" loading="lazy" decoding="async"></figure></div>"#,
            r#"<ul class="lb-attachments"><li><a href="https://files.example/a.pdf" rel="noopener noreferrer ugc" target="_blank">Report</a></li></ul>"#,
            r#"<p class="lb-byline">By <a href="https://ann.example/" rel="noopener noreferrer ugc" target="_blank">Ann</a> and <span>Bob</span></p>"#,
            r#"</article>"#,
        )
    );
}

#[test]
fn sanitised_elements_keep_their_attributes_and_links_leave_safely() {
    let update = Update::sample("c", 1, "unused");
    let body = vec![SafeNode::Element(SafeElement {
        tag: "p",
        attributes: Vec::new(),
        children: vec![
            SafeNode::Element(SafeElement {
                tag: "a",
                attributes: vec![("href", "https://x.example/?a=1&b=2".into())],
                children: vec![text("link")],
            }),
            SafeNode::Element(SafeElement {
                tag: "br",
                attributes: Vec::new(),
                children: Vec::new(),
            }),
            SafeNode::Element(SafeElement {
                tag: "img",
                attributes: vec![
                    ("src", "https://x.example/i.png".into()),
                    ("alt", "i".into()),
                ],
                children: Vec::new(),
            }),
        ],
    })];
    let markup = card(&update, body, true);
    assert!(markup.contains(concat!(
        r#"<div class="lb-body" dir="auto"><p><a href="https://x.example/?a=1&amp;b=2" rel="noopener noreferrer ugc" target="_blank">link</a><br>"#,
        r#"<img src="https://x.example/i.png" alt="i" loading="lazy" decoding="async"></p></div>"#,
    )), "{markup}");
}

#[test]
fn a_link_standing_alone_becomes_a_click_to_load_embed() {
    let update = Update::sample("d", 1, "unused");
    let link = |url: &str| {
        SafeNode::Element(SafeElement {
            tag: "p",
            attributes: Vec::new(),
            children: vec![SafeNode::Element(SafeElement {
                tag: "a",
                attributes: vec![("href", url.into())],
                children: vec![text(url)],
            })],
        })
    };
    let markup = card(
        &update,
        vec![link("https://www.youtube.com/watch?v=dQw4w9WgXcQ")],
        true,
    );
    assert!(
        markup.contains(concat!(
            r#"<figure class="lb-embed lb-embed-video"><div class="lb-embed-frame">"#,
            r#"<p class="lb-embed-privacy">"#,
        )),
        "{markup}"
    );
    assert!(markup.contains(r#"<button type="button" class="lb-embed-load">Load YouTube video</button></div><figcaption><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer ugc" target="_blank">"#), "{markup}");
}

#[test]
fn no_feed_string_becomes_markup() {
    let hostile = r#""><script>alert(1)</script><b x=""#;
    let mut update = Update::sample(hostile, 1, "unused");
    update.headline = Some(hostile.into());
    update.body = Body::Text(hostile.into());
    update.authors = vec![Author {
        name: hostile.into(),
        url: Some(format!("https://x.example/{hostile}")),
    }];
    update.images = vec![Image {
        url: format!("https://x.example/{hostile}"),
        alt: hostile.into(),
        caption: Some(hostile.into()),
        credit: Some(hostile.into()),
        size: None,
    }];
    update.attachments = vec![Attachment {
        url: format!("https://x.example/{hostile}"),
        title: hostile.into(),
        mime_type: None,
    }];
    let markup = card(&update, vec![text(hostile)], true);
    assert!(!markup.contains("<script"), "{markup}");
    assert!(!markup.contains("<b "), "{markup}");
    assert!(!markup.contains(r#"x="""#), "{markup}");
}

#[test]
fn the_flags_are_classes_and_the_copied_link_says_so() {
    let mut update = Update::sample("e", 1, "unused");
    update.revised = true;
    assert_eq!(
        class(&update, true, true),
        "lb-update lb-revised lb-fresh lb-target"
    );
    let mut out = String::new();
    let card = Card {
        update: &update,
        body: Vec::new(),
        flags: Flags {
            anchor: true,
            copied: true,
            ..Flags::default()
        },
    };
    write(&mut out, card, &Plain, &ENGLISH);
    assert!(
        out.contains(r#"<span class="lb-edited">Updated</span>"#),
        "{out}"
    );
    assert!(out.contains(">Link copied</a>"), "{out}");
}

#[test]
fn an_edit_is_shown_after_a_minute_or_when_seen_arriving() {
    let mut update = Update::sample("f", 1, "unused");
    update.modified = Some(Timestamp(60_000 + 30_000));
    assert_eq!(edited(&update), None);
    update.modified = Some(Timestamp(60_000 + 61_000));
    assert_eq!(edited(&update), update.modified);
    update.published = None;
    assert_eq!(edited(&update), None);
    update.revised = true;
    assert_eq!(edited(&update), update.modified);
}

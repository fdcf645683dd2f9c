//! One update as markup: its time, headline, text (with embeds), pictures, authors and
//! attachments, written as HTML text with every feed string escaped.
//!
//! The browser parses the cards of a render in one go (`web::cards`), which is much cheaper than
//! building them node by node from the wasm; a snapshot (`liveblog render`) writes the same text.
//! Only markup made here from the sanitiser's nodes ([`SafeNode`]) and the model's strings is
//! written: a feed's string is only ever text or an attribute's value, escaped (`escape`).

use super::embed::{place, Embed, Kind};
use super::sanitize::{SafeNode, LINK_REL};
use super::strings::{separator, Strings};
use super::{Image, Timestamp, Update};

/// An edit later than this after publication shows an "Updated" time.
const EDIT_GRACE_MS: i64 = 60_000;

/// The times of a card, as the reader reads them (the browser's `Intl`, or a snapshot's UTC).
pub trait Times {
    /// The clock time: "14:05", or "29 Nov, 14:05" on another day.
    fn clock(&self, at: Timestamp) -> String;
    /// The full date, time and zone, for the tooltip and screen readers.
    fn full(&self, at: Timestamp) -> String;
    /// How long ago `at` was: "5 minutes ago".
    fn ago(&self, at: Timestamp) -> String;
}

/// How a card shows its update.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// The update's entry in the list: an `<li>` around it, and the update's anchor id on it
    /// (the copy in the pinned slot has neither).
    pub anchor: bool,
    /// Arrives highlighted.
    pub fresh: bool,
    /// A deep link or a key-events link asked for it.
    pub targeted: bool,
    /// Its link was just copied.
    pub copied: bool,
}

/// What one card shows and how.
pub struct Card<'a> {
    /// The update.
    pub update: &'a Update,
    /// Its text, sanitised (embeds not yet placed).
    pub body: Vec<SafeNode>,
    /// How.
    pub flags: Flags,
}

/// The class of a card's `<article>`: `lb-update` and what it is.
fn class(update: &Update, fresh: bool, targeted: bool) -> String {
    let mut class = String::from("lb-update");
    for (on, name) in [
        (update.key_event, " lb-key-event"),
        (update.revised, " lb-revised"),
        (fresh, " lb-fresh"),
        (targeted, " lb-target"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    class
}

/// When the update was edited, if the feed says so and it is worth saying; an edit the widget
/// saw arrive (`revised`) is marked "Updated" even without such a time.
fn edited(update: &Update) -> Option<Timestamp> {
    match (update.published, update.modified) {
        (Some(published), Some(modified)) if modified.0 - published.0 > EDIT_GRACE_MS => {
            Some(modified)
        }
        (None, Some(modified)) if update.revised => Some(modified),
        _ => None,
    }
}

/// Writes `card` to `out`.
pub fn write(out: &mut String, card: Card, times: &impl Times, strings: &Strings) {
    let Card {
        update,
        mut body,
        flags:
            Flags {
                anchor,
                fresh,
                targeted,
                copied,
            },
    } = card;
    let mut markup = Markup(out);
    let anchor_id = update.anchor();
    // The pinned copy's headline needs an id of its own: ids are unique in the shadow root.
    let heading_id = format!("{anchor_id}{}", if anchor { "-h" } else { "-pinned-h" });
    if anchor {
        markup.open("li", &[("class", "lb-item")]);
    }
    let class = class(update, fresh, targeted);
    let mut attributes = vec![("class", class.as_str())];
    if anchor {
        attributes.push(("id", &anchor_id));
    }
    if update.headline.is_some() {
        attributes.push(("aria-labelledby", &heading_id));
    }
    markup.open("article", &attributes);

    markup.open("p", &[("class", "lb-update-meta")]);
    if let Some(at) = update.published {
        // The clock time for the eye; the full date and time zone on hover and for screen
        // readers. Formatted once for both: `Intl` is slow.
        let full = times.full(at);
        let datetime = at.to_string();
        markup.open(
            "time",
            &[
                ("class", "lb-time"),
                ("datetime", &datetime),
                ("title", &full),
            ],
        );
        markup.element("span", &[("aria-hidden", "true")], &times.clock(at));
        markup.element("span", &[("class", "lb-visually-hidden")], &full);
        markup.close("time");
        markup.element("span", &[("class", "lb-ago")], &times.ago(at));
    }
    let edited = edited(update);
    if edited.is_some() || update.revised {
        markup.open("span", &[("class", "lb-edited")]);
        markup.text(strings.updated);
        if let Some(at) = edited {
            markup.text(" ");
            clock_time(&mut markup, at, times);
        }
        markup.close("span");
    }
    if update.key_event {
        markup.element("span", &[("class", "lb-badge")], strings.key_event);
    }
    // Copies the page's address with this anchor (the widget's one click listener,
    // `web::deep_link::link_click`); a real link for the browser's own menu.
    let href = format!("#{anchor_id}");
    let copy = if copied {
        strings.link_copied
    } else {
        strings.copy_link
    };
    markup.element("a", &[("class", "lb-copy"), ("href", &href)], copy);
    markup.close("p");

    if let Some(headline) = &update.headline {
        markup.element(
            "h3",
            &[
                ("class", "lb-headline"),
                ("id", &heading_id),
                ("dir", "auto"),
            ],
            headline,
        );
    }
    markup.open("div", &[("class", "lb-body"), ("dir", "auto")]);
    place(&mut body);
    for node in &body {
        markup.node(node, strings);
    }
    markup.close("div");
    pictures(&mut markup, update);
    if !update.attachments.is_empty() {
        markup.open("ul", &[("class", "lb-attachments")]);
        for attachment in &update.attachments {
            markup.open("li", &[]);
            markup.external_link(&attachment.url, &attachment.title);
            markup.close("li");
        }
        markup.close("ul");
    }
    if !update.authors.is_empty() {
        markup.open("p", &[("class", "lb-byline")]);
        markup.text(strings.by);
        markup.text(" ");
        // The names, each with what follows it (", ", " and ").
        let count = update.authors.len();
        for (index, author) in update.authors.iter().enumerate() {
            match &author.url {
                Some(url) => markup.external_link(url, &author.name),
                None => markup.element("span", &[], &author.name),
            }
            if let Some(text) = separator(index, count, strings.and) {
                markup.text(&text);
            }
        }
        markup.close("p");
    }
    markup.close("article");
    if anchor {
        markup.close("li");
    }
}

/// `<time>` showing when `at` was, its full date and zone in the tooltip (an update's edit).
fn clock_time(markup: &mut Markup, at: Timestamp, times: &impl Times) {
    let (datetime, full) = (at.to_string(), times.full(at));
    markup.element(
        "time",
        &[("datetime", &datetime), ("title", &full)],
        &times.clock(at),
    );
}

/// The main picture, then the others as a small gallery in feed order: lazily loaded, with alt
/// text, caption and credit, in room reserved before they load (their width and height when
/// the feed gives them, else a 3:2 box).
fn pictures(markup: &mut Markup, update: &Update) {
    let Some((main, others)) = update.images.split_first() else {
        return;
    };
    figure(markup, main);
    if !others.is_empty() {
        markup.open("div", &[("class", "lb-gallery")]);
        for image in others {
            figure(markup, image);
        }
        markup.close("div");
    }
}

fn figure(markup: &mut Markup, image: &Image) {
    markup.open("figure", &[("class", "lb-figure")]);
    let size = image
        .size
        .map(|(width, height)| (width.to_string(), height.to_string()));
    let mut attributes = vec![("src", image.url.as_str()), ("alt", &image.alt)];
    if let Some((width, height)) = &size {
        attributes.extend([("width", width.as_str()), ("height", height)]);
    }
    attributes.extend([("loading", "lazy"), ("decoding", "async")]);
    markup.open("img", &attributes);
    if image.caption.is_some() || image.credit.is_some() {
        markup.open("figcaption", &[("dir", "auto")]);
        if let Some(caption) = &image.caption {
            markup.text(caption);
            if image.credit.is_some() {
                markup.text(" ");
            }
        }
        if let Some(credit) = &image.credit {
            markup.element("span", &[("class", "lb-credit")], credit);
        }
        markup.close("figcaption");
    }
    markup.close("figure");
}

/// HTML text being written.
struct Markup<'a>(&'a mut String);

impl Markup<'_> {
    /// A start tag with its attributes, each value escaped.
    fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        let out = &mut *self.0;
        out.push('<');
        out.push_str(tag);
        for (name, value) in attributes {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape(out, value);
            out.push('"');
        }
        out.push('>');
    }

    fn close(&mut self, tag: &str) {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    /// Text, escaped.
    fn text(&mut self, text: &str) {
        escape(self.0, text);
    }

    /// An element holding only `text`.
    fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) {
        self.open(tag, attributes);
        self.text(text);
        self.close(tag);
    }

    /// `<a>` to `href` reading `text`, opened in a new tab without access to this page: an
    /// author's page, an attachment, the original of an embed.
    fn external_link(&mut self, href: &str, text: &str) {
        self.element(
            "a",
            &[("href", href), ("rel", LINK_REL), ("target", "_blank")],
            text,
        );
    }

    /// A sanitised node. Links open in a new tab without access to this page; pictures load
    /// lazily; a link standing alone became a click-to-load embed ([`place`]).
    fn node(&mut self, node: &SafeNode, strings: &Strings) {
        match node {
            SafeNode::Text(text) => self.text(text),
            SafeNode::Embed(embed) => self.embed(embed, strings),
            SafeNode::Element(element) => {
                let mut attributes: Vec<(&str, &str)> = element
                    .attributes
                    .iter()
                    .map(|(name, value)| (*name, value.as_str()))
                    .collect();
                match element.tag {
                    "a" => attributes.extend([("rel", LINK_REL), ("target", "_blank")]),
                    "img" => attributes.extend([("loading", "lazy"), ("decoding", "async")]),
                    _ => {}
                }
                self.open(element.tag, &attributes);
                // The kept elements without an end tag.
                if matches!(element.tag, "br" | "hr" | "img") {
                    return;
                }
                for child in &element.children {
                    self.node(child, strings);
                }
                self.close(element.tag);
            }
        }
    }

    /// A click-to-load embed: a placeholder that sends nothing to the provider until the
    /// reader presses its button (`web::embed_player` then puts the provider's player in its
    /// frame), and a link to the original. A link without a player (a Bluesky post named by
    /// handle) is only the link.
    fn embed(&mut self, embed: &Embed, strings: &Strings) {
        let name = embed.provider.name();
        let say = |template: &str| Strings::with_provider(template, name);
        let open = say(strings.embed_open);
        if embed.frame.is_none() {
            self.open("p", &[("class", "lb-embed lb-embed-link")]);
            self.external_link(&embed.url, &open);
            self.close("p");
            return;
        }
        let label = match embed.kind {
            Kind::Video => strings.embed_load_video,
            Kind::Audio => strings.embed_load_audio,
            Kind::Post => strings.embed_load_post,
        };
        self.open("figure", &[("class", embed.kind.class())]);
        self.open("div", &[("class", "lb-embed-frame")]);
        self.element(
            "p",
            &[("class", "lb-embed-privacy")],
            &say(strings.embed_privacy),
        );
        self.element(
            "button",
            &[("type", "button"), ("class", "lb-embed-load")],
            &say(label),
        );
        self.close("div");
        self.open("figcaption", &[]);
        self.external_link(&embed.url, &open);
        self.close("figcaption");
        self.close("figure");
    }
}

/// Appends `text` escaped for HTML text and double-quoted attribute values alike: `&`, `<`,
/// `>` and `"` as character references, so that no feed string can end an element or an
/// attribute, or start a tag or a reference of its own. A carriage return is written as a
/// reference too (the parser would make a line feed of it), and U+0000 is left out: markup
/// cannot carry it (the parser drops it from text, and makes U+FFFD of it in an attribute).
fn escape(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\r', '\0']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\r' => "&#13;",
            _ => "",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests;

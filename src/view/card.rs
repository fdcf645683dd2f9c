//! An update's card as markup ([`crate::core::card`]), its text sanitised and its times
//! formatted where the view runs: in the browser, which then puts the cards in the page itself
//! (`web::cards`), or natively, where a snapshot holds them as they are written.

use super::platform::{sanitize_html, TimeFormat};
use crate::core::card::{Card, Flags, Times};
use crate::core::sanitize::paragraphs;
use crate::core::strings::Strings;
use crate::core::{Age, Blog, Body, Timestamp, Update};
use std::rc::Rc;

/// Writes the card of `update` to `out`, its relative time counted from `now`.
pub fn write(
    out: &mut String,
    update: &Update,
    flags: Flags,
    time: &TimeFormat,
    strings: &Strings,
    base: &str,
    now: Timestamp,
) {
    let body = match &update.body {
        Body::Html(html) => sanitize_html(html, base),
        Body::Text(text) => paragraphs(text),
        Body::Empty => Vec::new(),
    };
    let card = Card {
        update,
        body,
        flags,
    };
    crate::core::card::write(out, card, &Clock { time, now }, strings);
}

/// The view's time formats, with the time it is now.
struct Clock<'a> {
    time: &'a TimeFormat,
    now: Timestamp,
}

impl Times for Clock<'_> {
    fn clock(&self, at: Timestamp) -> String {
        self.time.clock(at)
    }

    fn full(&self, at: Timestamp) -> String {
        self.time.full(at)
    }

    fn ago(&self, at: Timestamp) -> String {
        self.time.ago(Age::between(at, self.now))
    }
}

/// Where the root puts the cards for each render: set on the list of updates and on the
/// pinned slot.
#[derive(Clone, Default, PartialEq)]
pub struct Slots {
    /// The list of updates.
    pub list: yew::NodeRef,
    /// The pinned slot.
    pub pinned: yew::NodeRef,
}

/// An update to show as a card, and how.
#[derive(Clone)]
pub struct Wanted {
    /// The update.
    pub update: Rc<Update>,
    /// How.
    pub flags: Flags,
}

/// The cards `blog` shows: its list's, in order, and its pinned post's.
pub fn wanted(blog: &Blog) -> (Vec<Wanted>, Option<Wanted>) {
    let flags = |update: &Update, anchor: bool| Flags {
        anchor,
        // The pinned copy is never the one highlighted or sought.
        fresh: anchor && blog.is_fresh(&update.id),
        targeted: anchor && blog.targeted.as_deref() == Some(update.id.as_str()),
        copied: blog.copied.as_deref() == Some(update.id.as_str()),
    };
    let list = blog
        .visible_updates()
        .into_iter()
        .map(|update| Wanted {
            flags: flags(&update, true),
            update,
        })
        .collect();
    let pinned = blog.feed.pinned().map(|update| Wanted {
        flags: flags(update, false),
        update: Rc::clone(update),
    });
    (list, pinned)
}

/// The cards as a snapshot holds them: their markup, which Yew's server rendering writes as it
/// is. (In the browser the widget puts the cards in itself, `web::cards`.)
#[cfg(not(target_arch = "wasm32"))]
pub fn snapshot(cards: &[Wanted], time: &TimeFormat, strings: &Strings, base: &str) -> yew::Html {
    let now = super::platform::now();
    let mut markup = String::new();
    for card in cards {
        write(
            &mut markup,
            &card.update,
            card.flags,
            time,
            strings,
            base,
            now,
        );
    }
    yew::Html::from_html_unchecked(markup.into())
}

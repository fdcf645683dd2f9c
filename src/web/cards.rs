//! The updates' cards in the page: the list's and the pinned slot's, put in by the widget
//! itself rather than by Yew's virtual DOM.
//!
//! Yew renders the list (`<ol class="lb-updates">`) and the pinned slot empty; for each render of
//! the widget (`view::use_cards`), [`Cards::sync`] brings the cards in them up to date. The
//! cards to write (new updates, changed ones) are written as markup by [`crate::view::card`] and
//! parsed by the browser in one go; the new ones go in, each run of them in one insertion (the
//! 500 cards of a "Show more" too), and the others stay as they are ([`keyed::plan`]). Building a
//! card node by node from the wasm cost a call across the boundary, and a string copied out of
//! the wasm, for every element, attribute and text: most of a long blog's first render
//! (docs/benchmarks.md, session 11).
//!
//! Relative times ("5 minutes ago") are kept current from the page's clock ([`ticks`]): a card
//! whose age in words changed gets its new words, and nothing else is touched.

use super::clock::ticks;
use super::morph::morph;
use super::time::{now, TimeFormat};
use super::trusted_types::parse_inert;
use crate::core::card::Flags;
use crate::core::keyed::{self, Step};
use crate::core::strings::Strings;
use crate::core::{Age, Timestamp, Update};
use crate::view::card::{write, Wanted};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{Element, Node};

/// The cards of one widget: its list's and its pinned slot's.
#[derive(Default)]
pub struct Cards {
    list: Slot,
    pinned: Slot,
    /// What the cards were written with: other words, formats or base rewrite them all.
    written_with: Option<(Rc<TimeFormat>, &'static Strings, String)>,
    /// Listens to the page's clock while the widget lives (its call stops it).
    ticking: Option<Box<dyn FnOnce()>>,
}

impl Drop for Cards {
    fn drop(&mut self) {
        if let Some(stop) = self.ticking.take() {
            stop();
        }
    }
}

/// What one render of the widget shows in its cards, and what they are written with.
pub struct Render<'a> {
    /// The list, when rendered, and the updates it shows, in order.
    pub list: (Option<Element>, &'a [Wanted]),
    /// The pinned slot, when rendered, and its update (none or one).
    pub pinned: (Option<Element>, &'a [Wanted]),
    /// The widget's time formats.
    pub time: &'a Rc<TimeFormat>,
    /// The widget's words.
    pub strings: &'static Strings,
    /// The feed's URL, against which the updates' links resolve.
    pub base: &'a str,
}

impl Cards {
    /// Brings the cards of `cards` up to date with `render`: called for every render of the
    /// widget.
    pub fn sync(cards: &Rc<RefCell<Cards>>, render: Render) {
        let Render {
            list,
            pinned,
            time,
            strings,
            base,
        } = render;
        let mut this = cards.borrow_mut();
        let rewrite = this.written_with.as_ref().is_none_or(|(was, words, at)| {
            !(Rc::ptr_eq(was, time) && std::ptr::eq(*words, strings) && at == base)
        });
        if rewrite {
            this.written_with = Some((Rc::clone(time), strings, base.to_owned()));
        }
        let now = now();
        let writer = Writer {
            write: &|markup: &mut String, wanted: &Wanted| {
                write(
                    markup,
                    &wanted.update,
                    wanted.flags,
                    time,
                    strings,
                    base,
                    now,
                );
            },
            now,
            strings,
            rewrite,
        };
        this.list.sync(list.0, None, list.1, &writer);
        // The pinned card stands between the slot's label and its "Read more".
        let pinned_end = pinned
            .0
            .as_ref()
            .and_then(|slot| slot.query_selector(":scope > .lb-unfold").ok().flatten());
        this.pinned.sync(pinned.0, pinned_end, pinned.1, &writer);
        if this.ticking.is_none() {
            let cards = Rc::downgrade(cards);
            this.ticking = Some(Box::new(ticks(move |now| {
                if let Some(cards) = cards.upgrade() {
                    cards.borrow_mut().tick(now);
                }
            })));
        }
    }

    /// A tick of the page's clock: each relative time whose words changed is written again.
    fn tick(&mut self, now: Timestamp) {
        let Some((time, ..)) = &self.written_with else {
            return;
        };
        for shown in self.list.shown.iter_mut().chain(&mut self.pinned.shown) {
            let Some(at) = shown.update.published else {
                continue;
            };
            let age = Age::between(at, now);
            if shown.age != Some(age) {
                shown.age = Some(age);
                if shown.ago.is_none() {
                    shown.ago = shown.node.query_selector(".lb-ago").ok().flatten();
                }
                if let Some(ago) = &shown.ago {
                    ago.set_text_content(Some(&time.ago(age)));
                }
            }
        }
    }
}

/// How a render's cards are written.
struct Writer<'a> {
    /// Writes a card's markup.
    write: &'a dyn Fn(&mut String, &Wanted),
    /// The time it is written at, for relative times.
    now: Timestamp,
    /// The words it is written in.
    strings: &'static Strings,
    /// Every card is written again (other words, formats or base).
    rewrite: bool,
}

/// The cards in one place: the list, or the pinned slot.
#[derive(Default)]
struct Slot {
    /// Where they are.
    container: Option<Element>,
    /// The cards, in the order they stand.
    shown: Vec<Shown>,
}

/// A card on screen.
struct Shown {
    /// What it shows.
    update: Rc<Update>,
    /// Its element: the `<li>` in the list, the `<article>` in the pinned slot.
    node: Element,
    /// Marked as sought.
    targeted: bool,
    /// Reads "Link copied".
    copied: bool,
    /// The age its relative time says.
    age: Option<Age>,
    /// Its relative time's element, once a tick changed it.
    ago: Option<Element>,
}

impl Slot {
    /// Brings the cards in `container` (before `end`, else at its end) up to date with
    /// `wanted`.
    fn sync(
        &mut self,
        container: Option<Element>,
        end: Option<Element>,
        wanted: &[Wanted],
        writer: &Writer,
    ) {
        let Some(container) = container else {
            // Not rendered (loading, or no pinned post): its cards went with it.
            self.container = None;
            self.shown.clear();
            return;
        };
        let mut snapshot = Vec::new();
        if writer.rewrite || self.container.as_ref() != Some(&container) {
            if self.container.as_ref() == Some(&container) {
                for shown in &self.shown {
                    shown.node.remove();
                }
            } else {
                snapshot = snapshot_cards(&container);
            }
            self.shown.clear();
            self.container = Some(container.clone());
        }
        // The same updates, in the same order and marked alike (the check after a render that
        // already put its cards in): nothing to ask the page, nothing to match.
        let unchanged = self.shown.len() == wanted.len()
            && self.shown.iter().zip(wanted).all(|(shown, wanted)| {
                Rc::ptr_eq(&shown.update, &wanted.update)
                    && (shown.targeted, shown.copied)
                        == (wanted.flags.targeted, wanted.flags.copied)
            });
        if unchanged {
            return;
        }
        let shown: Vec<Rc<Update>> = self
            .shown
            .iter()
            .map(|shown| shown.update.clone())
            .collect();
        let updates: Vec<Rc<Update>> = wanted.iter().map(|wanted| wanted.update.clone()).collect();
        let plan = keyed::plan(&shown, &updates);
        for at in plan.dropped(self.shown.len()) {
            self.shown[at].node.remove();
        }
        // Every card to write, parsed in one go.
        let mut markup = String::new();
        for (wanted, step) in wanted.iter().zip(&plan.steps) {
            if !matches!(step, Step::Keep(_)) {
                (writer.write)(&mut markup, wanted);
            }
        }
        let mut written = parsed(&markup).into_iter();
        let mut snapshot = snapshot.into_iter();
        let mut old: Vec<Option<Shown>> = self.shown.drain(..).map(Some).collect();
        let mut cards = Vec::with_capacity(wanted.len());
        for (wanted, step) in wanted.iter().zip(plan.steps) {
            let (shown, placed) = match step {
                Step::Keep(at) | Step::Rewrite(at) => {
                    (old.get_mut(at).and_then(Option::take), true)
                }
                Step::Write => (None, false),
            };
            let mut shown = match (shown, step) {
                (Some(mut shown), Step::Keep(_)) => {
                    shown.mark(wanted, writer.strings);
                    cards.push((shown, placed));
                    continue;
                }
                (None, Step::Keep(_)) => continue,
                (shown, _) => {
                    // A card the browser could not parse (a page whose policy refuses the
                    // widget's markup) stays as it was, or is left out.
                    let Some(node) = written.next() else {
                        cards.extend(shown.map(|shown| (shown, placed)));
                        continue;
                    };
                    // An edited card, or a snapshot's, stays in the page, made what the widget
                    // wrote.
                    match shown.map(|shown| shown.node).or_else(|| snapshot.next()) {
                        Some(kept) => {
                            morph(&kept, &node);
                            Shown::new(kept, wanted)
                        }
                        None => Shown::new(node, wanted),
                    }
                }
            };
            shown.age = wanted
                .update
                .published
                .map(|at| Age::between(at, writer.now));
            shown.ago = None;
            shown.update = Rc::clone(&wanted.update);
            cards.push((shown, placed));
        }
        // Only the new cards go in, unless the others moved: each run of them gathered in a
        // fragment, then put in at once, before the first card after it that stays.
        if let Some(document) = container.owner_document() {
            let run = document.create_document_fragment();
            let mut gathered = false;
            for (shown, placed) in &cards {
                if !placed || !plan.in_order {
                    let _ = run.append_child(&shown.node);
                    gathered = true;
                } else if std::mem::take(&mut gathered) {
                    let _ = container.insert_before(&run, Some(&shown.node));
                }
            }
            if gathered {
                let _ = container.insert_before(&run, end.map(Node::from).as_ref());
            }
        }
        self.shown = cards.into_iter().map(|(shown, _)| shown).collect();
    }
}

impl Shown {
    /// The card `node` shows `wanted` (its age and update set by the caller).
    fn new(node: Element, wanted: &Wanted) -> Self {
        Shown {
            update: Rc::clone(&wanted.update),
            node,
            targeted: wanted.flags.targeted,
            copied: wanted.flags.copied,
            age: None,
            ago: None,
        }
    }

    /// Marks a kept card as sought or copied as `wanted` says, in place: the reader's focus
    /// (on its "Copy link", say) stays where it is.
    fn mark(&mut self, wanted: &Wanted, strings: &Strings) {
        let Flags {
            anchor,
            targeted,
            copied,
            ..
        } = wanted.flags;
        // Most renders change neither: nothing to ask the page then.
        if (self.targeted, self.copied) == (targeted, copied) {
            return;
        }
        let article = if anchor {
            self.node.first_element_child()
        } else {
            Some(self.node.clone())
        };
        let Some(article) = article else {
            return;
        };
        if self.targeted != targeted {
            self.targeted = targeted;
            let _ = article
                .class_list()
                .toggle_with_force("lb-target", targeted);
        }
        if self.copied != copied {
            self.copied = copied;
            if let Ok(Some(link)) = article.query_selector(".lb-copy") {
                link.set_text_content(Some(if copied {
                    strings.link_copied
                } else {
                    strings.copy_link
                }));
            }
        }
    }
}

/// The elements of `markup`, parsed inert, in order.
fn parsed(markup: &str) -> Vec<Element> {
    if markup.is_empty() {
        return Vec::new();
    }
    let Some(body) = parse_inert(markup) else {
        return Vec::new();
    };
    let children = body.children();
    (0..children.length())
        .filter_map(|index| children.item(index))
        .collect()
}

/// The cards of a snapshot in `container`, which the hydrating build lifted out before Yew took
/// the snapshot over (`web::hydrate`); none in the default build.
#[cfg(not(feature = "hydration"))]
fn snapshot_cards(_container: &Element) -> Vec<Element> {
    Vec::new()
}

#[cfg(feature = "hydration")]
use super::hydrate::snapshot_cards;

//! One update: its time, headline, text (with embeds), pictures, authors and attachments.

use super::ago::Ago;
use super::body;
use super::clock_time::clock_time;
use super::external_link::external_link;
use super::platform::sanitize_html;
use super::platform::TimeFormat;
use crate::core::sanitize::paragraphs;
use crate::core::strings::{separator, Strings};
use crate::core::{Body, Update};
use std::rc::Rc;
use yew::{function_component, html, AttrValue, Html, Properties};

/// An edit later than this after publication shows an "Updated" time.
const EDIT_GRACE_MS: i64 = 60_000;

/// Props of [`UpdateCard`].
#[derive(Properties)]
pub struct UpdateCardProps {
    /// The update; unchanged updates keep their allocation, so comparing is cheap.
    pub update: Rc<Update>,
    /// The widget's time formatters.
    pub time: Rc<TimeFormat>,
    /// The widget's words.
    pub strings: &'static Strings,
    /// The feed's URL, against which the update's relative links resolve.
    pub base: AttrValue,
    /// Whether the card is the update's entry in the list: an `<li>` around it, and the update's
    /// anchor id on it (the copy in the pinned slot has neither).
    pub anchor: bool,
    /// Whether it arrives highlighted: read when the card is first rendered (a new update
    /// is a new card), and not compared, so that the next poll does not render the card again
    /// only to take the class off. The highlight is a one-time animation (none under reduced
    /// motion): a class left on after it played shows nothing.
    #[prop_or_default]
    pub fresh: bool,
    /// Whether a deep link or a key-events link asked for it (highlighted).
    #[prop_or_default]
    pub targeted: bool,
    /// Whether its link was just copied.
    #[prop_or_default]
    pub copied: bool,
}

/// Compared on every render of the list, once per shown update: the shared values are compared
/// by pointer first (they are the same allocations from one render to the next). The words only
/// by pointer: `web::language` keeps one table per language and overrides for the page's life,
/// so two renders with the same words pass the same table (equal words elsewhere would only cost
/// a render), and comparing the tables field by field costs about 0.2 KB of the bundle. `fresh`
/// is left out (see the field).
impl PartialEq for UpdateCardProps {
    fn eq(&self, other: &Self) -> bool {
        self.update == other.update
            && (Rc::ptr_eq(&self.time, &other.time) || self.time == other.time)
            && std::ptr::eq(self.strings, other.strings)
            && self.base == other.base
            && self.anchor == other.anchor
            && self.targeted == other.targeted
            && self.copied == other.copied
    }
}

/// Renders one update. A component (not a plain function) so that Yew skips it when its update
/// did not change.
#[function_component]
pub fn UpdateCard(props: &UpdateCardProps) -> Html {
    let UpdateCardProps {
        update,
        time,
        strings,
        base,
        anchor,
        fresh,
        targeted,
        copied,
    } = props;
    let nodes = match &update.body {
        Body::Html(html) => sanitize_html(html, base),
        Body::Text(text) => paragraphs(text),
        Body::Empty => Vec::new(),
    };
    let anchor_id = update.anchor();
    // The pinned copy's headline needs an id of its own: ids are unique in the shadow root.
    let heading_id = format!("{anchor_id}{}", if *anchor { "-h" } else { "-pinned-h" });
    // When it was edited, if the feed says so and it is worth saying; an edit the widget saw
    // arrive (`revised`) is marked "Updated" even without such a time.
    let edited = match (update.published, update.modified) {
        (Some(published), Some(modified)) if modified.0 - published.0 > EDIT_GRACE_MS => {
            Some(modified)
        }
        (None, Some(modified)) if update.revised => Some(modified),
        _ => None,
    };
    // Formatted once for the tooltip and for screen readers: `Intl` is slow.
    let published = update
        .published
        .map(|at| (at, AttrValue::from(time.full(at))));
    // One string built in a loop: `classes!` expands to code of its own for every name it
    // may add, at each place it is used.
    let mut class = String::from("lb-update");
    for (on, name) in [
        (update.key_event, " lb-key-event"),
        (update.revised, " lb-revised"),
        (*fresh, " lb-fresh"),
        (*targeted, " lb-target"),
    ] {
        if on {
            class.push_str(name);
        }
    }
    // The names, each with what follows it (", ", " and "), pushed in one loop: iterator
    // adapters would each compile their own copy.
    let count = update.authors.len();
    let mut byline = Vec::with_capacity(2 * count);
    for (index, author) in update.authors.iter().enumerate() {
        byline.push(match &author.url {
            Some(url) => external_link(url.clone(), author.name.clone()),
            None => html! { <span>{ author.name.clone() }</span> },
        });
        if let Some(text) = separator(index, count, strings.and) {
            byline.push(html! { { text } });
        }
    }
    let card = html! {
        <article class={class} id={anchor.then(|| anchor_id.clone())}
                 aria-labelledby={update.headline.is_some().then(|| heading_id.clone())}>
            <p class="lb-update-meta">
                if let Some((at, full)) = published {
                    // The clock time for the eye; the full date and time zone on hover and for
                    // screen readers.
                    <time class="lb-time" datetime={at.to_string()} title={full.clone()}>
                        <span aria-hidden="true">{ time.clock(at) }</span>
                        <span class="lb-visually-hidden">{ full }</span>
                    </time>
                    <Ago {at} time={Rc::clone(time)} />
                }
                if edited.is_some() || update.revised {
                    <span class="lb-edited">
                        { strings.updated }
                        if let Some(at) = edited {
                            { " " }{ clock_time(at, time) }
                        }
                    </span>
                }
                if update.key_event {
                    <span class="lb-badge">{ strings.key_event }</span>
                }
                // Copies the page's address with this anchor (the widget's one click listener,
                // `web::deep_link::link_click`); a real link for the browser's own menu.
                <a class="lb-copy" href={format!("#{anchor_id}")}>
                    { if *copied { strings.link_copied } else { strings.copy_link } }
                </a>
            </p>
            if let Some(headline) = &update.headline {
                <h3 class="lb-headline" id={heading_id} dir="auto">{ headline.clone() }</h3>
            }
            <div class="lb-body" dir="auto">{ body::render(nodes, strings) }</div>
            { super::picture::pictures(&update.images) }
            if !update.attachments.is_empty() {
                <ul class="lb-attachments">
                    { for update.attachments.iter().map(|attachment| html! {
                        <li>{ external_link(attachment.url.clone(), attachment.title.clone()) }</li>
                    }) }
                </ul>
            }
            if !byline.is_empty() {
                <p class="lb-byline">
                    { strings.by }{ " " }{ byline }
                </p>
            }
        </article>
    };
    if *anchor {
        html! { <li class="lb-item">{ card }</li> }
    } else {
        card
    }
}

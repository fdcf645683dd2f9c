//! What a blog looks like: loading, failed, empty, or its header, key points, pinned post and
//! updates. No state and no fetching: [`super::LiveBlog`] owns those.

use super::card::Slots;
use super::header::header;
use super::key_events::key_events;
use super::key_points::key_points;
use super::pinned_post::PinnedPost;
use super::platform::plural;
use super::platform::TimeFormat;
use super::update_list::update_list;
use crate::core::strings::{is_right_to_left, Strings, ENGLISH};
use crate::core::{Blog, Theme};
use std::rc::Rc;
use yew::{html, AttrValue, Callback, Html, MouseEvent, NodeRef, Properties};

/// What [`blog_view`] renders, and the callbacks it hands the reader's actions to.
#[derive(Properties, PartialEq)]
pub struct BlogViewProps {
    /// What to show.
    pub blog: Blog,
    /// The feed's absolute URL, against which relative links in updates resolve.
    pub feed_url: AttrValue,
    /// The locale, a BCP 47 tag: dates, plurals, and the `lang` and `dir` of the widget.
    #[prop_or(AttrValue::Static("en"))]
    pub locale: AttrValue,
    /// The widget's words in that locale; `None` while they load (the widget shows its
    /// loading state meanwhile, rather than English for a moment).
    #[prop_or(Some(&ENGLISH))]
    pub strings: Option<&'static Strings>,
    /// The colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// The reader pressed "Show more".
    #[prop_or_default]
    pub on_show_more: Callback<()>,
    /// The reader pressed "N new updates".
    #[prop_or_default]
    pub on_reveal: Callback<()>,
    /// A click anywhere in the widget (the owner handles the links to updates).
    #[prop_or_default]
    pub on_click: Callback<MouseEvent>,
    /// The reader switched "key events only".
    #[prop_or_default]
    pub on_key_events_only: Callback<bool>,
    /// Set on an empty element at the very top of the widget, which the owner watches to know
    /// whether the reader is at the top.
    #[prop_or_default]
    pub top_marker: NodeRef,
}

/// Renders a blog's state, its dates with `time` (which the root component keeps for the
/// locale: [`use_time_format`](super::use_time_format)).
///
/// A plain function, not a component: it renders whenever its root does, and the root renders
/// only when what it passes in changed (a poll, a click, the language's words).
///
/// The cards are not rendered here: the root puts them in the `slots` for each render
/// (`use_cards`, in the browser); a snapshot writes them in.
pub fn blog_view(props: &BlogViewProps, time: &Rc<TimeFormat>, slots: &Slots) -> Html {
    let BlogViewProps { blog, locale, .. } = props;
    let feed = &blog.feed;
    let loaded = blog.loaded && props.strings.is_some();
    let strings = props.strings.unwrap_or(&ENGLISH);
    let count = |count: usize| strings.new_updates(count, &plural(locale, count));
    let on_show_more = props.on_show_more.reform(|_| ());
    let on_reveal = props.on_reveal.reform(|_| ());
    let held = blog.held_count();
    // The cards: a snapshot writes them in; in the browser the root puts them in after
    // rendering.
    #[cfg(not(target_arch = "wasm32"))]
    let (cards, pinned_card) = {
        let (list, pinned) = super::card::wanted(blog);
        let write = |cards: &[super::card::Wanted]| {
            super::card::snapshot(cards, time, strings, &props.feed_url)
        };
        (write(&list), write(pinned.as_slice()))
    };
    #[cfg(target_arch = "wasm32")]
    let (cards, pinned_card) = (Html::default(), Html::default());
    let label = if feed.title.is_empty() {
        strings.live_blog.to_owned()
    } else {
        format!("{}: {}", feed.title, strings.live_blog)
    };

    html! {
        <section class="lb" aria-label={label} lang={locale.clone()} data-theme={props.theme.as_str()}
                 dir={if is_right_to_left(locale) { "rtl" } else { "ltr" }}
                 aria-busy={(!loaded).then_some("true")} onclick={props.on_click.clone()}>
            <div class="lb-top" ref={props.top_marker.clone()}></div>
            // Present from the start, so that screen readers announce what is put in it later.
            <div class="lb-visually-hidden" aria-live="polite" aria-atomic="true">
                if blog.announcements > 0 {
                    <p key={blog.announcements}>{ count(blog.announced) }</p>
                }
                if blog.copied.is_some() {
                    <p>{ strings.link_copied }</p>
                }
            </div>
            if !loaded {
                if blog.error.is_some() && !blog.loaded {
                    <p class="lb-error" role="status">{ strings.failed_first }</p>
                } else {
                    <div class="lb-skeleton" role="status">
                        <span class="lb-visually-hidden">{ strings.loading }</span>
                        <span class="lb-bone lb-bone-title"></span>
                        <span class="lb-bone"></span>
                        <span class="lb-bone"></span>
                        <span class="lb-bone lb-bone-short"></span>
                    </div>
                }
            } else {
                { header(feed, time, strings) }
                if blog.error.is_some() {
                    <p class="lb-error" role="status">{ strings.failed_refresh }</p>
                }
                if held > 0 {
                    <div class="lb-new-bar">
                        <button type="button" class="lb-new" onclick={on_reveal}>
                            <span aria-hidden="true">{ "↑ " }</span>{ count(held) }
                        </button>
                    </div>
                }
                { key_points(feed, strings) }
                { key_events(blog, time, strings, props.on_key_events_only.reform({
                    let only = blog.key_events_only;
                    move |_| !only
                })) }
                if let Some(pinned) = feed.pinned() {
                    <PinnedPost update={Rc::clone(pinned)} {strings} slot={slots.pinned.clone()}
                                card={pinned_card} />
                }
                if feed.updates.is_empty() {
                    <p class="lb-empty">{ strings.empty }</p>
                } else {
                    { update_list(strings, &slots.list, cards) }
                }
                if blog.older_failed() {
                    <p class="lb-error" role="status">{ strings.older_failed }</p>
                }
                if blog.can_show_more() {
                    <button type="button" class="lb-more" onclick={on_show_more}
                            aria-busy={blog.older_request().is_some().then_some("true")}>
                        { strings.show_more }
                    </button>
                }
            }
        </section>
    }
}

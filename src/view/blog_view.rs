//! What a blog looks like: loading, failed, empty, or its header, key points, pinned post and
//! updates. No state and no fetching: [`super::LiveBlog`] owns those.

use super::header::header;
use super::key_points::key_points;
use super::pinned_post::pinned_post;
use super::update_list::update_list;
use crate::core::strings::{Strings, ENGLISH};
use crate::core::{Blog, Theme};
use crate::web::address::page_language;
use crate::web::time::TimeFormat;
use yew::{function_component, html, use_memo, AttrValue, Callback, Html, NodeRef, Properties};

/// Props of [`BlogView`].
#[derive(Properties, PartialEq)]
pub struct BlogViewProps {
    /// What to show.
    pub blog: Blog,
    /// The feed's absolute URL, against which relative links in updates resolve.
    pub feed_url: AttrValue,
    /// The embed's locale option, if set.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// The colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// The reader pressed "Show more".
    #[prop_or_default]
    pub on_show_more: Callback<()>,
    /// The reader pressed "N new updates".
    #[prop_or_default]
    pub on_reveal: Callback<()>,
    /// Set on an empty element at the very top of the widget, which the owner watches to know
    /// whether the reader is at the top.
    #[prop_or_default]
    pub top_marker: NodeRef,
}

/// Renders a blog's state.
#[function_component]
pub fn BlogView(props: &BlogViewProps) -> Html {
    let strings: &'static Strings = &ENGLISH;
    let BlogViewProps { blog, feed_url, .. } = props;
    let feed = &blog.feed;
    let locale = use_memo(
        (props.locale.clone(), feed.language.clone()),
        |(locale, language)| {
            locale
                .as_ref()
                .map(|locale| locale.to_string())
                .or_else(|| language.clone())
                .or_else(page_language)
                .unwrap_or_else(|| "en".to_owned())
        },
    );
    let time = use_memo((*locale).clone(), |locale| TimeFormat::new(locale));
    let on_show_more = props.on_show_more.reform(|_| ());
    let on_reveal = props.on_reveal.reform(|_| ());
    let held = blog.held_count();
    let label = if feed.title.is_empty() {
        strings.live_blog.to_owned()
    } else {
        format!("{}: {}", feed.title, strings.live_blog)
    };

    html! {
        <section class="lb" aria-label={label} lang={(*locale).clone()} data-theme={props.theme.as_str()}
                 aria-busy={(!blog.loaded).then_some("true")}>
            <div class="lb-top" ref={props.top_marker.clone()}></div>
            // Present from the start, so that screen readers announce what is put in it later.
            <div class="lb-visually-hidden" aria-live="polite" aria-atomic="true">
                if blog.announcements > 0 {
                    <p key={blog.announcements}>{ strings.new_updates(blog.announced) }</p>
                }
            </div>
            if !blog.loaded {
                if blog.error.is_some() {
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
                { header(feed, &time, strings) }
                if blog.error.is_some() {
                    <p class="lb-error" role="status">{ strings.failed_refresh }</p>
                }
                if held > 0 {
                    <div class="lb-new-bar">
                        <button type="button" class="lb-new" onclick={on_reveal}>
                            <span aria-hidden="true">{ "↑ " }</span>{ strings.new_updates(held) }
                        </button>
                    </div>
                }
                { key_points(feed, strings) }
                if let Some(pinned) = feed.pinned() {
                    { pinned_post(pinned, &time, strings, feed_url) }
                }
                if feed.updates.is_empty() {
                    <p class="lb-empty">{ strings.empty }</p>
                } else {
                    { update_list(blog, &time, strings, feed_url) }
                }
                if blog.hidden_count() > 0 {
                    <button type="button" class="lb-more" onclick={on_show_more}>{ strings.show_more }</button>
                }
            }
        </section>
    }
}

//! The whole widget: the one component that owns state, and the one other Yew apps embed.

use super::header::header;
use super::key_points::key_points;
use super::pinned_post::pinned_post;
use super::state::{Action, BlogState};
use super::update_list::update_list;
use crate::core::options::DEFAULT_PAGE_SIZE;
use crate::core::strings::{Strings, ENGLISH};
use crate::core::{Blog, FeedError, MergeReport, PollSchedule, Theme};
use crate::web::address::{page_base, page_language, resolve};
use crate::web::poller::Poller;
use crate::web::time::TimeFormat;
use yew::{
    function_component, html, use_effect_with, use_memo, use_reducer, AttrValue, Callback, Html,
    Properties,
};

/// Props of [`LiveBlog`]; the same options the script tag takes (see the README's table).
///
/// ```ignore
/// html! { <LiveBlog feed="https://news.example/live/feed.json" page_size={10} /> }
/// ```
#[derive(Properties, PartialEq)]
pub struct LiveBlogProps {
    /// The feed's URL, absolute or relative to the page.
    pub feed: AttrValue,
    /// Seconds between polls; the feed's hint, else 15, when `None`. Never below 5.
    #[prop_or_default]
    pub poll_interval: Option<u32>,
    /// The locale; the feed's `language`, else the page's `<html lang>`, else `en`, when `None`.
    #[prop_or_default]
    pub locale: Option<AttrValue>,
    /// The colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// Updates shown before "Show more".
    #[prop_or(DEFAULT_PAGE_SIZE)]
    pub page_size: usize,
    /// Called after each poll that added, edited or deleted updates (the first load included).
    #[prop_or_default]
    pub on_update: Callback<MergeReport>,
    /// Called after each failed poll.
    #[prop_or_default]
    pub on_error: Callback<FeedError>,
}

/// The live blog: polls its feed and renders the title, state, key points, pinned post and
/// updates, newest first.
#[function_component]
pub fn LiveBlog(props: &LiveBlogProps) -> Html {
    let strings: &'static Strings = &ENGLISH;
    let blog = use_reducer(|| BlogState(Blog::new(props.page_size)));
    let feed_url = use_memo(props.feed.clone(), |feed| {
        AttrValue::from(resolve(feed, &page_base()).unwrap_or_else(|| feed.to_string()))
    });

    {
        let dispatcher = blog.dispatcher();
        use_effect_with(
            ((*feed_url).clone(), props.poll_interval),
            move |(url, interval)| {
                let poller = Poller::start(
                    url.to_string(),
                    PollSchedule::new(*interval),
                    move |outcome| {
                        dispatcher.dispatch(Action::Polled(outcome));
                    },
                );
                move || drop(poller)
            },
        );
    }
    {
        let (on_update, report) = (props.on_update.clone(), blog.0.last_merge);
        use_effect_with(blog.0.revision, move |_| {
            if !report.is_empty() {
                on_update.emit(report);
            }
        });
    }
    {
        let (on_error, error) = (props.on_error.clone(), blog.0.error.clone());
        use_effect_with(blog.0.failures, move |_| {
            if let Some(error) = error {
                on_error.emit(error);
            }
        });
    }

    let Blog {
        feed,
        loaded,
        error,
        ..
    } = &blog.0;
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
    let show_more = blog.dispatcher();
    let show_more = Callback::from(move |_| show_more.dispatch(Action::ShowMore));
    let label = if feed.title.is_empty() {
        strings.live_blog.to_owned()
    } else {
        format!("{}: {}", feed.title, strings.live_blog)
    };

    html! {
        <section class="lb" aria-label={label} lang={(*locale).clone()} data-theme={props.theme.as_str()}
                 aria-busy={(!*loaded).then_some("true")}>
            if !*loaded {
                if error.is_some() {
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
                if error.is_some() {
                    <p class="lb-error" role="status">{ strings.failed_refresh }</p>
                }
                { key_points(feed, strings) }
                if let Some(pinned) = feed.pinned() {
                    { pinned_post(pinned, &time, strings, &feed_url) }
                }
                if feed.updates.is_empty() {
                    <p class="lb-empty">{ strings.empty }</p>
                } else {
                    { update_list(blog.0.visible_updates(), &time, strings, &feed_url) }
                }
                if blog.0.hidden_count() > 0 {
                    <button type="button" class="lb-more" onclick={show_more}>{ strings.show_more }</button>
                }
            }
        </section>
    }
}

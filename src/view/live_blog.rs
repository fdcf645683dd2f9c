//! The whole widget: the one component that owns state, and the one other Yew apps embed.

use super::blog_view::BlogViewProps;
use super::state::Action;
use crate::core::options::DEFAULT_PAGE_SIZE;
use crate::core::{Blog, Feed, FeedError, MergeReport, PollSchedule, Theme};
use crate::web::address::{page_base, resolve};
use crate::web::deep_link::{
    copy, found, found_elsewhere, link_click, link_to, requested_anchor, show_in_address,
    AnchorWatch, LinkClick,
};
use crate::web::embed_player::load as load_player;
use crate::web::fetch::{fetch_body, parse_feed};
use crate::web::language;
use crate::web::poller::Poller;
use crate::web::viewport::TopWatch;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, HtmlElement};
use yew::{
    function_component, use_effect, use_effect_with, use_force_update, use_memo, use_mut_ref,
    use_node_ref, use_reducer, AttrValue, Callback, Html, MouseEvent, NodeRef, Properties,
};

/// How long "Copy link" reads "Link copied".
const COPIED_MS: u32 = 2_500;

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
    /// The publisher's replacements for the widget's words: a JSON object by key.
    #[prop_or_default]
    pub strings: Option<AttrValue>,
    /// The URL of the folder with the language files (`i18n/` of dist/, ending in `/`); without
    /// it the widget speaks English (and `strings`).
    #[prop_or_default]
    pub translations: Option<AttrValue>,
    /// The colour scheme.
    #[prop_or_default]
    pub theme: Theme,
    /// Updates shown before "Show more".
    #[prop_or(DEFAULT_PAGE_SIZE)]
    pub page_size: usize,
    /// The blog to show before the first poll (the page's own JSON-LD, say); the first poll
    /// then merges into it, so updates with the same ids are not shown twice.
    #[prop_or_default]
    pub initial: Option<Rc<Feed>>,
    /// Called after each poll that added, edited or deleted updates (the first load included).
    #[prop_or_default]
    pub on_update: Callback<MergeReport>,
    /// Called after each failed poll.
    #[prop_or_default]
    pub on_error: Callback<FeedError>,
}

/// The live blog: polls its feed, merges each poll into its state, and renders it with
/// [`blog_view`](super::blog_view). Unmounting it stops polling.
#[function_component]
pub fn LiveBlog(props: &LiveBlogProps) -> Html {
    let blog = use_reducer(|| {
        let mut blog = Blog::new(props.page_size);
        if let Some(initial) = &props.initial {
            blog.show_snapshot(Feed::clone(initial));
        }
        blog
    });
    let feed_url = use_memo(props.feed.clone(), |feed| {
        AttrValue::from(resolve(feed, &page_base()).unwrap_or_else(|| feed.to_string()))
    });

    // What the widget runs as long as it shows a feed: the poller, and the watches of `#lb-…` in
    // the page's address (when the widget starts, and every later one) and of whether the reader
    // is at the top. One effect rather than two (each hook costs bundle size, docs/size.md): a
    // new feed URL or interval, which only an app embedding `LiveBlog` can give, restarts the
    // watches with the poller, and seeks the address's update again. Relative times keep
    // themselves current (`web::clock`).
    let top_marker = use_node_ref();
    {
        let (marker, dispatcher) = (top_marker.clone(), blog.dispatcher());
        use_effect_with(
            ((*feed_url).clone(), props.poll_interval),
            move |(url, interval)| {
                let schedule = PollSchedule::new(*interval);
                let polled = dispatcher.clone();
                let poller = Poller::start(url.to_string(), schedule, move |outcome| {
                    polled.dispatch(Action::Polled(outcome));
                });
                if let Some(anchor) = requested_anchor() {
                    dispatcher.dispatch(Action::Seek(anchor));
                }
                let seek = dispatcher.clone();
                let anchors = AnchorWatch::start(move |anchor| seek.dispatch(Action::Seek(anchor)));
                let top = marker.cast::<web_sys::Element>().and_then(|marker| {
                    TopWatch::start(&marker, move |at_top| {
                        dispatcher.dispatch(Action::ReaderAtTop(at_top))
                    })
                });
                move || drop((poller, anchors, top))
            },
        );
    }
    // The language: the embed's, else the feed's, else the page's. Its words are fetched once
    // (and shared by every widget in that language); until they arrive the widget shows its
    // loading state, not English.
    let locale = use_memo(
        (props.locale.clone(), blog.feed.language.clone()),
        |(locale, language)| {
            AttrValue::from(language::chosen(locale.as_deref(), language.as_deref()))
        },
    );
    // Loaded words are kept by `language` (per page, for every widget in that language): once
    // they are in, a render finds them there. The effect below loads them.
    let strings = language::ready(&locale, props.strings.as_deref());
    let time = super::use_time_format(&locale);
    let rerender = use_force_update();

    // Older pages, when the reader asks for more than is loaded (or a deep link needs them):
    // not for a deep link to an update that another widget on the page shows.
    {
        let dispatcher = blog.dispatcher();
        let request = blog.older_request().map(str::to_owned);
        let elsewhere = blog.seeking().is_some_and(found_elsewhere);
        use_effect_with(request, move |request| {
            let request = if elsewhere {
                dispatcher.dispatch(Action::SoughtElsewhere);
                None
            } else {
                request.clone()
            };
            let abort = request.as_ref().and_then(|_| AbortController::new().ok());
            if let Some(url) = request {
                let signal = abort.as_ref().map(AbortController::signal);
                wasm_bindgen_futures::spawn_local(async move {
                    let outcome = match fetch_body(&url, signal.as_ref()).await {
                        Ok(text) => parse_feed(&text, &url),
                        Err(error) => Err(error),
                    };
                    dispatcher.dispatch(Action::OlderPage(url, outcome));
                });
            }
            move || {
                if let Some(abort) = abort {
                    abort.abort();
                }
            }
        });
    }
    // The cards, put in for every render, before the effect below looks for them (a hook's
    // effects run in the order the hooks are called).
    let slots = super::use_cards(&blog, &time, strings, &feed_url);
    // What happened that the widget acts on once it has rendered: a poll, a reveal, a seek, a
    // language whose words are not at hand. One effect (each hook costs bundle size,
    // docs/size.md), run after every render, which tells them apart by what it saw last time
    // and by what the click listeners asked (`Moves`).
    let moves = use_mut_ref(Moves::default);
    {
        let (moves, marker) = (moves.clone(), top_marker.clone());
        let (jumps, polls) = (blog.jumps, (blog.revision, blog.failures));
        let (on_update, on_error) = (props.on_update.clone(), props.on_error.clone());
        let (report, error) = (blog.last_merge, blog.error.clone());
        let (missing, translations) = (strings.is_none(), props.translations.clone());
        let words = ((*locale).clone(), props.strings.clone());
        use_effect(move || {
            let (polled, load, to_newest, sought, focus_target) = {
                let mut moves = moves.borrow_mut();
                let polled = polls != moves.polls_seen;
                let sought = jumps != moves.jumps_seen;
                let load = missing && moves.words_seen.as_ref() != Some(&words);
                (moves.polls_seen, moves.jumps_seen) = (polls, jumps);
                if load {
                    moves.words_seen = Some(words.clone());
                }
                (
                    polled,
                    load,
                    std::mem::take(&mut moves.to_newest),
                    sought,
                    moves.focus_target,
                )
            };
            // A language file to fetch (once for each language and set of overrides).
            if load {
                let (locale, overrides) = words.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    language::load(&locale, translations.as_deref(), overrides.as_deref()).await;
                    rerender.force_update();
                });
            }
            // After a poll that changed something or failed (one or the other: each render
            // follows one poll at most): a failure is the error, a success clears it and has
            // the report.
            match error {
                Some(error) if polled => on_error.emit(error),
                None if polled && !report.is_empty() => on_update.emit(report),
                _ => {}
            }
            // After the reader asks for the new updates, bring them to the newest one (and move
            // focus there, as the button they pressed is gone).
            if to_newest {
                if let Some(newest) = find(&marker, ".lb-updates .lb-update") {
                    newest.set_tab_index(-1);
                    newest.scroll_into_view_with_bool(true);
                    let _ = newest.focus();
                }
            }
            // Bring a sought update into view once it is rendered; when the reader followed a
            // link in the widget, focus moves with them (a link in the address alone moves
            // nothing but the view).
            if let (true, Some(target)) = (sought, find(&marker, ".lb-updates .lb-target")) {
                found(target.clone().into());
                target.scroll_into_view_with_bool(true);
                if focus_target {
                    moves.borrow_mut().focus_target = false;
                    target.set_tab_index(-1);
                    let _ = target.focus();
                }
            }
        });
    }

    // One listener for every link to an update (key-events links seek, "Copy link" copies) and
    // every embed's "Load" button.
    let links = blog.dispatcher();
    let clicked = moves.clone();
    let on_click = Callback::from(move |event: MouseEvent| {
        if strings.is_some_and(|strings| load_player(&event, strings)) {
            return;
        }
        match link_click(&event) {
            Some(LinkClick::Seek(anchor)) => {
                clicked.borrow_mut().focus_target = true;
                links.dispatch(Action::Seek(anchor));
            }
            Some(LinkClick::Copy(anchor)) => {
                let (links, moves) = (links.clone(), clicked.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if copy(&link_to(&anchor)).await.is_err() {
                        show_in_address(&anchor);
                        return;
                    }
                    links.dispatch(Action::Copied(Some(anchor)));
                    let links = links.clone();
                    moves.borrow_mut().copy_reset = Some(Timeout::new(COPIED_MS, move || {
                        links.dispatch(Action::Copied(None))
                    }));
                });
            }
            None => {}
        }
    });
    let only = blog.dispatcher();
    let on_key_events_only = Callback::from(move |on| only.dispatch(Action::KeyEventsOnly(on)));
    let show_more = blog.dispatcher();
    let on_show_more = Callback::from(move |()| show_more.dispatch(Action::ShowMore));
    let reveal = blog.dispatcher();
    let on_reveal = Callback::from(move |()| {
        moves.borrow_mut().to_newest = true;
        reveal.dispatch(Action::Reveal);
    });
    let view = BlogViewProps {
        blog: (*blog).clone(),
        feed_url: (*feed_url).clone(),
        locale: (*locale).clone(),
        strings,
        theme: props.theme,
        on_show_more,
        on_reveal,
        on_click,
        on_key_events_only,
        top_marker,
    };
    super::blog_view(&view, &time, &slots)
}

/// What the widget's after-render effect saw last, what its click listeners leave for after the
/// next render, and its copy timer: one hook's state for all of them.
#[derive(Default)]
struct Moves {
    /// The last [`Blog::revision`] and [`Blog::failures`] seen: a change is a poll to report.
    polls_seen: (u32, u32),
    /// The locale and overrides whose words were last sent for.
    words_seen: Option<(AttrValue, Option<AttrValue>)>,
    /// The reader asked for the held updates: bring them to the newest one.
    to_newest: bool,
    /// The reader followed a link in the widget: focus moves to the update it seeks.
    focus_target: bool,
    /// The last [`Blog::jumps`] seen: a new value is a sought update to bring into view.
    jumps_seen: u32,
    /// Puts "Link copied" back to "Copy link"; dropped with the widget, which cancels it.
    copy_reset: Option<Timeout>,
}

/// The first element matching `selector` in the widget whose top marker is `marker`.
fn find(marker: &NodeRef, selector: &str) -> Option<HtmlElement> {
    marker
        .cast::<web_sys::Element>()?
        .parent_element()?
        .query_selector(selector)
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

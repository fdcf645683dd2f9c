//! The polling service: fetch, report, wait, repeat, until the blog closes or the widget goes.
//!
//! It renders nothing and decides nothing: [`PollSchedule`] says when, [`PollGate`] says whether
//! (never while the page is hidden or offline), the view's reducer says what a result means. A
//! request that takes longer than [`PollSchedule::request_timeout_ms`] is aborted and counts as a
//! failure. A
//! body identical to the last one is reported as [`Polled::Unchanged`] without being parsed.
//! Dropping the [`Poller`] cancels the pending timer, aborts the request in flight and removes
//! its event listeners, so a destroyed widget leaves nothing running.

use super::fetch::{fetch_body, parse_feed_knowing};
use super::known_items::KnownItems;
use crate::core::{FeedError, PollGate, PollSchedule, Polled, Status};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use js_sys::JsString;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen_futures::spawn_local;
use web_sys::AbortController;

/// A running poll loop. Polling stops when it is dropped.
pub struct Poller {
    _state: Rc<RefCell<State>>,
    _listeners: Vec<EventListener>,
}

struct State {
    url: String,
    schedule: PollSchedule,
    gate: PollGate,
    /// The last body parsed, kept as JavaScript's string (see `fetch`).
    last_body: Option<JsString>,
    known: KnownItems,
    on_outcome: Box<dyn Fn(Polled)>,
    timer: Option<Timeout>,
    request: Option<AbortController>,
    deadline: Option<Timeout>,
    timed_out: bool,
}

impl Drop for State {
    fn drop(&mut self) {
        if let Some(request) = self.request.take() {
            request.abort();
        }
    }
}

type Shared = Weak<RefCell<State>>;

impl Poller {
    /// Polls `url` as soon as the page is visible and online, then on `schedule`, calling
    /// `on_outcome` with each result.
    pub fn start(
        url: String,
        schedule: PollSchedule,
        on_outcome: impl Fn(Polled) + 'static,
    ) -> Self {
        let window = web_sys::window();
        let document = window.as_ref().and_then(|window| window.document());
        let hidden = document.as_ref().is_some_and(|document| document.hidden());
        let offline = window
            .as_ref()
            .is_some_and(|window| !window.navigator().on_line());
        let state = Rc::new(RefCell::new(State {
            url,
            schedule,
            gate: PollGate::new(hidden, offline),
            last_body: None,
            known: KnownItems::default(),
            on_outcome: Box::new(on_outcome),
            timer: None,
            request: None,
            deadline: None,
            timed_out: false,
        }));
        let weak = Rc::downgrade(&state);
        let mut listeners = Vec::new();
        if let Some(document) = document {
            let (weak, target) = (weak.clone(), document.clone());
            listeners.push(EventListener::new(
                &document,
                "visibilitychange",
                move |_| {
                    let hidden = target.hidden();
                    resume_if(&weak, |gate| gate.set_hidden(hidden));
                },
            ));
        }
        if let Some(window) = window {
            for (name, offline) in [("online", false), ("offline", true)] {
                let weak = weak.clone();
                listeners.push(EventListener::new(&window, name, move |_| {
                    resume_if(&weak, |gate| gate.set_offline(offline));
                }));
            }
        }
        due(&weak);
        Self {
            _state: state,
            _listeners: listeners,
        }
    }
}

/// A poll is due: send it now if the gate is open, else the gate remembers it.
fn due(weak: &Shared) {
    let Some(state) = weak.upgrade() else { return };
    let go = state.borrow_mut().gate.poll_due();
    drop(state);
    if go {
        poll(weak.clone());
    }
}

/// The page's visibility or connectivity changed: poll at once if a poll was due meanwhile.
fn resume_if(weak: &Shared, change: impl FnOnce(&mut PollGate) -> bool) {
    let Some(state) = weak.upgrade() else { return };
    let go = change(&mut state.borrow_mut().gate);
    drop(state);
    if go {
        poll(weak.clone());
    }
}

fn poll(weak: Shared) {
    if super::crash::has_crashed() {
        return;
    }
    let Some(state) = weak.upgrade() else { return };
    let (url, signal) = {
        let mut state = state.borrow_mut();
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        state.request = controller;
        // A request that hangs would stop the widget for good: give up on it in time.
        let expired = weak.clone();
        state.deadline = Some(Timeout::new(
            state.schedule.request_timeout_ms(),
            move || {
                if let Some(state) = expired.upgrade() {
                    let mut state = state.borrow_mut();
                    state.timed_out = true;
                    if let Some(request) = &state.request {
                        request.abort();
                    }
                }
            },
        ));
        (state.url.clone(), signal)
    };
    drop(state);
    spawn_local(async move {
        let fetched = fetch_body(&url, signal.as_ref()).await;
        // The widget may have been destroyed while the request was in flight.
        let Some(state) = weak.upgrade() else { return };
        let mut guard = state.borrow_mut();
        guard.request = None;
        guard.deadline = None;
        let fetched = match fetched {
            Err(_) if std::mem::take(&mut guard.timed_out) => Err(FeedError::Timeout),
            other => other,
        };
        let outcome = match fetched {
            Ok(text) if guard.last_body.as_ref() == Some(&text) => Polled::Unchanged,
            Ok(text) => match parse_feed_knowing(&text, &url, Some(&mut guard.known)) {
                Ok(feed) => {
                    guard.last_body = Some(text);
                    Polled::Changed(feed)
                }
                Err(error) => Polled::Failed(error),
            },
            Err(error) => Polled::Failed(error),
        };
        match &outcome {
            Polled::Changed(feed) => {
                let closed = feed.status == Status::Closed;
                guard.schedule.succeeded(feed.poll_interval, closed);
            }
            Polled::Unchanged => guard.schedule.unchanged(),
            Polled::Failed(error) => guard.schedule.failed(error.retry_after()),
        }
        guard.timer = guard
            .schedule
            .next_delay_ms(js_sys::Math::random())
            .map(|delay| {
                let weak = weak.clone();
                Timeout::new(delay, move || due(&weak))
            });
        drop(guard);
        (state.borrow().on_outcome)(outcome);
    });
}

//! The polling service: fetch, report, wait, repeat, until the blog closes or the widget goes.
//!
//! It renders nothing and decides nothing: [`PollSchedule`] says when, the view's reducer says
//! what a result means. Dropping the [`Poller`] cancels the pending timer and aborts the request
//! in flight, so a destroyed widget leaves nothing running.

use super::fetch::fetch_feed;
use crate::core::{Feed, FeedError, PollSchedule, Status};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen_futures::spawn_local;
use web_sys::AbortController;

/// What one poll brought.
pub type PollOutcome = Result<Feed, FeedError>;

/// A running poll loop. Polling stops when it is dropped.
pub struct Poller {
    _state: Rc<RefCell<State>>,
}

struct State {
    url: String,
    schedule: PollSchedule,
    on_outcome: Box<dyn Fn(PollOutcome)>,
    timer: Option<Timeout>,
    request: Option<AbortController>,
}

impl Drop for State {
    fn drop(&mut self) {
        if let Some(request) = self.request.take() {
            request.abort();
        }
    }
}

impl Poller {
    /// Polls `url` at once, then on `schedule`, calling `on_outcome` with each result.
    pub fn start(
        url: String,
        schedule: PollSchedule,
        on_outcome: impl Fn(PollOutcome) + 'static,
    ) -> Self {
        let state = Rc::new(RefCell::new(State {
            url,
            schedule,
            on_outcome: Box::new(on_outcome),
            timer: None,
            request: None,
        }));
        poll(Rc::downgrade(&state));
        Self { _state: state }
    }
}

fn poll(weak: Weak<RefCell<State>>) {
    let Some(state) = weak.upgrade() else { return };
    let (url, signal) = {
        let mut state = state.borrow_mut();
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        state.request = controller;
        (state.url.clone(), signal)
    };
    drop(state);
    spawn_local(async move {
        let outcome = fetch_feed(&url, signal.as_ref()).await;
        // The widget may have been destroyed while the request was in flight.
        let Some(state) = weak.upgrade() else { return };
        let mut guard = state.borrow_mut();
        guard.request = None;
        match &outcome {
            Ok(feed) => guard
                .schedule
                .succeeded(feed.poll_interval, feed.status == Status::Closed),
            Err(_) => guard.schedule.failed(),
        }
        guard.timer = guard
            .schedule
            .next_delay_ms(js_sys::Math::random())
            .map(|delay| {
                let weak = weak.clone();
                Timeout::new(delay, move || poll(weak))
            });
        drop(guard);
        (state.borrow().on_outcome)(outcome);
    });
}

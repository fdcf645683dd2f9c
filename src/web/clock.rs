//! The clock that keeps relative times ("5 minutes ago") current: one timer for the whole page,
//! running while any of them is shown.
//!
//! Each widget's cards listen to it ([`super::cards`]): on a tick, each relative time whose words
//! changed ("4 minutes ago" to "5 minutes ago") is written again, and nothing else is touched.

use super::time::now;
use crate::core::Timestamp;
use gloo_timers::callback::Interval;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// How often relative times are brought up to date.
const AGE_REFRESH_MS: u32 = 10_000;

struct Clock {
    /// Everyone listening; a listener whose handle is gone is dropped on the next tick.
    listeners: Vec<Weak<dyn Fn(Timestamp)>>,
    /// How many listeners still listen.
    live: usize,
    /// Runs while `live` is not zero.
    timer: Option<Interval>,
}

thread_local! {
    // Built in place (`const`): no code to build it on first use.
    static CLOCK: RefCell<Clock> = const {
        RefCell::new(Clock {
            listeners: Vec::new(),
            live: 0,
            timer: None,
        })
    };
}

/// Calls `on_tick` with the time every ten seconds until the returned function is called (when
/// the widget's cards go). Shared by every widget on the page.
pub fn ticks(on_tick: impl Fn(Timestamp) + 'static) -> impl FnOnce() {
    let listener: Rc<dyn Fn(Timestamp)> = Rc::new(on_tick);
    CLOCK.with(|clock| {
        let mut clock = clock.borrow_mut();
        clock.listeners.push(Rc::downgrade(&listener));
        clock.live += 1;
        if clock.timer.is_none() {
            clock.timer = Some(Interval::new(AGE_REFRESH_MS, tick));
        }
    });
    move || {
        drop(listener);
        // The last listener gone: the timer stops (dropped outside the borrow, never from
        // within its own tick).
        let timer = CLOCK.with(|clock| {
            let mut clock = clock.borrow_mut();
            clock.live = clock.live.saturating_sub(1);
            if clock.live == 0 {
                clock.listeners.clear();
                clock.timer.take()
            } else {
                None
            }
        });
        drop(timer);
    }
}

fn tick() {
    // After a failed call into the wasm, what a listener would render cannot be trusted: nothing
    // runs any more (the timer itself is left alone, as it cannot be dropped from its own tick).
    if super::crash::has_crashed() {
        return;
    }
    // Called outside the borrow: a listener may start or stop listening meanwhile.
    let listeners: Vec<Rc<dyn Fn(Timestamp)>> = CLOCK.with(|clock| {
        let mut clock = clock.borrow_mut();
        clock
            .listeners
            .retain(|listener| listener.strong_count() > 0);
        clock.listeners.iter().filter_map(Weak::upgrade).collect()
    });
    let now = now();
    for listener in listeners {
        listener(now);
    }
}

//! How `embed.js` tells that the widget failed anyway, and how the widget stops then.
//!
//! The widget is written never to panic. If it does, the release build aborts at once
//! (`-Cpanic=immediate-abort`: no hook, no message, about 6 KB less for every reader) and the
//! WebAssembly traps. A JavaScript exception thrown through the wasm (a browser call that the
//! Rust side did not expect to fail) ends a call the same way. Either way the call never returns
//! normally, and nothing of the widget can be trusted afterwards.
//!
//! Such a call leaves a mark. The wasm keeps its own stack in linear memory, and each function
//! gives its frame back when it returns; a call that the browser entered from its event loop and
//! that never returned gave nothing back. So whenever the browser calls in from its event loop,
//! the stack stands at the same place, until a failed call has lowered it for good. [`healthy`]
//! compares: `embed.js` calls it once after loading, and again from a task of its own after any
//! uncaught error on the page. When it answers `false`, the loader leaves what every widget shows
//! in place, adds a notice and tells the page (`liveblog:error` with `fatal: true`), and the
//! pollers and the relative-time clock, which ask [`has_crashed`] before each request or tick,
//! stop.

use std::cell::Cell;
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// Where [`healthy`]'s frame was on its first call (0 before it).
    static TOP: Cell<usize> = const { Cell::new(0) };
    static CRASHED: Cell<bool> = const { Cell::new(false) };
}

/// Whether every call into this wasm instance so far has returned normally. Only meaningful when
/// called straight from the browser's event loop, with no call into the wasm in progress, and
/// always by the same way in: `embed.js` calls it right after loading and from tasks of its own.
/// A `false` is for good, and stops the pollers and the clock.
#[wasm_bindgen]
pub fn healthy() -> bool {
    let probe = 0_u8;
    let here = std::hint::black_box(&probe) as *const u8 as usize;
    let top = TOP.with(|top| {
        if top.get() == 0 {
            top.set(here);
        }
        top.get()
    });
    let healthy = here == top && !has_crashed();
    if !healthy {
        CRASHED.with(|crashed| crashed.set(true));
    }
    healthy
}

/// Whether a call into the wasm has failed: nothing should start new work then.
pub fn has_crashed() -> bool {
    CRASHED.with(Cell::get)
}

//! Where the reader is: whether the top of the widget is in view (or still below the fold).

use js_sys::Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Grows the viewport downwards for the observer, so that "below the fold" counts as in view and
/// only "scrolled past" does not. A jump straight from below to above (a fling, a scripted
/// scroll, a jump link) then still crosses the edge the observer watches.
const BELOW_THE_FOLD_COUNTS: &str = "0px 0px 1000000px 0px";

/// Watches an element at the top of the widget. Reports `true` while it is in view or below
/// the viewport (inserting updates then moves nothing the reader sees), `false` once the reader
/// has scrolled past it. Dropping it stops watching.
pub struct TopWatch {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(Array)>,
}

impl TopWatch {
    /// Starts watching `marker`; `on_change` gets the first answer at once, then every change.
    pub fn start(marker: &Element, on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(Array)>::new(move |entries: Array| {
            let latest = entries
                .iter()
                .last()
                .and_then(|entry: JsValue| entry.dyn_into::<IntersectionObserverEntry>().ok());
            if let Some(entry) = latest {
                on_change(entry.is_intersecting());
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(BELOW_THE_FOLD_COUNTS);
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init)
                .ok()?;
        observer.observe(marker);
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for TopWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

//! Shared by the browser test binaries: mounting a widget on a fixture feed.

use gloo_timers::future::sleep;
use js_sys::{Object, Reflect};
use std::time::Duration;
use web_sys::Element;

/// A new host element in the test page, with a widget mounted on `/tests/fixtures/{fixture}`.
#[allow(dead_code)] // Not every test binary that includes this module uses it.
pub fn mount_fixture(fixture: &str) -> (Element, liveblog::WidgetHandle) {
    mount_fixture_with(fixture, &[])
}

/// [`mount_fixture`] with more options (`(name, value)`, as `LiveBlog.mount` takes them).
#[allow(dead_code)] // Not every test binary that includes this module uses it.
pub fn mount_fixture_with(
    fixture: &str,
    more: &[(&str, &str)],
) -> (Element, liveblog::WidgetHandle) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let options = Object::new();
    let feed = format!("/tests/fixtures/{fixture}");
    Reflect::set(&options, &"feed".into(), &feed.into()).expect("set");
    for (name, value) in more {
        Reflect::set(&options, &(*name).into(), &(*value).into()).expect("set");
    }
    let handle = liveblog::mount(host.clone(), &options, "/www/liveblog.css").expect("mounts");
    (host, handle)
}

/// Waits up to five seconds for `ready`.
pub async fn wait_for(mut ready: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if ready() {
            return true;
        }
        sleep(Duration::from_millis(50)).await;
    }
    false
}

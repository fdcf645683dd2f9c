//! Browser test of how a failed call into the wasm is told apart (`web::crash::healthy`), in its
//! own wasm instance: once it has said `false`, no widget of that instance polls again. What
//! `embed.js` does then (the notice, the event, no more requests) is tested end to end in
//! `tests/e2e/crash.test.mjs`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function, Promise};
use liveblog::web::crash::{has_crashed, healthy};
use wasm_bindgen::prelude::{wasm_bindgen, Closure};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "export function fail() { throw new Error('a failing browser call'); }")]
extern "C" {
    /// A browser call that throws, declared without `catch`: the exception goes through the wasm.
    fn fail();
}

/// Runs each of `calls` in a task of its own, as the browser runs the widget's timers and
/// listeners (straight from the event loop, nothing of the wasm below), one after the other, and
/// resolves to what each returned (or threw).
const IN_TASKS: &str = "return (async () => {
    const results = [];
    for (const call of calls) {
        results.push(await new Promise((done) => setTimeout(() => {
            try { done(call()); } catch (error) { done(error); }
        })));
    }
    return results;
})();";

#[wasm_bindgen_test]
async fn a_call_ended_by_an_exception_marks_the_instance_as_crashed_for_good() {
    let probe = Closure::<dyn FnMut() -> bool>::new(healthy);
    let returns = Closure::<dyn FnMut()>::new(|| {
        std::hint::black_box([0_u8; 64]);
    });
    let fails = Closure::<dyn FnMut()>::new(|| {
        std::hint::black_box([0_u8; 64]);
        fail();
    });
    let calls = Array::of(&[
        probe.as_ref().clone(),
        returns.as_ref().clone(),
        probe.as_ref().clone(),
        fails.as_ref().clone(),
        probe.as_ref().clone(),
        returns.as_ref().clone(),
        probe.as_ref().clone(),
    ]);
    let promise = Function::new_with_args("calls", IN_TASKS)
        .call1(&JsValue::NULL, &calls)
        .expect("the tasks run")
        .unchecked_into::<Promise>();
    let results: Array = JsFuture::from(promise)
        .await
        .expect("the tasks end")
        .unchecked_into();
    let healthy_at = |index: u32| results.get(index).as_bool();

    assert_eq!(healthy_at(0), Some(true), "the first call sets the mark");
    assert_eq!(
        healthy_at(2),
        Some(true),
        "a call that returned leaves the stack where it was"
    );
    assert!(
        results.get(3).is_instance_of::<js_sys::Error>(),
        "the failing call threw"
    );
    assert_eq!(
        healthy_at(4),
        Some(false),
        "the failed call never gave its frames back"
    );
    assert_eq!(healthy_at(6), Some(false), "for good");
    assert!(has_crashed(), "the pollers stop");
}

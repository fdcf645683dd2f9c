//! An embeddable live-blog widget for news publishers.
//!
//! The crate has three layers:
//! - [`core`]: the pure feed model (parsing, ordering, merging, polling decisions, the HTML
//!   allowlist), with no browser APIs, tested natively;
//! - `web` (wasm32 only): the thin browser layer: fetch, timers, the DOM sanitiser walk, `Intl`
//!   dates, and the `mount` entry point that `embed.js` calls;
//! - `view` (wasm32, or natively with the `ssr` feature): the Yew function components, with
//!   `view::LiveBlog` as the component other Yew apps can use directly;
//! - `server` (natively with `ssr`): the views rendered into a snapshot that the widget
//!   hydrates, for `liveblog render`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod core;

/// The sources this build was made from: a hash of `src/` and `Cargo.lock` (see `build.rs`). A
/// snapshot of `liveblog render` carries it, and the widget hydrates only a snapshot made from
/// its own sources; any other is replaced by a fresh render.
pub const SOURCES: &str = env!("LIVEBLOG_SOURCES");
#[cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]
pub mod server;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use web::mount::{mount, WidgetHandle};

/// The heap allocator: talc, smaller in the bundle than the standard library's dlmalloc.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

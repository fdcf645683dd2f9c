//! What the views take from where they run: the browser's `Intl`, parser and clock in the
//! widget; the server's stand-ins when a snapshot is rendered natively.

#[cfg(not(target_arch = "wasm32"))]
pub use crate::server::{now, plural, sanitize_html, TimeFormat};
#[cfg(target_arch = "wasm32")]
pub use crate::web::{language::plural, sanitize::sanitize_html, time::TimeFormat};

//! Native tools for the live-blog widget.
//!
//! For now one tool: the demo newsroom dev server (`liveblog serve`). It serves the demo page,
//! the built widget and a JSON Feed 1.1 live feed that changes every few seconds by playing a
//! scripted afternoon of news (`tools/demo/newsroom.json`).
//!
//! - [`demo_script`]: the script file format and loading;
//! - [`newsroom`]: the live state and how each step changes it (pure, clock passed in);
//! - [`json_feed`]: the published JSON Feed document shape;
//! - [`conditional`]: entity tags and the 304 decision (pure);
//! - [`live_desk`], [`ticker`], [`feed_endpoint`], [`router`], [`serve`]: the server around them.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod conditional;
pub mod demo_script;
pub mod error;
pub mod feed_endpoint;
pub mod feed_snapshot;
pub mod json_feed;
pub mod live_desk;
pub mod newsroom;
pub mod router;
pub mod serve;
pub mod site;
pub mod ticker;
pub mod timestamp;

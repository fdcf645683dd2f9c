//! Native tools for the live-blog widget, one binary (`liveblog`) built on the widget's own core:
//!
//! - `liveblog validate FILE|URL`: every problem of a feed, with a JSON pointer to it
//!   ([`validate`], with [`document`] reading a feed as the widget does and [`feed_html`]
//!   finding what the widget strips from HTML);
//! - `liveblog convert FILE|URL`: JSON Feed to schema.org `LiveBlogPosting` and back
//!   ([`convert`]); both read files, standard input or URLs ([`source`]);
//! - `liveblog render FILE|URL`: a static HTML snapshot of the blog that the widget hydrates,
//!   with its `LiveBlogPosting` JSON-LD ([`render`]);
//! - `liveblog serve`: the demo newsroom dev server. It serves the demo page, the built widget
//!   and a JSON Feed 1.1 live feed that changes every few seconds by playing a scripted
//!   afternoon of news (`tools/demo/newsroom.json`).
//!
//! The server's parts:
//! - [`demo_script`]: the script file format and loading;
//! - [`newsroom`]: the live state and how each step changes it (pure, clock passed in);
//! - [`json_feed`]: the published JSON Feed document shape;
//! - [`conditional`]: entity tags and the 304 decision (pure);
//! - [`fault`]: injected feed failures for tests (pure);
//! - [`request_log`]: the log of feed requests tests read back (pure);
//! - [`live_desk`], [`ticker`], [`feed_endpoint`], [`router`], [`serve`]: the server around them;
//! - [`control_room`], [`control`]: the `--control` test API that drives the blog and the feed.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod conditional;
pub mod control;
pub mod control_room;
pub mod convert;
pub mod cors;
pub mod demo_script;
pub mod document;
pub mod error;
pub mod fault;
pub mod feed_endpoint;
pub mod feed_html;
pub mod feed_snapshot;
pub mod json_feed;
pub mod live_desk;
pub mod newsroom;
pub mod render;
pub mod request_log;
pub mod router;
pub mod serve;
pub mod site;
pub mod source;
pub mod ticker;
pub mod timestamp;
pub mod validate;
pub mod verbosity;

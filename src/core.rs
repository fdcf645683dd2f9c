//! The pure core: the feed model and every decision about it.
//!
//! Nothing here touches the browser (no yew, web-sys or js-sys), so all of it is tested with plain
//! `cargo test`. The browser layer parses JSON into [`wire`] types, then hands them to
//! [`normalize()`], merges pages with [`Feed::merge`], asks [`PollSchedule`] when to poll next and
//! runs feed HTML through the [`sanitize`] policy, after which [`embed::place`] turns links that
//! stand alone into click-to-load embeds. A schema.org `LiveBlogPosting` is found by
//! [`json_ld::classify`] and read into the same wire types.

pub mod blog;
pub mod card;
pub mod embed;
pub mod error;
pub mod guard;
pub mod id_set;
pub mod json_ld;
pub mod keyed;
pub mod merge;
pub mod model;
pub mod normalize;
pub mod options;
pub mod poll_gate;
pub mod sanitize;
pub mod schedule;
pub mod strings;
pub mod timestamp;
pub mod wire;

pub use blog::{Blog, Polled};
pub use error::FeedError;
pub use merge::{MergeOutcome, MergeReport};
pub use model::{Attachment, Author, Body, Feed, Image, Status, Update};
pub use normalize::normalize;
pub use options::{OptionError, Options, Theme, OPTIONS};
pub use poll_gate::PollGate;
pub use schedule::PollSchedule;
pub use timestamp::{Age, Timestamp};

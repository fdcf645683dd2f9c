//! The thin browser layer: everything that touches browser APIs, and nothing that decides.

pub mod address;
pub mod cards;
pub mod clock;
pub mod crash;
pub mod deep_link;
pub mod embed_player;
pub mod events;
pub mod fetch;
#[cfg(feature = "hydration")]
pub mod hydrate;
pub mod known_items;
pub mod language;
pub mod morph;
pub mod mount;
pub mod poller;
pub mod sanitize;
pub mod time;
pub mod trusted_types;
pub mod viewport;

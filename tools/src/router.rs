//! The dev server's routes.

use std::path::Path;

use axum::routing::get;
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

use crate::feed_endpoint::{live_feed, live_feed_preflight};
use crate::live_desk::LiveDesk;
use crate::site::SiteUrls;

/// All routes of the demo server, serving files below the repository `root`:
///
/// | path | answer |
/// |---|---|
/// | `/` | `<root>/index.html` |
/// | `/dist/…` | the built widget from `<root>/dist/` |
/// | `/demo/…` | demo assets (images) from `<root>/tools/demo/` |
/// | `/live/feed.json` | the live feed from `desk` |
///
/// Static files get their content type from the extension (`application/wasm`,
/// `text/javascript`, …).
pub fn router(desk: LiveDesk, root: &Path) -> Router {
    Router::new()
        .route_service("/", ServeFile::new(root.join("index.html")))
        .route(
            SiteUrls::FEED_PATH,
            get(live_feed).options(live_feed_preflight),
        )
        .nest_service("/dist", ServeDir::new(root.join("dist")))
        .nest_service("/demo", ServeDir::new(root.join("tools").join("demo")))
        .with_state(desk)
}

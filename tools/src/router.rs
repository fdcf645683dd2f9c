//! The dev server's routes.

use std::path::Path;

use axum::routing::get;
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

use crate::control::control_routes;
use crate::control_room::ControlRoom;
use crate::feed_endpoint::{live_feed, live_feed_preflight, FeedState};
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
/// | `/control/…` | the [control API](crate::control), only when `control` is given |
///
/// Without a control room the feed is always answered normally and nothing is logged, and
/// every `/control/…` path is a 404.
///
/// Static files get their content type from the extension (`application/wasm`,
/// `text/javascript`, …).
pub fn router(desk: LiveDesk, root: &Path, control: Option<ControlRoom>) -> Router {
    let feed = Router::new()
        .route(
            SiteUrls::FEED_PATH,
            get(live_feed).options(live_feed_preflight),
        )
        .with_state(FeedState {
            desk: desk.clone(),
            control: control.clone(),
        });
    let site = Router::new()
        .route_service("/", ServeFile::new(root.join("index.html")))
        .nest_service("/dist", ServeDir::new(root.join("dist")))
        .nest_service("/demo", ServeDir::new(root.join("tools").join("demo")))
        .merge(feed);
    match control {
        Some(room) => site.merge(control_routes(desk, room)),
        None => site,
    }
}

//! The demo site's public URLs, derived from the address the server listens on.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};

/// Builds the absolute URLs the feed publishes (`home_page_url`, `feed_url`, item and image URLs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrls {
    /// `http://host:port`, without a trailing slash.
    origin: String,
}

impl SiteUrls {
    /// The path the live feed is served at.
    pub const FEED_PATH: &'static str = "/live/feed.json";

    /// URLs for a server listening on `addr`; a wildcard address (`0.0.0.0`, `::`) is published
    /// as the loopback address, which a browser on the same machine can open.
    pub fn for_addr(addr: SocketAddr) -> Self {
        let mut public = addr;
        if addr.ip().is_unspecified() {
            public.set_ip(match addr {
                SocketAddr::V4(_) => Ipv4Addr::LOCALHOST.into(),
                SocketAddr::V6(_) => Ipv6Addr::LOCALHOST.into(),
            });
        }
        Self::from_origin(&format!("http://{public}"))
    }

    /// URLs below an origin such as `http://127.0.0.1:8080` (a trailing slash is ignored).
    pub fn from_origin(origin: &str) -> Self {
        Self {
            origin: origin.trim_end_matches('/').to_owned(),
        }
    }

    /// The demo page, `http://host:port/`.
    pub fn home(&self) -> String {
        format!("{}/", self.origin)
    }

    /// The live feed, `http://host:port/live/feed.json`.
    pub fn feed(&self) -> String {
        format!("{}{}", self.origin, Self::FEED_PATH)
    }

    /// The control API's index, `http://host:port/control/` (mounted only with `--control`).
    pub fn control(&self) -> String {
        format!("{}/control/", self.origin)
    }

    /// The permalink of one update: the demo page with the update's id as fragment.
    pub fn update(&self, id: &str) -> String {
        format!("{}/#{id}", self.origin)
    }

    /// Makes a site-relative URL such as `/demo/img/x.svg` absolute; absolute URLs pass through.
    pub fn absolute(&self, url: &str) -> String {
        if url.starts_with("http://") || url.starts_with("https://") {
            url.to_owned()
        } else if url.starts_with('/') {
            format!("{}{url}", self.origin)
        } else {
            format!("{}/{url}", self.origin)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteUrls {
        SiteUrls::from_origin("http://127.0.0.1:8080/")
    }

    #[test]
    fn page_and_feed_urls_hang_off_the_origin() {
        assert_eq!(site().home(), "http://127.0.0.1:8080/");
        assert_eq!(site().feed(), "http://127.0.0.1:8080/live/feed.json");
        assert_eq!(site().update("u-012"), "http://127.0.0.1:8080/#u-012");
        assert_eq!(site().control(), "http://127.0.0.1:8080/control/");
    }

    #[test]
    fn relative_image_urls_become_absolute_and_absolute_ones_are_kept() {
        assert_eq!(
            site().absolute("/demo/img/x.svg"),
            "http://127.0.0.1:8080/demo/img/x.svg"
        );
        assert_eq!(
            site().absolute("demo/img/x.svg"),
            "http://127.0.0.1:8080/demo/img/x.svg"
        );
        assert_eq!(
            site().absolute("https://cdn.example/x.png"),
            "https://cdn.example/x.png"
        );
    }

    #[test]
    fn a_socket_address_gives_an_http_origin() {
        let addr = SocketAddr::from(([127, 0, 0, 1], 9000));
        assert_eq!(SiteUrls::for_addr(addr).home(), "http://127.0.0.1:9000/");
    }

    #[test]
    fn a_wildcard_address_is_published_as_loopback() {
        let v4 = SocketAddr::from(([0, 0, 0, 0], 9000));
        let v6 = SocketAddr::from((Ipv6Addr::UNSPECIFIED, 9000));
        assert_eq!(SiteUrls::for_addr(v4).home(), "http://127.0.0.1:9000/");
        assert_eq!(SiteUrls::for_addr(v6).home(), "http://[::1]:9000/");
    }
}

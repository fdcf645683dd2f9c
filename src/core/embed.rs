//! Links to videos, audio and social posts that become click-to-load embeds.
//!
//! A link that stands on a line of its own (WordPress's oEmbed rule: the only content of a
//! paragraph, or a link or bare URL between blocks at the body's top level) to a known provider
//! is shown as a placeholder; the provider's player loads in an iframe only when the reader
//! presses its button, so no request reaches the provider before that. Links inside sentences
//! stay links.
//!
//! Recognition is strict: http or https, the provider's own host (also with `www.`, `m.` or
//! `mobile.`), no user name or port, and every id made only of the characters the provider uses.
//! The iframe's URL is built from those ids alone, never from the feed's string.

use super::sanitize::{SafeElement, SafeNode};

/// A service whose links become embeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provider {
    /// youtube.com, youtu.be
    YouTube,
    /// vimeo.com
    Vimeo,
    /// x.com, twitter.com
    X,
    /// instagram.com
    Instagram,
    /// bsky.app
    Bluesky,
    /// tiktok.com
    TikTok,
    /// open.spotify.com
    Spotify,
}

impl Provider {
    /// The name readers know it by (never translated).
    pub fn name(self) -> &'static str {
        match self {
            Provider::YouTube => "YouTube",
            Provider::Vimeo => "Vimeo",
            Provider::X => "X",
            Provider::Instagram => "Instagram",
            Provider::Bluesky => "Bluesky",
            Provider::TikTok => "TikTok",
            Provider::Spotify => "Spotify",
        }
    }
}

/// What the embed shows, which decides the room its iframe takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A video player, 16:9.
    Video,
    /// An audio player, a short fixed height.
    Audio,
    /// A social post, a fixed taller height.
    Post,
}

impl Kind {
    /// The classes the view gives the embed: `lb-embed`, and one for its size
    /// (`www/liveblog.css`).
    pub fn class(self) -> &'static str {
        match self {
            Kind::Video => "lb-embed lb-embed-video",
            Kind::Audio => "lb-embed lb-embed-audio",
            Kind::Post => "lb-embed lb-embed-post",
        }
    }
}

/// A link recognised as embeddable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    /// Whose it is.
    pub provider: Provider,
    /// What it shows.
    pub kind: Kind,
    /// The link as the feed gave it (http or https): where "Open on …" goes.
    pub url: String,
    /// The iframe's URL, built from checked ids. `None` when the provider cannot embed the link
    /// (a Bluesky post named by handle: its embed needs the account's DID); the placeholder is
    /// then a plain link.
    pub frame: Option<String>,
}

/// Longest URL considered.
const MAX_URL: usize = 2048;

/// The embed a URL is, if it is one.
pub fn recognise(url: &str) -> Option<Embed> {
    // Whitespace, controls, backslashes (which browsers read as slashes) and anything beyond
    // ASCII have no place in a link to any of the providers.
    if url.len() > MAX_URL || !url.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') {
        return None;
    }
    let rest = strip_scheme(url)?;
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(authority_end);
    // User info (`youtube.com@evil.example`) or a port: not a plain link to the provider.
    if authority.contains(['@', ':']) {
        return None;
    }
    let host = authority.to_ascii_lowercase();
    let host = ["www.", "m.", "mobile."]
        .into_iter()
        .find_map(|prefix| host.strip_prefix(prefix))
        .unwrap_or(&host);
    let path_end = rest.find(['?', '#']).unwrap_or(rest.len());
    let (path, rest) = rest.split_at(path_end);
    let query = rest
        .strip_prefix('?')
        .map_or("", |query| query.split('#').next().unwrap_or_default());
    let mut found = [""; 5];
    let mut count = 0;
    for part in path.split('/').filter(|part| !part.is_empty()) {
        *found.get_mut(count)? = part;
        count += 1;
    }
    let segments = match found.get(..count)? {
        // Spotify's links may name the reader's language first: /intl-de/track/….
        [language, rest @ ..] if host == "open.spotify.com" && language.starts_with("intl-") => {
            rest
        }
        segments => segments,
    };
    // The iframe's URL in parts, all but the ids constant.
    let (provider, frame): (Provider, [&str; 4]) = match (host, segments) {
        ("youtube.com" | "youtube-nocookie.com", ["watch"]) => {
            youtube(query.split('&').find_map(|pair| pair.strip_prefix("v="))?)?
        }
        ("youtube.com" | "youtube-nocookie.com", ["shorts" | "embed" | "live", id]) => youtube(id)?,
        ("youtu.be", [id]) => youtube(id)?,
        ("vimeo.com", [id]) | ("player.vimeo.com", ["video", id]) if digits(id, 12) => (
            Provider::Vimeo,
            ["https://player.vimeo.com/video/", id, "?dnt=1", ""],
        ),
        ("x.com" | "twitter.com", [user, "status" | "statuses", id, ..])
            if made_of(user, 15, word) && digits(id, 20) =>
        {
            (
                Provider::X,
                [
                    "https://platform.twitter.com/embed/Tweet.html?id=",
                    id,
                    "&dnt=true",
                    "",
                ],
            )
        }
        ("instagram.com", ["p" | "reel" | "tv", code]) if made_of(code, 40, id_char) => (
            Provider::Instagram,
            ["https://www.instagram.com/p/", code, "/embed", ""],
        ),
        ("bsky.app", ["profile", actor, "post", rkey]) if record_key(rkey) => {
            if did(actor) {
                let start = "https://embed.bsky.app/embed/";
                (
                    Provider::Bluesky,
                    [start, actor, "/app.bsky.feed.post/", rkey],
                )
            } else if handle(actor) {
                (Provider::Bluesky, [""; 4])
            } else {
                return None;
            }
        }
        ("tiktok.com", [user, "video", id])
            if user
                .strip_prefix('@')
                .is_some_and(|name| made_of(name, 32, |b| word(b) || b == b'.'))
                && digits(id, 20) =>
        {
            (
                Provider::TikTok,
                ["https://www.tiktok.com/embed/v2/", id, "", ""],
            )
        }
        (
            "open.spotify.com",
            [kind @ ("track" | "episode" | "album" | "playlist" | "show"), id],
        ) if made_of(id, 32, |b| b.is_ascii_alphanumeric()) => (
            Provider::Spotify,
            ["https://open.spotify.com/embed/", kind, "/", id],
        ),
        _ => return None,
    };
    Some(Embed {
        provider,
        kind: match provider {
            Provider::YouTube | Provider::Vimeo => Kind::Video,
            Provider::Spotify => Kind::Audio,
            _ => Kind::Post,
        },
        url: url.to_owned(),
        // No parts: the provider cannot embed this link (a Bluesky handle).
        frame: frame
            .first()
            .is_some_and(|start| !start.is_empty())
            .then(|| {
                let mut joined = String::new();
                for part in frame {
                    joined.push_str(part);
                }
                joined
            }),
    })
}

/// Replaces every link that stands alone by its embed, in place: a top-level paragraph whose
/// only content (whitespace aside) is a link or a bare URL, and a top-level link or bare URL
/// whose neighbours are blocks (or nothing). Nothing nested deeper (quotes, lists) changes.
pub fn place(nodes: &mut [SafeNode]) {
    for index in 0..nodes.len() {
        let embed = match nodes.get(index) {
            Some(SafeNode::Element(element)) if element.tag == "p" => {
                lone(&element.children).and_then(url_of).and_then(recognise)
            }
            Some(node @ (SafeNode::Element(_) | SafeNode::Text(_)))
                if apart(nodes.get(..index).unwrap_or_default().iter().rev())
                    && apart(nodes.get(index + 1..).unwrap_or_default().iter()) =>
            {
                url_of(node).and_then(recognise)
            }
            _ => None,
        };
        if let (Some(embed), Some(slot)) = (embed, nodes.get_mut(index)) {
            *slot = SafeNode::Embed(embed);
        }
    }
}

/// The URL a node is: a link's `href`, or a text that is nothing but one URL.
fn url_of(node: &SafeNode) -> Option<&str> {
    match node {
        SafeNode::Element(SafeElement {
            tag: "a",
            attributes,
            ..
        }) => attributes
            .iter()
            .find(|(name, _)| *name == "href")
            .map(|(_, href)| href.as_str()),
        SafeNode::Text(text) => Some(text.trim()),
        _ => None,
    }
}

/// The one node among `children` that is not blank text.
fn lone(children: &[SafeNode]) -> Option<&SafeNode> {
    let mut solid = children.iter().filter(|node| !blank(node));
    let first = solid.next()?;
    solid.next().is_none().then_some(first)
}

/// Whether the first node (blank text aside) of `siblings` is a block, or there is none.
fn apart<'a>(mut siblings: impl Iterator<Item = &'a SafeNode>) -> bool {
    match siblings.find(|node| !blank(node)) {
        None | Some(SafeNode::Embed(_)) => true,
        Some(SafeNode::Element(element)) => matches!(
            element.tag,
            "p" | "ul"
                | "ol"
                | "blockquote"
                | "pre"
                | "hr"
                | "figure"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
        ),
        Some(SafeNode::Text(_)) => false,
    }
}

fn blank(node: &SafeNode) -> bool {
    matches!(node, SafeNode::Text(text) if text.trim().is_empty())
}

fn strip_scheme(url: &str) -> Option<&str> {
    ["https://", "http://"].into_iter().find_map(|scheme| {
        let head = url.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme)
            .then(|| url.get(scheme.len()..))
            .flatten()
    })
}

fn youtube(id: &str) -> Option<(Provider, [&str; 4])> {
    (id.len() == 11 && made_of(id, 11, id_char)).then_some((
        Provider::YouTube,
        ["https://www.youtube-nocookie.com/embed/", id, "", ""],
    ))
}

/// A Bluesky account's DID: `did:plc:` and 24 base32 letters, or `did:web:` and a host name.
fn did(actor: &str) -> bool {
    if let Some(key) = actor.strip_prefix("did:plc:") {
        key.len() == 24
            && made_of(key, 24, |b| {
                b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)
            })
    } else if let Some(host) = actor.strip_prefix("did:web:") {
        handle(host)
    } else {
        false
    }
}

/// A Bluesky handle: a host name such as `efa.bsky.social`.
fn handle(actor: &str) -> bool {
    actor.contains('.')
        && !actor.starts_with(['.', '-'])
        && made_of(actor, 253, |b| {
            b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
        })
}

/// A post's record key, such as `3lbf3etdjxc24`.
fn record_key(key: &str) -> bool {
    key != "." && key != ".." && made_of(key, 64, |b| id_char(b) || b == b'.' || b == b'~')
}

/// Whether `text` is 1 to `max` bytes, every one `allowed`.
fn made_of(text: &str, max: usize, allowed: fn(u8) -> bool) -> bool {
    !text.is_empty() && text.len() <= max && text.bytes().all(allowed)
}

fn digits(text: &str, max: usize) -> bool {
    made_of(text, max, |b| b.is_ascii_digit())
}

/// Letters, digits and `_`: user names on X.
fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Letters, digits, `_` and `-`: YouTube ids, Instagram codes.
fn id_char(b: u8) -> bool {
    word(b) || b == b'-'
}

#[cfg(test)]
mod tests;

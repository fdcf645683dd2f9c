use super::*;

fn frame(url: &str) -> Option<String> {
    recognise(url).and_then(|embed| embed.frame)
}

fn provider(url: &str) -> Option<Provider> {
    recognise(url).map(|embed| embed.provider)
}

#[test]
fn youtube_links_of_every_shape_load_from_the_no_cookie_host() {
    let player = Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ".to_owned());
    for url in [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com/watch?v=dQw4w9WgXcQ",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
        "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ#comments",
        "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=abc",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ] {
        assert_eq!(frame(url), player, "{url}");
    }
    let embed = recognise("https://youtu.be/dQw4w9WgXcQ").expect("an embed");
    assert_eq!(embed.kind, Kind::Video);
    assert_eq!(embed.url, "https://youtu.be/dQw4w9WgXcQ");
}

#[test]
fn vimeo_x_instagram_tiktok_and_spotify_links_become_their_players() {
    for (url, player, kind) in [
        (
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
            Kind::Video,
        ),
        (
            "https://player.vimeo.com/video/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
            Kind::Video,
        ),
        (
            "https://x.com/harbour_desk/status/1862193049981284352",
            "https://platform.twitter.com/embed/Tweet.html?id=1862193049981284352&dnt=true",
            Kind::Post,
        ),
        (
            "https://mobile.twitter.com/harbour_desk/status/1862193049981284352/photo/1",
            "https://platform.twitter.com/embed/Tweet.html?id=1862193049981284352&dnt=true",
            Kind::Post,
        ),
        (
            "https://www.instagram.com/p/C9xYz_12-ab/",
            "https://www.instagram.com/p/C9xYz_12-ab/embed",
            Kind::Post,
        ),
        (
            "https://instagram.com/reel/C9xYz_12-ab?igsh=x",
            "https://www.instagram.com/p/C9xYz_12-ab/embed",
            Kind::Post,
        ),
        (
            "https://www.tiktok.com/@harbour.desk/video/7439123456789012345",
            "https://www.tiktok.com/embed/v2/7439123456789012345",
            Kind::Post,
        ),
        (
            "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk",
            "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk",
            Kind::Audio,
        ),
        (
            "https://open.spotify.com/intl-de/track/4cOdK2wGLETKBW3PvgPWqT?si=1",
            "https://open.spotify.com/embed/track/4cOdK2wGLETKBW3PvgPWqT",
            Kind::Audio,
        ),
        (
            "https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M",
            "https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M",
            Kind::Audio,
        ),
    ] {
        let embed = recognise(url).unwrap_or_else(|| panic!("{url} is an embed"));
        assert_eq!(embed.frame.as_deref(), Some(player), "{url}");
        assert_eq!(embed.kind, kind, "{url}");
    }
}

#[test]
fn bluesky_posts_embed_by_did_and_are_plain_links_by_handle() {
    assert_eq!(
        frame("https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kkrqzuydho2v"),
        Some(
            "https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kkrqzuydho2v"
                .to_owned()
        )
    );
    assert!(frame("https://bsky.app/profile/did:web:news.example/post/3kkrqzuydho2v").is_some());
    // embed.bsky.app refuses handles ("Invalid DID"): the placeholder is a link to the post.
    let by_handle = recognise("https://bsky.app/profile/efa.bsky.social/post/3kkrqzuydho2v")
        .expect("a Bluesky post");
    assert_eq!(by_handle.provider, Provider::Bluesky);
    assert_eq!(by_handle.frame, None);
    for url in [
        "https://bsky.app/profile/did:plc:short/post/3kkrqzuydho2v",
        "https://bsky.app/profile/did:plc:Z72I7HDYNMK6R22Z27H6TVUR/post/3kkrqzuydho2v",
        "https://bsky.app/profile/did:key:z6Mkabc/post/3kkrqzuydho2v",
        "https://bsky.app/profile/nodots/post/3kkrqzuydho2v",
        "https://bsky.app/profile/efa.bsky.social/post/..",
        "https://bsky.app/profile/efa.bsky.social/post/3kk%2F..",
        "https://bsky.app/profile/efa.bsky.social",
    ] {
        assert_eq!(recognise(url), None, "{url}");
    }
}

#[test]
fn provider_names_are_as_readers_know_them() {
    let names: Vec<&str> = [
        "https://youtu.be/dQw4w9WgXcQ",
        "https://vimeo.com/1",
        "https://x.com/a/status/1",
        "https://www.instagram.com/p/abc/",
        "https://bsky.app/profile/a.example/post/3k",
        "https://www.tiktok.com/@a/video/1",
        "https://open.spotify.com/show/abc",
    ]
    .iter()
    .filter_map(|url| provider(url))
    .map(Provider::name)
    .collect();
    assert_eq!(
        names,
        [
            "YouTube",
            "Vimeo",
            "X",
            "Instagram",
            "Bluesky",
            "TikTok",
            "Spotify"
        ]
    );
}

#[test]
fn lookalike_hosts_user_info_and_ports_are_not_the_provider() {
    for url in [
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com:evil@evil.example/watch?v=dQw4w9WgXcQ",
        "https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com:8080/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com./watch?v=dQw4w9WgXcQ",
        "https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com\\@evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com%2F@evil.example/watch?v=dQw4w9WgXcQ",
        "https://xn--youtube-evil.example/watch?v=dQw4w9WgXcQ",
        "https://www.evil.example/watch?v=dQw4w9WgXcQ",
        "https://notx.com/a/status/1",
        "https://x.com.evil.example/a/status/1",
        "https://open.spotify.com.evil.example/track/4cOdK2wGLETKBW3PvgPWqT",
        "https://spotify.com/track/4cOdK2wGLETKBW3PvgPWqT",
        "https://bsky.app.evil.example/profile/efa.bsky.social/post/3k",
        "https://www.www.youtube.com/watch?v=dQw4w9WgXcQ",
    ] {
        assert_eq!(recognise(url), None, "{url}");
    }
}

#[test]
fn other_schemes_and_malformed_urls_are_not_embeds() {
    for url in [
        "javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ",
        "javascript://www.youtube.com/watch?v=dQw4w9WgXcQ%0aalert(1)",
        "data:text/html,https://youtu.be/dQw4w9WgXcQ",
        "ftp://youtu.be/dQw4w9WgXcQ",
        "//youtu.be/dQw4w9WgXcQ",
        "youtu.be/dQw4w9WgXcQ",
        "https:/youtu.be/dQw4w9WgXcQ",
        " https://youtu.be/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ extra",
        "https://youtu.be/dQw4w9WgXcQ\n",
        "https://youtu.be/dQw4w9WgXcQ\u{0}",
        "https://youtu.be/dQw4w9WgXcQé",
        "",
        "https://",
        "https://youtu.be",
        "https://youtu.be/",
    ] {
        assert_eq!(recognise(url), None, "{url:?}");
    }
    let long = format!("https://youtu.be/dQw4w9WgXcQ?{}", "a".repeat(MAX_URL));
    assert_eq!(recognise(&long), None);
}

#[test]
fn ids_outside_the_providers_character_sets_are_refused() {
    for url in [
        "https://youtu.be/dQw4w9WgXc\"",
        "https://youtu.be/dQw4w9WgXc'",
        "https://youtu.be/dQw4w9<b>XcQ",
        "https://youtu.be/dQw4w9WgXcQQ",
        "https://youtu.be/short",
        "https://youtu.be/dQw4%22WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ/extra",
        "https://www.youtube.com/watch?v=dQw4w9WgXc%22",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ%26x",
        "https://www.youtube.com/watch?v=../../evil",
        "https://www.youtube.com/watch?vv=dQw4w9WgXcQ",
        "https://www.youtube.com/watch",
        "https://www.youtube.com/shorts/dQw4w9WgXc%2F",
        "https://vimeo.com/123abc",
        "https://vimeo.com/channels/staffpicks",
        "https://vimeo.com/1234567890123",
        "https://x.com/a/status/12x3",
        "https://x.com/bad-name/status/123",
        "https://x.com/a/status/%31%32",
        "https://x.com/a/likes",
        "https://www.instagram.com/p/abc%27def/",
        "https://www.instagram.com/p/abc.def/",
        "https://www.instagram.com/efa/",
        "https://www.tiktok.com/harbour/video/123",
        "https://www.tiktok.com/@harbour/video/12a",
        "https://www.tiktok.com/@har%22bour/video/123",
        "https://open.spotify.com/artist/4cOdK2wGLETKBW3PvgPWqT",
        "https://open.spotify.com/track/4cOdK2wG-ETKBW3PvgPWqT",
        "https://open.spotify.com/track/%22onload%3D",
        "https://open.spotify.com/intl-de/x/track/4cOdK2wGLETKBW3PvgPWqT",
    ] {
        assert_eq!(recognise(url), None, "{url}");
    }
}

#[test]
fn frames_are_built_from_checked_ids_only() {
    // Whatever the feed's link carries besides the id never reaches the iframe.
    let embed = recognise(
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=%22%3E%3Cscript%3E&x=javascript:alert(1)",
    )
    .expect("an embed");
    assert_eq!(
        embed.frame.as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    );
    let embed = recognise("https://x.com/a/status/1?s=%22onerror%3D#<img>").expect("an embed");
    assert_eq!(
        embed.frame.as_deref(),
        Some("https://platform.twitter.com/embed/Tweet.html?id=1&dnt=true")
    );
}

fn text(text: &str) -> SafeNode {
    SafeNode::Text(text.to_owned())
}

fn element(tag: &'static str, children: Vec<SafeNode>) -> SafeNode {
    SafeNode::Element(SafeElement {
        tag,
        attributes: Vec::new(),
        children,
    })
}

fn link(href: &str, label: &str) -> SafeNode {
    SafeNode::Element(SafeElement {
        tag: "a",
        attributes: vec![("href", href.to_owned())],
        children: vec![text(label)],
    })
}

/// The providers of the embeds in `nodes`, in order, and `-` for each other top-level node.
fn placed(mut nodes: Vec<SafeNode>) -> Vec<&'static str> {
    place(&mut nodes);
    nodes
        .iter()
        .map(|node| match node {
            SafeNode::Embed(embed) => embed.provider.name(),
            _ => "-",
        })
        .collect()
}

const VIDEO: &str = "https://youtu.be/dQw4w9WgXcQ";

#[test]
fn a_paragraph_holding_only_a_link_becomes_an_embed() {
    assert_eq!(
        placed(vec![
            element("p", vec![text("Before.")]),
            element("p", vec![link(VIDEO, "Watch the statement")]),
            element("p", vec![text("  "), link(VIDEO, VIDEO), text("\n")]),
            element("p", vec![text(VIDEO)]),
            element("p", vec![text(&format!("  {VIDEO} "))]),
        ]),
        ["-", "YouTube", "YouTube", "YouTube", "YouTube"]
    );
}

#[test]
fn links_inside_sentences_stay_links() {
    assert_eq!(
        placed(vec![
            element(
                "p",
                vec![text("Watch "), link(VIDEO, "the statement"), text(".")]
            ),
            element("p", vec![link(VIDEO, "one"), link(VIDEO, "two")]),
            element("p", vec![element("strong", vec![link(VIDEO, "bold")])]),
            element("p", vec![text(&format!("See {VIDEO}"))]),
            element(
                "blockquote",
                vec![element("p", vec![link(VIDEO, "quoted")])]
            ),
            element("ul", vec![element("li", vec![link(VIDEO, "listed")])]),
        ]),
        ["-", "-", "-", "-", "-", "-"]
    );
}

#[test]
fn a_link_alone_at_the_top_level_between_blocks_becomes_an_embed() {
    assert_eq!(
        placed(vec![
            link(VIDEO, "alone"),
            text("\n"),
            element("h3", vec![text("Heading")]),
            text(VIDEO),
            element("hr", Vec::new()),
            link("https://vimeo.com/76979871", "two in a row"),
            link(VIDEO, "on one line"),
        ]),
        ["YouTube", "-", "-", "YouTube", "-", "-", "-"]
    );
    assert_eq!(placed(vec![text("Said "), link(VIDEO, "this")]), ["-", "-"]);
    assert_eq!(placed(vec![link(VIDEO, "only")]), ["YouTube"]);
}

#[test]
fn links_elsewhere_and_unknown_providers_are_left_alone() {
    let mut nodes = vec![
        element("p", vec![link("https://news.example/story", "story")]),
        element("p", vec![link("mailto:desk@news.example", "mail")]),
        element("p", vec![text("https://news.example/")]),
    ];
    let before = nodes.clone();
    place(&mut nodes);
    assert_eq!(nodes, before);
}

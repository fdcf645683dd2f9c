//! A click-to-load embed: a placeholder that sends nothing to the provider until the reader
//! presses its button, then the provider's player in a sandboxed iframe.

use super::external_link::external_link;
use crate::core::embed::{Embed, Kind};
use crate::core::strings::Strings;
use web_sys::HtmlElement;
use yew::{function_component, html, use_effect_with, use_node_ref, use_state, Html, Properties};

/// Props of [`EmbedCard`].
#[derive(Properties, PartialEq)]
pub struct EmbedCardProps {
    /// The recognised link.
    pub embed: Embed,
    /// The widget's words.
    pub strings: &'static Strings,
}

/// Renders the placeholder (a privacy note and a "Load …" button in the room the player will
/// take, and a link to the original), or once pressed the iframe, which then takes the focus the
/// button had. A link without a player (a Bluesky post named by handle) is only the link.
#[function_component]
pub fn EmbedCard(props: &EmbedCardProps) -> Html {
    let EmbedCardProps { embed, strings } = props;
    let loaded = use_state(bool::default);
    let frame_ref = use_node_ref();
    {
        let frame_ref = frame_ref.clone();
        // Runs when `loaded` changes, which only the reader's press does.
        use_effect_with(*loaded, move |loaded| {
            if let (true, Some(frame)) = (*loaded, frame_ref.cast::<HtmlElement>()) {
                let _ = frame.focus();
            }
        });
    }
    let name = embed.provider.name();
    let say = |template: &str| Strings::with_provider(template, name);
    let open = external_link(embed.url.clone(), say(strings.embed_open));
    let Some(frame) = &embed.frame else {
        return html! { <p class="lb-embed lb-embed-link">{ open }</p> };
    };
    let label = match embed.kind {
        Kind::Video => strings.embed_load_video,
        Kind::Audio => strings.embed_load_audio,
        Kind::Post => strings.embed_load_post,
    };
    let onclick = {
        let loaded = loaded.clone();
        move |_| loaded.set(true)
    };
    html! {
        <figure class={embed.kind.class()}>
            <div class="lb-embed-frame">
                if *loaded {
                    <iframe ref={frame_ref} src={frame.clone()} title={say(strings.embed_title)}
                            loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
                            allow="fullscreen; encrypted-media; picture-in-picture"
                            referrerpolicy="strict-origin-when-cross-origin"></iframe>
                } else {
                    <p class="lb-embed-privacy">{ say(strings.embed_privacy) }</p>
                    <button type="button" class="lb-embed-load" {onclick}>{ say(label) }</button>
                }
            </div>
            <figcaption>{ open }</figcaption>
        </figure>
    }
}

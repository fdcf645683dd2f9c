//! A click-to-load embed: a placeholder that sends nothing to the provider until the reader
//! presses its button (`web::embed_player` then puts the provider's player in).

use super::external_link::external_link;
use crate::core::embed::{Embed, Kind};
use crate::core::strings::Strings;
use yew::{html, Html};

/// Renders the placeholder (a privacy note and a "Load …" button in the room the player will
/// take) and a link to the original. A link without a player (a Bluesky post named by handle)
/// is only the link.
///
/// A plain function: the player is no state of the view. It goes into the placeholder's frame,
/// after the elements rendered here, which the stylesheet then hides; Yew leaves it alone, as
/// it leaves every node it did not render. The figure is keyed by the player's URL, so that an
/// edit that puts another embed in its place replaces the figure, and a player loaded for this
/// one with it.
pub fn embed_card(embed: &Embed, strings: &Strings) -> Html {
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
    html! {
        <figure key={frame.as_str()} class={embed.kind.class()}>
            <div class="lb-embed-frame">
                <p class="lb-embed-privacy">{ say(strings.embed_privacy) }</p>
                <button type="button" class="lb-embed-load">{ say(label) }</button>
            </div>
            <figcaption>{ open }</figcaption>
        </figure>
    }
}

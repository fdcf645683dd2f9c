//! The player behind a click-to-load embed, put in when the reader presses its button.
//!
//! A card holds the placeholder only (`core::card`); the player is the browser's state alone,
//! like a link's focus: an iframe added to the placeholder's frame, which the stylesheet then
//! shows instead of the note and the button (an edit of the update keeps it, `web::morph`). It
//! is built from the link the placeholder stands for (its caption's), read again by the core, so
//! its URL passes the same checks as when the placeholder was made.

use crate::core::embed::recognise;
use crate::core::strings::Strings;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, MouseEvent};

/// The iframe's attributes besides its `src` and `title`: no access to the page, scripts for the
/// player, and no referrer beyond the page's origin.
const FRAME: [(&str, &str); 4] = [
    ("loading", "lazy"),
    (
        "sandbox",
        "allow-scripts allow-same-origin allow-popups allow-presentation",
    ),
    ("allow", "fullscreen; encrypted-media; picture-in-picture"),
    ("referrerpolicy", "strict-origin-when-cross-origin"),
];

/// Loads the player of the embed whose "Load …" button `event` pressed, once, and moves the
/// focus to it from the button, which is hidden. Whether `event` was such a press.
pub fn load(event: &MouseEvent, strings: &Strings) -> bool {
    let Some(button) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .and_then(|target| target.closest(".lb-embed-load").ok().flatten())
    else {
        return false;
    };
    let _ = put_player(&button, strings);
    true
}

/// Puts the player in the frame that holds `button`, unless one is there already.
fn put_player(button: &Element, strings: &Strings) -> Option<()> {
    let frame = button.parent_element()?;
    if frame.query_selector("iframe").ok()?.is_some() {
        return None;
    }
    let original = button
        .closest(".lb-embed")
        .ok()??
        .query_selector("figcaption a")
        .ok()??
        .get_attribute("href")?;
    let embed = recognise(&original)?;
    let src = embed.frame?;
    let title = Strings::with_provider(strings.embed_title, embed.provider.name());
    let player = button.owner_document()?.create_element("iframe").ok()?;
    for (name, value) in [("src", src.as_str()), ("title", &title)]
        .into_iter()
        .chain(FRAME)
    {
        player.set_attribute(name, value).ok()?;
    }
    frame.append_child(&player).ok()?;
    player.dyn_into::<HtmlElement>().ok()?.focus().ok()
}

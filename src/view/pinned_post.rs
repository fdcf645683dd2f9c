//! The pinned slot above the updates; a long pinned post starts folded, with "Read more".

use crate::core::strings::Strings;
use crate::core::Update;
use std::rc::Rc;
use yew::{function_component, html, use_state, Html, NodeRef, Properties};

/// Props of [`PinnedPost`].
#[derive(Properties)]
pub struct PinnedPostProps {
    /// The pinned update.
    pub update: Rc<Update>,
    /// The widget's words.
    pub strings: &'static Strings,
    /// Set on the slot, where the widget puts the update's card for each render
    /// (`web::cards`), between the label and "Read more".
    pub slot: NodeRef,
    /// The card as a snapshot writes it; nothing in the browser.
    #[prop_or_default]
    pub card: Html,
}

/// Compared by the update, the words by pointer (`web::language` keeps one table per language
/// and overrides for the page's life).
impl PartialEq for PinnedPostProps {
    fn eq(&self, other: &Self) -> bool {
        self.update == other.update
            && std::ptr::eq(self.strings, other.strings)
            && self.slot == other.slot
            && self.card == other.card
    }
}

/// Renders the pinned slot. Folding is the reader's choice alone: a poll that edits the post
/// leaves it as they set it.
#[function_component]
pub fn PinnedPost(props: &PinnedPostProps) -> Html {
    let PinnedPostProps {
        update,
        strings,
        slot,
        card,
    } = props;
    let unfolded = use_state(bool::default);
    let long = update.body.is_long();
    let toggle = {
        let unfolded = unfolded.clone();
        move |_| unfolded.set(!*unfolded)
    };
    html! {
        <section class={if long && !*unfolded { "lb-pinned lb-folded" } else { "lb-pinned" }}
                 aria-label={strings.pinned} ref={slot.clone()}>
            <p class="lb-pinned-label">{ strings.pinned }</p>
            { card.clone() }
            if long {
                <button type="button" class="lb-unfold" aria-expanded={unfolded.to_string()} onclick={toggle}>
                    { if *unfolded { strings.show_less } else { strings.read_more } }
                </button>
            }
        </section>
    }
}

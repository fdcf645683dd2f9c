//! The pinned slot above the updates; a long pinned post starts folded, with "Read more".

use super::platform::TimeFormat;
use super::update_card::UpdateCard;
use crate::core::strings::Strings;
use crate::core::Update;
use std::rc::Rc;
use yew::{function_component, html, use_state, AttrValue, Html, Properties};

/// Props of [`PinnedPost`].
#[derive(Properties)]
pub struct PinnedPostProps {
    /// The pinned update.
    pub update: Rc<Update>,
    /// The widget's time formatters.
    pub time: Rc<TimeFormat>,
    /// The widget's words.
    pub strings: &'static Strings,
    /// The feed's URL, against which the update's relative links resolve.
    pub base: AttrValue,
    /// Whether its link was just copied.
    #[prop_or_default]
    pub copied: bool,
}

/// Compared as [`UpdateCardProps`](super::update_card::UpdateCardProps) are: the words by
/// pointer.
impl PartialEq for PinnedPostProps {
    fn eq(&self, other: &Self) -> bool {
        self.update == other.update
            && (Rc::ptr_eq(&self.time, &other.time) || self.time == other.time)
            && std::ptr::eq(self.strings, other.strings)
            && self.base == other.base
            && self.copied == other.copied
    }
}

/// Renders the pinned update in its own labelled slot. Folding is the reader's choice alone:
/// a poll that edits the post leaves it as they set it.
#[function_component]
pub fn PinnedPost(props: &PinnedPostProps) -> Html {
    let PinnedPostProps {
        update,
        time,
        strings,
        base,
        copied,
    } = props;
    let unfolded = use_state(bool::default);
    let long = update.body.is_long();
    let toggle = {
        let unfolded = unfolded.clone();
        move |_| unfolded.set(!*unfolded)
    };
    html! {
        <section class={if long && !*unfolded { "lb-pinned lb-folded" } else { "lb-pinned" }}
                 aria-label={strings.pinned}>
            <p class="lb-pinned-label">{ strings.pinned }</p>
            <UpdateCard update={Rc::clone(update)} time={Rc::clone(time)} {strings} base={base.clone()} anchor={false}
                        copied={*copied} />
            if long {
                <button type="button" class="lb-unfold" aria-expanded={unfolded.to_string()} onclick={toggle}>
                    { if *unfolded { strings.show_less } else { strings.read_more } }
                </button>
            }
        </section>
    }
}

//! The pinned slot above the updates.

use super::update_card::UpdateCard;
use crate::core::strings::Strings;
use crate::core::Update;
use crate::web::time::TimeFormat;
use std::rc::Rc;
use yew::{html, AttrValue, Html};

/// Renders the pinned update in its own labelled slot.
pub fn pinned_post(
    update: &Rc<Update>,
    time: &Rc<TimeFormat>,
    strings: &'static Strings,
    base: &AttrValue,
) -> Html {
    html! {
        <section class="lb-pinned" aria-label={strings.pinned}>
            <p class="lb-pinned-label">{ strings.pinned }</p>
            <UpdateCard update={Rc::clone(update)} time={Rc::clone(time)} {strings} base={base.clone()} anchor={false} />
        </section>
    }
}

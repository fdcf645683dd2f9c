//! An update's pictures: lazily loaded, with alt text, caption and credit, in room reserved
//! before they load (their width and height when the feed gives them, else a 3:2 box).

use crate::core::Image;
use yew::{html, Html};

/// The main picture, then the others as a small gallery in feed order.
pub fn pictures(images: &[Image]) -> Html {
    let Some((main, others)) = images.split_first() else {
        return Html::default();
    };
    html! {
        <>
            { figure(main) }
            if !others.is_empty() {
                <div class="lb-gallery">{ for others.iter().map(figure) }</div>
            }
        </>
    }
}

fn figure(image: &Image) -> Html {
    let (width, height) = image
        .size
        .map(|(width, height)| (width.to_string(), height.to_string()))
        .unzip();
    html! {
        <figure class="lb-figure">
            <img src={image.url.clone()} alt={image.alt.clone()} {width} {height}
                 loading="lazy" decoding="async" />
            if image.caption.is_some() || image.credit.is_some() {
                <figcaption dir="auto">
                    if let Some(caption) = &image.caption {
                        { caption.clone() }
                        if image.credit.is_some() { { " " } }
                    }
                    if let Some(credit) = &image.credit {
                        <span class="lb-credit">{ credit.clone() }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}

//! URLs and the page's language, as the browser sees them.

use web_sys::Url;

/// `url` made absolute against `base` by the browser's URL parser, or `None` when it cannot be.
pub fn resolve(url: &str, base: &str) -> Option<String> {
    Url::new_with_base(url, base).ok().map(|url| url.href())
}

/// The page's base URL (`document.baseURI`), against which a relative feed URL is resolved.
pub fn page_base() -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// The page's `<html lang>`, when it has one.
pub fn page_language() -> Option<String> {
    let lang = web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("lang")?;
    let lang = lang.trim();
    (!lang.is_empty()).then(|| lang.to_owned())
}

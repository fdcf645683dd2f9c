//! Times for readers, formatted by the browser's `Intl` in their own time zone.

use crate::core::{Age, Timestamp};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat(locales, options)`, catching the `RangeError` of a malformed locale
    /// (js-sys's binding lets it unwind through the widget).
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locales: &Array, options: &Object)
        -> Result<Intl::DateTimeFormat, JsValue>;

    /// `Intl.RelativeTimeFormat`, bound here so that constructing one can catch the
    /// `RangeError` of a malformed locale.
    #[wasm_bindgen(js_namespace = Intl)]
    type RelativeTimeFormat;

    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = RelativeTimeFormat)]
    fn new(locales: &Array, options: &Object) -> Result<RelativeTimeFormat, JsValue>;

    #[wasm_bindgen(method)]
    fn format(this: &RelativeTimeFormat, value: f64, unit: &str) -> String;
}

/// Formats timestamps for one locale. Building `Intl.DateTimeFormat`s is slow, so a widget
/// builds its formatters once and reuses them for every update.
pub struct TimeFormat {
    short: Intl::DateTimeFormat,
    with_day: Intl::DateTimeFormat,
    full: Intl::DateTimeFormat,
    relative: Option<RelativeTimeFormat>,
}

impl PartialEq for TimeFormat {
    fn eq(&self, other: &Self) -> bool {
        JsValue::from(&self.short) == JsValue::from(&other.short)
    }
}

impl TimeFormat {
    /// Formatters for `locale` (a BCP 47 tag). The browser picks its closest supported language;
    /// a malformed tag falls back to the browser's default locale.
    pub fn new(locale: &str) -> Self {
        let locales = Array::of1(&JsValue::from_str(locale));
        let format = |pairs: &[(&str, &str)]| {
            let options = Object::new();
            for (key, value) in pairs {
                let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
            }
            date_time_format(&locales, &options)
                .or_else(|_| date_time_format(&Array::new(), &options))
                .unwrap_or_else(|_| Intl::DateTimeFormat::new(&Array::new(), &Object::new()))
        };
        Self {
            short: format(&[("hour", "numeric"), ("minute", "2-digit")]),
            with_day: format(&[
                ("day", "numeric"),
                ("month", "short"),
                ("hour", "numeric"),
                ("minute", "2-digit"),
            ]),
            full: format(&[("dateStyle", "full"), ("timeStyle", "long")]),
            relative: {
                let options = Object::new();
                let _ = Reflect::set(&options, &"numeric".into(), &"auto".into());
                RelativeTimeFormat::new(&locales, &options)
                    .or_else(|_| RelativeTimeFormat::new(&Array::new(), &options))
                    .ok()
            },
        }
    }

    /// An age in words: "5 minutes ago", "now", "gestern".
    pub fn ago(&self, age: Age) -> String {
        self.relative
            .as_ref()
            .map(|relative| relative.format(age.value as f64, age.unit))
            .unwrap_or_default()
    }

    /// The time alone for today's updates ("14:05", "2:05 PM"), with the day otherwise
    /// ("29 Nov, 14:05").
    pub fn clock(&self, at: Timestamp) -> String {
        let date = date(at);
        let today = Date::new_0();
        let same_day = date.get_full_year() == today.get_full_year()
            && date.get_month() == today.get_month()
            && date.get_date() == today.get_date();
        let formatter = if same_day {
            &self.short
        } else {
            &self.with_day
        };
        call(formatter, &date)
    }

    /// The full date and time with the time zone, for tooltips and screen readers.
    pub fn full(&self, at: Timestamp) -> String {
        call(&self.full, &date(at))
    }
}

/// The browser's clock, now.
pub fn now() -> Timestamp {
    Timestamp(Date::now() as i64)
}

fn date(at: Timestamp) -> Date {
    Date::new(&JsValue::from_f64(at.0 as f64))
}

fn call(formatter: &Intl::DateTimeFormat, date: &Date) -> String {
    formatter
        .format()
        .call1(&JsValue::NULL, date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

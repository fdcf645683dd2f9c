use super::*;
use crate::document::read_value;
use liveblog::core::normalize::normalize;
use liveblog::core::Feed;
use serde_json::json;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-30T15:00:00Z").expect("a date")
}

fn read(document: &Value) -> FeedDocument {
    read_value(document, now()).expect("readable")
}

fn shown(document: &Value) -> Feed {
    normalize(read(document).wire, &|url| Some(url.to_owned()))
}

fn json_feed() -> Value {
    json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour summit: live",
        "home_page_url": "https://news.example/live/summit",
        "language": "en-GB",
        "_liveblog": {"status": "live", "key_points": ["A fund"], "poll_interval": 30},
        "items": [
            {"id": "u-2", "url": "https://news.example/live/summit#u-2", "title": "A fund",
             "content_text": "Agreed.", "summary": "In short",
             "date_published": "2026-11-30T12:30:00Z", "date_modified": "2026-11-30T12:45:00Z",
             "authors": [{"name": "Tom Ashcroft", "url": "https://news.example/staff/tom"}],
             "image": "https://news.example/img/fund.jpg",
             "attachments": [{"url": "https://news.example/img/fund.jpg", "mime_type": "image/jpeg",
                              "title": "Delegates shake hands",
                              "_liveblog": {"credit": "Photo: Efa Llewelyn", "width": 1200, "height": 800}}],
             "_liveblog": {"key_event": true}},
            {"id": "u-1", "title": "Welcome", "content_text": "Follow along.",
             "date_published": "2026-11-30T09:00:00Z", "_liveblog": {"pinned": true}}
        ]
    })
}

#[test]
fn a_json_feed_becomes_a_posting_the_widget_reads_the_same() {
    let converted = convert(&read(&json_feed()), Target::LiveBlogPosting);
    assert_eq!(converted.notes, Vec::<String>::new());
    let posting = &converted.document;
    assert_eq!(posting["@type"], "LiveBlogPosting");
    assert_eq!(posting["liveBlogUpdate"][0]["@id"], "u-2");
    assert_eq!(
        posting["liveBlogUpdate"][0]["image"],
        json!({"@type": "ImageObject", "url": "https://news.example/img/fund.jpg",
               "caption": "Delegates shake hands", "creditText": "Photo: Efa Llewelyn",
               "width": 1200, "height": 800})
    );
    assert_eq!(shown(posting), shown(&json_feed()));
}

#[test]
fn json_feed_to_posting_and_back_is_lossless() {
    let posting = convert(&read(&json_feed()), Target::LiveBlogPosting).document;
    let back = convert(&read(&posting), Target::JsonFeed).document;
    assert_eq!(back, json_feed());
}

#[test]
fn a_closed_blog_stays_closed_both_ways() {
    let mut feed = json_feed();
    feed["expired"] = json!(true);
    feed["_liveblog"]["status"] = json!("closed");
    let posting = convert(&read(&feed), Target::LiveBlogPosting).document;
    assert_eq!(posting["coverageEndTime"], "2026-11-30T12:45:00Z");
    assert_eq!(posting["_liveblog"]["status"], "closed");
    let back = convert(&read(&posting), Target::JsonFeed).document;
    assert_eq!(back["expired"], true);
    assert_eq!(shown(&back), shown(&feed));
}

#[test]
fn what_json_ld_cannot_hold_is_noted() {
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1", "title": "T", "next_url": "page-2.json",
        "items": [
            {"id": "a", "content_html": "<p>One <b>two</b></p><p>Three</p>", "tags": ["x"],
             "attachments": [{"url": "https://x.example/a.mp3", "mime_type": "audio/mpeg"}]},
            {"id": "b", "content_html": "<p>Four</p>"},
            {"content_text": "no id"}
        ]
    });
    let converted = convert(&read(&feed), Target::LiveBlogPosting);
    assert_eq!(
        converted.document["liveBlogUpdate"][0]["articleBody"],
        "One two\n\nThree"
    );
    assert_eq!(
        converted.notes,
        [
            "next_url has no LiveBlogPosting property: left out (older pages are not linked)",
            "content_html becomes plain text: articleBody has no HTML (2 times)",
            "attachments other than the picture have no LiveBlogPosting property: left out",
            "tags have no LiveBlogPosting property the widget reads: left out",
            "an item without an id is left out, as the widget leaves it out",
        ]
    );
}

#[test]
fn a_caption_and_the_other_pictures_are_noted_and_the_shared_fields_kept() {
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1", "title": "T",
        "items": [{"id": "a", "content_text": "Pictures", "image": "https://x.example/a.jpg",
            "attachments": [
                {"url": "https://x.example/a.jpg", "mime_type": "image/jpeg",
                 "_liveblog": {"caption": "At 2pm", "credit": "Agency"}},
                {"url": "https://x.example/b.png", "mime_type": "image/png", "title": "B"}
            ]}]
    });
    let converted = convert(&read(&feed), Target::LiveBlogPosting);
    assert_eq!(
        converted.document["liveBlogUpdate"][0]["image"],
        json!({"@type": "ImageObject", "url": "https://x.example/a.jpg", "creditText": "Agency"})
    );
    assert_eq!(
        converted.notes,
        [
            "a picture's _liveblog.caption has no LiveBlogPosting property (an ImageObject's caption is its alt text): left out",
            "pictures other than the first have no LiveBlogPosting property the widget reads: left out",
        ]
    );
    let back = convert(&read(&converted.document), Target::JsonFeed).document;
    assert_eq!(
        back["items"][0]["attachments"],
        json!([{"url": "https://x.example/a.jpg", "mime_type": "image/jpeg",
                "_liveblog": {"credit": "Agency"}}])
    );
}

#[test]
fn a_posting_becomes_a_json_feed_with_the_ids_the_widget_gives() {
    let posting = json!({
        "@context": "https://schema.org",
        "@graph": [{"@type": "WebPage"}, {
            "@type": "LiveBlogPosting", "headline": "Live", "inLanguage": "en",
            "coverageEndTime": "2026-11-30T14:00:00Z",
            "liveBlogUpdate": [
                {"url": "https://x.example/live#p-1", "articleBody": "One",
                 "author": "Ana", "image": ["https://x.example/a.jpg"]},
                {"headline": "Two", "datePublished": "2026-11-30T10:00:00Z"}
            ]
        }]
    });
    let converted = convert(&read(&posting), Target::JsonFeed);
    let feed = &converted.document;
    assert_eq!(feed["expired"], true);
    assert_eq!(feed["_liveblog"]["status"], "closed");
    assert_eq!(feed["items"][0]["id"], "p-1");
    assert_eq!(feed["items"][0]["authors"], json!([{"name": "Ana"}]));
    assert_eq!(feed["items"][0]["image"], "https://x.example/a.jpg");
    assert!(feed["items"][1]["id"]
        .as_str()
        .is_some_and(|id| id.starts_with("ld-")));
    assert_eq!(
        converted.notes,
        ["coverageEndTime has no JSON Feed field: left out (a past one made the feed expired)"]
    );
    assert_eq!(shown(feed), shown(&posting));
}

#[test]
fn whole_seconds_stay_whole() {
    assert_eq!(number(30.0).to_string(), "30");
    assert_eq!(number(7.5).to_string(), "7.5");
}

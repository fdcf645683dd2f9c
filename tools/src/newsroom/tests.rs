use super::*;
use crate::demo_script::{ScriptedClose, ScriptedImage};
use crate::site::SiteUrls;

const START: u64 = 1_796_047_200; // 2026-11-30T14:00:00Z

fn at(seconds_after_start: u64) -> Timestamp {
    Timestamp::from_unix_seconds(START + seconds_after_start)
}

fn update(id: &str, minutes_ago: Option<u64>) -> ScriptedUpdate {
    ScriptedUpdate {
        id: id.to_owned(),
        minutes_ago,
        title: Some(format!("Title of {id}")),
        content_html: format!("<p>{id}</p>"),
        authors: Vec::new(),
        image: None,
        key_event: false,
        pinned: false,
    }
}

fn script(steps: Vec<Step>) -> DemoScript {
    let mut pinned = update("u-002", Some(20));
    pinned.pinned = true;
    DemoScript {
        title: "Live: test".to_owned(),
        language: "en-GB".to_owned(),
        poll_interval: 10,
        key_points: vec!["first point".to_owned()],
        initial: vec![update("u-001", Some(30)), pinned, update("u-003", Some(10))],
        steps,
    }
}

fn newsroom(steps: Vec<Step>) -> Newsroom {
    Newsroom::open(script(steps), at(0))
}

fn feed(newsroom: &Newsroom) -> crate::json_feed::JsonFeed {
    newsroom.to_json_feed(&SiteUrls::from_origin("http://127.0.0.1:8080"))
}

fn ids(newsroom: &Newsroom) -> Vec<String> {
    feed(newsroom)
        .items
        .into_iter()
        .map(|item| item.id)
        .collect()
}

#[test]
fn initial_updates_are_dated_minutes_before_start() {
    let feed = feed(&newsroom(Vec::new()));
    let u001 = feed.items.iter().find(|item| item.id == "u-001");
    assert_eq!(
        u001.map(|item| item.date_published.as_str()),
        Some("2026-11-30T13:30:00Z")
    );
}

#[test]
fn the_feed_lists_updates_newest_first() {
    assert_eq!(ids(&newsroom(Vec::new())), ["u-003", "u-002", "u-001"]);
}

#[test]
fn a_published_update_goes_to_the_top_dated_now() {
    let mut room = newsroom(vec![Step::Publish(update("u-004", None))]);
    let report = room.advance(at(20));
    assert_eq!(
        report.map(|report| report.outcome),
        Some(StepOutcome::Applied)
    );
    let feed = feed(&room);
    assert_eq!(feed.items[0].id, "u-004");
    assert_eq!(feed.items[0].date_published, "2026-11-30T14:00:20Z");
    assert_eq!(room.last_changed(), at(20));
}

#[test]
fn updates_published_in_the_same_second_keep_the_later_one_first() {
    let mut room = newsroom(Vec::new());
    room.apply(&Step::Publish(update("u-004", None)), at(5));
    room.apply(&Step::Publish(update("u-005", None)), at(5));
    assert_eq!(ids(&room)[..2], ["u-005", "u-004"]);
}

#[test]
fn publishing_an_existing_id_is_skipped() {
    let mut room = newsroom(Vec::new());
    let outcome = room.apply(&Step::Publish(update("u-001", None)), at(5));
    assert_eq!(
        outcome,
        StepOutcome::Skipped(SkipReason::AlreadyPublished("u-001".to_owned()))
    );
    assert_eq!(room.last_changed(), at(0));
}

#[test]
fn an_edit_replaces_only_the_given_fields_and_sets_date_modified() {
    let mut room = newsroom(Vec::new());
    let edit = ScriptedEdit {
        id: "u-001".to_owned(),
        title: None,
        content_html: Some("<p>corrected</p>".to_owned()),
    };
    assert_eq!(room.apply(&Step::Edit(edit), at(40)), StepOutcome::Applied);
    let feed = feed(&room);
    let item = feed.items.iter().find(|item| item.id == "u-001");
    assert_eq!(
        item.map(|i| i.content_html.as_str()),
        Some("<p>corrected</p>")
    );
    assert_eq!(
        item.and_then(|i| i.title.as_deref()),
        Some("Title of u-001")
    );
    assert_eq!(
        item.and_then(|i| i.date_modified.as_deref()),
        Some("2026-11-30T14:00:40Z")
    );
    assert_eq!(room.last_changed(), at(40));
}

#[test]
fn unedited_updates_have_no_date_modified() {
    assert!(feed(&newsroom(Vec::new()))
        .items
        .iter()
        .all(|item| item.date_modified.is_none()));
}

#[test]
fn a_delete_removes_the_update() {
    let mut room = newsroom(Vec::new());
    assert_eq!(
        room.apply(&Step::Delete("u-002".to_owned()), at(1)),
        StepOutcome::Applied
    );
    assert_eq!(ids(&room), ["u-003", "u-001"]);
}

#[test]
fn deleting_an_unknown_update_changes_nothing() {
    let mut room = newsroom(Vec::new());
    let outcome = room.apply(&Step::Delete("u-999".to_owned()), at(1));
    assert_eq!(
        outcome,
        StepOutcome::Skipped(SkipReason::UnknownUpdate("u-999".to_owned()))
    );
    assert_eq!(ids(&room).len(), 3);
    assert_eq!(room.last_changed(), at(0));
}

#[test]
fn key_points_are_replaced_wholesale() {
    let mut room = newsroom(Vec::new());
    let points = vec!["a".to_owned(), "b".to_owned()];
    room.apply(&Step::KeyPoints(points.clone()), at(1));
    assert_eq!(feed(&room).liveblog.key_points, points);
}

#[test]
fn pinning_an_update_unpins_every_other() {
    let mut room = newsroom(Vec::new());
    assert_eq!(
        room.apply(&Step::Pin("u-003".to_owned()), at(1)),
        StepOutcome::Applied
    );
    let pinned: Vec<String> = feed(&room)
        .items
        .into_iter()
        .filter(|item| item.liveblog.is_some_and(|flags| flags.pinned))
        .map(|item| item.id)
        .collect();
    assert_eq!(pinned, ["u-003"]);
}

#[test]
fn pinning_an_unknown_update_keeps_the_current_pin() {
    let mut room = newsroom(Vec::new());
    room.apply(&Step::Pin("u-999".to_owned()), at(1));
    let feed = feed(&room);
    let u002 = feed.items.iter().find(|item| item.id == "u-002");
    assert!(u002
        .and_then(|item| item.liveblog)
        .is_some_and(|flags| flags.pinned));
}

#[test]
fn closing_marks_the_feed_expired_and_drops_the_remaining_steps() {
    let close = Step::Close(ScriptedClose {
        notice: "Over.".to_owned(),
    });
    let mut room = newsroom(vec![close, Step::Delete("u-001".to_owned())]);
    let report = room.advance(at(20));
    assert_eq!(
        report.map(|report| report.to_string()).as_deref(),
        Some("[step 1/2] close \"Over.\"")
    );
    assert!(room.is_closed());
    assert_eq!(room.steps_remaining(), 0);
    assert_eq!(room.advance(at(40)), None);
    let feed = feed(&room);
    assert!(feed.expired);
    assert_eq!(feed.liveblog.status, BlogStatus::Closed);
    assert_eq!(feed.liveblog.notice.as_deref(), Some("Over."));
}

#[test]
fn a_closed_blog_takes_no_more_changes() {
    let mut room = newsroom(Vec::new());
    let close = ScriptedClose {
        notice: "Over.".to_owned(),
    };
    room.apply(&Step::Close(close), at(1));
    let outcome = room.apply(&Step::Delete("u-001".to_owned()), at(2));
    assert_eq!(outcome, StepOutcome::Skipped(SkipReason::Closed));
}

#[test]
fn steps_are_numbered_in_script_order_and_stop_after_the_last() {
    let mut room = newsroom(vec![
        Step::Delete("u-001".to_owned()),
        Step::Pin("u-999".to_owned()),
    ]);
    let first = room.advance(at(20)).map(|report| report.to_string());
    let second = room.advance(at(40)).map(|report| report.to_string());
    assert_eq!(first.as_deref(), Some("[step 1/2] delete u-001"));
    assert_eq!(
        second.as_deref(),
        Some("[step 2/2] pin u-999 (skipped: no published update u-999)")
    );
    assert_eq!(room.advance(at(60)), None);
}

#[test]
fn an_image_becomes_an_absolute_url_and_an_attachment() {
    let mut with_image = update("u-004", None);
    with_image.image = Some(ScriptedImage {
        url: "/demo/img/seafront.svg".to_owned(),
        alt: Some("The seafront".to_owned()),
    });
    with_image.key_event = true;
    let mut room = newsroom(Vec::new());
    room.apply(&Step::Publish(with_image), at(1));
    let json = serde_json::to_value(&feed(&room).items[0]).expect("an item serialises");
    assert_eq!(json["image"], "http://127.0.0.1:8080/demo/img/seafront.svg");
    assert_eq!(
        json["attachments"],
        serde_json::json!([{
            "url": "http://127.0.0.1:8080/demo/img/seafront.svg",
            "mime_type": "image/svg+xml",
            "title": "The seafront"
        }])
    );
    assert_eq!(json["_liveblog"], serde_json::json!({"key_event": true}));
}

#[test]
fn absent_optional_fields_are_left_out_of_the_json() {
    let json = serde_json::to_value(feed(&newsroom(Vec::new()))).expect("the feed serialises");
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert!(json.get("expired").is_none());
    assert!(json["_liveblog"].get("notice").is_none());
    assert_eq!(json["_liveblog"]["status"], "live");
    let item = &json["items"][0];
    assert_eq!(item["url"], "http://127.0.0.1:8080/#u-003");
    for absent in [
        "date_modified",
        "image",
        "attachments",
        "_liveblog",
        "authors",
    ] {
        assert!(item.get(absent).is_none(), "{absent} should be absent");
    }
}

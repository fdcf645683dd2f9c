use super::*;

const FEED_BODY: &[u8] =
    br#"{"version":"https://jsonfeed.org/version/1.1","title":"Live","items":[{"id":"u-1"}]}"#;

fn order(mode: FaultMode, count: Option<u32>) -> FaultOrder {
    FaultOrder {
        mode,
        count,
        retry_after: None,
        delay_ms: None,
    }
}

fn parse(json: &str) -> FaultOrder {
    serde_json::from_str(json).expect("the order parses")
}

#[test]
fn the_default_plan_answers_normally_forever() {
    let mut plan = FaultPlan::default();
    for _ in 0..3 {
        assert_eq!(plan.next_answer(), FeedAnswer::Normal);
    }
    assert!(plan.is_normal());
}

#[test]
fn a_counted_fault_affects_that_many_requests_then_runs_out() {
    let mut plan = FaultPlan::from_order(order(FaultMode::ServerError, Some(2)));
    let failure = FeedAnswer::Failure(Failure::ServerError);
    assert_eq!(plan.next_answer(), failure);
    assert!(!plan.is_normal());
    assert_eq!(plan.next_answer(), failure);
    assert!(plan.is_normal());
    assert_eq!(plan.next_answer(), FeedAnswer::Normal);
}

#[test]
fn a_fault_without_count_lasts_until_mode_none_resets_it() {
    let mut plan = FaultPlan::from_order(order(FaultMode::Empty, None));
    for _ in 0..5 {
        assert_eq!(plan.next_answer(), FeedAnswer::Failure(Failure::Empty));
    }
    plan = FaultPlan::from_order(order(FaultMode::None, None));
    assert!(plan.is_normal());
    assert_eq!(plan.next_answer(), FeedAnswer::Normal);
}

#[test]
fn a_count_of_zero_affects_nothing() {
    let mut plan = FaultPlan::from_order(order(FaultMode::Malformed, Some(0)));
    assert_eq!(plan.next_answer(), FeedAnswer::Normal);
}

#[test]
fn an_unavailable_fault_sends_its_retry_after_seconds() {
    let mut plan = FaultPlan::from_order(parse(r#"{"mode":"503","retry_after":7}"#));
    let FeedAnswer::Failure(failure) = plan.next_answer() else {
        panic!("a 503 plan fails the request");
    };
    let response = failure.response(FEED_BODY);
    assert_eq!(response.status, 503);
    assert_eq!(response.retry_after.as_deref(), Some("7"));
    assert_eq!(response.etag, None);
    assert!(!response.body.is_empty());
}

#[test]
fn too_many_requests_without_retry_after_sends_no_header() {
    let failure = Failure::TooManyRequests { retry_after: None };
    let response = failure.response(FEED_BODY);
    assert_eq!(response.status, 429);
    assert_eq!(response.retry_after, None);
}

#[test]
fn retry_after_is_ignored_by_modes_that_do_not_send_it() {
    let mut plan = FaultPlan::from_order(parse(r#"{"mode":"500","retry_after":7}"#));
    let FeedAnswer::Failure(failure) = plan.next_answer() else {
        panic!("a 500 plan fails the request");
    };
    assert_eq!(failure.response(FEED_BODY).retry_after, None);
}

#[test]
fn a_malformed_body_is_not_json_and_has_its_own_tag() {
    let response = Failure::Malformed.response(FEED_BODY);
    assert_eq!(response.status, 200);
    assert!(serde_json::from_slice::<serde_json::Value>(&response.body).is_err());
    assert!(FEED_BODY.starts_with(&response.body));
    assert_ne!(response.etag, Some(entity_tag(FEED_BODY)));
    assert_eq!(response.etag, Some(entity_tag(&response.body)));
}

#[test]
fn a_feed_too_short_to_halve_is_still_served_malformed() {
    let response = Failure::Malformed.response(b"{");
    assert!(serde_json::from_slice::<serde_json::Value>(&response.body).is_err());
}

#[test]
fn an_empty_fault_serves_a_valid_feed_without_items() {
    let response = Failure::Empty.response(FEED_BODY);
    assert_eq!(response.status, 200);
    let feed: serde_json::Value =
        serde_json::from_slice(&response.body).expect("the empty feed is JSON");
    assert_eq!(feed["items"], serde_json::json!([]));
    assert_eq!(feed["version"], crate::json_feed::VERSION);
}

#[test]
fn a_slow_fault_delays_by_the_given_or_the_default_time() {
    let mut given = FaultPlan::from_order(parse(r#"{"mode":"slow","delay_ms":250}"#));
    assert_eq!(
        given.next_answer(),
        FeedAnswer::Delayed(Duration::from_millis(250))
    );
    let mut default = FaultPlan::from_order(order(FaultMode::Slow, Some(1)));
    assert_eq!(
        default.next_answer(),
        FeedAnswer::Delayed(DEFAULT_SLOW_DELAY)
    );
    assert_eq!(default.next_answer(), FeedAnswer::Normal);
}

#[test]
fn every_mode_name_parses_and_unknown_ones_or_fields_are_rejected() {
    for (name, mode) in [
        ("none", FaultMode::None),
        ("500", FaultMode::ServerError),
        ("503", FaultMode::Unavailable),
        ("429", FaultMode::TooManyRequests),
        ("slow", FaultMode::Slow),
        ("malformed", FaultMode::Malformed),
        ("empty", FaultMode::Empty),
    ] {
        assert_eq!(parse(&format!(r#"{{"mode":"{name}"}}"#)).mode, mode);
    }
    assert!(serde_json::from_str::<FaultOrder>(r#"{"mode":"404"}"#).is_err());
    assert!(serde_json::from_str::<FaultOrder>(r#"{"mode":"503","retryAfter":7}"#).is_err());
}

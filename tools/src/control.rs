//! The control API under `/control/`, mounted only with `--control`: end-to-end tests publish,
//! edit, delete and close, play the script's next step, make the feed fail, and read the log
//! of feed requests.
//!
//! Bodies and answers are JSON; a missing or blank body counts as `{}`. Every answer carries
//! `Access-Control-Allow-Origin: *` so a test page on any origin can call the API.
//!
//! | route | body | answer |
//! |---|---|---|
//! | `POST /control/publish` | an update as in the demo script, without `minutes_ago` | 201, or 409 if the id is published |
//! | `POST /control/edit` | `{"id", "title"?, "content_html"?}` | 200, or 404 for an unknown id |
//! | `POST /control/delete` | `{"id"}` | 200, or 404 for an unknown id |
//! | `POST /control/close` | `{"notice"?}` | 200 |
//! | `POST /control/step` | none | 200 `{"step": n, "of": total, …}`, or 409 when none is left |
//! | `POST /control/fail` | [`FaultOrder`] | 200 |
//! | `GET /control/log` | none | 200, the [`LogEntry`](crate::request_log::LogEntry) array |
//! | `DELETE /control/log` | none | 204 |
//!
//! Changes to the blog are steps applied now, through the same code the script's steps use.
//! Any change to a closed blog answers 409. Invalid bodies answer 400.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::{ACCESS_CONTROL_ALLOW_ORIGIN, CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::map_response;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::control_room::ControlRoom;
use crate::demo_script::{ScriptedClose, ScriptedEdit, ScriptedUpdate, Step};
use crate::error::ControlError;
use crate::fault::{FaultOrder, FaultPlan};
use crate::live_desk::LiveDesk;
use crate::newsroom::StepOutcome;
use crate::timestamp::Timestamp;

/// The notice a `POST /control/close` without `notice` publishes.
pub const DEFAULT_CLOSE_NOTICE: &str = "This live blog has closed.";

/// The routes, as listed by `GET /control/`.
const ROUTES: [&str; 9] = [
    "POST /control/publish",
    "POST /control/edit",
    "POST /control/delete",
    "POST /control/close",
    "POST /control/step",
    "POST /control/fail",
    "GET /control/log",
    "DELETE /control/log",
    "GET /control/",
];

/// What every control handler works on.
#[derive(Clone, Debug)]
struct ControlState {
    desk: LiveDesk,
    room: ControlRoom,
}

/// `POST /control/delete`'s body.
#[derive(Debug, Deserialize)]
struct UpdateRef {
    id: String,
}

/// `POST /control/close`'s body.
#[derive(Debug, Deserialize)]
struct CloseOrder {
    #[serde(default)]
    notice: Option<String>,
}

/// The control routes (see the module table), acting on `desk` and `room`.
pub fn control_routes(desk: LiveDesk, room: ControlRoom) -> Router {
    Router::new()
        .route("/control/", get(index).options(preflight))
        .route("/control/publish", post(publish).options(preflight))
        .route("/control/edit", post(edit).options(preflight))
        .route("/control/delete", post(delete).options(preflight))
        .route("/control/close", post(close).options(preflight))
        .route("/control/step", post(step).options(preflight))
        .route("/control/fail", post(fail).options(preflight))
        .route(
            "/control/log",
            get(read_log).delete(clear_log).options(preflight),
        )
        .layer(map_response(allow_any_origin))
        .with_state(ControlState { desk, room })
}

async fn index() -> Response {
    json_answer(StatusCode::OK, &json!({ "routes": ROUTES }))
}

async fn publish(State(state): State<ControlState>, body: Bytes) -> Result<Response, ControlError> {
    let update: ScriptedUpdate = parse(&body)?;
    if update.minutes_ago.is_some() {
        return Err(ControlError::Backdated);
    }
    state.apply(Step::Publish(update))?;
    Ok(json_answer(StatusCode::CREATED, &json!({ "ok": true })))
}

async fn edit(State(state): State<ControlState>, body: Bytes) -> Result<Response, ControlError> {
    let edit: ScriptedEdit = parse(&body)?;
    state.apply(Step::Edit(edit))?;
    Ok(ok())
}

async fn delete(State(state): State<ControlState>, body: Bytes) -> Result<Response, ControlError> {
    let UpdateRef { id } = parse(&body)?;
    state.apply(Step::Delete(id))?;
    Ok(ok())
}

async fn close(State(state): State<ControlState>, body: Bytes) -> Result<Response, ControlError> {
    let CloseOrder { notice } = parse(&body)?;
    let notice = notice.unwrap_or_else(|| DEFAULT_CLOSE_NOTICE.to_owned());
    state.apply(Step::Close(ScriptedClose { notice }))?;
    Ok(ok())
}

/// Plays the script's next step now; a step that cannot apply is still played (and reported
/// with `"applied": false`), as it would be on the clock.
async fn step(State(state): State<ControlState>) -> Result<Response, ControlError> {
    let report = state
        .desk
        .advance(Timestamp::now())
        .map_err(ControlError::Render)?
        .ok_or(ControlError::NoStepsLeft)?;
    state.room.verbosity().announce(&report);
    let mut answer = json!({
        "step": report.number,
        "of": report.total,
        "summary": report.step.to_string(),
        "applied": report.outcome == StepOutcome::Applied,
    });
    if let StepOutcome::Skipped(reason) = &report.outcome {
        answer["skipped"] = json!(reason.to_string());
    }
    Ok(json_answer(StatusCode::OK, &answer))
}

async fn fail(State(state): State<ControlState>, body: Bytes) -> Result<Response, ControlError> {
    let order: FaultOrder = parse(&body)?;
    state.room.set_faults(FaultPlan::from_order(order));
    let count = order
        .count
        .map_or_else(|| "until reset".to_owned(), |count| format!("x{count}"));
    state
        .room
        .verbosity()
        .announce(format_args!("[control] fail {:?} {count}", order.mode));
    Ok(ok())
}

async fn read_log(State(state): State<ControlState>) -> Response {
    json_answer(StatusCode::OK, &state.room.log())
}

async fn clear_log(State(state): State<ControlState>) -> StatusCode {
    state.room.clear_log();
    StatusCode::NO_CONTENT
}

/// Answers the preflight a browser sends before a cross-origin JSON `POST` or a `DELETE`.
async fn preflight() -> Response {
    crate::cors::preflight("GET, POST, DELETE, OPTIONS", "content-type")
}

async fn allow_any_origin(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    response
}

impl ControlState {
    /// Applies a step to the blog now, echoing it as `[control] …` unless quiet.
    fn apply(&self, step: Step) -> Result<(), ControlError> {
        let outcome = self
            .desk
            .apply_now(&step, Timestamp::now())
            .map_err(ControlError::Render)?;
        match outcome {
            StepOutcome::Applied => {
                self.room
                    .verbosity()
                    .announce(format_args!("[control] {step}"));
                Ok(())
            }
            StepOutcome::Skipped(reason) => Err(reason.into()),
        }
    }
}

impl IntoResponse for ControlError {
    fn into_response(self) -> Response {
        let status = match &self {
            ControlError::InvalidBody(_) | ControlError::Backdated => StatusCode::BAD_REQUEST,
            ControlError::UnknownUpdate(_) => StatusCode::NOT_FOUND,
            ControlError::AlreadyPublished(_)
            | ControlError::Closed
            | ControlError::NoStepsLeft => StatusCode::CONFLICT,
            ControlError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        json_answer(status, &json!({ "ok": false, "error": self.to_string() }))
    }
}

/// Parses a JSON body; an empty or blank body counts as `{}`, for routes whose fields are all
/// optional.
fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, ControlError> {
    let body = if body.trim_ascii().is_empty() {
        b"{}"
    } else {
        body
    };
    serde_json::from_slice(body).map_err(ControlError::InvalidBody)
}

fn ok() -> Response {
    json_answer(StatusCode::OK, &json!({ "ok": true }))
}

fn json_answer(status: StatusCode, value: &impl Serialize) -> Response {
    let Ok(body) = serde_json::to_vec(value) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_body_counts_as_an_empty_object() {
        let order: Result<CloseOrder, _> = parse(b"  \n");
        assert!(matches!(order, Ok(CloseOrder { notice: None })));
    }

    #[test]
    fn a_body_that_is_not_json_is_a_bad_request() {
        let error = parse::<UpdateRef>(b"{\"id\":").expect_err("the body is cut short");
        assert_eq!(error.into_response().status(), StatusCode::BAD_REQUEST);
    }

    #[test]
    fn a_body_without_a_required_field_is_a_bad_request() {
        let error = parse::<UpdateRef>(b"").expect_err("id is required");
        assert!(matches!(error, ControlError::InvalidBody(_)));
    }

    #[test]
    fn skip_reasons_map_to_404_and_409() {
        let unknown = ControlError::UnknownUpdate("u-404".to_owned()).into_response();
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
        let taken = ControlError::AlreadyPublished("u-001".to_owned()).into_response();
        assert_eq!(taken.status(), StatusCode::CONFLICT);
        assert_eq!(
            ControlError::NoStepsLeft.into_response().status(),
            StatusCode::CONFLICT
        );
    }
}

//! Where a round stands: the result of `riktlinjer round status`, computed
//! from the records, the workflow, the text now and today's date. Renderers
//! print it; none recomputes anything.

use crate::i18n::Wording;
use chrono::{DateTime, FixedOffset, NaiveDate};
use indexmap::IndexMap;
use serde::Serialize;

use super::date::PartialDate;
use super::review::{Disposition, EventAction, RoundKind, RoundRecord, VerdictKind};
use super::workflow::{StageKind, Workflow};

/// Where the round is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RoundState {
    /// Still running.
    Open,
    /// The deciding body approved the text (the round may still be closed).
    Approved,
    /// Closed.
    Closed,
    /// Cancelled (opened by mistake): out of the reports, still on record.
    Cancelled,
}

/// A stage, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct StageRef {
    /// Stage id.
    pub id: String,
    /// Its kind (`currency-check` for a currency-check round).
    pub kind: String,
    /// Name in the chosen language.
    pub name: String,
    /// 1-based position in the workflow (0 for the currency check).
    pub position: usize,
    /// Number of stages in the workflow.
    pub of: usize,
}

/// One event, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct EventStatus {
    /// `<round-id>/<file stem>`, as in the `Review-Event` trailer.
    pub id: String,
    /// The `NN` of the file.
    pub seq: u32,
    /// Stage id.
    pub stage: String,
    /// Stage name in the chosen language.
    pub stage_name: String,
    /// `enter`, `approve` or `close`.
    pub action: String,
    /// When it happened, if known.
    pub date: Option<PartialDate>,
    /// The body that acted.
    pub body: Option<String>,
    /// Decision or its reference.
    pub decision: Option<String>,
    /// Free note.
    pub note: Option<String>,
    /// Comment round opening.
    pub opens: Option<PartialDate>,
    /// Comment round closing.
    pub closes: Option<PartialDate>,
    /// For a correction: the event it corrects (the values shown for that
    /// event are the corrected ones).
    pub corrects: Option<String>,
    /// For a correction or cancellation: why.
    pub reason: Option<String>,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    pub recorded_at: DateTime<FixedOffset>,
    /// The commit whose text it is bound to.
    pub commit: String,
    /// Guidelines in scope whose text differs now from the text bound.
    pub text_changed: Vec<String>,
}

/// The comment round, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct CommentRoundStatus {
    /// First day.
    pub opens: PartialDate,
    /// Last day.
    pub closes: PartialDate,
    /// `not-yet-open`, `open` or `closed` (by today's date).
    pub state: String,
    /// Days until it closes (while open).
    pub days_left: Option<i64>,
}

/// An answer, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerStatus {
    /// How it was taken into account.
    pub disposition: Disposition,
    /// The reply.
    pub reply: String,
    /// Who recorded it.
    pub recorded_by: String,
    /// How many earlier answers it supersedes.
    pub supersedes: usize,
}

/// One statement, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct StatementStatus {
    /// `<round-id>/S-<code>`, the id commit messages cite.
    pub id: String,
    /// Who sent it.
    pub from: String,
    /// When it was received.
    pub received: PartialDate,
    /// The guideline it concerns (absent: the whole set).
    pub guideline: Option<String>,
    /// The field it concerns.
    pub field: Option<String>,
    /// What it says.
    pub text: String,
    /// Received outside the comment round.
    pub late: bool,
    /// Whether it has been answered (or withdrawn, which needs no answer).
    pub answered: bool,
    /// Why it was withdrawn, if it was.
    pub withdrawn: Option<String>,
    /// The answer.
    pub answer: Option<AnswerStatus>,
}

/// One guideline's verdict in a currency-check round.
#[derive(Debug, Clone, Serialize)]
pub struct VerdictStatus {
    /// Guideline id.
    pub guideline: String,
    /// The verdict; absent while pending.
    pub verdict: Option<VerdictKind>,
    /// The note.
    pub note: Option<String>,
    /// When it was given.
    pub date: Option<PartialDate>,
    /// For `revise`: the revision round opened afterwards that covers it.
    pub followed_by: Option<String>,
}

/// The approval, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct ApprovalStatus {
    /// `<round-id>/<file stem>`.
    pub event: String,
    /// When.
    pub date: Option<PartialDate>,
    /// Who approved.
    pub body: Option<String>,
    /// Decision reference.
    pub decision: Option<String>,
    /// The commit of the approved text.
    pub commit: String,
    /// Whether the text now is the approved text (for the guidelines in scope).
    pub text_is_approved_text: bool,
    /// Guidelines whose text differs from the approved text.
    pub changed: Vec<String>,
}

/// Where the text stands against the events.
#[derive(Debug, Clone, Serialize)]
pub struct TextStatus {
    /// The latest event bound to text (`<round-id>/<stem>`).
    pub last_event: Option<String>,
    /// Whether the text now equals the text that event is bound to.
    pub unchanged: bool,
    /// Guidelines changed since that event.
    pub changed: Vec<String>,
}

/// Everything `round status` says about one round.
#[derive(Debug, Clone, Serialize)]
pub struct RoundStatus {
    /// Round id.
    pub id: String,
    /// Title.
    pub title: String,
    /// `revision` or `currency-check`.
    pub kind: RoundKind,
    /// `open`, `approved` or `closed`.
    pub state: RoundState,
    /// Whether the text was approved.
    pub approved: bool,
    /// Whether the round is closed.
    pub closed: bool,
    /// The stage the round is in.
    pub stage: Option<StageRef>,
    /// The guidelines in scope.
    pub guidelines: Vec<String>,
    /// When it opened.
    pub opened: PartialDate,
    /// Who opened it.
    pub opened_by: String,
    /// The commit of the text in force when it opened.
    pub base_commit: String,
    /// The round's note.
    pub note: Option<String>,
    /// Every event in order.
    pub events: Vec<EventStatus>,
    /// The comment round, once opened.
    pub comment_round: Option<CommentRoundStatus>,
    /// Every statement with its answer state.
    pub statements: Vec<StatementStatus>,
    /// How many statements are not answered.
    pub unanswered: usize,
    /// Per guideline in scope (currency-check rounds).
    pub verdicts: Vec<VerdictStatus>,
    /// The approval, if any.
    pub approval: Option<ApprovalStatus>,
    /// The text now against the latest event.
    pub text: TextStatus,
    /// Deadlines that have passed, in plain words.
    pub deadlines_passed: Vec<String>,
    /// What must happen next, in plain words with the command to run.
    pub next: Vec<String>,
    /// `deadlines_passed` as data, worded in the operator's language (JSON
    /// keeps the English).
    #[serde(skip)]
    pub deadlines_words: Vec<Wording>,
    /// `next` as data, likewise.
    #[serde(skip)]
    pub next_words: Vec<Wording>,
}

/// Compute the status of `record`. `current_blobs` holds the blob id of each
/// guideline file now (id → blob); `all_rounds` lets a `revise` verdict find
/// the revision round that followed it.
pub fn round_status(
    record: &RoundRecord,
    workflow: &Workflow,
    all_rounds: &[RoundRecord],
    current_blobs: &IndexMap<String, String>,
    today: NaiveDate,
    lang: &str,
) -> RoundStatus {
    let id = &record.id;
    let changed_against = |blobs: &IndexMap<String, String>| -> Vec<String> {
        record
            .round
            .guidelines
            .iter()
            .filter(|g| blobs.get(*g) != current_blobs.get(*g))
            .cloned()
            .collect()
    };
    let stage_name = |stage: &str| -> String {
        if stage == workflow.currency_check.id {
            workflow.currency_check.name_in(lang).to_string()
        } else {
            workflow
                .stage(stage)
                .map(|s| s.name_in(lang).to_string())
                .unwrap_or_else(|| stage.to_string())
        }
    };
    let events: Vec<EventStatus> = record
        .events
        .iter()
        .map(|e| EventStatus {
            id: format!("{id}/{}", e.stem),
            seq: e.seq,
            stage: e.event.stage.clone(),
            stage_name: stage_name(&e.event.stage),
            action: e.event.action.as_str().to_string(),
            date: e.event.date,
            body: e.event.body.clone(),
            decision: e.event.decision.clone(),
            note: e.event.note.clone(),
            opens: e.event.opens,
            closes: e.event.closes,
            corrects: e.event.corrects.clone(),
            reason: e.event.reason.clone(),
            recorded_by: e.event.recorded_by.clone(),
            recorded_at: e.event.recorded_at,
            commit: e.event.content.commit.clone(),
            text_changed: changed_against(&e.event.content.blobs),
        })
        .collect();

    let closed = record.closed().is_some();
    let approval_event = record.approval();
    let approved = approval_event.is_some();
    let state = if record.cancelled().is_some() {
        RoundState::Cancelled
    } else if closed {
        RoundState::Closed
    } else if approved {
        RoundState::Approved
    } else {
        RoundState::Open
    };
    let stage = match record.round.kind {
        RoundKind::CurrencyCheck => Some(StageRef {
            id: workflow.currency_check.id.clone(),
            kind: "currency-check".into(),
            name: workflow.currency_check.name_in(lang).to_string(),
            position: 0,
            of: 0,
        }),
        RoundKind::Revision => record.current_stage().map(|s| StageRef {
            id: s.to_string(),
            kind: workflow
                .stage(s)
                .map(|st| st.kind.as_str().to_string())
                .unwrap_or_default(),
            name: stage_name(s),
            position: workflow.position(s).map(|p| p + 1).unwrap_or(0),
            of: workflow.stages.len(),
        }),
    };

    let window = record.comment_round(workflow);
    let comment_round = window.map(|w| {
        let (state, days_left) = if w.opens.first_day() > today {
            ("not-yet-open", None)
        } else if w.has_closed(today) {
            ("closed", None)
        } else {
            ("open", Some((w.closes.last_day() - today).num_days()))
        };
        CommentRoundStatus {
            opens: w.opens,
            closes: w.closes,
            state: state.into(),
            days_left,
        }
    });

    let statements: Vec<StatementStatus> = record
        .statements
        .iter()
        .map(|s| {
            let base = format!("answers/S-{}", s.code);
            let answer = record.answers.get(&s.code).map(|a| AnswerStatus {
                disposition: a.disposition,
                reply: a.reply.clone(),
                recorded_by: a.recorded_by.clone(),
                supersedes: record
                    .superseded
                    .iter()
                    .filter(|x| x.as_str() == base || x.starts_with(&format!("{base}.r")))
                    .count(),
            });
            let withdrawn = record.withdrawn.get(&s.code).map(|w| w.reason.clone());
            StatementStatus {
                id: record.statement_id(&s.code),
                from: s.statement.from.clone(),
                received: s.statement.received,
                guideline: s.statement.guideline.clone(),
                field: s.statement.field.clone(),
                text: s.statement.text.clone(),
                late: s.statement.late,
                answered: answer.is_some() || withdrawn.is_some(),
                withdrawn,
                answer,
            }
        })
        .collect();
    let unanswered: Vec<&StatementStatus> = statements.iter().filter(|s| !s.answered).collect();

    let verdicts: Vec<VerdictStatus> = if record.round.kind == RoundKind::CurrencyCheck {
        record
            .round
            .guidelines
            .iter()
            .map(|g| {
                let v = record.verdicts.get(g);
                let followed_by = (v.map(|v| v.verdict) == Some(VerdictKind::Revise))
                    .then(|| {
                        all_rounds
                            .iter()
                            .find(|r| {
                                r.round.kind == RoundKind::Revision
                                    && r.round.guidelines.contains(g)
                                    && r.round.opened.last_day() >= record.round.opened.first_day()
                            })
                            .map(|r| r.id.clone())
                    })
                    .flatten();
                VerdictStatus {
                    guideline: g.clone(),
                    verdict: v.map(|v| v.verdict),
                    note: v.and_then(|v| v.note.clone()),
                    date: v.map(|v| v.date),
                    followed_by,
                }
            })
            .collect()
    } else {
        Vec::new()
    };

    let approval = approval_event.map(|e| {
        let changed = changed_against(&e.event.content.blobs);
        ApprovalStatus {
            event: format!("{id}/{}", e.stem),
            date: e.event.date,
            body: e.event.body.clone(),
            decision: e.event.decision.clone(),
            commit: e.event.content.commit.clone(),
            text_is_approved_text: changed.is_empty(),
            changed,
        }
    });

    let text = match events.last() {
        None => TextStatus {
            last_event: None,
            unchanged: true,
            changed: Vec::new(),
        },
        Some(last) => TextStatus {
            last_event: Some(last.id.clone()),
            unchanged: last.text_changed.is_empty(),
            changed: last.text_changed.clone(),
        },
    };

    let mut deadlines_passed = Vec::new();
    if let Some(w) = &window
        && w.has_closed(today)
    {
        deadlines_passed.push(Wording::new("status-comments-closed-on").arg("date", w.closes.to_string()));
    }

    let next = what_next(record, workflow, &unanswered, &verdicts, window.as_ref(), today);

    RoundStatus {
        id: id.clone(),
        title: record.round.title.clone(),
        kind: record.round.kind,
        state,
        approved,
        closed,
        stage,
        guidelines: record.round.guidelines.clone(),
        opened: record.round.opened,
        opened_by: record.round.opened_by.clone(),
        base_commit: record.round.base_commit.clone(),
        note: record.round.note.clone(),
        events,
        comment_round,
        unanswered: unanswered.len(),
        statements,
        verdicts,
        approval,
        text,
        deadlines_passed: deadlines_passed.iter().map(Wording::english).collect(),
        next: next.iter().map(Wording::english).collect(),
        deadlines_words: deadlines_passed,
        next_words: next,
    }
}

fn what_next(
    record: &RoundRecord,
    workflow: &Workflow,
    unanswered: &[&StatementStatus],
    verdicts: &[VerdictStatus],
    window: Option<&super::review::CommentWindow<'_>>,
    today: NaiveDate,
) -> Vec<Wording> {
    let id = &record.id;
    let mut next = Vec::new();
    let closed = record.closed().is_some();
    if closed && record.round.kind == RoundKind::Revision {
        return next;
    }
    if record.round.kind == RoundKind::CurrencyCheck {
        let pending: Vec<&str> = verdicts
            .iter()
            .filter(|v| v.verdict.is_none())
            .map(|v| v.guideline.as_str())
            .collect();
        if !pending.is_empty() && !closed {
            next.push(
                Wording::new("status-next-verdicts")
                    .count("count", pending.len())
                    .arg("guidelines", pending.join(", "))
                    .arg("round", id),
            );
        }
        let revise: Vec<&str> = verdicts
            .iter()
            .filter(|v| v.verdict == Some(VerdictKind::Revise) && v.followed_by.is_none())
            .map(|v| v.guideline.as_str())
            .collect();
        if !revise.is_empty() {
            next.push(
                Wording::new("status-next-revision-round")
                    .arg("guidelines", revise.join(", "))
                    .arg("ids", revise.join(",")),
            );
        }
        if pending.is_empty() && !closed {
            next.push(Wording::new("status-next-close-check").arg("round", id));
        }
        return next;
    }
    if record.approval().is_some() {
        next.push(Wording::new("status-next-nothing-required").arg("round", id));
        return next;
    }
    if !unanswered.is_empty() {
        next.push(
            Wording::new("status-next-answer")
                .count("count", unanswered.len())
                .arg(
                    "statements",
                    unanswered.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", "),
                )
                .arg("round", id),
        );
    }
    let current = record.current_stage().and_then(|s| workflow.stage(s));
    if let (Some(stage), Some(w)) = (current, window)
        && stage.kind == StageKind::CommentRound
        && !w.has_closed(today)
    {
        next.push(
            Wording::new("status-next-comments-open")
                .arg("closes", w.closes.to_string())
                .arg("round", id),
        );
    }
    match record.next_stage(workflow) {
        None => next.push(Wording::new("status-next-close").arg("round", id)),
        Some(stage) => {
            let command = match stage.kind {
                StageKind::Approval => {
                    format!("`riktlinjer round approve {id} --date YYYY-MM-DD --decision REFERENCE`")
                }
                StageKind::CommentRound => format!(
                    "`riktlinjer round advance {id} {} --opens YYYY-MM-DD --closes YYYY-MM-DD`",
                    stage.id
                ),
                _ => format!("`riktlinjer round advance {id} {} --date YYYY-MM-DD`", stage.id),
            };
            let next_stage = match stage.body.as_deref() {
                Some(body) => Wording::new("status-next-stage-by").arg("body", body),
                None => Wording::new("status-next-stage"),
            };
            next.push(
                next_stage
                    .arg("stage", &stage.id)
                    .arg("kind", stage.kind.to_string())
                    .arg("command", command),
            );
        }
    }
    next
}

/// The action names used in events, for renderers.
pub fn action_label(action: &str) -> &'static str {
    match action {
        a if a == EventAction::Approve.as_str() => "approved",
        a if a == EventAction::Close.as_str() => "closed",
        a if a == EventAction::Correct.as_str() => "corrected",
        a if a == EventAction::Cancel.as_str() => "cancelled",
        _ => "entered",
    }
}

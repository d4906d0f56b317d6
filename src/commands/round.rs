//! `riktlinjer round`: open a review round, move it through the stages of
//! the workflow, record the approval or the currency-check verdicts, close
//! it, and show where it stands. Every recording writes new files under
//! `reviews/<round-id>/` and makes one commit with trailers.

use crate::commands::args::{
    CommitArgs, DateArgs, Format, Formats, LangArgs, OutputArgs, ReasonArgs, RevArgs, not_written,
};
use indexmap::IndexMap;
use std::io::Write;

use super::record::{
    Fact, Records, bind_content, check_new_event, check_new_verdict, date_option, event_named, new_event_violations,
    past_date, past_date_or_unknown, record, recorded_line, refuse, require_committed_text, resolve_guidelines,
};
use super::sign::{SignArgs, sign_event};
use crate::commands::Ctx;
use crate::i18n::Wording;
use crate::model::rules;
use crate::model::status::{RoundStatus, round_status};
use crate::model::{
    Event, EventAction, PartialDate, Round, RoundKind, RoundRecord, Stage, StageKind, Verdict, VerdictKind, Workflow,
};
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::store::records::{revision_stem, split_revision};
use crate::store::reviews::{check_round_id, event_path, event_stem, round_dir, round_path, verdict_path};
use crate::store::{self, reviews::record_toml};
use crate::{Error, Result, clock, fluent_args, render};

/// Arguments of `round`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: RoundCommand,
}

/// The `round` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum RoundCommand {
    /// Open a review round in the workflow's first stage (or a currency-check round).
    Open(OpenArgs),
    /// Move a round into the next stage of the workflow.
    Advance(AdvanceArgs),
    /// Record the approval of the committed text: enters the approval stage.
    Approve(ApproveArgs),
    /// Record a currency-check verdict for one guideline: current, revise or withdraw.
    Verdict(VerdictArgs),
    /// Close a round (refused while statements are unanswered).
    Close(CloseArgs),
    /// Correct the date, decision, body or comment-round dates of a recorded event, as a new event.
    Correct(CorrectArgs),
    /// Cancel a round opened by mistake: it leaves the reports and stays on record.
    Cancel(CancelArgs),
    /// Where a round stands (every round without ROUND-ID).
    Status(StatusArgs),
}

/// Arguments of `round open`.
#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// The new round's id (a folder name under reviews/, e.g. `2026-1`).
    pub round: String,
    /// What the round is about.
    #[arg(long)]
    pub title: String,
    /// `revision` (through the stages of the workflow) or `currency-check` (the yearly check).
    #[arg(long, default_value = "revision", value_name = "revision|currency-check")]
    pub kind: String,
    /// The guidelines in scope: `all`, numbers (`1,3,7`) or ids.
    #[arg(long, default_value = "all", value_name = "all|1,3,7|ID,…")]
    pub guidelines: String,
    /// `--date`.
    #[command(flatten)]
    pub date: DateArgs,
    /// The body that prepares the text (default: the first stage's body).
    #[arg(long)]
    pub body: Option<String>,
    /// A note kept in round.toml.
    #[arg(long)]
    pub note: Option<String>,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `round advance`.
#[derive(Debug, clap::Args)]
pub struct AdvanceArgs {
    /// The round.
    pub round: String,
    /// The stage to enter (its id in reviews/workflow.toml); it must be the next one.
    pub stage: String,
    /// When (required, except for a comment round, which defaults to --opens): YYYY-MM-DD or D.M.YYYY, YYYY-MM, YYYY, or `unknown` when the source gives no date.
    #[arg(long)]
    pub date: Option<String>,
    /// The body that acts (default: the stage's body).
    #[arg(long)]
    pub body: Option<String>,
    /// The decision, or its reference.
    #[arg(long)]
    pub decision: Option<String>,
    /// A free note.
    #[arg(long)]
    pub note: Option<String>,
    /// A comment round's first day (required for a comment round): YYYY-MM-DD or D.M.YYYY.
    #[arg(long)]
    pub opens: Option<String>,
    /// A comment round's last day (required for a comment round): YYYY-MM-DD or D.M.YYYY.
    #[arg(long)]
    pub closes: Option<String>,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
    /// Signing the decision (a treatment stage, or one with `require_signatures`).
    #[command(flatten)]
    pub signing: SignArgs,
}

/// Arguments of `round approve`.
#[derive(Debug, clap::Args)]
pub struct ApproveArgs {
    /// The round.
    pub round: String,
    /// The date of the decision (required): YYYY-MM-DD or D.M.YYYY (or YYYY-MM, YYYY); after the comment round closed.
    #[arg(long)]
    pub date: String,
    /// The deciding body (default: the approval stage's body).
    #[arg(long)]
    pub body: Option<String>,
    /// The decision reference, e.g. a diary number.
    #[arg(long)]
    pub decision: String,
    /// A free note.
    #[arg(long)]
    pub note: Option<String>,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
    /// Signing the approval.
    #[command(flatten)]
    pub signing: SignArgs,
}

/// Arguments of `round verdict`.
#[derive(Debug, clap::Args)]
pub struct VerdictArgs {
    /// The currency-check round.
    pub round: String,
    /// The guideline (id or number).
    pub guideline: String,
    /// `current` (confirmed as is), `revise` (a revision round must follow) or `withdraw`; in Swedish `aktuell`, `revidera`, `upphäv`, in Finnish `ajantasainen`, `päivitettävä`, `kumottava` (stored in English).
    #[arg(value_name = "current|revise|withdraw")]
    pub verdict: String,
    /// Why, or what to revise.
    #[arg(long)]
    pub note: Option<String>,
    /// `--date`.
    #[command(flatten)]
    pub date: DateArgs,
    /// Replace the guideline's recorded verdict in this round with this one
    /// (the earlier verdict stays on record as superseded).
    #[arg(long)]
    pub supersedes: bool,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `round close`.
#[derive(Debug, clap::Args)]
pub struct CloseArgs {
    /// The round.
    pub round: String,
    /// `--date`.
    #[command(flatten)]
    pub date: DateArgs,
    /// A free note.
    #[arg(long)]
    pub note: Option<String>,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `round correct`.
#[derive(Debug, clap::Args)]
pub struct CorrectArgs {
    /// The round.
    pub round: String,
    /// The event to correct: its file stem (`03-comment-round`) or number (`3`).
    pub event: String,
    /// `--reason`.
    #[command(flatten)]
    pub reason: ReasonArgs,
    /// The right date (optional): YYYY-MM-DD or D.M.YYYY (YYYY-MM or YYYY when only that is known).
    #[arg(long)]
    pub date: Option<String>,
    /// The right decision or its reference.
    #[arg(long)]
    pub decision: Option<String>,
    /// The right body.
    #[arg(long)]
    pub body: Option<String>,
    /// A comment round's right first day.
    #[arg(long)]
    pub opens: Option<String>,
    /// A comment round's right last day (an earlier one closes it early).
    #[arg(long)]
    pub closes: Option<String>,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `round cancel`.
#[derive(Debug, clap::Args)]
pub struct CancelArgs {
    /// The round.
    pub round: String,
    /// `--reason`.
    #[command(flatten)]
    pub reason: ReasonArgs,
    /// `--date`.
    #[command(flatten)]
    pub date: DateArgs,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// What `round status` writes.
#[derive(Debug, Clone)]
pub struct StatusFormats;

impl Formats for StatusFormats {
    const COMMAND: &'static str = "round status";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "For the terminal"),
        (Format::Markdown, "Markdown, for a report"),
        (Format::Json, "One object (with ROUND-ID) or an array of objects"),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "status";
}

/// Arguments of `round status`.
#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// The round (default: every round).
    pub round: Option<String>,
    /// The revision whose records to read.
    #[command(flatten)]
    pub rev: RevArgs,
    /// The document's language.
    #[command(flatten)]
    pub lang: LangArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<StatusFormats>,
}

/// Dispatch.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        RoundCommand::Open(a) => open(ctx, a),
        RoundCommand::Advance(a) => advance(ctx, a),
        RoundCommand::Approve(a) => approve(ctx, a),
        RoundCommand::Verdict(a) => verdict(ctx, a),
        RoundCommand::Close(a) => close(ctx, a),
        RoundCommand::Correct(a) => correct(ctx, a),
        RoundCommand::Cancel(a) => cancel(ctx, a),
        RoundCommand::Status(a) => status(ctx, a),
    }
}

fn print(lines: &[String]) -> Result<()> {
    super::with_terminal(false, |out| {
        for l in lines {
            writeln!(out, "{l}")?;
        }
        Ok(())
    })
}

fn non_empty(option: &str, value: Option<String>) -> Result<Option<String>> {
    match value {
        Some(v) if v.trim().is_empty() => Err(Error::EmptyOption {
            option: option.to_string(),
            give: Wording::new("round-empty-give"),
        }),
        other => Ok(other.map(|v| v.trim().to_string())),
    }
}

fn find_stage<'w>(workflow: &'w Workflow, wanted: &str) -> Result<&'w Stage> {
    workflow.stage(wanted).ok_or_else(|| {
        let ids = workflow.stage_ids();
        let close = crate::error::close_matches(wanted, ids.iter().copied());
        Error::UnknownStage {
            wanted: wanted.to_string(),
            suggestion: close.into_iter().next(),
            stages: ids.iter().map(|s| s.to_string()).collect(),
        }
    })
}

fn open(ctx: &Ctx, args: OpenArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        committed,
        reviews,
    } = Records::open(ctx)?;
    let id = args.round.trim().to_string();
    check_round_id(&id).map_err(|words| Error::user(words.in_catalogue(ctx.catalogue())))?;
    reviews.require_valid(None)?;
    if let Ok(existing) = reviews.round(&id) {
        return Err(Error::refused(ctx.catalogue().get(
            "round-exists",
            Some(&fluent_args![
                "round" => &id,
                "opened" => existing.round.opened.to_string(),
                "by" => &existing.round.opened_by,
            ]),
        )));
    }
    if repo.root().join(round_dir(&id)).exists() {
        return Err(Error::refused(
            ctx.catalogue()
                .get("round-folder-exists", Some(&fluent_args!["round" => &id])),
        )
        .hinted(ctx.catalogue().text("round-folder-exists-hint")));
    }
    let kind: RoundKind = args.kind.parse().map_err(|e: String| {
        Error::user(
            ctx.catalogue()
                .get("round-bad-kind", Some(&fluent_args!["reason" => e.to_string()])),
        )
    })?;
    let title = non_empty("--title", Some(args.title))?.unwrap_or_default();
    let date = args.date.or_today()?;
    let body = non_empty("--body", args.body)?;
    let note = non_empty("--note", args.note)?;
    let recorded: Vec<String> = reviews
        .rounds
        .iter()
        .flat_map(|r| r.round.guidelines.iter().cloned())
        .collect();
    let guidelines = resolve_guidelines(ctx.catalogue(), &committed, &args.guidelines, &recorded)?;
    require_committed_text(
        &repo,
        &ctx.catalogue()
            .get("round-what-opening", Some(&fluent_args!["round" => &id])),
    )?;
    let recorded_by = repo.identity()?;
    let content = bind_content(ctx.catalogue(), &repo, &guidelines)?;
    let workflow = &reviews.workflow;
    let (stage_id, stage_name, stage_body) = match kind {
        RoundKind::Revision => {
            let first = workflow.stages.first().expect("a valid workflow has stages");
            (first.id.clone(), first.name_in("en").to_string(), first.body.clone())
        }
        RoundKind::CurrencyCheck => (
            workflow.currency_check.id.clone(),
            workflow.currency_check.name_in("en").to_string(),
            workflow.currency_check.body.clone(),
        ),
    };
    let round = crate::model::Round {
        title: title.clone(),
        kind,
        guidelines: guidelines.clone(),
        opened: date,
        opened_by: recorded_by.clone(),
        base_commit: content.commit.clone(),
        base_tree: content.guidelines_tree.clone(),
        note,
    };
    let event = Event {
        stage: stage_id.clone(),
        action: EventAction::Enter,
        date: Some(date),
        body: body.or(stage_body),
        decision: None,
        note: None,
        opens: None,
        closes: None,
        corrects: None,
        reason: None,
        recorded_by,
        recorded_at: now(),
        content,
    };
    let fact = open_fact(&id, &round, &event, &stage_name, committed.guidelines.len());
    let cat = ctx.catalogue();
    let scope = if round.guidelines.len() == committed.guidelines.len() {
        cat.get(
            "round-scope-all",
            Some(&fluent_args!["count" => round.guidelines.len()]),
        )
    } else {
        round.guidelines.join(", ")
    };
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    print(&[
        cat.get(
            "round-opened",
            Some(&fluent_args![
                "kind" => cat.text(&format!("status-kind-{}", kind.as_str())),
                "round" => &id,
                "stage" => stage_id,
                "scope" => scope,
            ]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    use chrono::Timelike;
    let t = clock::now();
    t.with_nanosecond(0).unwrap_or(t)
}

/// The scope of a round in words: `all 16 guidelines`, or the ids.
fn scope_text(guidelines: &[String], collection_size: usize) -> String {
    if guidelines.len() == collection_size {
        format!("all {} guidelines", guidelines.len())
    } else {
        guidelines.join(", ")
    }
}

/// What `round open` records: `round.toml` and the event entering the
/// first stage (`stage_name` its English name), in one commit.
/// `collection_size` is the number of guidelines in the collection (a
/// round over all of them says so instead of listing them).
pub fn open_fact(id: &str, round: &Round, event: &Event, stage_name: &str, collection_size: usize) -> Fact {
    let stage_id = &event.stage;
    let title = &round.title;
    let date = round.opened;
    let scope = scope_text(&round.guidelines, collection_size);
    Fact {
        round: id.to_string(),
        stage: stage_id.clone(),
        events: vec![format!("{id}/{}", event_stem(1, stage_id))],
        summary: match round.kind {
            RoundKind::Revision => format!("Open review round {id}: {title}"),
            RoundKind::CurrencyCheck => format!("Open currency-check round {id}: {title}"),
        },
        details: vec![
            format!("Opened {date}, in stage {stage_id} ({stage_name}); scope: {scope}."),
            format!("Text in force: commit {}.", &round.base_commit),
        ],
        files: vec![
            (round_path(id), record_toml(round)),
            (event_path(id, 1, stage_id), record_toml(event)),
        ],
    }
}

fn when(date: Option<PartialDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_else(|| "date not known".into())
}

/// What `round advance` records: event number `seq` of round `id`, entering `stage`.
pub fn advance_fact(id: &str, seq: u32, stage: &Stage, event: &Event) -> Fact {
    let when = when(event.date);
    let body = event.body.as_deref();
    let by = body.map(|b| format!(" by {b}")).unwrap_or_default();
    let summary = match (stage.kind, event.opens, event.closes) {
        (StageKind::Treatment, _, _) => format!("Record treatment of round {id}{by}"),
        (StageKind::CommentRound, Some(opens), Some(closes)) => {
            format!("Open the comment round of round {id}, {opens} to {closes}")
        }
        (StageKind::Notice, _, _) => format!(
            "Record round {id} as given for information to {}",
            body.unwrap_or(&stage.id)
        ),
        _ => format!("Move round {id} to stage {}", stage.id),
    };
    let mut details = vec![format!("Stage {} ({}), {when}.", stage.id, stage.name_in("en"))];
    if let Some(d) = &event.decision {
        details.push(format!("Decision: {d}."));
    }
    details.push(format!("Bound to the text of commit {}.", event.content.commit));
    Fact {
        round: id.to_string(),
        stage: stage.id.clone(),
        events: vec![format!("{id}/{}", event_stem(seq, &stage.id))],
        summary,
        details,
        files: vec![(event_path(id, seq, &stage.id), record_toml(event))],
    }
}

/// What `round approve` records: event number `seq` of round `id`, the
/// approval (its body, decision and date are in `event`).
pub fn approve_fact(id: &str, seq: u32, event: &Event) -> Fact {
    let stage = &event.stage;
    let body = event.body.as_deref().unwrap_or_default();
    let decision = event.decision.as_deref().unwrap_or_default();
    Fact {
        round: id.to_string(),
        stage: stage.clone(),
        events: vec![format!("{id}/{}", event_stem(seq, stage))],
        summary: format!("Record approval of round {id} by {body}"),
        details: vec![
            format!("Approved {} by {body}, decision {decision}.", when(event.date)),
            format!(
                "The approved text is commit {} (guidelines/ tree {}).",
                event.content.commit, event.content.guidelines_tree
            ),
        ],
        files: vec![(event_path(id, seq, stage), record_toml(event))],
    }
}

/// What `round verdict` records: the verdict on `guideline` in the
/// currency-check round `id`, whose stage is `stage`.
pub fn verdict_fact(id: &str, stage: &str, guideline: &str, verdict: &Verdict) -> Fact {
    let kind = verdict.verdict;
    Fact {
        round: id.to_string(),
        stage: stage.to_string(),
        events: vec![format!("{id}/{guideline}")],
        summary: format!(
            "Record currency-check verdict in round {id}: {guideline} {}",
            verdict_meaning(kind)
        ),
        details: vec![format!(
            "Verdict {} on {}, for the text of commit {}.",
            kind.as_str(),
            verdict.date,
            verdict.content.commit
        )],
        files: vec![(verdict_path(id, guideline), record_toml(verdict))],
    }
}

fn verdict_meaning(kind: VerdictKind) -> &'static str {
    match kind {
        VerdictKind::Current => "confirmed current",
        VerdictKind::Revise => "to be revised",
        VerdictKind::Withdraw => "to be withdrawn",
    }
}

/// [`close_outcome`] in the terminal's language.
fn close_outcome_in(cat: &crate::i18n::Catalogue, round: &RoundRecord, stage: &str) -> String {
    match (round.round.kind, round.approval()) {
        (RoundKind::CurrencyCheck, _) => {
            let count = |k: VerdictKind| round.verdicts.values().filter(|v| v.verdict == k).count();
            cat.get(
                "round-outcome-currency",
                Some(&fluent_args![
                    "current" => count(VerdictKind::Current),
                    "revise" => count(VerdictKind::Revise),
                    "withdraw" => count(VerdictKind::Withdraw),
                ]),
            )
        }
        (RoundKind::Revision, Some(a)) => cat.get("round-outcome-approved", Some(&fluent_args!["event" => &a.stem])),
        (RoundKind::Revision, None) => cat.get("round-outcome-not-approved", Some(&fluent_args!["stage" => stage])),
    }
}

/// How a round ended, in words: the verdicts of a currency check, or
/// whether a revision round was approved.
fn close_outcome(round: &RoundRecord, stage: &str) -> String {
    match (round.round.kind, round.approval()) {
        (RoundKind::CurrencyCheck, _) => {
            let count = |k: VerdictKind| round.verdicts.values().filter(|v| v.verdict == k).count();
            format!(
                "{} current, {} to revise, {} to withdraw",
                count(VerdictKind::Current),
                count(VerdictKind::Revise),
                count(VerdictKind::Withdraw)
            )
        }
        (RoundKind::Revision, Some(a)) => format!("approved (event {})", a.stem),
        (RoundKind::Revision, None) => format!("not approved; last stage {stage}"),
    }
}

/// What `round close` records: the close event (`event`) of `round`, as
/// the next event of the round.
pub fn close_fact(round: &RoundRecord, event: &Event) -> Fact {
    let id = &round.id;
    let seq = round.next_seq();
    let stage = &event.stage;
    Fact {
        round: id.clone(),
        stage: stage.clone(),
        events: vec![format!("{id}/{}", event_stem(seq, stage))],
        summary: format!("Close review round {id}"),
        details: vec![format!("Closed {}: {}.", when(event.date), close_outcome(round, stage))],
        files: vec![(event_path(id, seq, stage), record_toml(event))],
    }
}

fn advance(ctx: &Ctx, args: AdvanceArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let workflow = &reviews.workflow;
    let stage = find_stage(workflow, &args.stage)?;
    if args.signing.sign && stage.kind != StageKind::Treatment && !stage.require_signatures {
        return Err(Error::conflict(
            "--sign",
            ctx.catalogue().get(
                "round-sign-nothing",
                Some(&fluent_args!["stage" => &stage.id, "kind" => stage.kind.to_string()]),
            ),
        )
        .hinted(ctx.catalogue().text("round-sign-nothing-hint")));
    }
    round
        .check_advance(workflow, stage)
        .map_err(|w| Error::refused(w.in_catalogue(ctx.catalogue())))?;
    if stage.kind == StageKind::Approval {
        return Err(Error::refused(ctx.catalogue().get(
            "round-advance-approval-stage",
            Some(&fluent_args!["stage" => &stage.id, "round" => &round.id]),
        )));
    }
    let today = clock::today();
    let (date, opens, closes) = if stage.kind == StageKind::CommentRound {
        let (Some(o), Some(c)) = (&args.opens, &args.closes) else {
            return Err(Error::user(
                ctx.catalogue()
                    .get("round-advance-comment-dates", Some(&fluent_args!["stage" => &stage.id])),
            ));
        };
        let opens = date_option("--opens", o)?;
        let closes = date_option("--closes", c)?;
        if closes.is_certainly_before(&opens) {
            return Err(Error::user(ctx.catalogue().get(
                "round-closes-before-opens",
                Some(&fluent_args!["closes" => closes.to_string(), "opens" => opens.to_string()]),
            )));
        }
        let date = match &args.date {
            Some(d) => past_date_or_unknown("--date", d)?,
            None if !opens.is_after(today) => Some(opens),
            None => Some(crate::model::PartialDate::from_date(today)),
        };
        (date, Some(opens), Some(closes))
    } else {
        if args.opens.is_some() || args.closes.is_some() {
            return Err(Error::conflict(
                "--opens",
                ctx.catalogue().get(
                    "round-dates-not-comment-stage",
                    Some(&fluent_args!["stage" => &stage.id, "kind" => stage.kind.to_string()]),
                ),
            )
            .hinted(ctx.catalogue().text("round-dates-not-comment-stage-hint")));
        }
        let Some(d) = &args.date else {
            return Err(Error::user(
                ctx.catalogue()
                    .get("round-advance-date-missing", Some(&fluent_args!["stage" => &stage.id])),
            ));
        };
        (past_date_or_unknown("--date", d)?, None, None)
    };
    let body = non_empty("--body", args.body)?.or_else(|| stage.body.clone());
    let decision = non_empty("--decision", args.decision)?;
    let note = non_empty("--note", args.note)?;
    let cat = ctx.catalogue();
    if stage.kind == StageKind::Treatment && decision.is_none() {
        ctx.warn(&cat.get(
            "round-no-decision",
            Some(&fluent_args!["body" => body.clone().unwrap_or_else(|| cat.text("round-the-body"))]),
        ));
    }
    if let Some(w) = round.comment_round(workflow)
        && round.current_stage() == Some(w.event.event.stage.as_str())
        && !w.has_closed(today)
    {
        ctx.warn(&cat.get(
            "round-comments-end-early",
            Some(&fluent_args!["round" => &round.id, "closes" => w.closes.to_string()]),
        ));
    }
    require_committed_text(
        &repo,
        &cat.get(
            "round-what-stage",
            Some(&fluent_args!["stage" => &stage.id, "round" => &round.id]),
        ),
    )?;
    let recorded_by = repo.identity()?;
    let content = bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?;
    let seq = round.next_seq();
    let event = Event {
        stage: stage.id.clone(),
        action: EventAction::Enter,
        date,
        body,
        decision,
        note,
        opens,
        closes,
        corrects: None,
        reason: None,
        recorded_by,
        recorded_at: now(),
        content,
    };
    let id = &round.id;
    check_new_event(ctx.catalogue(), workflow, round, &event_stem(seq, &stage.id), &event)?;
    let when = date.map_or_else(|| cat.text("round-date-not-known"), |d| d.to_string());
    let mut fact = advance_fact(id, seq, stage, &event);
    if args.signing.sign {
        sign_event(ctx, &repo, &mut fact, stage, args.signing.key.as_deref())?;
    }
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let mut lines = vec![cat.get(
        "round-advanced",
        Some(&fluent_args![
            "round" => id,
            "stage" => &stage.id,
            "name" => stage.name_in(cat.lang()),
            "date" => when,
        ]),
    )];
    if let Some(next) = workflow.stage_after(&stage.id) {
        lines.push(cat.get(
            "round-next-stage",
            Some(&fluent_args!["stage" => &next.id, "name" => next.name_in(cat.lang())]),
        ));
    }
    lines.push(recorded_line(cat, commit.as_ref(), &fact));
    print(&lines)?;
    Ok(0)
}

fn approve(ctx: &Ctx, args: ApproveArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let workflow = &reviews.workflow;
    let id = &round.id;
    round.check_open_revision().map_err(Error::refused)?;
    let stage = match round.next_stage(workflow) {
        Some(s) if s.kind == StageKind::Approval => s,
        Some(s) => {
            let cat = ctx.catalogue();
            return Err(Error::refused(cat.get(
                "round-approve-not-next",
                Some(&fluent_args!["round" => id, "stage" => &s.id, "kind" => s.kind.as_str()]),
            ))
            .hinted(cat.get(
                "round-approve-not-next-hint",
                Some(&fluent_args!["round" => id, "stage" => &s.id]),
            )));
        }
        None => {
            let cat = ctx.catalogue();
            let message = match round.approval() {
                Some(a) => cat.get(
                    "round-approve-passed-approved",
                    Some(&fluent_args!["round" => id, "event" => &a.stem]),
                ),
                None => cat.get("round-approve-passed", Some(&fluent_args!["round" => id])),
            };
            return Err(Error::refused(message)
                .hinted(cat.get("round-approve-passed-hint", Some(&fluent_args!["round" => id]))));
        }
    };
    round
        .check_advance(workflow, stage)
        .map_err(|w| Error::refused(w.in_catalogue(ctx.catalogue())))?;
    let date = past_date("--date", &args.date)?;
    let body = non_empty("--body", args.body)?
        .or_else(|| stage.body.clone())
        .ok_or_else(|| {
            Error::user(
                ctx.catalogue()
                    .get("round-approve-no-body", Some(&fluent_args!["stage" => &stage.id])),
            )
        })?;
    let decision = non_empty("--decision", Some(args.decision))?.ok_or_else(|| Error::EmptyOption {
        option: "--decision".into(),
        give: Wording::new("round-decision-give"),
    })?;
    let note = non_empty("--note", args.note)?;
    require_committed_text(
        &repo,
        &ctx.catalogue()
            .get("round-what-approval", Some(&fluent_args!["round" => id])),
    )?;
    let recorded_by = repo.identity()?;
    let content = bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?;
    let seq = round.next_seq();
    let event = Event {
        stage: stage.id.clone(),
        action: EventAction::Approve,
        date: Some(date),
        body: Some(body.clone()),
        decision: Some(decision.clone()),
        note,
        opens: None,
        closes: None,
        corrects: None,
        reason: None,
        recorded_by,
        recorded_at: now(),
        content,
    };
    let stem = event_stem(seq, &stage.id);
    let violations = new_event_violations(workflow, round, &stem, &event);
    let closes_early = violations.iter().any(|v| v.words.id() == rules::OPEN_UNTIL);
    refuse(
        ctx.catalogue(),
        &event_named(ctx.catalogue(), round, &stem),
        &violations,
    )
    .map_err(|e| {
        if !closes_early {
            return e;
        }
        e.hinted(ctx.catalogue().get(
            "round-close-early-hint",
            Some(&fluent_args![
                "round" => id,
                "event" => round.comment_round(workflow).map(|w| w.event.stem.as_str()).unwrap_or("NN-comment-round"),
            ]),
        ))
    })?;
    let mut fact = approve_fact(id, seq, &event);
    if args.signing.sign {
        sign_event(ctx, &repo, &mut fact, stage, args.signing.key.as_deref())?;
    }
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let cat = ctx.catalogue();
    print(&[
        cat.get(
            "round-approved",
            Some(&fluent_args![
                "round" => id,
                "date" => date.to_string(),
                "body" => body.to_string(),
                "decision" => decision.to_string(),
                "commit" => &event.content.commit[..7.min(event.content.commit.len())],
            ]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn verdict(ctx: &Ctx, args: VerdictArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        committed,
        reviews,
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let id = &round.id;
    let kind: VerdictKind = args.verdict.parse().map_err(Error::user)?;
    if round.round.kind != RoundKind::CurrencyCheck {
        return Err(Error::refused(
            ctx.catalogue()
                .get("round-verdict-not-currency", Some(&fluent_args!["round" => id])),
        )
        .hinted(ctx.catalogue().text("round-verdict-not-currency-hint")));
    }
    if let Some(close) = round
        .closed()
        .filter(|_| !args.supersedes || round.cancelled().is_some())
    {
        return Err(Error::refused(ctx.catalogue().get(
            "round-verdict-closed",
            Some(&fluent_args!["round" => id, "event" => &close.stem]),
        ))
        .hinted(ctx.catalogue().text("round-verdict-closed-hint")));
    }
    let guideline = match committed.find(&args.guideline) {
        Ok(g) => g.id.clone(),
        // In scope, but no longer in the collection.
        Err(_) if round.round.guidelines.contains(&args.guideline) => args.guideline.clone(),
        Err(e) => return Err(e),
    };
    if !round.round.guidelines.contains(&guideline) {
        return Err(Error::refused(ctx.catalogue().get(
            "round-verdict-out-of-scope",
            Some(&fluent_args![
                "guideline" => &guideline,
                "round" => id,
                "scope" => round.round.guidelines.join(", "),
            ]),
        ))
        .hinted(ctx.catalogue().text("round-verdict-out-of-scope-hint")));
    }
    let revisions = 1 + round
        .superseded
        .iter()
        .filter(|s| split_revision(s).0 == format!("verdicts/{guideline}"))
        .count() as u32;
    match (round.verdicts.get(&guideline), args.supersedes) {
        (Some(v), false) => {
            return Err(Error::refused(ctx.catalogue().get(
                "round-verdict-exists",
                Some(&fluent_args![
                    "guideline" => &guideline,
                    "verdict" => v.verdict.as_str(),
                    "date" => v.date.to_string(),
                    "round" => id,
                ]),
            ))
            .hinted(ctx.catalogue().get(
                "round-verdict-exists-hint",
                Some(&fluent_args!["guideline" => &guideline, "round" => id]),
            )));
        }
        (None, true) => {
            return Err(Error::conflict(
                "--supersedes",
                ctx.catalogue().get(
                    "round-verdict-nothing-to-supersede",
                    Some(&fluent_args!["guideline" => &guideline, "round" => id]),
                ),
            )
            .hinted(ctx.catalogue().text("supersedes-leave-out-hint")));
        }
        _ => {}
    }
    let date = args.date.or_today()?;
    let note = non_empty("--note", args.note)?;
    require_committed_text(
        &repo,
        &ctx.catalogue()
            .get("round-what-verdict", Some(&fluent_args!["round" => id])),
    )?;
    let recorded_by = repo.identity()?;
    let content = bind_content(ctx.catalogue(), &repo, std::slice::from_ref(&guideline))?;
    let record_value = Verdict {
        verdict: kind,
        note,
        date,
        supersedes: args.supersedes.then(|| revision_stem(&guideline, revisions)),
        recorded_by,
        recorded_at: now(),
        content,
    };
    let stem = if args.supersedes {
        revision_stem(&guideline, revisions + 1)
    } else {
        guideline.clone()
    };
    check_new_verdict(ctx.catalogue(), &reviews.workflow, round, &stem, &record_value)?;
    let mut fact = verdict_fact(id, &reviews.workflow.currency_check.id, &guideline, &record_value);
    fact.files[0].0 = verdict_path(id, &stem);
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let pending = round
        .round
        .guidelines
        .iter()
        .filter(|g| **g != guideline && !round.verdicts.contains_key(*g))
        .count();
    let cat = ctx.catalogue();
    print(&[
        cat.get(
            "round-verdict-recorded",
            Some(&fluent_args![
                "guideline" => &guideline,
                "verdict" => kind.as_str(),
                "meaning" => cat.text(&format!("round-verdict-{}", kind.as_str())),
                "pending" => pending,
                "round" => id,
            ]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn close(ctx: &Ctx, args: CloseArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let workflow = &reviews.workflow;
    let id = &round.id;
    if let Some(close) = round.closed() {
        return Err(Error::refused(ctx.catalogue().get(
            "round-already-closed",
            Some(&fluent_args!["round" => id, "event" => &close.stem]),
        ))
        .hinted(
            ctx.catalogue()
                .get("round-nothing-recorded-status-hint", Some(&fluent_args!["round" => id])),
        ));
    }
    let stage = match round.round.kind {
        RoundKind::CurrencyCheck => {
            let pending: Vec<&str> = round
                .round
                .guidelines
                .iter()
                .filter(|g| !round.verdicts.contains_key(*g))
                .map(String::as_str)
                .collect();
            if !pending.is_empty() {
                return Err(Error::refused(ctx.catalogue().get(
                    "round-close-verdicts-pending",
                    Some(&fluent_args![
                        "round" => id,
                        "count" => pending.len(),
                        "guidelines" => pending.join(", "),
                    ]),
                ))
                .hinted(
                    ctx.catalogue()
                        .get("round-close-verdicts-pending-hint", Some(&fluent_args!["round" => id])),
                ));
            }
            workflow.currency_check.id.clone()
        }
        RoundKind::Revision => {
            if round.approval().is_none() {
                ctx.warn(
                    &ctx.catalogue()
                        .get("round-closes-unapproved", Some(&fluent_args!["round" => id])),
                );
            }
            let unanswered = round.unanswered();
            if !unanswered.is_empty() {
                let ids: Vec<String> = unanswered.iter().map(|s| round.statement_id(&s.code)).collect();
                let cat = ctx.catalogue();
                return Err(Error::refused(cat.get(
                    "round-close-unanswered",
                    Some(&fluent_args![
                        "round" => id,
                        "count" => ids.len(),
                        "statements" => ids.join(", "),
                    ]),
                ))
                .hinted(cat.get("round-close-unanswered-hint", Some(&fluent_args!["round" => id]))));
            }
            if let Some(a) = round.approval() {
                let now = bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?;
                let changed: Vec<&str> = round
                    .round
                    .guidelines
                    .iter()
                    .filter(|g| a.event.content.blobs.get(*g) != now.blobs.get(*g))
                    .map(String::as_str)
                    .collect();
                if !changed.is_empty() {
                    ctx.warn(&ctx.catalogue().get(
                        "round-close-text-differs",
                        Some(&fluent_args![
                            "guidelines" => changed.join(", "),
                            "event" => &a.stem,
                            "date" => a.event.date.map(|d| d.to_string()).unwrap_or_default(),
                        ]),
                    ));
                }
            }
            round.current_stage().unwrap_or("").to_string()
        }
    };
    let date = args.date.or_today()?;
    let note = non_empty("--note", args.note)?;
    let recorded_by = repo.identity()?;
    let content = bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?;
    let event = Event {
        stage: stage.clone(),
        action: EventAction::Close,
        date: Some(date),
        body: None,
        decision: None,
        note,
        opens: None,
        closes: None,
        corrects: None,
        reason: None,
        recorded_by,
        recorded_at: now(),
        content,
    };
    let cat = ctx.catalogue();
    let outcome = close_outcome_in(cat, round, &stage);
    check_new_event(
        ctx.catalogue(),
        workflow,
        round,
        &event_stem(round.next_seq(), &stage),
        &event,
    )?;
    let fact = close_fact(round, &event);
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    print(&[
        cat.get(
            "round-closed",
            Some(&fluent_args!["round" => id, "date" => date.to_string(), "outcome" => outcome]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

/// What `round correct` and `round cancel` record: `event`, number `seq`
/// of round `id`, with `summary` as the commit's first line.
pub fn event_fact(id: &str, seq: u32, event: &Event, summary: String) -> Fact {
    let stage = &event.stage;
    let mut details = Vec::new();
    if let Some(r) = &event.reason {
        details.push(format!("Reason: {}", r.trim()));
    }
    Fact {
        round: id.to_string(),
        stage: stage.clone(),
        events: vec![format!("{id}/{}", event_stem(seq, stage))],
        summary,
        details,
        files: vec![(event_path(id, seq, stage), record_toml(event))],
    }
}

fn required_reason(reason: &str) -> Result<String> {
    let r = reason.trim();
    if r.is_empty() {
        return Err(Error::EmptyOption {
            option: "--reason".into(),
            give: Wording::new("round-reason-give"),
        });
    }
    Ok(r.to_string())
}

fn correct(ctx: &Ctx, args: CorrectArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let workflow = &reviews.workflow;
    let id = &round.id;
    let wanted = args.event.trim();
    let target = round
        .events
        .iter()
        .filter(|e| e.event.action != EventAction::Correct)
        .find(|e| e.stem == wanted || wanted.parse::<u32>().is_ok_and(|n| n == e.seq))
        .ok_or_else(|| Error::UnknownName {
            option: String::new(),
            wanted: wanted.to_string(),
            what: Box::new(Wording::new("round-name-an-event").arg("round", id)),
            known_as: Box::new(Wording::new("round-name-its-events")),
            known: round
                .events
                .iter()
                .filter(|e| e.event.action != EventAction::Correct)
                .map(|e| e.stem.clone())
                .collect(),
        })?;
    let reason = required_reason(&args.reason.reason)?;
    let is_comment_round = workflow
        .stage(&target.event.stage)
        .is_some_and(|s| s.kind == StageKind::CommentRound);
    if (args.opens.is_some() || args.closes.is_some()) && !is_comment_round {
        return Err(Error::conflict(
            "--opens",
            ctx.catalogue().get(
                "round-correct-dates-not-comment",
                Some(&fluent_args!["event" => &target.stem]),
            ),
        )
        .hinted(ctx.catalogue().text("round-correct-dates-not-comment-hint")));
    }
    let date = args.date.as_deref().map(|d| past_date("--date", d)).transpose()?;
    let opens = args.opens.as_deref().map(|d| date_option("--opens", d)).transpose()?;
    let closes = args.closes.as_deref().map(|d| date_option("--closes", d)).transpose()?;
    let decision = non_empty("--decision", args.decision)?;
    let body = non_empty("--body", args.body)?;
    if date.is_none() && opens.is_none() && closes.is_none() && decision.is_none() && body.is_none() {
        return Err(Error::user_with_hint(
            ctx.catalogue().text("round-nothing-to-correct"),
            ctx.catalogue().text("round-nothing-to-correct-hint"),
        ));
    }
    let seq = round.next_seq();
    let event = Event {
        stage: target.event.stage.clone(),
        action: EventAction::Correct,
        date,
        body,
        decision,
        note: None,
        opens,
        closes,
        corrects: Some(target.stem.clone()),
        reason: Some(reason),
        recorded_by: repo.identity()?,
        recorded_at: now(),
        content: bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?,
    };
    check_new_event(ctx.catalogue(), workflow, round, &event_stem(seq, &event.stage), &event)?;
    let mut what = Vec::new();
    if let Some(d) = date {
        what.push(format!("date {d}"));
    }
    if let Some(d) = &event.decision {
        what.push(format!("decision {d}"));
    }
    if let Some(b) = &event.body {
        what.push(format!("body {b}"));
    }
    if let Some(o) = opens {
        what.push(format!("opens {o}"));
    }
    if let Some(c) = closes {
        what.push(format!("closes {c}"));
    }
    let fact = event_fact(
        id,
        seq,
        &event,
        format!("Correct event {} of round {id}: {}", target.stem, what.join(", ")),
    );
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let cat = ctx.catalogue();
    let mut changed = Vec::new();
    if let Some(d) = date {
        changed.push(cat.get("round-corrected-date", Some(&fluent_args!["value" => d.to_string()])));
    }
    if let Some(d) = &event.decision {
        changed.push(cat.get("round-corrected-decision", Some(&fluent_args!["value" => d])));
    }
    if let Some(b) = &event.body {
        changed.push(cat.get("round-corrected-body", Some(&fluent_args!["value" => b])));
    }
    if let Some(o) = opens {
        changed.push(cat.get("round-corrected-opens", Some(&fluent_args!["value" => o.to_string()])));
    }
    if let Some(c) = closes {
        changed.push(cat.get("round-corrected-closes", Some(&fluent_args!["value" => c.to_string()])));
    }
    print(&[
        cat.get(
            "round-corrected",
            Some(&fluent_args!["event" => &target.stem, "round" => id, "what" => changed.join(", ")]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn cancel(ctx: &Ctx, args: CancelArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let workflow = &reviews.workflow;
    let id = &round.id;
    if let Some(end) = round.closed() {
        return Err(Error::refused(ctx.catalogue().get(
            "round-cancel-ended",
            Some(&fluent_args!["round" => id, "event" => &end.stem]),
        )));
    }
    if let Some(a) = round.approval() {
        return Err(Error::refused(ctx.catalogue().get(
            "round-cancel-approved",
            Some(&fluent_args!["round" => id, "event" => &a.stem]),
        ))
        .hinted(
            ctx.catalogue()
                .get("round-cancel-approved-hint", Some(&fluent_args!["round" => id])),
        ));
    }
    let reason = required_reason(&args.reason.reason)?;
    let date = args.date.or_today()?;
    let stage = match round.round.kind {
        RoundKind::CurrencyCheck => workflow.currency_check.id.clone(),
        RoundKind::Revision => round
            .current_stage()
            .or_else(|| workflow.stages.first().map(|s| s.id.as_str()))
            .unwrap_or_default()
            .to_string(),
    };
    let seq = round.next_seq();
    let event = Event {
        stage,
        action: EventAction::Cancel,
        date: Some(date),
        body: None,
        decision: None,
        note: None,
        opens: None,
        closes: None,
        corrects: None,
        reason: Some(reason),
        recorded_by: repo.identity()?,
        recorded_at: now(),
        content: bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?,
    };
    check_new_event(ctx.catalogue(), workflow, round, &event_stem(seq, &event.stage), &event)?;
    let fact = event_fact(id, seq, &event, format!("Cancel review round {id}"));
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let cat = ctx.catalogue();
    print(&[
        cat.get(
            "round-cancelled",
            Some(&fluent_args!["round" => id, "date" => date.to_string()]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn status(ctx: &Ctx, args: StatusArgs) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.rev.at())?;
    let loaded = store::load(&snapshot)?;
    let lang = render::pick_language(&loaded.collection, args.lang.get())?;
    let reviews = store::load_reviews(&snapshot, Some(&loaded.collection.languages))?;
    if !reviews.diagnostics.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "round-status-problems",
            Some(&fluent_args!["count" => reviews.diagnostics.len()]),
        ));
    }
    let current_blobs: IndexMap<String, String> = snapshot
        .blob_ids(store::GUIDELINES_DIR)?
        .into_iter()
        .filter(|(name, _)| name != store::INDEX_FILE)
        .filter_map(|(name, blob)| name.strip_suffix(".toml").map(|id| (id.to_string(), blob)))
        .collect();
    let today = clock::today();
    let compute = |r: &RoundRecord| round_status(r, &reviews.workflow, &reviews.rounds, &current_blobs, today, &lang);
    let statuses: Vec<RoundStatus> = match &args.round {
        Some(id) => vec![compute(reviews.round(id)?)],
        None => reviews.rounds.iter().map(compute).collect(),
    };
    let single = args.round.is_some();
    let summary = ctx
        .catalogue()
        .get("summary-rounds", Some(&fluent_args!["count" => statuses.len()]));
    let color = args.output.color(ctx);
    args.output.emit(ctx, &summary, |out| match format {
        Format::Json if single => render::json::write(out, &statuses[0]),
        Format::Json => render::json::write(out, &statuses),
        Format::Text => render::review::status_text(&mut Term::new(out, color), &statuses, ctx.catalogue()),
        Format::Markdown => render::review::status_markdown(out, &statuses, ctx.catalogue()),
        _ => not_written(format),
    })?;
    Ok(0)
}

//! `riktlinjer deviation`: the deviation register. A project's deliberate
//! departure from a guideline is recorded with its reason as an append-only
//! record under `reviews/deviations/` (one file per deviation, its end a
//! separate file under `ends/`), committed with `Review-Round: deviations`
//! trailers, so the audit's append-only and attribution rules hold for it.

use crate::commands::args::{
    CommitArgs, CsvArgs, DateArgs, Format, Formats, OutputArgs, ReasonArgs, RevArgs, not_written,
};
use sha2::{Digest, Sha256};

use super::record::{Fact, Records, bind_content, date_option, record, recorded_line};
use crate::commands::{Ctx, with_stdout};
use crate::fluent_args;
use crate::model::{Deviation, DeviationEnd};
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::store::records::DEVIATIONS;
use crate::store::reviews::{DeviationRecord, deviation_end_path, deviation_path, record_toml};
use crate::store::{self, Loaded};
use crate::{Error, Result, clock, render};

/// Arguments of `deviation`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: DeviationCommand,
}

/// The `deviation` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DeviationCommand {
    /// Record a project's justified deviation from a guideline.
    Add(AddArgs),
    /// Record that a deviation ends (the deviation stays on record).
    End(EndArgs),
    /// The register: every deviation, active, ended or expired.
    List(ListArgs),
}

/// Arguments of `deviation add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The project (or plan) that departs from the guideline.
    #[arg(long)]
    pub project: String,
    /// The guideline: its id or current number.
    #[arg(long, value_name = "ID|NUMBER")]
    pub guideline: String,
    /// The actor the deviation concerns (an actor id of guidelines/index.toml).
    #[arg(long)]
    pub actor: Option<String>,
    /// Why the project departs from the guideline.
    #[arg(long)]
    pub reason: String,
    /// The body that decided the deviation.
    #[arg(long, value_name = "BODY")]
    pub decided_by: Option<String>,
    /// `--date`.
    #[command(flatten)]
    pub date: DateArgs,
    /// The last day it applies (default: until ended).
    #[arg(long)]
    pub until: Option<String>,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `deviation end`.
#[derive(Debug, clap::Args)]
pub struct EndArgs {
    /// The deviation (`D-7f3a2c`).
    pub code: String,
    /// `--date`.
    #[command(flatten)]
    pub date: DateArgs,
    /// `--reason`.
    #[command(flatten)]
    pub reason: ReasonArgs,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// What `deviation list` writes.
#[derive(Debug, Clone)]
pub struct ListFormats;

impl Formats for ListFormats {
    const COMMAND: &'static str = "deviation list";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "One block per deviation"),
        (Format::Markdown, "A Markdown table"),
        (Format::Json, "An array of objects"),
        (
            Format::Csv,
            "Comma-separated values with a header row (see --csv-dialect)",
        ),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "avvikelser";
}

/// Arguments of `deviation list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only deviations from this guideline (id or current number).
    #[arg(long, value_name = "ID|NUMBER")]
    pub guideline: Option<String>,
    /// Only deviations of this project.
    #[arg(long)]
    pub project: Option<String>,
    /// Only the deviations active today.
    #[arg(long)]
    pub active: bool,
    /// The revision whose register to read.
    #[command(flatten)]
    pub rev: RevArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<ListFormats>,
    /// The CSV dialect.
    #[command(flatten)]
    pub csv: CsvArgs,
}

/// Run `deviation`.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        DeviationCommand::Add(a) => add(ctx, a),
        DeviationCommand::End(a) => end(ctx, a),
        DeviationCommand::List(a) => list(ctx, a),
    }
}

fn required(option: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::EmptyOption {
            option: option.to_string(),
            give: crate::i18n::Wording::new("deviation-required-give"),
        });
    }
    Ok(v.to_string())
}

/// The code of a new deviation: `D-` and the first hex digits of a hash of
/// what it says, longer when a file of that name exists.
fn new_code(deviation: &Deviation, exists: impl Fn(&str) -> bool) -> String {
    let mut h = Sha256::new();
    for part in [
        deviation.project.as_str(),
        deviation.guideline.as_str(),
        deviation.reason.as_str(),
        &deviation.recorded_at.to_rfc3339(),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    (6..hex.len())
        .step_by(2)
        .map(|n| format!("D-{}", &hex[..n]))
        .find(|c| !exists(c))
        .unwrap_or_else(|| format!("D-{hex}"))
}

/// What `deviation add` records: `reviews/deviations/<code>.toml`.
pub fn add_fact(code: &str, d: &Deviation) -> Fact {
    let mut details = vec![format!(
        "Project {} departs from guideline {} since {}.",
        d.project, d.guideline, d.date
    )];
    if let Some(b) = &d.decided_by {
        details.push(format!("Decided by {b}."));
    }
    if let Some(u) = d.until {
        details.push(format!("Until {u}."));
    }
    details.push(format!("Reason: {}", d.reason));
    details.push(format!("Bound to the text of commit {}.", d.content.commit));
    Fact {
        round: DEVIATIONS.into(),
        stage: "deviation".into(),
        events: vec![format!("{DEVIATIONS}/{code}")],
        summary: format!(
            "Record deviation {code} of {} from guideline {}",
            d.project, d.guideline
        ),
        details,
        files: vec![(deviation_path(code), record_toml(d))],
    }
}

/// What `deviation end` records: `reviews/deviations/ends/<code>.toml`.
pub fn end_fact(code: &str, d: &Deviation, e: &DeviationEnd) -> Fact {
    Fact {
        round: DEVIATIONS.into(),
        stage: "deviation-end".into(),
        events: vec![format!("{DEVIATIONS}/{code}")],
        summary: format!("End deviation {code} of {} from guideline {}", d.project, d.guideline),
        details: vec![format!("Ends {}.", e.date), format!("Reason: {}", e.reason)],
        files: vec![(deviation_end_path(code), record_toml(e))],
    }
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    use chrono::Timelike;
    let t = clock::now();
    t.with_nanosecond(0).unwrap_or(t)
}

fn add(ctx: &Ctx, args: AddArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        committed,
        reviews,
    } = Records::open(ctx)?;
    let project = required("--project", &args.project)?;
    let reason = required("--reason", &args.reason)?;
    let guideline = committed.find(args.guideline.trim())?.id.clone();
    let actor = match args.actor.as_deref().map(str::trim) {
        None => None,
        Some(a) => {
            let actors = &committed.collection.actors;
            if !actors.iter().any(|x| x.id == a) {
                return Err(Error::UnknownName {
                    option: "--actor ".into(),
                    wanted: a.to_string(),
                    what: Box::new(crate::i18n::Wording::new("deviation-name-an-actor")),
                    known_as: Box::new(crate::i18n::Wording::new("deviation-name-the-actors")),
                    known: actors.iter().map(|x| x.id.clone()).collect(),
                });
            }
            Some(a.to_string())
        }
    };
    let decided_by = args.decided_by.map(|b| b.trim().to_string()).filter(|b| !b.is_empty());
    let date = args.date.or_today()?;
    let until = args.until.as_deref().map(|u| date_option("--until", u)).transpose()?;
    if let Some(u) = until
        && u.is_certainly_before(&date)
    {
        let cat = ctx.catalogue();
        return Err(Error::user_with_hint(
            cat.get(
                "deviation-until-before",
                Some(&fluent_args!["until" => u.to_string(), "date" => date.to_string()]),
            ),
            cat.text("deviation-until-before-hint"),
        ));
    }
    let deviation = Deviation {
        project,
        guideline: guideline.clone(),
        actor,
        reason,
        decided_by,
        date,
        until,
        recorded_by: repo.identity()?,
        recorded_at: now(),
        content: bind_content(ctx.catalogue(), &repo, std::slice::from_ref(&guideline))?,
    };
    if !repo.uncommitted(store::GUIDELINES_DIR)?.is_empty() {
        ctx.warn(&ctx.catalogue().text("deviation-uncommitted"));
    }
    let code = new_code(&deviation, |c| {
        reviews.deviations.iter().any(|d| d.code == c) || repo.root().join(deviation_path(c)).exists()
    });
    let fact = add_fact(&code, &deviation);
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let cat = ctx.catalogue();
    print(&[
        match until {
            None => cat.get(
                "deviation-recorded",
                Some(&fluent_args!["code" => &code, "project" => &deviation.project, "guideline" => &guideline]),
            ),
            Some(u) => cat.get(
                "deviation-recorded-until",
                Some(&fluent_args![
                    "code" => &code,
                    "project" => &deviation.project,
                    "guideline" => &guideline,
                    "until" => u.to_string(),
                ]),
            ),
        },
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn end(ctx: &Ctx, args: EndArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let code = args.code.trim();
    let Some(d) = reviews.deviations.iter().find(|d| d.code == code) else {
        let known: Vec<&str> = reviews.deviations.iter().map(|d| d.code.as_str()).collect();
        let cat = ctx.catalogue();
        let message = if known.is_empty() {
            cat.get("deviation-unknown-none", Some(&fluent_args!["code" => code]))
        } else {
            cat.get(
                "deviation-unknown",
                Some(&fluent_args!["code" => code, "known" => known.join(", ")]),
            )
        };
        return Err(Error::user_with_hint(message, cat.text("deviation-unknown-hint")));
    };
    if let Some(e) = &d.ended {
        return Err(Error::refused(ctx.catalogue().get(
            "deviation-already-ended",
            Some(&fluent_args!["code" => code, "date" => e.date.to_string(), "reason" => &e.reason]),
        ))
        .hinted(ctx.catalogue().text("deviation-already-ended-hint")));
    }
    let reason = required("--reason", &args.reason.reason)?;
    let date = args.date.or_today()?;
    if date.is_certainly_before(&d.deviation.date) {
        let cat = ctx.catalogue();
        let began = d.deviation.date.to_string();
        return Err(Error::user_with_hint(
            cat.get(
                "deviation-end-before-begin",
                Some(&fluent_args!["date" => date.to_string(), "began" => &began]),
            ),
            cat.get(
                "deviation-end-before-begin-hint",
                Some(&fluent_args!["began" => &began]),
            ),
        ));
    }
    let e = DeviationEnd {
        date,
        reason,
        recorded_by: repo.identity()?,
        recorded_at: now(),
    };
    let fact = end_fact(code, &d.deviation, &e);
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let cat = ctx.catalogue();
    print(&[
        cat.get(
            "deviation-ended",
            Some(&fluent_args!["code" => code, "project" => &d.deviation.project, "date" => date.to_string()]),
        ),
        recorded_line(cat, commit.as_ref(), &fact),
    ])?;
    Ok(0)
}

fn print(lines: &[String]) -> Result<()> {
    with_stdout(|out| {
        let mut t = Term::new(out, false);
        for l in lines {
            std::io::Write::write_all(&mut t, format!("{l}\n").as_bytes())?;
        }
        Ok(())
    })
}

/// Where a deviation stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeviationState {
    /// It applies.
    Active,
    /// It has not begun.
    Pending,
    /// Its `until` has passed.
    Expired,
    /// An end is recorded.
    Ended,
}

impl DeviationState {
    /// `active`, `pending`, `expired`, `ended`.
    pub fn as_str(self) -> &'static str {
        match self {
            DeviationState::Active => "active",
            DeviationState::Pending => "pending",
            DeviationState::Expired => "expired",
            DeviationState::Ended => "ended",
        }
    }

    /// The state of `d` on `day`.
    pub fn of(d: &Deviation, ended: Option<&DeviationEnd>, day: chrono::NaiveDate) -> Self {
        if d.is_active(ended, day) {
            DeviationState::Active
        } else if ended.is_some_and(|e| e.date.first_day() <= day) {
            DeviationState::Ended
        } else if d.date.first_day() > day {
            DeviationState::Pending
        } else {
            DeviationState::Expired
        }
    }
}

/// One row of the register, as `list` and `show` give it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeviationRow {
    /// `D-7f3a2c`.
    pub code: String,
    /// Where it stands today.
    pub state: DeviationState,
    /// The guideline's current number, when it is still in the collection.
    pub number: Option<u32>,
    /// Its current title (primary language).
    pub title: Option<String>,
    /// Whether the guideline's text at `HEAD` differs from the text the
    /// deviation was recorded against.
    pub text_changed: bool,
    /// The record.
    #[serde(flatten)]
    pub record: DeviationRecord,
}

/// The register of `snapshot` as rows, in date order; `text_changed`
/// compares with the guideline files `loaded` read from it.
pub(crate) fn rows(snapshot: &Snapshot<'_>, loaded: &Loaded) -> Result<Vec<DeviationRow>> {
    let reviews = store::load_reviews(snapshot, Some(&loaded.collection.languages))?;
    let today = clock::today();
    let lang = loaded.collection.languages.first().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for r in reviews.deviations {
        let g = loaded.guidelines.iter().find(|g| g.id == r.deviation.guideline);
        let now = snapshot.read(&format!("{}/{}.toml", store::GUIDELINES_DIR, r.deviation.guideline))?;
        let now_blob = now.map(|b| crate::repo::Repo::hash_blob(&b)).transpose()?;
        out.push(DeviationRow {
            code: r.code.clone(),
            state: DeviationState::of(&r.deviation, r.ended.as_ref(), today),
            number: g.map(|g| g.number),
            title: g.map(|g| g.title_in(&lang).to_string()),
            text_changed: now_blob.as_deref() != r.deviation.guideline_blob(),
            record: r,
        });
    }
    Ok(out)
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let dialect = args.csv.dialect(ctx, format)?;
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.rev.at())?;
    let loaded = store::load(&snapshot)?;
    // A withdrawn or removed guideline keeps its deviations under its id.
    let guideline = args
        .guideline
        .as_deref()
        .map(str::trim)
        .map(|g| loaded.find(g).map(|g| g.id.clone()).unwrap_or_else(|_| g.to_string()));
    let rows: Vec<DeviationRow> = rows(&snapshot, &loaded)?
        .into_iter()
        .filter(|r| guideline.as_ref().is_none_or(|g| &r.record.deviation.guideline == g))
        .filter(|r| {
            args.project
                .as_deref()
                .is_none_or(|p| r.record.deviation.project.trim().eq_ignore_ascii_case(p.trim()))
        })
        .filter(|r| !args.active || r.state == DeviationState::Active)
        .collect();
    let summary = ctx
        .catalogue()
        .get("summary-deviations", Some(&fluent_args!["count" => rows.len()]));
    args.output.emit(ctx, &summary, |out| match format {
        Format::Text => render::deviations::text(&mut Term::new(out, args.output.color(ctx)), &rows, ctx.catalogue()),
        Format::Markdown => render::deviations::markdown(out, &rows, ctx.catalogue()),
        Format::Json => render::json::write(out, &rows),
        Format::Csv => render::csv::table(out, &render::deviations::table(&rows), dialect),
        _ => not_written(format),
    })?;
    Ok(0)
}

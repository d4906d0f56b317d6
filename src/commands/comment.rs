//! `riktlinjer comment`: record the statements of a comment round (one at a
//! time or from the spreadsheet the secretariat received) and their answers.
//! Each statement gets an id `<round-id>/S-<code>` that commit messages can
//! cite (`Addresses: 2026-1/S-7f3a2c`).

use crate::commands::args::{CommitArgs, ReasonArgs};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

use super::record::{Fact, Records, bind_content, past_date, record, recorded_line, staged_line};
use crate::commands::{Ctx, with_stdout, with_terminal};
use crate::fluent_args;
use crate::i18n::Wording;
use crate::import::statements::{self, CellProblem, Column, Layout, Row};
use crate::model::{
    Answer, CommentWindow, Content, Disposition, FieldPath, PartialDate, RoundKind, RoundRecord, Statement,
    StatementRecord, TextField, Withdrawal, Workflow,
};
use crate::store::Loaded;
use crate::store::records::revision_stem;
use crate::store::reviews::{answer_path, record_toml, record_tomls, statement_path};
use crate::{Error, Result, clock};

/// Arguments of `comment`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: CommentCommand,
}

/// The `comment` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum CommentCommand {
    /// Record one statement received in a comment round.
    Add(AddArgs),
    /// Record every statement of a spreadsheet: .xlsx, .xls, .ods or CSV (all or none).
    Import(ImportArgs),
    /// Record the answer to a statement (or, with --supersedes, a revised answer).
    Answer(AnswerArgs),
    /// Withdraw a statement recorded twice or by mistake (the statement stays on record).
    Withdraw(WithdrawArgs),
}

/// Arguments of `comment withdraw`.
#[derive(Debug, clap::Args)]
pub struct WithdrawArgs {
    /// The round.
    pub round: String,
    /// The statement: `S-7f3a2c` or `2026-1/S-7f3a2c`.
    pub statement: String,
    /// `--reason`, e.g. "recorded twice, see S-1a2b3c".
    #[command(flatten)]
    pub reason: ReasonArgs,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `comment add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The round.
    pub round: String,
    /// The organisation (or person) that sent the statement.
    #[arg(long)]
    pub from: String,
    /// When it was received (optional, default today): YYYY-MM-DD or D.M.YYYY.
    #[arg(long)]
    pub date: Option<String>,
    /// The guideline it concerns, id or number (default: the whole set).
    #[arg(long)]
    pub guideline: Option<String>,
    /// The field it concerns, e.g. `sv.description` or `sv.actors.klient`.
    #[arg(long)]
    pub field: Option<String>,
    /// What it says.
    #[arg(long)]
    pub text: String,
    /// Accept a statement received outside the comment round; it is marked late.
    #[arg(long)]
    pub late: bool,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Arguments of `comment import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The round.
    pub round: String,
    /// The spreadsheet: a workbook (.xlsx, .xls, .ods) or CSV; a header row, then one statement per row (or one respondent per row with --layout wide).
    pub file: PathBuf,
    /// The workbook sheet to read (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// `long`: one statement per row. `wide`: one row per respondent and one column per question or guideline, the header naming the guideline's number or id (`3`, `Linjaus 3`, `samarbete`); one statement per non-empty cell.
    #[arg(long, value_enum, default_value_t = LayoutArg::Long)]
    pub layout: LayoutArg,
    /// The CSV file's encoding (default: detected; UTF-8 with or without BOM, else Windows-1252).
    #[arg(long, value_name = "utf-8|windows-1252|latin1")]
    pub encoding: Option<String>,
    /// Use column HEADER for COLUMN (from, text, guideline, field, date; in --layout wide from, date, and text for a general column); may be repeated.
    #[arg(long = "map", value_name = "COLUMN=HEADER")]
    pub map: Vec<String>,
    /// Accept statements received outside the comment round; they are marked late.
    #[arg(long)]
    pub late: bool,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// How the statements are laid out in the sheet (`--layout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LayoutArg {
    /// One statement per row.
    Long,
    /// One row per respondent, one statement per non-empty cell.
    Wide,
}

/// Arguments of `comment answer`.
#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    /// The round.
    pub round: String,
    /// The statement: `S-7f3a2c` or `2026-1/S-7f3a2c`.
    pub statement: String,
    /// `accepted`, `partly`, `rejected` or `noted`; in Swedish `accepterad`, `delvis`, `avslagen`, `antecknad`, in Finnish `hyväksytty`, `osittain`, `hylätty`, `"merkitty tiedoksi"` (stored in English).
    #[arg(value_name = "accepted|partly|rejected|noted")]
    pub disposition: String,
    /// The reply, as in the summary of statements.
    #[arg(long)]
    pub reply: String,
    /// Replace the statement's recorded answer with this one (the earlier
    /// answer stays on record as superseded).
    #[arg(long)]
    pub supersedes: bool,
    /// `--no-commit`.
    #[command(flatten)]
    pub commit: CommitArgs,
}

/// Dispatch.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        CommentCommand::Add(a) => add(ctx, a),
        CommentCommand::Import(a) => import(ctx, a),
        CommentCommand::Answer(a) => answer(ctx, a),
        CommentCommand::Withdraw(a) => withdraw(ctx, a),
    }
}

/// The statement `wanted` of `round`, or an error listing close ids.
fn find_statement<'r>(round: &'r RoundRecord, wanted: &str) -> Result<&'r StatementRecord> {
    round.find_statement(wanted).ok_or_else(|| {
        let ids: Vec<String> = round.statements.iter().map(|s| round.statement_id(&s.code)).collect();
        let mut suggestions = crate::error::close_matches(wanted, ids.iter().map(String::as_str));
        if suggestions.is_empty() && ids.len() <= 5 {
            suggestions = ids;
        }
        Error::UnknownStatement {
            round: round.id.clone(),
            wanted: wanted.to_string(),
            suggestions,
        }
    })
}

/// How many answers statement `code` of `round` has on record (revisions included).
fn answer_revisions(round: &RoundRecord, code: &str) -> u32 {
    let base = format!("answers/S-{code}");
    let superseded = round
        .superseded
        .iter()
        .filter(|s| crate::store::records::split_revision(s).0 == base)
        .count() as u32;
    superseded + u32::from(round.answers.contains_key(code))
}

/// The comment round statements go to, or why there is none.
fn comment_window<'r>(
    round: &'r RoundRecord,
    workflow: &Workflow,
    cat: &crate::i18n::Catalogue,
) -> Result<CommentWindow<'r>> {
    let id = &round.id;
    if round.round.kind != RoundKind::Revision {
        return Err(
            Error::refused(cat.get("comment-not-revision-round", Some(&fluent_args!["round" => id])))
                .hinted(cat.text("comment-not-revision-round-hint")),
        );
    }
    if let Some(close) = round.closed() {
        return Err(Error::refused(cat.get(
            "comment-round-closed",
            Some(&fluent_args!["round" => id, "event" => &close.stem]),
        ))
        .hinted(cat.text("comment-round-closed-hint")));
    }
    round.comment_round(workflow).ok_or_else(|| {
        let stage = workflow
            .stages
            .iter()
            .find(|s| s.kind == crate::model::StageKind::CommentRound)
            .map(|s| s.id.as_str())
            .unwrap_or("comment-round");
        Error::refused(cat.get(
            "comment-round-not-open",
            Some(&fluent_args!["round" => id, "stage" => round.current_stage().unwrap_or("-")]),
        ))
        .hinted(cat.get(
            "comment-round-not-open-hint",
            Some(&fluent_args!["round" => id, "stage" => stage]),
        ))
    })
}

/// A statement as the user gave it, before it is checked.
struct Draft {
    from: String,
    received: Option<String>,
    guideline: Option<String>,
    field: Option<String>,
    text: String,
}

/// A statement that passed every check.
struct Checked {
    from: String,
    text: String,
    received: PartialDate,
    guideline: Option<String>,
    field: Option<String>,
    late: bool,
}

/// Check one statement against the round and the collection; the error
/// text has no location (the caller adds `--option` or the cell), and the
/// column names the cell that is wrong.
fn build(
    cat: &crate::i18n::Catalogue,
    draft: &Draft,
    round: &RoundRecord,
    window: &CommentWindow<'_>,
    committed: &Loaded,
    allow_late: bool,
) -> std::result::Result<Checked, (Column, Wording)> {
    let from = draft.from.trim().to_string();
    let text = draft.text.trim().to_string();
    if from.is_empty() {
        return Err((Column::From, Wording::new("comment-from-empty")));
    }
    if text.is_empty() {
        return Err((Column::Text, Wording::new("comment-text-empty")));
    }
    let today = clock::today();
    let received = match &draft.received {
        None => PartialDate::from_date(today),
        Some(d) => {
            let date = PartialDate::parse_lenient(d).map_err(|e| (Column::Date, e))?;
            if date.is_after(today) {
                return Err((
                    Column::Date,
                    Wording::new("comment-received-in-future")
                        .arg("date", date.to_string())
                        .arg("today", today.to_string()),
                ));
            }
            date
        }
    };
    let guideline = match &draft.guideline {
        None => None,
        Some(g) => {
            let id = committed
                .find(g.trim())
                .map_err(|e| (Column::Guideline, Wording::plain(e.message_in(cat))))?
                .id
                .clone();
            if !round.round.guidelines.contains(&id) {
                return Err((
                    Column::Guideline,
                    Wording::new("comment-guideline-out-of-scope")
                        .arg("guideline", &id)
                        .arg("round", &round.id)
                        .arg("guidelines", round.round.guidelines.join(", ")),
                ));
            }
            Some(id)
        }
    };
    let field = match &draft.field {
        None => None,
        Some(f) => {
            let bad = |m: Wording| (Column::Field, m);
            let path: FieldPath = f.trim().parse().map_err(|e: String| bad(Wording::plain(e)))?;
            let collection = &committed.collection;
            if !collection.languages.contains(&path.lang) {
                return Err(bad(Wording::new("comment-field-unknown-language")
                    .arg("lang", &path.lang)
                    .arg("languages", collection.languages.join(", "))));
            }
            if let TextField::Actor(a) = &path.field
                && !collection.actors.iter().any(|x| &x.id == a)
            {
                return Err(bad(Wording::new("comment-field-unknown-actor").arg("actor", a).arg(
                    "actors",
                    collection
                        .actors
                        .iter()
                        .map(|x| x.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                )));
            }
            if guideline.is_none() {
                return Err(bad(
                    Wording::new("comment-field-needs-guideline").arg("field", path.to_string())
                ));
            }
            Some(path.to_string())
        }
    };
    let late = window.is_late(&received);
    if late && !allow_late {
        return Err((
            Column::Date,
            Wording::new("comment-received-late")
                .arg("date", received.to_string())
                .arg("opens", window.opens.to_string())
                .arg("closes", window.closes.to_string()),
        ));
    }
    Ok(Checked {
        from,
        text,
        received,
        guideline,
        field,
        late,
    })
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    use chrono::Timelike;
    let t = clock::now();
    t.with_nanosecond(0).unwrap_or(t)
}

/// Give the statement a code no other statement of the round (recorded, or
/// about to be: `taken`) has, salting it when its content hash collides.
pub fn assign_code(statement: &mut Statement, round: &RoundRecord, taken: &[String]) -> String {
    let mut all: HashSet<String> = round.statements.iter().map(|s| s.code.clone()).collect();
    all.extend(taken.iter().cloned());
    assign_code_among(statement, &round.id, &all)
}

/// [`assign_code`] against the set of every code taken (those of the round
/// included), for many statements at once.
fn assign_code_among(statement: &mut Statement, round_id: &str, taken: &HashSet<String>) -> String {
    loop {
        let code = statement.code(round_id);
        if !taken.contains(&code) {
            return code;
        }
        statement.salt = Some(statement.salt.map_or(1, |s| s + 1));
    }
}

/// What makes two statements the same one: organisation, date received,
/// guideline, field and text.
type Sameness = (String, String, Option<String>, Option<String>, String);

fn sameness(from: &str, received: &PartialDate, guideline: Option<&str>, field: Option<&str>, text: &str) -> Sameness {
    (
        from.trim().to_string(),
        received.to_string(),
        guideline.map(str::to_string),
        field.map(str::to_string),
        text.trim().to_string(),
    )
}

/// The statements recorded in `round` (withdrawn ones left out), by what
/// makes them the same, with their ids (more than one when a sheet had the
/// same statement twice).
fn recorded_statements(round: &RoundRecord) -> HashMap<Sameness, Vec<String>> {
    let mut out: HashMap<Sameness, Vec<String>> = HashMap::new();
    for s in round
        .statements
        .iter()
        .filter(|s| !round.withdrawn.contains_key(&s.code))
    {
        let st = &s.statement;
        out.entry(sameness(
            &st.from,
            &st.received,
            st.guideline.as_deref(),
            st.field.as_deref(),
            &st.text,
        ))
        .or_default()
        .push(round.statement_id(&s.code));
    }
    out
}

impl Checked {
    fn sameness(&self) -> Sameness {
        sameness(
            &self.from,
            &self.received,
            self.guideline.as_deref(),
            self.field.as_deref(),
            &self.text,
        )
    }
}

/// What `comment add` records: `statement`, with code `code` (see
/// [`assign_code`]), in `round`, in the stage the round is in.
pub fn statement_fact(round: &RoundRecord, code: &str, statement: &Statement) -> Fact {
    let sid = round.statement_id(code);
    let from = &statement.from;
    let about = statement
        .guideline
        .as_deref()
        .map(|g| format!(" on {g}"))
        .unwrap_or_default();
    Fact {
        round: round.id.clone(),
        stage: round.current_stage().unwrap_or_default().to_string(),
        events: vec![sid.clone()],
        summary: format!("Record statement {sid} from {from}{about}"),
        details: vec![format!(
            "Received {}{}; recorded against the text of commit {}.",
            statement.received,
            if statement.late { " (late)" } else { "" },
            statement.content.commit
        )],
        files: vec![(statement_path(&round.id, code), record_toml(statement))],
    }
}

/// What `comment answer` records: `answer` to the statement `code` of
/// `round`, which came from `from`.
pub fn answer_fact(round: &RoundRecord, code: &str, from: &str, answer: &Answer) -> Fact {
    let sid = round.statement_id(code);
    Fact {
        round: round.id.clone(),
        stage: round.current_stage().unwrap_or_default().to_string(),
        events: vec![sid.clone()],
        summary: format!("Answer statement {sid} from {from}: {}", answer.disposition.as_str()),
        details: Vec::new(),
        files: vec![(answer_path(&round.id, code), record_toml(answer))],
    }
}

fn add(ctx: &Ctx, args: AddArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        committed,
        reviews,
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let window = comment_window(round, &reviews.workflow, ctx.catalogue())?;
    let draft = Draft {
        from: args.from,
        received: args.date.clone(),
        guideline: args.guideline,
        field: args.field,
        text: args.text,
    };
    if let Some(d) = &args.date {
        // The command line takes the strict forms only.
        past_date("--date", d)?;
    }
    let Checked {
        from,
        text,
        received,
        guideline,
        field,
        late,
    } = build(ctx.catalogue(), &draft, round, &window, &committed, args.late)
        .map_err(|(_, e)| Error::refused(e.in_catalogue(ctx.catalogue())))?;
    let checked_key = sameness(&from, &received, guideline.as_deref(), field.as_deref(), &text);
    if let Some(id) = recorded_statements(round).get(&checked_key).and_then(|ids| ids.first()) {
        return Err(Error::refused(
            ctx.catalogue()
                .get("comment-duplicate", Some(&fluent_args!["statement" => id.as_str()])),
        )
        .hinted(
            ctx.catalogue()
                .get("comment-duplicate-hint", Some(&fluent_args!["round" => &round.id])),
        ));
    }
    let cat = ctx.catalogue();
    if args.late && !late {
        ctx.warn(&cat.get(
            "comment-late-but-in-time",
            Some(&fluent_args![
                "received" => received.to_string(),
                "opens" => window.opens.to_string(),
                "closes" => window.closes.to_string(),
            ]),
        ));
    }
    let recorded_by = repo.identity()?;
    let content = bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?;
    let mut statement = Statement {
        from: from.clone(),
        received,
        guideline: guideline.clone(),
        field,
        text,
        late,
        recorded_by,
        recorded_at: now(),
        salt: None,
        content,
    };
    let code = assign_code(&mut statement, round, &[]);
    let sid = round.statement_id(&code);
    let fact = statement_fact(round, &code, &statement);
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    with_terminal(false, |out| {
        let late = if late { "yes" } else { "no" };
        let line = match &guideline {
            Some(g) => cat.get(
                "comment-recorded",
                Some(&fluent_args![
                    "statement" => &sid,
                    "from" => &from,
                    "guideline" => g,
                    "received" => received.to_string(),
                    "late" => late,
                ]),
            ),
            None => cat.get(
                "comment-recorded-whole",
                Some(&fluent_args![
                    "statement" => &sid,
                    "from" => &from,
                    "received" => received.to_string(),
                    "late" => late,
                ]),
            ),
        };
        writeln!(out, "{line}")?;
        writeln!(
            out,
            "{}",
            cat.get("comment-cite-it", Some(&fluent_args!["statement" => &sid]))
        )?;
        writeln!(out, "{}", recorded_line(cat, commit.as_ref(), &fact))
    })?;
    Ok(0)
}

fn parse_map(cat: &crate::i18n::Catalogue, map: &[String]) -> Result<Vec<(Column, String)>> {
    map.iter()
        .map(|m| {
            let (column, header) = m.split_once('=').ok_or_else(|| {
                Error::user_with_hint(
                    cat.get("comment-map-no-equals", Some(&fluent_args!["map" => m])),
                    cat.text("comment-map-no-equals-hint"),
                )
            })?;
            let column = Column::parse(column).ok_or_else(|| Error::UnknownName {
                option: format!("--map {m}: "),
                wanted: column.to_string(),
                what: Box::new(Wording::new("comment-name-a-column")),
                known_as: Box::new(Wording::new("comment-name-the-columns")),
                known: ["from", "text", "guideline", "field", "date"]
                    .map(String::from)
                    .to_vec(),
            })?;
            Ok((column, header.trim().to_string()))
        })
        .collect()
}

fn import(ctx: &Ctx, args: ImportArgs) -> Result<u8> {
    let map = parse_map(ctx.catalogue(), &args.map)?;
    let Records {
        lock: _lock,
        repo,
        committed,
        reviews,
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let window = comment_window(round, &reviews.workflow, ctx.catalogue())?;
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, e))?;
    let guideline_of = |wanted: &str| -> std::result::Result<String, Wording> {
        committed
            .find(wanted)
            .map(|g| g.id.clone())
            .map_err(|e| Wording::plain(e.message_in(ctx.catalogue())))
    };
    let sheet = statements::read(
        &args.file,
        &bytes,
        &statements::Options {
            encoding: args.encoding.as_deref(),
            map: &map,
            sheet: args.sheet.as_deref(),
            layout: match args.layout {
                LayoutArg::Long => Layout::Long,
                LayoutArg::Wide => Layout::Wide,
            },
            guideline: &guideline_of,
        },
    )?;
    let shown = args.file.display().to_string();

    // Every bad cell is reported, those of the sheet and those of the
    // statements, before anything is recorded.
    let mut problems: Vec<CellProblem> = sheet.problems.clone();
    let mut built = Vec::new();
    for row in &sheet.rows {
        let Row {
            from,
            text,
            guideline,
            field,
            date,
            ..
        } = row.clone();
        let draft = Draft {
            from,
            received: date,
            guideline,
            field,
            text,
        };
        match build(ctx.catalogue(), &draft, round, &window, &committed, args.late) {
            Ok(b) => built.push((row.row, b)),
            Err((column, message)) => {
                let (col, at) = row.at(column);
                problems.push(CellProblem {
                    row: row.row,
                    col,
                    at,
                    message,
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(statements::report(problems));
    }
    let cat = ctx.catalogue();
    for ignored in &sheet.ignored {
        ctx.warn(&cat.get("comment-column-ignored", Some(&fluent_args!["column" => ignored])));
    }
    let recorded_by = repo.identity()?;
    let content: Content = bind_content(ctx.catalogue(), &repo, &round.round.guidelines)?;
    let recorded_at = now();
    let mut taken: HashSet<String> = round.statements.iter().map(|s| s.code.clone()).collect();
    // A statement recorded already (by an earlier import of the same sheet,
    // say) is skipped, so that running an import again records only what is
    // missing. Each recorded statement stands for one row: a sheet with the
    // same statement twice records it twice, once.
    let mut unclaimed = recorded_statements(round);
    let mut skipped = 0;
    let mut paths = Vec::new();
    let mut statements = Vec::new();
    let mut ids = Vec::new();
    let mut late_count = 0;
    for (row, checked) in built {
        if let Some(id) = unclaimed.get_mut(&checked.sameness()).and_then(Vec::pop) {
            skipped += 1;
            if skipped <= 10 {
                ctx.note(&cat.get(
                    "comment-row-skipped",
                    Some(&fluent_args!["row" => row, "statement" => &id]),
                ));
            }
            continue;
        }
        let Checked {
            from,
            text,
            received,
            guideline,
            field,
            late,
        } = checked;
        let mut statement = Statement {
            from,
            received,
            guideline,
            field,
            text,
            late,
            recorded_by: recorded_by.clone(),
            recorded_at,
            salt: None,
            content: content.clone(),
        };
        let code = assign_code_among(&mut statement, &round.id, &taken);
        late_count += usize::from(late);
        ids.push((round.statement_id(&code), statement.from.clone()));
        paths.push(statement_path(&round.id, &code));
        statements.push(statement);
        taken.insert(code);
    }
    let files: Vec<(String, String)> = paths.into_iter().zip(record_tomls(&statements)).collect();
    if skipped > 10 {
        ctx.note(&cat.get(
            "comment-more-rows-skipped",
            Some(&fluent_args!["count" => skipped - 10]),
        ));
    }
    if ids.is_empty() {
        with_terminal(false, |out| {
            let line = cat.get(
                "comment-nothing-to-import",
                Some(&fluent_args!["count" => skipped, "file" => &shown, "round" => &round.id]),
            );
            writeln!(out, "{line}")
        })?;
        return Ok(0);
    }
    let file_name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let n = ids.len();
    let fact = Fact {
        round: round.id.clone(),
        stage: round.current_stage().unwrap_or_default().to_string(),
        events: ids.iter().map(|(id, _)| id.clone()).collect(),
        // The commit message is the record's, in English like every other.
        summary: crate::i18n::Catalogue::english().get(
            "comment-import-commit",
            Some(&fluent_args!["count" => n, "round" => &round.id, "file" => &file_name]),
        ),
        details: ids.iter().map(|(id, from)| format!("{id}: {from}")).collect(),
        files,
    };
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    with_terminal(false, |out| {
        let line = cat.get(
            "comment-imported",
            Some(&fluent_args![
                "count" => n,
                "file" => &shown,
                "source" => sheet.source.in_catalogue(cat),
                "late" => late_count,
            ]),
        );
        writeln!(out, "{line}")?;
        for (id, from) in &ids {
            writeln!(out, "  {id}  {from}")?;
        }
        match &commit {
            Some(c) => writeln!(
                out,
                "{}",
                cat.get("record-committed-only", Some(&fluent_args!["commit" => c.short_id()]))
            ),
            None => writeln!(out, "{}", staged_line(cat, &cat.text("record-the-statements"), &fact)),
        }
    })?;
    Ok(0)
}

fn answer(ctx: &Ctx, args: AnswerArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let id = &round.id;
    let disposition: Disposition = args.disposition.parse().map_err(Error::user)?;
    if let Some(cancel) = round.cancelled() {
        return Err(Error::refused(ctx.catalogue().get(
            "comment-round-cancelled",
            Some(&fluent_args!["round" => id, "event" => &cancel.stem]),
        ))
        .hinted(
            ctx.catalogue()
                .get("round-nothing-recorded-status-hint", Some(&fluent_args!["round" => id])),
        ));
    }
    let statement = find_statement(round, &args.statement)?;
    let sid = round.statement_id(&statement.code);
    if let Some(w) = round.withdrawn.get(&statement.code) {
        return Err(Error::refused(ctx.catalogue().get(
            "comment-answer-withdrawn",
            Some(&fluent_args!["statement" => &sid, "reason" => &w.reason]),
        ))
        .hinted(
            ctx.catalogue()
                .get("comment-answer-withdrawn-hint", Some(&fluent_args!["round" => id])),
        ));
    }
    let revisions = answer_revisions(round, &statement.code);
    match (round.answers.get(&statement.code), args.supersedes) {
        (Some(a), false) => {
            return Err(Error::refused(ctx.catalogue().get(
                "comment-already-answered",
                Some(&fluent_args![
                    "statement" => &sid,
                    "disposition" => a.disposition.as_str(),
                    "by" => &a.recorded_by,
                    "round" => id,
                ]),
            )));
        }
        (None, true) => {
            return Err(Error::conflict(
                "--supersedes",
                ctx.catalogue()
                    .get("comment-nothing-to-supersede", Some(&fluent_args!["statement" => &sid])),
            )
            .hinted(ctx.catalogue().text("supersedes-leave-out-hint")));
        }
        _ => {}
    }
    let reply = args.reply.trim().to_string();
    if reply.is_empty() {
        return Err(Error::EmptyOption {
            option: "--reply".into(),
            give: Wording::new("comment-reply-empty-give"),
        });
    }
    let base = format!("S-{}", statement.code);
    let value = Answer {
        disposition,
        reply,
        supersedes: args.supersedes.then(|| revision_stem(&base, revisions)),
        recorded_by: repo.identity()?,
        recorded_at: now(),
    };
    let from = &statement.statement.from;
    let mut fact = answer_fact(round, &statement.code, from, &value);
    if args.supersedes {
        let stem = revision_stem(&base, revisions + 1);
        fact.files[0].0 = format!("reviews/{id}/answers/{stem}.toml");
        fact.summary = format!("Revise the answer to {sid} from {from}: {}", disposition.as_str());
    }
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    let left = round.unanswered().len().saturating_sub(1);
    with_terminal(false, |out| {
        let cat = ctx.catalogue();
        let line = cat.get(
            "comment-answered",
            Some(&fluent_args![
                "statement" => &sid,
                "from" => from,
                "disposition" => cat.text(&format!("status-disposition-{}", disposition.as_str())),
                "left" => left,
                "round" => id,
            ]),
        );
        writeln!(out, "{line}")?;
        writeln!(out, "{}", recorded_line(cat, commit.as_ref(), &fact))
    })?;
    Ok(0)
}

/// What `comment withdraw` records: the withdrawal of statement `code` of `round`.
pub fn withdrawal_fact(round: &RoundRecord, code: &str, from: &str, withdrawal: &Withdrawal) -> Fact {
    let sid = round.statement_id(code);
    Fact {
        round: round.id.clone(),
        stage: round.current_stage().unwrap_or_default().to_string(),
        events: vec![sid.clone()],
        summary: format!("Withdraw statement {sid} from {from}"),
        details: vec![format!("Reason: {}", withdrawal.reason.trim())],
        files: vec![(
            format!("reviews/{}/withdrawals/S-{code}.toml", round.id),
            record_toml(withdrawal),
        )],
    }
}

fn withdraw(ctx: &Ctx, args: WithdrawArgs) -> Result<u8> {
    let Records {
        lock: _lock,
        repo,
        reviews,
        ..
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let id = &round.id;
    let statement = find_statement(round, &args.statement)?;
    let sid = round.statement_id(&statement.code);
    if let Some(w) = round.withdrawn.get(&statement.code) {
        return Err(Error::refused(ctx.catalogue().get(
            "comment-already-withdrawn",
            Some(&fluent_args!["statement" => &sid, "reason" => &w.reason, "by" => &w.recorded_by]),
        ))
        .hinted(ctx.catalogue().text("comment-already-withdrawn-hint")));
    }
    let reason = args.reason.reason.trim().to_string();
    if reason.is_empty() {
        return Err(Error::EmptyOption {
            option: "--reason".into(),
            give: Wording::new("comment-withdraw-reason-give"),
        });
    }
    let value = Withdrawal {
        reason,
        recorded_by: repo.identity()?,
        recorded_at: now(),
    };
    let from = &statement.statement.from;
    let fact = withdrawal_fact(round, &statement.code, from, &value);
    let commit = record(ctx.catalogue(), &repo, &fact, args.commit.no_commit)?;
    with_stdout(|out| {
        let cat = ctx.catalogue();
        let line = cat.get(
            "comment-withdrawn",
            Some(&fluent_args![
                "statement" => &sid,
                "from" => from,
                "left" => round.unanswered().iter().filter(|s| s.code != statement.code).count(),
                "round" => id,
            ]),
        );
        writeln!(out, "{line}")?;
        writeln!(out, "{}", recorded_line(cat, commit.as_ref(), &fact))
    })?;
    Ok(0)
}

//! `riktlinjer comment`: record the statements of a comment round (one at a
//! time or from the spreadsheet the secretariat received) and their answers.
//! Each statement gets an id `<round-id>/S-<code>` that commit messages can
//! cite (`Addresses: 2026-1/S-7f3a2c`).

use std::io::Write;
use std::path::PathBuf;

use super::record::{Fact, Records, bind_content, past_date, record, recorded_line};
use crate::commands::{Ctx, with_terminal};
use crate::import::statements::{self, Column, Row};
use crate::model::{
    Answer, CommentWindow, Content, Disposition, FieldPath, PartialDate, RoundKind, RoundRecord, Statement, TextField,
    Workflow,
};
use crate::store::reviews::{answer_path, record_toml, statement_path};
use crate::store::{Diagnostic, Loaded};
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
    /// Record every statement of a CSV spreadsheet (all rows or none).
    Import(ImportArgs),
    /// Record the answer to a statement.
    Answer(AnswerArgs),
}

/// Arguments of `comment add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The round.
    pub round: String,
    /// The organisation (or person) that sent the statement.
    #[arg(long)]
    pub from: String,
    /// When it was received (default: today).
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
    /// Write and stage the file but do not commit.
    #[arg(long)]
    pub no_commit: bool,
}

/// Arguments of `comment import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The round.
    pub round: String,
    /// The CSV file: a header row, then one statement per row.
    pub file: PathBuf,
    /// The file's encoding (default: detected; UTF-8 with or without BOM, else Windows-1252).
    #[arg(long, value_name = "utf-8|windows-1252|latin1")]
    pub encoding: Option<String>,
    /// Use column HEADER for COLUMN (from, text, guideline, field, date); may be repeated.
    #[arg(long = "map", value_name = "COLUMN=HEADER")]
    pub map: Vec<String>,
    /// Accept statements received outside the comment round; they are marked late.
    #[arg(long)]
    pub late: bool,
    /// Write and stage the files but do not commit.
    #[arg(long)]
    pub no_commit: bool,
}

/// Arguments of `comment answer`.
#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    /// The round.
    pub round: String,
    /// The statement: `S-7f3a2c` or `2026-1/S-7f3a2c`.
    pub statement: String,
    /// `accepted`, `partly`, `rejected` or `noted`.
    #[arg(value_name = "accepted|partly|rejected|noted")]
    pub disposition: String,
    /// The reply, as in the summary of statements.
    #[arg(long)]
    pub reply: String,
    /// Write and stage the file but do not commit.
    #[arg(long)]
    pub no_commit: bool,
}

/// Dispatch.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    match args.command {
        CommentCommand::Add(a) => add(ctx, a),
        CommentCommand::Import(a) => import(ctx, a),
        CommentCommand::Answer(a) => answer(ctx, a),
    }
}

/// The comment round statements go to, or why there is none.
fn comment_window<'r>(round: &'r RoundRecord, workflow: &Workflow) -> Result<CommentWindow<'r>> {
    let id = &round.id;
    if round.round.kind != RoundKind::Revision {
        return Err(Error::Rule(format!(
            "round {id} is a {} round; statements belong to the comment round of a revision round",
            round.round.kind
        )));
    }
    if let Some(close) = round.closed() {
        return Err(Error::Rule(format!(
            "round {id} is closed (event {}); no statement can be added to it",
            close.stem
        )));
    }
    round.comment_round(workflow).ok_or_else(|| {
        let stage = workflow
            .stages
            .iter()
            .find(|s| s.kind == crate::model::StageKind::CommentRound)
            .map(|s| s.id.as_str())
            .unwrap_or("comment-round");
        Error::Rule(format!(
            "the comment round of round {id} has not opened (the round is in stage `{}`); statements are recorded once `riktlinjer round advance {id} {stage} --opens … --closes …` has opened it",
            round.current_stage().unwrap_or("none")
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
/// text has no location (the caller adds `--option` or the row).
fn build(
    draft: &Draft,
    round: &RoundRecord,
    window: &CommentWindow<'_>,
    committed: &Loaded,
    allow_late: bool,
    lenient_dates: bool,
) -> std::result::Result<Checked, String> {
    let from = draft.from.trim().to_string();
    let text = draft.text.trim().to_string();
    if from.is_empty() {
        return Err("the organisation is empty".into());
    }
    if text.is_empty() {
        return Err("the statement text is empty".into());
    }
    let today = clock::today();
    let received = match &draft.received {
        None => PartialDate::from_date(today),
        Some(d) => {
            let date = if lenient_dates {
                PartialDate::parse_lenient(d)
            } else {
                PartialDate::parse(d)
            }?;
            if date.is_after(today) {
                return Err(format!(
                    "the date received, {date}, lies in the future (today is {today})"
                ));
            }
            date
        }
    };
    let guideline = match &draft.guideline {
        None => None,
        Some(g) => {
            let id = committed.find(g.trim()).map_err(|e| e.to_string())?.id.clone();
            if !round.round.guidelines.contains(&id) {
                return Err(format!(
                    "guideline `{id}` is not in the scope of round {} ({})",
                    round.id,
                    round.round.guidelines.join(", ")
                ));
            }
            Some(id)
        }
    };
    let field = match &draft.field {
        None => None,
        Some(f) => {
            let path: FieldPath = f.trim().parse()?;
            let collection = &committed.collection;
            if !collection.languages.contains(&path.lang) {
                return Err(format!(
                    "`{}` is not a language of the collection ({})",
                    path.lang,
                    collection.languages.join(", ")
                ));
            }
            if let TextField::Actor(a) = &path.field
                && !collection.actors.iter().any(|x| &x.id == a)
            {
                return Err(format!(
                    "`{a}` is not an actor of the collection ({})",
                    collection
                        .actors
                        .iter()
                        .map(|x| x.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            if guideline.is_none() {
                return Err(format!("the field `{path}` needs the guideline it belongs to"));
            }
            Some(path.to_string())
        }
    };
    let late = window.is_late(&received);
    if late && !allow_late {
        return Err(format!(
            "received {received}, outside the comment round ({} to {}); a late statement is recorded only with --late, and is marked late",
            window.opens, window.closes
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
    loop {
        let code = statement.code(&round.id);
        let clash = round.statements.iter().any(|s| s.code == code) || taken.contains(&code);
        if !clash {
            return code;
        }
        statement.salt = Some(statement.salt.map_or(1, |s| s + 1));
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
    let window = comment_window(round, &reviews.workflow)?;
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
    } = build(&draft, round, &window, &committed, args.late, false).map_err(Error::Rule)?;
    if args.late && !late {
        ctx.warn(&format!(
            "--late given, but {received} lies within the comment round ({} to {}); the statement is recorded as in time",
            window.opens, window.closes
        ));
    }
    let recorded_by = repo.identity()?;
    let content = bind_content(&repo, &round.round.guidelines)?;
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
    let about = guideline.as_deref().map(|g| format!(" on {g}")).unwrap_or_default();
    let fact = statement_fact(round, &code, &statement);
    let commit = record(&repo, &fact, args.no_commit)?;
    with_terminal(false, |out| {
        writeln!(
            out,
            "Recorded statement {sid} from {from}{about}, received {received}{}.",
            if late { ", late" } else { "" }
        )?;
        writeln!(out, "Cite it in a commit that addresses it: `Addresses: {sid}`")?;
        writeln!(out, "{}", recorded_line(commit.as_ref(), &fact.files))
    })?;
    Ok(0)
}

fn parse_map(map: &[String]) -> Result<Vec<(Column, String)>> {
    map.iter()
        .map(|m| {
            let (column, header) = m
                .split_once('=')
                .ok_or_else(|| Error::Usage(format!("--map {m}: write COLUMN=HEADER, e.g. --map text=Kommentarer")))?;
            let column = Column::parse(column).ok_or_else(|| {
                Error::Usage(format!(
                    "--map {m}: `{column}` is not a column; the columns are from, text, guideline, field and date"
                ))
            })?;
            Ok((column, header.trim().to_string()))
        })
        .collect()
}

fn import(ctx: &Ctx, args: ImportArgs) -> Result<u8> {
    let map = parse_map(&args.map)?;
    let Records {
        lock: _lock,
        repo,
        committed,
        reviews,
    } = Records::open(ctx)?;
    let round = reviews.valid_round(&args.round)?;
    let window = comment_window(round, &reviews.workflow)?;
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, e))?;
    let sheet = statements::read(&args.file, &bytes, args.encoding.as_deref(), &map)?;
    let shown = args.file.display().to_string();

    let mut problems = Vec::new();
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
        match build(&draft, round, &window, &committed, args.late, true) {
            Ok(b) => built.push(b),
            Err(message) => problems.push(Diagnostic {
                path: shown.clone(),
                line: row.line,
                col: 1,
                message: format!("row {}: {message}", row.row),
            }),
        }
    }
    if !problems.is_empty() {
        return Err(Error::BadRows { problems });
    }
    for ignored in &sheet.ignored {
        ctx.warn(&format!(
            "column `{ignored}` is not used (name it with --map COLUMN={ignored} if it should be)"
        ));
    }
    let recorded_by = repo.identity()?;
    let content: Content = bind_content(&repo, &round.round.guidelines)?;
    let recorded_at = now();
    let mut taken: Vec<String> = Vec::new();
    let mut files = Vec::new();
    let mut ids = Vec::new();
    let mut late_count = 0;
    for Checked {
        from,
        text,
        received,
        guideline,
        field,
        late,
    } in built
    {
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
        let code = assign_code(&mut statement, round, &taken);
        late_count += usize::from(late);
        ids.push((round.statement_id(&code), statement.from.clone()));
        files.push((statement_path(&round.id, &code), record_toml(&statement)));
        taken.push(code);
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
        summary: format!(
            "Record {} to round {} imported from {file_name}",
            super::check::count(n, "statement"),
            round.id
        ),
        details: ids.iter().map(|(id, from)| format!("{id}: {from}")).collect(),
        files,
    };
    let commit = record(&repo, &fact, args.no_commit)?;
    with_terminal(false, |out| {
        writeln!(
            out,
            "Imported {} from {shown} ({}, separated by `{}`){}:",
            super::check::count(n, "statement"),
            sheet.encoding,
            match sheet.delimiter {
                '\t' => "tab".to_string(),
                d => d.to_string(),
            },
            if late_count > 0 {
                format!(", {late_count} late")
            } else {
                String::new()
            }
        )?;
        for (id, from) in &ids {
            writeln!(out, "  {id}  {from}")?;
        }
        match &commit {
            Some(c) => writeln!(out, "Committed {}.", c.short_id()),
            None => writeln!(out, "Staged, not committed (--no-commit); commit the files when ready."),
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
    let disposition: Disposition = args.disposition.parse().map_err(Error::Usage)?;
    if let Some(close) = round.closed() {
        return Err(Error::Rule(format!(
            "round {id} is closed (event {}); no answer can be added to it",
            close.stem
        )));
    }
    let statement = round.find_statement(&args.statement).ok_or_else(|| {
        let ids: Vec<String> = round.statements.iter().map(|s| round.statement_id(&s.code)).collect();
        let mut suggestions = crate::error::close_matches(&args.statement, ids.iter().map(String::as_str));
        if suggestions.is_empty() && ids.len() <= 5 {
            suggestions = ids;
        }
        Error::UnknownStatement {
            round: id.clone(),
            wanted: args.statement.clone(),
            suggestions,
        }
    })?;
    let sid = round.statement_id(&statement.code);
    if let Some(a) = round.answers.get(&statement.code) {
        return Err(Error::Rule(format!(
            "statement {sid} is already answered ({}, recorded by {}); a recorded answer is not changed",
            a.disposition.as_str(),
            a.recorded_by
        )));
    }
    let reply = args.reply.trim().to_string();
    if reply.is_empty() {
        return Err(Error::Usage(
            "--reply is empty; write the reply as in the summary of statements".into(),
        ));
    }
    let value = Answer {
        disposition,
        reply,
        recorded_by: repo.identity()?,
        recorded_at: now(),
    };
    let from = &statement.statement.from;
    let fact = answer_fact(round, &statement.code, from, &value);
    let commit = record(&repo, &fact, args.no_commit)?;
    let left = round.unanswered().len().saturating_sub(1);
    with_terminal(false, |out| {
        writeln!(
            out,
            "Answered {sid} from {from}: {}. {} of round {id} still unanswered.",
            disposition.as_str(),
            super::check::count(left, "statement")
        )?;
        writeln!(out, "{}", recorded_line(commit.as_ref(), &fact.files))
    })?;
    Ok(0)
}

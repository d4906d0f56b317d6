//! `riktlinjer report comments ROUND-ID`: the summary of statements of a
//! review round (see [`crate::history::comments`]), read from the records
//! committed at `HEAD` and the one history walk.

use crate::fluent_args;

use crate::commands::Ctx;
use crate::commands::args::{CsvArgs, Format, Formats, LangArgs, OutputArgs, RevArgs, not_written};
use crate::history::WalkOptions;
use crate::history::comments::{self, Inputs};
use crate::history::summary::Version;
use crate::snapshot::Snapshot;
use crate::store::reviews::{round_dir, round_path};
use crate::{Error, Result, clock, render, store};

/// What `report comments` writes.
#[derive(Debug, Clone)]
pub struct CommentsFormats;

impl Formats for CommentsFormats {
    const COMMAND: &'static str = "report comments";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (
            Format::Markdown,
            "A document to paste into a wiki or convert with pandoc",
        ),
        (Format::Html, "A self-contained page that prints cleanly"),
        (Format::Docx, "A Word document (needs `--out` on a terminal)"),
        (
            Format::Csv,
            "One row per statement, for a spreadsheet (see --csv-dialect)",
        ),
        (
            Format::Xlsx,
            "An Excel workbook, one row per statement (needs `--out` on a terminal)",
        ),
        (Format::Json, "The whole report as data"),
    ];
    const DEFAULT: Format = Format::Markdown;
    const EXAMPLE: &'static str = "utlatanden";
}

/// Arguments of `report comments`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The review round (its folder under reviews/).
    #[arg(value_name = "ROUND-ID")]
    pub round: String,
    /// The revision whose records and history to read (default: HEAD).
    #[command(flatten)]
    pub rev: RevArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<CommentsFormats>,
    /// The document's language.
    #[command(flatten)]
    pub lang: LangArgs,
    /// The CSV dialect.
    #[command(flatten)]
    pub csv: CsvArgs,
}

/// Build the summary of statements and print it.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let dialect = args.csv.dialect(ctx, format)?;
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    let tip = match args.rev.at() {
        Some(rev) => Some(repo.resolve(rev)?),
        None => repo.head()?,
    };
    let Some(head) = tip else {
        return Err(Error::NoCommits {
            consequence: crate::i18n::Wording::new("no-commits-round").arg("round", args.round.as_str()),
        });
    };
    let snapshot = Snapshot::of(&repo, Some(&head.id))?;
    // The guidelines by blob: only those the statements name get parsed.
    let current = Version::at(&repo, &head.id)?;
    let lang = render::pick_language(&current.collection, args.lang.get())?;
    let reviews = store::load_reviews(&snapshot, Some(&current.collection.languages))?;
    let round = match reviews.round(&args.round) {
        Ok(r) => r,
        Err(e) => {
            // Recorded with --no-commit: say so rather than "no such round".
            if args.rev.at().is_none() && Snapshot::of(&repo, None)?.read(&round_path(&args.round))?.is_some() {
                return Err(Error::RoundUncommitted {
                    round: args.round.clone(),
                    needs: ctx.catalogue().text("report-comments-needs-committed"),
                });
            }
            return Err(e);
        }
    };
    if let Some(c) = round.cancelled() {
        ctx.warn(&ctx.catalogue().get(
            "report-round-cancelled",
            Some(&fluent_args![
                "round" => &round.id,
                "event" => &c.stem,
                "reason" => c.event.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default(),
            ]),
        ));
    }
    // A report reads what it can: problems in the records are named, and
    // the records that cannot be read are left out (`check` locates them).
    let prefix = format!("{}/", round_dir(&round.id));
    for d in reviews
        .diagnostics
        .iter()
        .filter(|d| d.path.starts_with(&prefix) || d.path == store::reviews::WORKFLOW_PATH)
    {
        ctx.warn(&d.to_string());
    }
    let dirty = match args.rev.at() {
        Some(_) => Vec::new(),
        None => repo.uncommitted(&round_dir(&round.id))?,
    };
    if !dirty.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "report-round-uncommitted",
            Some(&fluent_args![
                "count" => dirty.len(),
                "round" => &round.id,
                "files" => dirty.join(", "),
                "commit" => head.short_id(),
            ]),
        ));
    }
    let index = crate::commands::history_at(ctx, &repo, args.rev.at(), WalkOptions::default())?;
    // The text when the round opened names guidelines withdrawn since.
    let missing = round.statements.iter().any(|s| {
        s.statement
            .guideline
            .as_ref()
            .is_some_and(|g| !current.blobs.contains_key(g))
    });
    let base = if missing {
        Version::at(&repo, &round.round.base_commit).ok()
    } else {
        None
    };
    let report = comments::report(
        &repo,
        &index,
        &Inputs {
            round,
            workflow: &reviews.workflow,
            current: &current,
            base: base.as_ref(),
            head: head.id.clone(),
            today: clock::today(),
            lang,
        },
    )?;
    for u in &report.unknown_citations {
        ctx.warn(&ctx.catalogue().get(
            "report-unknown-citation",
            Some(&fluent_args![
                "commit" => &u.commit[..u.commit.len().min(7)],
                "cited" => &u.cited,
                "round" => &round.id,
            ]),
        ));
    }
    let summary = ctx.catalogue().get(
        "report-comments-summary",
        Some(&fluent_args![
            "count" => report.statements,
            "unanswered" => report.unanswered.len(),
        ]),
    );
    args.output.emit(ctx, &summary, |out| match format {
        Format::Markdown => render::comments::markdown(out, &report),
        Format::Html => render::comments::html(out, &report),
        Format::Docx => render::comments::docx(out, &report),
        Format::Csv => render::csv::table(out, &render::comments::table(&report), dialect),
        Format::Xlsx => render::xlsx::table(out, &render::comments::table(&report), &report.round.title, report.date),
        Format::Json => render::json::write(out, &report),
        Format::Text => not_written(format),
    })?;
    Ok(0)
}

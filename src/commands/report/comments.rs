//! `riktlinjer report comments ROUND-ID`: the summary of statements of a
//! review round (see [`crate::history::comments`]), read from the records
//! committed at `HEAD` and the one history walk.

use crate::fluent_args;
use std::path::PathBuf;

use crate::commands::Ctx;
use crate::history::WalkOptions;
use crate::history::comments::{self, Inputs};
use crate::history::summary::Version;
use crate::snapshot::Snapshot;
use crate::store::reviews::{round_dir, round_path};
use crate::{Error, Result, clock, render, store};

/// Output formats of `report comments`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A document to paste into a wiki or convert with pandoc.
    Markdown,
    /// A self-contained page that prints cleanly.
    Html,
    /// A Word document (needs `--out` on a terminal).
    Docx,
    /// One row per statement, for a spreadsheet (see --csv-dialect).
    Csv,
    /// An Excel workbook, one row per statement (needs `--out` on a terminal).
    Xlsx,
    /// The whole report as data.
    Json,
}

/// Arguments of `report comments`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The review round (its folder under reviews/).
    #[arg(value_name = "ROUND-ID")]
    pub round: String,
    /// Output format (default: what the extension of `--out` names, else markdown).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The document's language: its headings and fixed wording, and the
    /// titles and names where the collection has them (default: the
    /// collection's primary language). CSV and JSON keys stay English.
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// How `--format csv` is written: `standard` (UTF-8, `,`, LF) or `excel` (UTF-8 with BOM, `;`, CRLF).
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub csv_dialect: Option<crate::commands::CsvDialect>,
}

/// Build the summary of statements and print it.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = crate::commands::output_format(args.format, args.out.as_deref(), Format::Markdown)?;
    let dialect = crate::commands::csv_dialect(args.csv_dialect, format == Format::Csv)?;
    match format {
        Format::Docx => super::refuse_binary_on_terminal("a Word document", args.out.as_deref(), "utlatanden.docx")?,
        Format::Xlsx => super::refuse_binary_on_terminal("a workbook", args.out.as_deref(), "utlatanden.xlsx")?,
        _ => {}
    }
    if let Some(path) = &args.out {
        crate::store::check_output_path(path)?;
    }
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    let Some(head) = repo.head()? else {
        return Err(Error::NoCommits {
            consequence: ctx
                .catalogue()
                .get("no-commits-round", Some(&fluent_args!["round" => &args.round])),
        });
    };
    let snapshot = Snapshot::of(&repo, Some(&head.id))?;
    // The guidelines by blob: only those the statements name get parsed.
    let current = Version::at(&repo, &head.id)?;
    let lang = render::pick_language(&current.collection, args.lang.as_deref())?;
    let reviews = store::load_reviews(&snapshot, Some(&current.collection.languages))?;
    let round = match reviews.round(&args.round) {
        Ok(r) => r,
        Err(e) => {
            // Recorded with --no-commit: say so rather than "no such round".
            if Snapshot::of(&repo, None)?.read(&round_path(&args.round))?.is_some() {
                return Err(Error::RoundUncommitted {
                    round: args.round.clone(),
                    needs: "the summary is made from committed records".into(),
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
    let dirty = repo.uncommitted(&round_dir(&round.id))?;
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
    let index = crate::commands::history(ctx, &repo, WalkOptions::default())?;
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
    super::emit(ctx, args.out.as_deref(), &summary, |out| match format {
        Format::Markdown => render::comments::markdown(out, &report),
        Format::Html => render::comments::html(out, &report),
        Format::Docx => render::comments::docx(out, &report),
        Format::Csv => render::csv::table(out, &render::comments::table(&report), dialect),
        Format::Xlsx => render::xlsx::table(out, &render::comments::table(&report), &report.round.title, report.date),
        Format::Json => render::json::write(out, &report),
    })?;
    Ok(0)
}

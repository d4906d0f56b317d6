//! `riktlinjer report currency`: per guideline the approval in force, the
//! last currency check and when the next is due (see
//! [`crate::history::currency`]).

use crate::fluent_args;
use chrono::NaiveDate;

use crate::commands::Ctx;
use crate::history::{WalkOptions, currency};
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Error, Result, render, store};

/// Output formats of `report currency`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CurrencyFormat {
    /// A summary, then one block per guideline.
    Text,
    /// A summary and a table.
    Markdown,
    /// A self-contained page with a table.
    Html,
    /// An array of guidelines.
    Json,
    /// One row per guideline (see --csv-dialect).
    Csv,
    /// An Excel workbook, one row per guideline (needs `--out` on a terminal).
    Xlsx,
}

/// Arguments of `report currency`.
#[derive(Debug, clap::Args)]
pub struct CurrencyArgs {
    /// The date to report as of (YYYY-MM-DD; default: today): what was due then, from the history up to that day.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format (default: what the extension of `--out` names, else text).
    #[arg(long, value_enum)]
    pub format: Option<CurrencyFormat>,
    /// The language of the Markdown and HTML documents: their headings and
    /// fixed wording, and the titles where the collection has them
    /// (default: the collection's primary language). The text output stays
    /// English; JSON and CSV keys too.
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// How `--format csv` is written: `standard` (UTF-8, `,`, LF) or `excel` (UTF-8 with BOM, `;`, CRLF).
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub csv_dialect: Option<crate::commands::CsvDialect>,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
}

/// Build the currency report and print it.
pub fn run(ctx: &Ctx, args: CurrencyArgs) -> Result<u8> {
    let format = crate::commands::output_format(args.format, args.out.as_deref(), CurrencyFormat::Text)?;
    let dialect = crate::commands::csv_dialect(args.csv_dialect, format == CurrencyFormat::Csv)?;
    if format == CurrencyFormat::Xlsx {
        super::refuse_binary_on_terminal("a workbook", args.out.as_deref(), "aktualitet.xlsx")?;
    }
    let as_of = match &args.as_of {
        None => crate::clock::today(),
        Some(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
            Error::user(format!(
                "--as-of `{s}` is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31"
            ))
        })?,
    };
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    let index = crate::commands::history(ctx, &repo, WalkOptions::default())?;
    let Some(first) = index.commits.first() else {
        return Err(Error::user_with_hint(
            "no commit has added guidelines yet, so there is nothing to report",
            "commit the guidelines first (`git add guidelines && git commit`)",
        ));
    };
    let Some(upto) = currency::position_as_of(&index, as_of) else {
        return Err(Error::user_with_hint(
            format!(
                "--as-of {as_of} is before the first commit of the guidelines ({}); nothing was recorded then",
                first.time.format("%Y-%m-%d")
            ),
            format!("give a date from {} on", first.time.format("%Y-%m-%d")),
        ));
    };
    if args.as_of.is_none() && !repo.uncommitted("guidelines")?.is_empty() {
        ctx.warn(&ctx.catalogue().text("report-uncommitted"));
    }
    let snapshot = Snapshot::of(&repo, Some(&index.commit(upto).id))?;
    let loaded = store::load(&snapshot)?;
    if !loaded.diagnostics.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "report-problems",
            Some(&fluent_args![
                "count" => loaded.diagnostics.len(),
                "where" => snapshot.label_in(ctx.catalogue()),
            ]),
        ));
    }
    let lang = render::pick_language(&loaded.collection, args.lang.as_deref())?;
    let report = currency::currency(&repo, &index, &loaded, upto, as_of, &lang)?;
    let summary = ctx.catalogue().get(
        "guidelines-count",
        Some(&fluent_args!["count" => report.guidelines.len()]),
    );
    super::emit(ctx, args.out.as_deref(), &summary, |out| match format {
        CurrencyFormat::Text => render::text::currency(
            &mut Term::new(out, ctx.use_color() && args.out.is_none()),
            &report,
            ctx.catalogue(),
        ),
        CurrencyFormat::Markdown => render::markdown::currency(out, &loaded.collection, &report),
        CurrencyFormat::Html => render::html::currency(out, &loaded.collection, &report),
        CurrencyFormat::Json => render::json::write(out, &report.guidelines),
        CurrencyFormat::Csv => render::csv::table(out, &render::table::currency(&report), dialect),
        CurrencyFormat::Xlsx => render::xlsx::table(
            out,
            &render::table::currency(&report),
            loaded.collection.title_in(&lang),
            report.as_of,
        ),
    })?;
    Ok(0)
}

//! `riktlinjer report currency`: per guideline the approval in force, the
//! last currency check and when the next is due (see
//! [`crate::history::currency`]).

use crate::fluent_args;
use chrono::NaiveDate;

use crate::commands::Ctx;
use crate::commands::args::{CsvArgs, Format, Formats, LangArgs, OutputArgs, RevArgs, not_written};
use crate::history::{WalkOptions, currency};
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Error, Result, render, store};

/// What `report currency` writes.
#[derive(Debug, Clone)]
pub struct CurrencyFormats;

impl Formats for CurrencyFormats {
    const COMMAND: &'static str = "report currency";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "A summary, then one block per guideline"),
        (Format::Markdown, "A summary and a table"),
        (Format::Html, "A self-contained page with a table"),
        (Format::Json, "An array of guidelines"),
        (Format::Csv, "One row per guideline (see --csv-dialect)"),
        (
            Format::Xlsx,
            "An Excel workbook, one row per guideline (needs `--out` on a terminal)",
        ),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "aktualitet";
}

/// Arguments of `report currency`.
#[derive(Debug, clap::Args)]
pub struct CurrencyArgs {
    /// The date to report as of (YYYY-MM-DD; default: today): what was due then, from the history up to that day.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// The revision whose history to read.
    #[command(flatten)]
    pub rev: RevArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<CurrencyFormats>,
    /// The document's language.
    #[command(flatten)]
    pub lang: LangArgs,
    /// The CSV dialect.
    #[command(flatten)]
    pub csv: CsvArgs,
}

/// Build the currency report and print it.
pub fn run(ctx: &Ctx, args: CurrencyArgs) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let dialect = args.csv.dialect(ctx, format)?;
    let as_of = match &args.as_of {
        None => crate::clock::today(),
        Some(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
            Error::user(
                ctx.catalogue()
                    .get("currency-as-of-not-a-date", Some(&fluent_args!["value" => s.as_str()])),
            )
        })?,
    };
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    let index = crate::commands::history_at(ctx, &repo, args.rev.at(), WalkOptions::default())?;
    let Some(first) = index.commits.first() else {
        return Err(Error::user_with_hint(
            ctx.catalogue().text("currency-nothing-to-report"),
            ctx.catalogue().text("commit-guidelines-first-hint"),
        ));
    };
    let Some(upto) = currency::position_as_of(&index, as_of) else {
        return Err(Error::user_with_hint(
            ctx.catalogue().get(
                "currency-as-of-too-early",
                Some(&fluent_args!["as_of" => as_of.to_string(), "first" => first.time.format("%Y-%m-%d").to_string()]),
            ),
            ctx.catalogue().get(
                "currency-as-of-too-early-hint",
                Some(&fluent_args!["first" => first.time.format("%Y-%m-%d").to_string()]),
            ),
        ));
    };
    if args.as_of.is_none() && args.rev.at.is_none() && !repo.uncommitted("guidelines")?.is_empty() {
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
    let lang = render::pick_language(&loaded.collection, args.lang.get())?;
    let report = currency::currency(&repo, &index, &loaded, upto, as_of, &lang)?;
    let summary = ctx.catalogue().get(
        "guidelines-count",
        Some(&fluent_args!["count" => report.guidelines.len()]),
    );
    args.output.emit(ctx, &summary, |out| match format {
        Format::Text => render::text::currency(&mut Term::new(out, args.output.color(ctx)), &report, ctx.catalogue()),
        Format::Markdown => render::markdown::currency(out, &loaded.collection, &report),
        Format::Html => render::html::currency(out, &loaded.collection, &report),
        Format::Json => render::json::write(out, &report.guidelines),
        Format::Csv => render::csv::table(out, &render::table::currency(&report), dialect),
        Format::Xlsx => render::xlsx::table(
            out,
            &render::table::currency(&report),
            loaded.collection.title_in(&lang),
            report.as_of,
        ),
        Format::Docx => not_written(format),
    })?;
    Ok(0)
}

//! `riktlinjer list`: the guidelines by theme and number.

use crate::commands::Ctx;
use crate::fluent_args;
use crate::render;
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Result, store};

/// Output formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns, grouped by theme.
    Text,
    /// A Markdown list per theme.
    Markdown,
    /// An array of objects with `id`, `number`, `theme`, `title`.
    Json,
    /// Comma-separated values with a header row (see --csv-dialect).
    Csv,
    /// An Excel workbook, one row per guideline (needs `--out` on a terminal).
    Xlsx,
}

/// Arguments of `list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Read the guidelines as they were at this git revision (commit, tag, branch, `HEAD~3`).
    #[arg(long, value_name = "REV")]
    pub at: Option<String>,
    /// Language of titles and theme names (default: the collection's primary language).
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long)]
    pub lang: Option<String>,
    /// Output format (default: what the extension of `--out` names, else text).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// How `--format csv` is written: `standard` (UTF-8, `,`, LF) or `excel` (UTF-8 with BOM, `;`, CRLF).
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub csv_dialect: Option<super::CsvDialect>,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
}

/// One row of the list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListEntry {
    /// Stable id.
    pub id: String,
    /// Number.
    pub number: u32,
    /// Theme id.
    pub theme: String,
    /// Theme name in the chosen language.
    pub theme_name: String,
    /// Title in the chosen language.
    pub title: String,
    /// Set when the last decision on the guideline withdrew it: it is no
    /// longer in force (its text stays for the record).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<WithdrawnIn>,
}

/// Where a guideline was withdrawn.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WithdrawnIn {
    /// The round that withdrew it.
    pub round: String,
    /// When, if recorded.
    pub date: Option<crate::model::PartialDate>,
}

/// Print the list.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = crate::commands::output_format(args.format, args.out.as_deref(), Format::Text)?;
    let dialect = super::csv_dialect(args.csv_dialect, format == Format::Csv)?;
    if format == Format::Xlsx {
        super::report::refuse_binary_on_terminal("a workbook", args.out.as_deref(), "riktlinjer.xlsx")?;
    }
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.at.as_deref())?;
    let loaded = store::load(&snapshot)?;
    if !loaded.diagnostics.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "list-problems",
            Some(&fluent_args!["count" => loaded.diagnostics.len()]),
        ));
    }
    let lang = render::pick_language(&loaded.collection, args.lang.as_deref())?;
    let withdrawn = super::withdrawn_guidelines(&snapshot, &loaded)?;
    let entries: Vec<ListEntry> = loaded
        .guidelines
        .iter()
        .map(|g| ListEntry {
            id: g.id.clone(),
            number: g.number,
            theme: g.theme.clone(),
            theme_name: loaded
                .collection
                .theme(&g.theme)
                .map(|t| t.name_in(&lang).to_string())
                .unwrap_or_else(|| g.theme.clone()),
            title: g.title_in(&lang).to_string(),
            withdrawn: withdrawn.get(&g.id).map(|(round, date)| WithdrawnIn {
                round: round.clone(),
                date: *date,
            }),
        })
        .collect();
    let summary = ctx
        .catalogue()
        .get("guidelines-count", Some(&fluent_args!["count" => entries.len()]));
    super::report::emit(ctx, args.out.as_deref(), &summary, |out| match format {
        Format::Text => render::text::list(
            &mut Term::new(out, ctx.use_color() && args.out.is_none()),
            &entries,
            ctx.catalogue(),
        ),
        Format::Markdown => render::markdown::list(out, &loaded.collection, &lang, &entries),
        Format::Json => render::json::write(out, &entries),
        Format::Csv => render::csv::table(out, &render::table::list(&entries), dialect),
        Format::Xlsx => render::xlsx::table(
            out,
            &render::table::list(&entries),
            loaded.collection.title_in(&lang),
            crate::clock::today(),
        ),
    })?;
    Ok(0)
}

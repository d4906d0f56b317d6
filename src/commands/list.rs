//! `riktlinjer list`: the guidelines by theme and number.

use crate::commands::Ctx;
use crate::commands::args::{CsvArgs, Format, Formats, LangArgs, OutputArgs, RevArgs, not_written};
use crate::fluent_args;
use crate::render;
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Result, store};

/// What `list` writes.
#[derive(Debug, Clone)]
pub struct ListFormats;

impl Formats for ListFormats {
    const COMMAND: &'static str = "list";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "Aligned columns, grouped by theme"),
        (Format::Markdown, "A Markdown list per theme"),
        (
            Format::Json,
            "An array of objects with `id`, `number`, `theme`, `title`",
        ),
        (
            Format::Csv,
            "Comma-separated values with a header row (see --csv-dialect)",
        ),
        (
            Format::Xlsx,
            "An Excel workbook, one row per guideline (needs `--out` on a terminal)",
        ),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "riktlinjer";
}

/// Arguments of `list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The revision to read.
    #[command(flatten)]
    pub rev: RevArgs,
    /// The document's language.
    #[command(flatten)]
    pub lang: LangArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<ListFormats>,
    /// The CSV dialect.
    #[command(flatten)]
    pub csv: CsvArgs,
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
    let format = args.output.format(ctx)?;
    let dialect = args.csv.dialect(ctx, format)?;
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.rev.at())?;
    let loaded = store::load(&snapshot)?;
    if !loaded.diagnostics.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "list-problems",
            Some(&fluent_args!["count" => loaded.diagnostics.len()]),
        ));
    }
    let lang = render::pick_language(&loaded.collection, args.lang.get())?;
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
    args.output.emit(ctx, &summary, |out| match format {
        Format::Text => render::text::list(&mut Term::new(out, args.output.color(ctx)), &entries, ctx.catalogue()),
        Format::Markdown => render::markdown::list(out, &loaded.collection, &lang, &entries),
        Format::Json => render::json::write(out, &entries),
        Format::Csv => render::csv::table(out, &render::table::list(&entries), dialect),
        Format::Xlsx => render::xlsx::table(
            out,
            &render::table::list(&entries),
            loaded.collection.title_in(&lang),
            crate::clock::today(),
        ),
        Format::Html | Format::Docx => not_written(format),
    })?;
    Ok(0)
}

//! `riktlinjer show`: one guideline, all fields.

use crate::commands::{Ctx, with_stdout};
use crate::render;
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Result, store};

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Headed paragraphs for the terminal.
    Text,
    /// Markdown with a heading per field.
    Markdown,
    /// A self-contained HTML page.
    Html,
    /// The guideline as one object: `id`, `number`, `theme`, `texts`.
    Json,
}

/// Arguments of `show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The guideline's id (`samarbete`) or number (`1`).
    pub guideline: String,
    /// Read the guideline as it was at this git revision.
    #[arg(long, value_name = "REV")]
    pub at: Option<String>,
    /// Language to show (default: the primary language); JSON always holds every language.
    #[arg(long)]
    pub lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Print the guideline.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.at.as_deref())?;
    let loaded = store::load(&snapshot)?;
    let lang = render::pick_language(&loaded.collection, args.lang.as_deref())?;
    let guideline = loaded.find(&args.guideline)?;
    if let Some((round, date)) = super::withdrawn_guidelines(&snapshot, &loaded)?.get(&guideline.id) {
        ctx.warn(&format!(
            "guideline {} ({}) was withdrawn in round {round}{}: it is no longer in force; its text is kept for the record",
            guideline.number,
            guideline.id,
            date.map(|d| format!(" on {d}")).unwrap_or_default()
        ));
    }
    if !guideline.texts.contains_key(&lang) {
        ctx.warn(&format!("guideline {} has no texts in `{lang}` yet", guideline.number));
    }
    // The guideline's active deviations, by its id (whatever its number now).
    let deviations: Vec<_> = match args.format {
        Format::Text => super::deviation::rows(&snapshot, &loaded)?
            .into_iter()
            .filter(|r| {
                r.record.deviation.guideline == guideline.id && r.state == super::deviation::DeviationState::Active
            })
            .collect(),
        _ => Vec::new(),
    };
    with_stdout(|out| match args.format {
        Format::Text => {
            let mut term = Term::new(out, ctx.use_color());
            render::text::guideline(&mut term, &loaded.collection, guideline, &lang)?;
            if !deviations.is_empty() {
                std::io::Write::write_all(&mut term, b"\n")?;
                term.line(
                    render::term::Style::Bold,
                    &format!("Active deviations ({})", deviations.len()),
                )?;
                render::deviations::blocks(&mut term, &deviations, false)?;
            }
            Ok(())
        }
        Format::Markdown => render::markdown::guideline(out, &loaded.collection, guideline, &lang),
        Format::Html => render::html::guideline(out, &loaded.collection, guideline, &lang),
        Format::Json => render::json::write(out, guideline),
    })?;
    Ok(0)
}

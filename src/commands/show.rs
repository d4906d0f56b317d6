//! `riktlinjer show`: one guideline, all fields.

use crate::commands::Ctx;
use crate::commands::args::{Format, Formats, LangArgs, OutputArgs, RevArgs, not_written};
use crate::fluent_args;
use crate::render;
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Error, Result, store};

/// What `show` writes.
#[derive(Debug, Clone)]
pub struct ShowFormats;

impl Formats for ShowFormats {
    const COMMAND: &'static str = "show";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Text, "Headed paragraphs for the terminal"),
        (Format::Markdown, "Markdown with a heading per field"),
        (Format::Html, "A self-contained HTML page"),
        (
            Format::Json,
            "The guideline as one object: `id`, `number`, `theme`, `texts`",
        ),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "guideline";
}

/// Arguments of `show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The guideline's id (`samarbete`) or number (`1`).
    pub guideline: String,
    /// The revision to read.
    #[command(flatten)]
    pub rev: RevArgs,
    /// The document's language.
    #[command(flatten)]
    pub lang: LangArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<ShowFormats>,
    /// Show the text that was in force on this day (YYYY-MM-DD or D.M.YYYY),
    /// answered from the approval trail: the text of the last approval dated
    /// on or before it, unless withdrawn by then. Exits 1 when no approved
    /// text was in force that day.
    #[arg(long, value_name = "DATE", conflicts_with = "at")]
    pub in_force_on: Option<String>,
}

/// Print the guideline.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.rev.at())?;
    let loaded = store::load(&snapshot)?;
    let lang = render::pick_language(&loaded.collection, args.lang.get())?;
    if let Some(day) = &args.in_force_on {
        return in_force_on(ctx, &repo, &loaded, &args, day, &lang, format);
    }
    let guideline = loaded.find(&args.guideline)?;
    if let Some((round, date)) = super::withdrawn_guidelines(&snapshot, &loaded)?.get(&guideline.id) {
        ctx.warn(&ctx.catalogue().get(
            "show-withdrawn",
            Some(&fluent_args![
                "number" => guideline.number,
                "guideline" => &guideline.id,
                "round" => round,
                "date" => date.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into()),
            ]),
        ));
    }
    if !guideline.texts.contains_key(&lang) {
        ctx.warn(&ctx.catalogue().get(
            "show-no-texts",
            Some(&fluent_args!["number" => guideline.number, "lang" => lang.as_str()]),
        ));
    }
    // The guideline's active deviations, by its id (whatever its number now).
    let deviations: Vec<_> = if format == Format::Text {
        super::deviation::rows(&snapshot, &loaded)?
            .into_iter()
            .filter(|r| {
                r.record.deviation.guideline == guideline.id && r.state == super::deviation::DeviationState::Active
            })
            .collect()
    } else {
        Vec::new()
    };
    let color = args.output.color(ctx);
    args.output.emit(
        ctx,
        &ctx.catalogue()
            .get("summary-guideline", Some(&fluent_args!["number" => guideline.number])),
        |out| {
            print(
                out,
                color,
                &loaded.collection,
                guideline,
                &lang,
                format,
                ctx.catalogue(),
            )?;
            if !deviations.is_empty() {
                let mut term = Term::new(out, color);
                std::io::Write::write_all(&mut term, b"\n")?;
                term.line(
                    render::term::Style::Bold,
                    &ctx.catalogue().get(
                        "show-active-deviations",
                        Some(&fluent_args!["count" => deviations.len()]),
                    ),
                )?;
                render::deviations::blocks(&mut term, &deviations, false, ctx.catalogue())?;
            }
            Ok(())
        },
    )?;
    Ok(0)
}

fn print(
    out: &mut dyn std::io::Write,
    color: bool,
    collection: &crate::model::Collection,
    guideline: &crate::model::Guideline,
    lang: &str,
    format: Format,
    cat: &crate::i18n::Catalogue,
) -> std::io::Result<()> {
    match format {
        Format::Text => render::text::guideline(&mut Term::new(out, color), collection, guideline, lang, cat),
        Format::Markdown => render::markdown::guideline(out, collection, guideline, lang),
        Format::Html => render::html::guideline(out, collection, guideline, lang),
        Format::Json => render::json::write(out, guideline),
        Format::Csv | Format::Docx | Format::Xlsx => not_written(format),
    }
}

/// `--in-force-on DATE`: the approved text of that day, from the trail.
fn in_force_on(
    ctx: &Ctx,
    repo: &crate::repo::Repo,
    loaded: &store::Loaded,
    args: &Args,
    day: &str,
    lang: &str,
    format: Format,
) -> Result<u8> {
    use crate::history::{Standing, WalkOptions};
    let date = crate::model::PartialDate::parse_lenient(day).map_err(|reason| Error::BadDate {
        option: "--in-force-on".into(),
        reason,
    })?;
    if date.precision() != crate::model::Precision::Day {
        return Err(Error::user(ctx.catalogue().get(
            "show-in-force-on-not-a-day",
            Some(&fluent_args!["day" => day, "example" => date.last_day().to_string()]),
        )));
    }
    let date = date.first_day();
    let _fast = crate::repo::HashVerification::set(false);
    let index = crate::commands::history(ctx, repo, WalkOptions::default())?;
    // The guideline by id or number now; a withdrawn file that is gone
    // still answers by its id.
    let id = match loaded.find(&args.guideline) {
        Ok(g) => g.id.clone(),
        Err(e) => {
            if index.guidelines.contains_key(&args.guideline) {
                args.guideline.clone()
            } else {
                return Err(e);
            }
        }
    };
    let Some(upto) = index.commits.len().checked_sub(1) else {
        return Err(Error::user_with_hint(
            ctx.catalogue().text("show-nothing-ever-in-force"),
            ctx.catalogue().text("commit-guidelines-first-hint"),
        ));
    };
    match index.standings_on(upto, date).get(&id) {
        Some(Standing::Approved { approval, blob }) => {
            let bytes = repo.read_blob(blob)?;
            let path = format!("{}/{id}.toml", store::GUIDELINES_DIR);
            let Some(g) = store::read_guideline(&path, &id, &bytes, &loaded.collection) else {
                return Err(Error::user_with_hint(
                    ctx.catalogue().get(
                        "show-approved-text-unreadable",
                        Some(&fluent_args![
                            "guideline" => &id,
                            "round" => approval.round,
                            "blob" => &blob[..7.min(blob.len())],
                        ]),
                    ),
                    ctx.catalogue().text("run-audit-hint"),
                ));
            };
            let e = approval.event;
            let cat = ctx.catalogue();
            let mut how = Vec::new();
            if let Some(d) = e.date {
                how.push(cat.get("show-approved-on", Some(&fluent_args!["date" => d.to_string()])));
            }
            if let Some(b) = e.body.as_deref() {
                how.push(cat.get("show-approved-by", Some(&fluent_args!["body" => b])));
            }
            if let Some(d) = e.decision.as_deref() {
                how.push(cat.get("show-approved-decision", Some(&fluent_args!["decision" => d])));
            }
            ctx.note(&cat.get(
                "show-in-force",
                Some(&fluent_args![
                    "date" => date.to_string(),
                    "round" => approval.round,
                    "how" => how.concat(),
                ]),
            ));
            let color = args.output.color(ctx);
            args.output.emit(
                ctx,
                &ctx.catalogue()
                    .get("summary-guideline", Some(&fluent_args!["number" => id])),
                |out| print(out, color, &loaded.collection, &g, lang, format, ctx.catalogue()),
            )?;
            Ok(0)
        }
        Some(Standing::Withdrawn { round, date: when, .. }) => {
            ctx.note(&ctx.catalogue().get(
                "show-not-in-force-withdrawn",
                Some(&fluent_args![
                    "guideline" => id.to_string(),
                    "date" => date.to_string(),
                    "round" => round.to_string(),
                    "when" => when.map(|d| d.to_string()).unwrap_or_else(|| "unknown".into()),
                ]),
            ));
            Ok(1)
        }
        None => {
            ctx.note(&ctx.catalogue().get(
                "show-not-in-force",
                Some(&fluent_args!["guideline" => id.to_string(), "date" => date.to_string()]),
            ));
            Ok(1)
        }
    }
}

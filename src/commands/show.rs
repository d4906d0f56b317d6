//! `riktlinjer show`: one guideline, all fields.

use crate::commands::{Ctx, with_stdout};
use crate::fluent_args;
use crate::render;
use crate::render::term::Term;
use crate::snapshot::Snapshot;
use crate::{Error, Result, store};

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
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long)]
    pub lang: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Show the text that was in force on this day (YYYY-MM-DD or D.M.YYYY),
    /// answered from the approval trail: the text of the last approval dated
    /// on or before it, unless withdrawn by then. Exits 1 when no approved
    /// text was in force that day.
    #[arg(long, value_name = "DATE", conflicts_with = "at")]
    pub in_force_on: Option<String>,
}

/// Print the guideline.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    let snapshot = Snapshot::of(&repo, args.at.as_deref())?;
    let loaded = store::load(&snapshot)?;
    let lang = render::pick_language(&loaded.collection, args.lang.as_deref())?;
    if let Some(day) = &args.in_force_on {
        return in_force_on(ctx, &repo, &loaded, &args, day, &lang);
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
    print(ctx, &loaded.collection, guideline, &lang, args.format)?;
    // The guideline's active deviations, by its id (whatever its number now).
    if args.format == Format::Text {
        let deviations: Vec<_> = super::deviation::rows(&snapshot, &loaded)?
            .into_iter()
            .filter(|r| {
                r.record.deviation.guideline == guideline.id && r.state == super::deviation::DeviationState::Active
            })
            .collect();
        if !deviations.is_empty() {
            with_stdout(|out| {
                let mut term = Term::new(out, ctx.use_color());
                std::io::Write::write_all(&mut term, b"\n")?;
                term.line(
                    render::term::Style::Bold,
                    &ctx.catalogue().get(
                        "show-active-deviations",
                        Some(&fluent_args!["count" => deviations.len()]),
                    ),
                )?;
                render::deviations::blocks(&mut term, &deviations, false)
            })?;
        }
    }
    Ok(0)
}

fn print(
    ctx: &Ctx,
    collection: &crate::model::Collection,
    guideline: &crate::model::Guideline,
    lang: &str,
    format: Format,
) -> Result<()> {
    let lang = lang.to_string();
    let loaded_collection = collection;
    with_stdout(|out| match format {
        Format::Text => render::text::guideline(
            &mut Term::new(out, ctx.use_color()),
            loaded_collection,
            guideline,
            &lang,
            ctx.catalogue(),
        ),
        Format::Markdown => render::markdown::guideline(out, loaded_collection, guideline, &lang),
        Format::Html => render::html::guideline(out, loaded_collection, guideline, &lang),
        Format::Json => render::json::write(out, guideline),
    })
}

/// `--in-force-on DATE`: the approved text of that day, from the trail.
fn in_force_on(
    ctx: &Ctx,
    repo: &crate::repo::Repo,
    loaded: &store::Loaded,
    args: &Args,
    day: &str,
    lang: &str,
) -> Result<u8> {
    use crate::history::{Standing, WalkOptions};
    let date = crate::model::PartialDate::parse_lenient(day).map_err(|reason| Error::BadDate {
        option: "--in-force-on".into(),
        reason,
    })?;
    if date.precision() != crate::model::Precision::Day {
        return Err(Error::user(format!(
            "--in-force-on {day}: give a day (YYYY-MM-DD or D.M.YYYY), e.g. {}",
            date.last_day()
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
            "no commit has added guidelines yet, so nothing was ever in force",
            "commit the guidelines first (`git add guidelines && git commit`)",
        ));
    };
    match index.standings_on(upto, date).get(&id) {
        Some(Standing::Approved { approval, blob }) => {
            let bytes = repo.read_blob(blob)?;
            let path = format!("{}/{id}.toml", store::GUIDELINES_DIR);
            let Some(g) = store::read_guideline(&path, &id, &bytes, &loaded.collection) else {
                return Err(Error::user_with_hint(
                    format!(
                        "the text of {id} approved in round {} (blob {}) does not read as a guideline",
                        approval.round,
                        &blob[..7.min(blob.len())]
                    ),
                    "run `riktlinjer audit`",
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
            print(ctx, &loaded.collection, &g, lang, args.format)?;
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

//! `riktlinjer diff`: what changed between two versions of the guidelines,
//! word by word and field by field, in five formats.

use crate::commands::Ctx;
use crate::commands::args::{Format, Formats, OutputArgs, not_written};
use crate::diff::round::{self, Endpoint};
use crate::diff::{self, CollectionDiff, Options, RoundRef, Side};
use crate::fluent_args;
use crate::render::term::Term;
use crate::repo::Repo;
use crate::snapshot::Snapshot;
use crate::store::{self, Loaded};
use crate::{Error, Result, render};

/// What `diff` writes.
#[derive(Debug, Clone)]
pub struct DiffFormats;

impl Formats for DiffFormats {
    const COMMAND: &'static str = "diff";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (
            Format::Text,
            "For the terminal: colours on a terminal, `[-old-]{+new+}` otherwise",
        ),
        (
            Format::Markdown,
            "One section per changed guideline, `~~old~~ **new**` inline",
        ),
        (
            Format::Html,
            "A self-contained page: old | new side by side per field, and inline",
        ),
        (
            Format::Json,
            "`{\"from\", \"to\", \"guidelines\": [{\"id\", \"number\", \"status\", \"fields\": [{\"field\", \"hunks\": [{\"old\", \"new\"}]}]}]}`",
        ),
        (
            Format::Docx,
            "A Word document of the new text with every change a tracked change (needs `--out` on a terminal)",
        ),
    ];
    const DEFAULT: Format = Format::Text;
    const EXAMPLE: &'static str = "changes";
}

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The old version: any git revision (default: HEAD).
    #[arg(value_name = "FROM")]
    pub from: Option<String>,
    /// The new version: any git revision (default: the working tree).
    #[arg(value_name = "TO")]
    pub to: Option<String>,
    /// Only these guidelines (ids or numbers, comma-separated or repeated).
    #[arg(long, value_name = "ID", value_delimiter = ',')]
    pub guideline: Vec<String>,
    /// Only these languages (comma-separated or repeated; default: every
    /// language). The first one is used for titles and headings.
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long, value_name = "LANG", value_delimiter = ',')]
    pub lang: Vec<String>,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<DiffFormats>,
    /// Compare the texts recorded in review round ROUND-ID (default: the text
    /// in force when it opened against the approved text, or the working tree
    /// while there is no approval).
    #[arg(long, value_name = "ROUND-ID", conflicts_with_all = ["from", "to"])]
    pub round: Option<String>,
    /// With --round: the old side; `base`, a stage id (its first event), or an
    /// event (`03-comment-round` or `03`).
    #[arg(long, value_name = "STAGE", requires = "round")]
    pub from_stage: Option<String>,
    /// With --round: the new side; `base`, a stage id (its last event), or an
    /// event.
    #[arg(long, value_name = "STAGE", requires = "round")]
    pub to_stage: Option<String>,
}

/// One side to load: a revision, or the working tree (`None`).
struct Wanted {
    rev: Option<String>,
    /// How to name it when it is a revision (`HEAD~1`; for a round, the
    /// event or `base`).
    name: String,
    /// The round, for `diff --round`.
    round: Option<String>,
}

/// Compute the diff once, then render it.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let repo = ctx.repo()?;
    let (from, to, round_ref) = match &args.round {
        None => {
            let from = args.from.clone().unwrap_or_else(|| "HEAD".into());
            if args.from.is_none() && repo.head()?.is_none() {
                return Err(Error::NoCommits {
                    consequence: crate::i18n::Wording::new("no-commits-diff-head"),
                }
                .hinted(ctx.catalogue().text("diff-name-two-revisions-hint")));
            }
            (
                Wanted {
                    name: from.clone(),
                    rev: Some(from),
                    round: None,
                },
                Wanted {
                    name: args.to.clone().unwrap_or_default(),
                    rev: args.to.clone(),
                    round: None,
                },
                None,
            )
        }
        Some(id) => round_sides(
            ctx.catalogue(),
            &repo,
            id,
            args.from_stage.as_deref(),
            args.to_stage.as_deref(),
        )?,
    };
    // A round's diff shows the guidelines in its scope, unless --guideline narrows it.
    let round_scope = match (&args.round, args.guideline.is_empty()) {
        (Some(id), true) => Some(round::read(&Snapshot::of(&repo, Some("HEAD"))?, id)?.0.scope),
        _ => None,
    };

    let (from_side, from_loaded) = load_side(ctx, &repo, &from)?;
    let (to_side, to_loaded) = load_side(ctx, &repo, &to)?;

    let only = if args.guideline.is_empty() {
        round_scope
    } else {
        Some(
            args.guideline
                .iter()
                .map(|wanted| find_id(&from_loaded, &to_loaded, wanted))
                .collect::<Result<Vec<_>>>()?,
        )
    };
    let mut languages: Vec<String> = to_loaded.collection.languages.clone();
    for l in &from_loaded.collection.languages {
        if !languages.contains(l) {
            languages.push(l.clone());
        }
    }
    for l in &args.lang {
        if !languages.contains(l) {
            return Err(Error::UnknownLanguage {
                wanted: l.clone(),
                languages: languages.clone(),
            });
        }
    }
    let options = Options {
        only,
        languages: args.lang.clone(),
        display_lang: args.lang.first().cloned(),
        skip_whole_texts: false,
    };
    let (author, date) = attribution(&repo, &to)?;
    let compared = diff::compare(&from_loaded, &to_loaded, &options);
    let mut result = compared.into_diff(from_side, to_side, author, date);
    result.round = round_ref;

    let color = args.output.color(ctx);
    let s = result.summary();
    let summary = ctx.catalogue().get(
        "diff-written",
        Some(&fluent_args![
            "guidelines" => s.added + s.removed + s.modified,
            "added" => s.added,
            "removed" => s.removed,
            "modified" => s.modified,
            "changes" => s.hunks,
            "fields" => s.fields,
        ]),
    );
    args.output.emit(ctx, &summary, |out| {
        render_to(out, &result, format, color, ctx.catalogue())
    })?;
    Ok(0)
}

fn render_to(
    out: &mut dyn std::io::Write,
    d: &CollectionDiff,
    format: Format,
    color: bool,
    cat: &crate::i18n::Catalogue,
) -> std::io::Result<()> {
    match format {
        Format::Text => render::diff_text::write(&mut Term::new(out, color), d, cat),
        Format::Markdown => render::diff_markdown::write(out, d),
        Format::Html => render::diff_html::write(out, d),
        Format::Json => render::diff_json::write(out, d),
        Format::Docx => render::diff_docx::write(out, d),
        Format::Csv | Format::Xlsx => not_written(format),
    }
}

/// The sides of `diff --round`, read from the records committed at HEAD.
fn round_sides(
    cat: &crate::i18n::Catalogue,
    repo: &Repo,
    id: &str,
    from_stage: Option<&str>,
    to_stage: Option<&str>,
) -> Result<(Wanted, Wanted, Option<RoundRef>)> {
    if repo.head()?.is_none() {
        return Err(Error::NoCommits {
            consequence: crate::i18n::Wording::new("diff-no-recorded-round").arg("round", id),
        });
    }
    let head = Snapshot::of(repo, Some("HEAD"))?;
    let (record, approval) = round::read(&head, id)?;
    let (from, to) = record.endpoints(from_stage, to_stage, &approval)?;
    let side = |e: &Endpoint| -> Result<(Wanted, String)> {
        Ok(match e {
            Endpoint::Commit { commit, name } => {
                // A recorded commit that is gone is a broken record, not a typo.
                repo.resolve(commit).map_err(|_| {
                    Error::user_with_hint(
                        cat.get(
                            "diff-bound-commit-missing",
                            Some(&fluent_args!["round" => id, "name" => name.to_string(), "commit" => commit.to_string()]),
                        ),
                        cat.text("diff-bound-commit-missing-hint"),
                    )
                })?;
                (
                    Wanted {
                        rev: Some(commit.clone()),
                        name: name.clone(),
                        round: Some(id.to_string()),
                    },
                    name.clone(),
                )
            }
            Endpoint::WorkTree => (
                Wanted {
                    rev: None,
                    name: String::new(),
                    round: Some(id.to_string()),
                },
                "working tree".into(),
            ),
        })
    };
    let (from_w, from_name) = side(&from)?;
    let (to_w, to_name) = side(&to)?;
    Ok((
        from_w,
        to_w,
        Some(RoundRef {
            id: id.to_string(),
            from: from_name,
            to: to_name,
        }),
    ))
}

/// Load one side; a file that cannot be read at all makes the diff
/// meaningless (it would show as removed), other problems only warn.
fn load_side(ctx: &Ctx, repo: &Repo, wanted: &Wanted) -> Result<(Side, Loaded)> {
    let snapshot = Snapshot::of(repo, wanted.rev.as_deref())?;
    let loaded = store::load(&snapshot)?;
    if loaded.files_seen != loaded.guidelines.len() {
        return Err(Error::Invalid {
            problems: loaded.diagnostics,
        });
    }
    if !loaded.diagnostics.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "diff-problems",
            Some(&fluent_args![
                "count" => loaded.diagnostics.len(),
                "where" => snapshot.label_in(ctx.catalogue()),
            ]),
        ));
    }
    let side = match &snapshot {
        Snapshot::WorkTree { .. } | Snapshot::Index { .. } => Side {
            commit: None,
            name: None,
            round: None,
        },
        Snapshot::Revision { commit, .. } => Side {
            name: (wanted.round.is_some() || !commit.id.starts_with(&wanted.name)).then(|| wanted.name.clone()),
            round: wanted.round.clone(),
            commit: Some(commit.id.clone()),
        },
    };
    Ok((side, loaded))
}

/// The id of a guideline named by id or number on either side.
fn find_id(from: &Loaded, to: &Loaded, wanted: &str) -> Result<String> {
    match to.find(wanted) {
        Ok(g) => Ok(g.id.clone()),
        Err(e) => from.find(wanted).map(|g| g.id.clone()).map_err(|_| {
            if let Error::UnknownGuideline {
                wanted,
                mut suggestions,
            } = e
            {
                for s in crate::error::close_matches(&wanted, from.guidelines.iter().map(|g| g.id.as_str())) {
                    if !suggestions.contains(&s) {
                        suggestions.push(s);
                    }
                }
                Error::UnknownGuideline { wanted, suggestions }
            } else {
                e
            }
        }),
    }
}

/// Whom and when tracked changes are attributed to: the new side's commit
/// author and time, or the user and now for the working tree.
fn attribution(repo: &Repo, to: &Wanted) -> Result<(String, chrono::DateTime<chrono::FixedOffset>)> {
    match &to.rev {
        Some(rev) => {
            let c = repo.resolve(rev)?;
            Ok((c.author, c.time))
        }
        None => {
            let name = repo
                .identity()
                .ok()
                .and_then(|id| id.split(" <").next().map(str::to_string))
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "riktlinjer".into());
            Ok((name, crate::clock::now()))
        }
    }
}

//! `riktlinjer changelog [FROM..TO]`: the guideline set's own changelog, by
//! round (see [`crate::history::changelog`]).

use crate::commands::Ctx;
use crate::commands::args::{Format, Formats, LangArgs, OutputArgs, RevArgs, not_written};
use crate::fluent_args;
use crate::history::WalkOptions;
use crate::history::changelog::{self, Inputs, Range};
use crate::history::summary::Version;
use crate::repo::Repo;
use crate::snapshot::Snapshot;
use crate::{Error, Result, render, store};

/// What `changelog` writes.
#[derive(Debug, Clone)]
pub struct ChangelogFormats;

impl Formats for ChangelogFormats {
    const COMMAND: &'static str = "changelog";
    const FORMATS: &'static [(Format, &'static str)] = &[
        (Format::Markdown, "Keep-a-Changelog style Markdown"),
        (Format::Html, "A self-contained page that prints cleanly"),
        (Format::Json, "The changelog as data"),
    ];
    const DEFAULT: Format = Format::Markdown;
    const EXAMPLE: &'static str = "CHANGELOG";
}

/// Arguments of `changelog`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only the commits in FROM..TO (git revisions; `FROM..` runs to HEAD,
    /// or to `--at`; `..TO` from the start). Default: the whole history.
    #[arg(value_name = "FROM..TO")]
    pub range: Option<String>,
    /// The revision whose history to read (in place of HEAD).
    #[command(flatten)]
    pub rev: RevArgs,
    /// Where and how to write.
    #[command(flatten)]
    pub output: OutputArgs<ChangelogFormats>,
    /// The document's language.
    #[command(flatten)]
    pub lang: LangArgs,
}

/// Resolve `FROM..TO`: FROM an ancestor of TO, TO `HEAD` or an ancestor.
fn parse_range(cat: &crate::i18n::Catalogue, repo: &Repo, text: &str, head: &str, head_name: &str) -> Result<Range> {
    let bad = |why: String| Error::user_with_hint(why, cat.text("changelog-range-hint"));
    if text.contains("...") {
        return Err(bad(
            cat.get("changelog-range-symmetric", Some(&fluent_args!["range" => text]))
        ));
    }
    let Some((from, to)) = text.split_once("..") else {
        return Err(bad(
            cat.get("changelog-not-a-range", Some(&fluent_args!["range" => text]))
        ));
    };
    let from = (!from.trim().is_empty()).then(|| from.trim().to_string());
    let to = if to.trim().is_empty() {
        head_name.to_string()
    } else {
        to.trim().to_string()
    };
    let to_commit = repo.resolve(&to)?.id;
    let from_commit = from.as_deref().map(|f| repo.resolve(f)).transpose()?.map(|c| c.id);
    if !repo.is_ancestor(&to_commit, head) {
        return Err(Error::user_with_hint(
            cat.get(
                "changelog-to-not-ancestor",
                Some(&fluent_args!["to" => &to, "commit" => &to_commit[..7.min(to_commit.len())], "head" => head_name]),
            ),
            cat.text("changelog-to-not-ancestor-hint"),
        ));
    }
    if let Some(f) = &from_commit
        && (f == &to_commit || !repo.is_ancestor(f, &to_commit))
    {
        return Err(bad(cat.get(
            "changelog-from-not-older",
            Some(&fluent_args![
                "from" => from.as_deref().unwrap_or(""),
                "from_commit" => &f[..7.min(f.len())],
                "to" => &to,
                "to_commit" => &to_commit[..7.min(to_commit.len())],
                "range" => text,
            ]),
        )));
    }
    Ok(Range {
        from,
        to,
        from_commit,
        to_commit,
    })
}

/// Build the changelog and print it.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let format = args.output.format(ctx)?;
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    let tip = match args.rev.at() {
        Some(rev) => Some(repo.resolve(rev)?),
        None => repo.head()?,
    };
    let Some(head) = tip else {
        return Err(Error::NoCommits {
            consequence: crate::i18n::Wording::new("no-commits-changelog"),
        });
    };
    let range = args
        .range
        .as_deref()
        .map(|r| parse_range(ctx.catalogue(), &repo, r, &head.id, args.rev.at().unwrap_or("HEAD")))
        .transpose()?;
    let to = range
        .as_ref()
        .map(|r| r.to_commit.clone())
        .unwrap_or_else(|| head.id.clone());
    let collection = Version::at(&repo, &to)?.collection;
    let lang = render::pick_language(&collection, args.lang.get())?;
    // The records as of TO are read, and the approved texts compared, on a
    // second handle while the history is walked: neither needs the other
    // (the changelog then checks each comparison against history).
    let other = repo.reopen()?;
    let (prepared, index) = std::thread::scope(|scope| {
        let (to, lang, range) = (&to, &lang, &range);
        let prepared = scope.spawn(move || -> Result<_> {
            let reviews = store::load_reviews(&Snapshot::of(&other, Some(to))?, None)?;
            // A range lists only some decisions: nothing is guessed for it.
            let prepared = if range.is_none() {
                changelog::prepare(
                    &other,
                    &Inputs {
                        rounds: &reviews.rounds,
                        workflow: &reviews.workflow,
                        to: to.clone(),
                        range: None,
                        lang: lang.clone(),
                        known: None,
                    },
                )?
            } else {
                changelog::Prepared::default()
            };
            Ok((reviews, prepared))
        });
        let index = crate::commands::history_at(ctx, &repo, args.rev.at(), WalkOptions::default());
        let prepared = prepared.join().expect("reading the records does not panic");
        (prepared, index)
    });
    let (reviews, prepared) = prepared?;
    if !reviews.diagnostics.is_empty() {
        ctx.warn(&ctx.catalogue().get(
            "changelog-problems",
            Some(&fluent_args!["count" => reviews.diagnostics.len(), "commit" => format!("{to:.7}")]),
        ));
    }
    let index = index?;
    let log = changelog::changelog_prepared(
        &repo,
        &index,
        &Inputs {
            rounds: &reviews.rounds,
            workflow: &reviews.workflow,
            to,
            range,
            lang,
            known: None,
        },
        prepared,
    )?;
    args.output.emit(ctx, "the changelog", |out| match format {
        Format::Markdown => render::changelog::markdown(out, &log),
        Format::Html => render::changelog::html(out, &log),
        Format::Json => render::json::write(out, &log),
        _ => not_written(format),
    })?;
    Ok(0)
}

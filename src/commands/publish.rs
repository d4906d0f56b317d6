//! `riktlinjer publish --out DIR`: the guidelines' public site (see
//! [`crate::site`]).

use crate::fluent_args;
use std::path::PathBuf;

use crate::commands::Ctx;
use crate::commands::args::RevArgs;
use crate::history::WalkOptions;
use crate::{Result, clock, site};

/// Arguments of `publish`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to write the site into (created; its parent must exist;
    /// an earlier site there is replaced, any other folder refused).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The revision to publish (default: HEAD).
    #[command(flatten)]
    pub rev: RevArgs,
    /// The address the site is served from (`https://example.org/riktlinjer`),
    /// for the feed's and the JSON-LD's absolute links; pages link relatively either way.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
}

/// Write the site.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    // Nothing here depends on object integrity (the audit checks that).
    let _fast = crate::repo::HashVerification::set(false);
    if args.rev.at().is_none() && !repo.uncommitted("guidelines")?.is_empty() {
        ctx.warn(&ctx.catalogue().text("publish-uncommitted"));
    }
    // The published commit's files are read on a second thread while
    // the history is walked.
    let other = repo.reopen()?;
    let at = args.rev.at.clone();
    let (index, gathered) = std::thread::scope(|scope| {
        let gathering = scope.spawn(move || site::gather(&other, at.as_deref()));
        let index = crate::commands::history_at(ctx, &repo, args.rev.at(), WalkOptions::default());
        let gathered = gathering
            .join()
            .unwrap_or_else(|_| Err(crate::Error::internal("the thread reading the published files failed")));
        (index, gathered)
    });
    let today = match args.rev.at() {
        Some(rev) => repo.resolve(rev)?.time.date_naive(),
        None => clock::today(),
    };
    let published = site::publish(
        &repo,
        &index?,
        site::Options {
            out: args.out,
            at: args.rev.at,
            base_url: args.base_url,
            // As of REV, the day is that commit's: what was due then.
            today,
        },
        gathered,
    )?;
    for path in &published.unreadable {
        ctx.warn(
            &ctx.catalogue()
                .get("publish-unreadable", Some(&fluent_args!["path" => path.to_string()])),
        );
    }
    let start = published.out.join(&published.languages[0]).join("index.html");
    ctx.note(&ctx.catalogue().get(
        "publish-wrote",
        Some(&fluent_args![
            "files" => published.files,
            "commit" => format!("{:.7}", published.commit),
            "languages" => published.languages.join(", "),
            "folder" => published.out.display().to_string(),
            "start" => start.display().to_string(),
        ]),
    ));
    Ok(0)
}

//! One module per command, each with its `Args` and one `run` function.

pub mod args;
pub mod audit;
pub mod changelog;
pub mod check;
pub mod ci;
pub mod comment;
pub mod completions;
pub mod deviation;
pub mod diff;
pub mod fmt;
pub mod hooks;
pub mod import;
pub mod init;
pub mod list;
pub mod log;
pub mod publish;
pub mod record;
pub mod report;
pub mod round;
pub mod show;
pub mod sign;

use crate::fluent_args;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use crate::cli::{ColorChoice, Command};
use crate::render::term::Term;
use crate::repo::Repo;
use crate::{Error, Result};

/// How long a recording command waits for another by default, in seconds.
pub const DEFAULT_WAIT: u64 = 60;

/// What every command gets: where the repository is and how to print.
#[derive(Debug)]
pub struct Ctx {
    repo_path: Option<PathBuf>,
    color: ColorChoice,
    wait: u64,
    lang: &'static str,
}

impl Ctx {
    /// A context for the repository at `repo_path` (or the enclosing one).
    pub fn new(repo_path: Option<PathBuf>, color: ColorChoice) -> Self {
        Ctx {
            repo_path,
            color,
            wait: DEFAULT_WAIT,
            lang: "en",
        }
    }

    /// How long a recording command waits for another one (`--wait`).
    pub fn with_wait(self, seconds: u64) -> Self {
        Ctx { wait: seconds, ..self }
    }

    /// The terminal's language (`--lang`, `RIKTLINJER_LANG`, `LANG`).
    pub fn with_lang(self, lang: &'static str) -> Self {
        Ctx { lang, ..self }
    }

    /// The catalogue of the terminal's language.
    pub fn catalogue(&self) -> &'static crate::i18n::Catalogue {
        crate::i18n::Catalogue::of(self.lang)
    }

    /// Seconds a recording command waits for the lock (`--wait`).
    pub fn wait(&self) -> u64 {
        self.wait
    }

    /// Open the repository the user means.
    pub fn repo(&self) -> Result<Repo> {
        let start = match &self.repo_path {
            Some(p) => p.clone(),
            None => std::env::current_dir().map_err(|e| Error::io("read", ".", e))?,
        };
        if !start.exists() {
            return Err(Error::NotARepository { path: start });
        }
        Repo::discover(&start)
    }

    /// The directory `--repo` names, if given.
    pub fn repo_path(&self) -> Option<&std::path::Path> {
        self.repo_path.as_deref()
    }

    /// Whether terminal colours should be used on standard output.
    pub fn use_color(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
            }
        }
    }

    /// Print a warning on standard error.
    pub fn warn(&self, message: &str) {
        eprint_line(&format!("{} {message}", self.catalogue().text("warning-prefix")));
    }

    /// Print a progress or status note on standard error.
    pub fn note(&self, message: &str) {
        eprint_line(message);
    }
}

/// `--csv-dialect`: how `--format csv` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvDialect {
    /// UTF-8 without BOM, `,`-separated, LF line ends: for programs.
    Standard,
    /// UTF-8 with BOM, `;`-separated, CRLF line ends: opens correctly in Excel with a Finnish or Swedish locale.
    Excel,
}

/// The CSV dialect asked for; refused unless the format is CSV.
pub fn csv_dialect(
    cat: &crate::i18n::Catalogue,
    dialect: Option<CsvDialect>,
    format_is_csv: bool,
) -> Result<crate::render::csv::Dialect> {
    use crate::render::csv::Dialect;
    match dialect {
        Some(d) if !format_is_csv => Err(Error::conflict(
            "--csv-dialect",
            cat.get(
                "csv-dialect-not-csv",
                Some(&crate::fluent_args![
                    "dialect" => match d {
                        CsvDialect::Standard => "standard",
                        CsvDialect::Excel => "excel",
                    }
                ]),
            ),
        )
        .hinted(cat.text("csv-dialect-not-csv-hint"))),
        None | Some(CsvDialect::Standard) => Ok(Dialect::Standard),
        Some(CsvDialect::Excel) => Ok(Dialect::Excel),
    }
}

/// Run `render` against buffered standard output; a closed pipe (`| head`)
/// is not an error.
pub fn with_stdout(render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = render(&mut out).and_then(|()| out.flush());
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Output(e)),
        Ok(()) => Ok(()),
    }
}

/// Run a text renderer (or a command's own messages) against standard
/// output through a [`Term`]: content cannot send control sequences to the
/// terminal, and colour is on when `color` says.
pub fn with_terminal(color: bool, render: impl FnOnce(&mut Term<'_>) -> std::io::Result<()>) -> Result<()> {
    with_stdout(|out| render(&mut Term::new(out, color)))
}

/// Write one line to standard error through a [`Term`], so a message that
/// quotes content (a file name, a value) cannot act on the terminal.
pub fn eprint_line(line: &str) {
    let stderr = std::io::stderr();
    let mut lock = stderr.lock();
    let _ = writeln!(Term::new(&mut lock, false), "{line}");
}

/// Walk the repository's history once (see [`crate::history`]), with a
/// progress bar on a terminal when it takes more than a moment, and warn
/// about what makes the answers inexact (a shallow clone, records that do
/// not parse).
pub fn history(ctx: &Ctx, repo: &Repo, options: crate::history::WalkOptions) -> Result<crate::history::HistoryIndex> {
    history_at(ctx, repo, None, options)
}

/// [`history`] up to the revision `at` (`--at REV`) instead of `HEAD`.
pub fn history_at(
    ctx: &Ctx,
    repo: &Repo,
    at: Option<&str>,
    options: crate::history::WalkOptions,
) -> Result<crate::history::HistoryIndex> {
    let tip = match at {
        Some(rev) => Some(repo.resolve(rev)?),
        None => repo.head()?,
    };
    // An unborn branch: say so, rather than libgit2's "reference not found".
    if tip.is_none() {
        return Err(Error::NoCommits {
            consequence: crate::i18n::Wording::new("no-commits-history"),
        });
    }
    let cat = ctx.catalogue();
    let mut progress = crate::progress::Progress::new(cat.text("progress-history"), cat.text("progress-commits"));
    let index =
        crate::history::HistoryIndex::build_from(repo, tip, options, &mut |done, total| progress.set(done, total))?;
    progress.finish();
    if index.shallow.is_some() {
        ctx.warn(&cat.text("history-shallow"));
    }
    for p in &index.problems {
        ctx.warn(&cat.get(
            "history-record-unreadable",
            Some(&fluent_args![
                "path" => &p.path,
                "commit" => format!("{:.7}", p.commit),
                "reason" => p.message().in_catalogue(cat),
            ]),
        ));
    }
    Ok(index)
}

/// Dispatch to the command; returns the exit code.
pub fn run(ctx: &Ctx, command: Command) -> Result<u8> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Import(args) => import::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::List(args) => list::run(ctx, args),
        Command::Show(args) => show::run(ctx, args),
        Command::Fmt(args) => fmt::run(ctx, args),
        Command::Diff(args) => diff::run(ctx, args),
        Command::Round(args) => round::run(ctx, args),
        Command::Comment(args) => comment::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Audit(args) => audit::run(ctx, args),
        Command::Changelog(args) => changelog::run(ctx, args),
        Command::Completions(args) => {
            completions::completions(args, <crate::cli::Cli as clap::CommandFactory>::command())
        }
        Command::Man(args) => completions::man(
            args,
            <crate::cli::Cli as clap::CommandFactory>::command(),
            ctx.catalogue(),
        ),
        Command::Deviation(args) => deviation::run(ctx, args),
        Command::Publish(args) => publish::run(ctx, args),
        Command::Hooks(args) => hooks::run(ctx, args),
        Command::Ci(args) => ci::run(ctx, args),
    }
}

/// The guidelines whose last decision, as the review records of `snapshot`
/// hold them, withdrew them: id → (round, date). Records that do not read
/// are left out here (`check` reports them).
pub(crate) fn withdrawn_guidelines(
    snapshot: &crate::snapshot::Snapshot<'_>,
    loaded: &crate::store::Loaded,
) -> Result<std::collections::BTreeMap<String, (String, Option<crate::model::PartialDate>)>> {
    let reviews = crate::store::load_reviews(snapshot, Some(&loaded.collection.languages))?;
    let decisions = crate::model::decisions(&reviews.rounds);
    Ok(crate::model::standings(&decisions)
        .into_iter()
        .filter_map(|(id, s)| match s {
            crate::model::Standing::Withdrawn { round, date, .. } => Some((id.to_string(), (round.to_string(), date))),
            crate::model::Standing::Approved { .. } => None,
        })
        .collect())
}

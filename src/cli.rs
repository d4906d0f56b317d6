//! The command line: parse arguments, dispatch to one command, print errors
//! with their hints, and turn the outcome into an exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::commands;

/// Keep binding guidelines in git and run their review workflow.
#[derive(Debug, Parser)]
#[command(name = "riktlinjer", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// The repository of the guidelines (default: the git repository that
    /// encloses the current directory).
    #[arg(long, global = true, value_name = "PATH", env = "RIKTLINJER_REPO")]
    pub repo: Option<PathBuf>,

    /// When to colour terminal output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// How long a recording command waits for another one recording in the
    /// same repository, in seconds; then it gives up with exit code 75.
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = commands::DEFAULT_WAIT, env = "RIKTLINJER_WAIT")]
    pub wait: u64,

    /// The language of terminal messages: sv, fi or en (default:
    /// RIKTLINJER_LANG, then LC_ALL, LC_MESSAGES, LANG; English otherwise).
    /// Commands that write a document (diff, list, show, round status,
    /// report, changelog, import) have a `--lang` of their own naming the
    /// document's language (default: the collection's primary language);
    /// there one `--lang`, before or after the command, names both.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// When to use terminal colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Every command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a repository for guidelines (with `--example`, the 16 published ones).
    Init(commands::init::Args),
    /// Read the published text of the guidelines into the guideline files.
    Import(commands::import::Args),
    /// Validate every file of the repository; exit 1 if there are problems.
    Check(commands::check::Args),
    /// List the guidelines by theme and number.
    List(commands::list::Args),
    /// Show one guideline, all fields.
    Show(commands::show::Args),
    /// Rewrite the TOML files into canonical form (or check that they are).
    Fmt(commands::fmt::Args),
    /// Show what changed between two versions, word by word (text, Markdown, HTML, JSON, Word).
    Diff(commands::diff::Args),
    /// Run a review round: open, advance, approve, verdict, close, status.
    Round(commands::round::Args),
    /// Record the statements of a comment round and their answers.
    Comment(commands::comment::Args),
    /// The history of one guideline (or of all): each change, its round and the statements it answers.
    Log(commands::log::Args),
    /// Reports answered from history: `report currency` (what is due for the yearly check), `report comments` (the summary of statements of a round).
    Report(commands::report::Args),
    /// Prove the approval trail from history; exit 1 if anything does not hold.
    Audit(commands::audit::Args),
    /// The guideline set's changelog by round: what each approval added, revised and withdrew.
    Changelog(commands::changelog::Args),
    /// Print the shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page (or write one per command with --out DIR).
    Man(commands::completions::ManArgs),
    /// The deviation register: record, end and list projects' justified deviations from a guideline.
    Deviation(commands::deviation::Args),
    /// Write the guidelines' public site: every approved version at its own address, per-actor pages, a feed, search.
    Publish(commands::publish::Args),
    /// Git hooks that stop a bad commit: `hooks install` (pre-commit: check and fmt on what is staged; commit-msg: `Addresses:` trailers).
    Hooks(commands::hooks::Args),
    /// CI for a forge: `ci init gitlab|github` writes the pipeline (check, audit, word diff of each request, site on Pages).
    Ci(commands::ci::Args),
}

/// Parse the process arguments, run the command and return the exit code:
/// 0 done, 1 a check found problems, 3 an audit of incomplete history, else
/// the code of the error's kind ([`crate::ErrorKind::exit_code`]: 2 wrong
/// input, 4 repository state, 5 git, 70 a bug, 74 I/O, 75 busy).
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let lang = match &cli.lang {
        Some(l) => crate::i18n::Catalogue::of(l).lang(),
        None => crate::i18n::language_from_env(|var| std::env::var(var).ok()),
    };
    let ctx = commands::Ctx::new(cli.repo, cli.color)
        .with_wait(cli.wait)
        .with_lang(lang);
    match commands::run(&ctx, cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // Through the terminal writer: a message may quote content.
            for line in crate::error::report_lines_in(&e, ctx.catalogue()) {
                commands::eprint_line(&line);
            }
            ExitCode::from(e.exit_code())
        }
    }
}

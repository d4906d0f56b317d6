//! The one error type of the crate. Every variant is something a user can get
//! wrong or run into; its message says what and where, and [`Error::hint`]
//! says what to do next.

use std::path::PathBuf;

/// A place in a file, for `path:line:col` messages.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// Path relative to the repository root (or as the user gave it).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.col)
    }
}

/// A problem at a place that is not a file line: a spreadsheet cell
/// (`lausunnot.xlsx:Blad1!B7`), or a CSV cell (`s.csv:7:1: cell B7`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Placed {
    /// Where.
    pub at: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Placed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// Everything that can go wrong, one variant per kind of problem.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No git repository encloses the working directory (or `--repo`).
    #[error("{path} is not inside a git repository")]
    NotARepository {
        /// The directory that was searched from.
        path: PathBuf,
    },
    /// The repository has no `guidelines/index.toml`.
    #[error("{path} has no guidelines collection (guidelines/index.toml is missing)")]
    NoCollection {
        /// The repository root.
        path: PathBuf,
    },
    /// A git revision given on the command line does not exist.
    #[error("revision `{rev}` does not exist in this repository")]
    UnknownRevision {
        /// The revision as the user wrote it.
        rev: String,
    },
    /// A guideline id or number given on the command line does not exist.
    #[error("no guideline `{wanted}`{}", suggestion_text(.suggestions))]
    UnknownGuideline {
        /// What the user asked for.
        wanted: String,
        /// Close ids, best first.
        suggestions: Vec<String>,
    },
    /// A review round named on the command line does not exist.
    #[error("no review round `{wanted}` in reviews/{}{}", suggestion_text(.suggestions), known_text(.known))]
    UnknownRound {
        /// What the user asked for.
        wanted: String,
        /// Close ids, best first.
        suggestions: Vec<String>,
        /// Every round there is.
        known: Vec<String>,
    },
    /// A statement id named on the command line does not exist in its round.
    #[error("round {round} has no statement `{wanted}`{}", suggestion_text(.suggestions))]
    UnknownStatement {
        /// The round.
        round: String,
        /// What the user asked for.
        wanted: String,
        /// Close ids, best first.
        suggestions: Vec<String>,
    },
    /// A file could not be read, written or created.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done ("read", "write", "create").
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A file in the repository is not valid: one or more problems, each with
    /// its location.
    #[error("{}", render_problems(.problems))]
    Invalid {
        /// Every problem found, in file order.
        problems: Vec<crate::store::Diagnostic>,
    },
    /// An input file (import, CSV) does not follow its expected format.
    #[error("{location}: {message}")]
    BadInput {
        /// Where in the input.
        location: Location,
        /// What was expected and what was found.
        message: String,
    },
    /// Cells or rows of an input spreadsheet are wrong; nothing was imported.
    #[error("{}", render_placed(.problems))]
    BadRows {
        /// One problem per bad cell or row, each naming it.
        problems: Vec<Placed>,
    },
    /// An input file could not be used at all (empty, binary, wrong format).
    #[error("{path}: {message}")]
    UnusableInput {
        /// The input file.
        path: PathBuf,
        /// Why it cannot be used.
        message: String,
    },
    /// `init` would overwrite files that already exist.
    #[error("{path} is not empty: {what}")]
    WouldOverwrite {
        /// The target directory.
        path: PathBuf,
        /// What is in the way.
        what: String,
    },
    /// `--out PATH` names a folder that does not exist.
    #[error("cannot write {}: the folder {} does not exist", .path.display(), .folder.display())]
    NoOutputFolder {
        /// The output file asked for.
        path: PathBuf,
        /// Its folder, which is missing (or not a folder).
        folder: PathBuf,
    },
    /// A command-line value is not acceptable (a bad date, an unknown stage…).
    #[error("{0}")]
    Usage(String),
    /// A workflow rule forbids what was asked (skipping a stage, answering an
    /// unknown statement…).
    #[error("{0}")]
    Rule(String),
    /// The working tree has uncommitted changes where committed text is
    /// required.
    #[error("{0}")]
    Uncommitted(String),
    /// An error reported by git itself that has no more specific variant.
    #[error("git: {0}")]
    Git(String),
    /// Another command holds the recording lock and did not finish within
    /// `--wait` seconds (exit 75, like `EX_TEMPFAIL`: try again later).
    #[error("another riktlinjer command is recording in this repository{}; waited {waited} s for it to finish", .holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default())]
    Busy {
        /// Who holds the lock, as its file says.
        holder: Option<String>,
        /// The lock file.
        lock: PathBuf,
        /// How long was waited (`--wait`).
        waited: u64,
    },
    /// A merge, rebase, cherry-pick, revert or bisect is in progress: a
    /// record committed now could be lost when it is finished or aborted.
    #[error(
        "cannot record while a {operation} is in progress: the commit could be lost when the {operation} is finished or aborted"
    )]
    InProgress {
        /// What is in progress (`merge`, `rebase`…).
        operation: &'static str,
        /// The commands that finish it.
        finish: &'static str,
    },
    /// The working tree or index is behind `HEAD` under `reviews/` in a way
    /// the tool cannot repair by itself.
    #[error("the working tree or index does not hold what HEAD committed under reviews/ ({}); an earlier recording was interrupted or the files were changed", .paths.join(", "))]
    BehindHead {
        /// The paths that differ.
        paths: Vec<String>,
    },
    /// Writing output failed (other than a closed pipe, which is silent).
    #[error("cannot write output: {0}")]
    Output(std::io::Error),
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn suggestion_text(suggestions: &[String]) -> String {
    match suggestions {
        [] => String::new(),
        [one] => format!(" (did you mean `{one}`?)"),
        many => format!(
            " (did you mean one of: {}?)",
            many.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn known_text(known: &[String]) -> String {
    if known.is_empty() {
        "; there are no rounds yet".into()
    } else {
        format!("; the rounds are: {}", known.join(", "))
    }
}

fn render_placed(problems: &[Placed]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

fn render_problems(problems: &[crate::store::Diagnostic]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

impl Error {
    /// What the user should do next, if there is a useful thing to say.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Error::NotARepository { .. } => "run the command inside the repository of your guidelines, pass `--repo PATH`, or create one with `riktlinjer init DIR --example`".into(),
            Error::NoCollection { .. } => "create one with `riktlinjer init` (add `--example` for the published guidelines)".into(),
            Error::UnknownRevision { .. } => "use a commit id, tag or branch; `git log --oneline` lists the commits".into(),
            Error::UnknownRound { .. } => "`riktlinjer round status` lists the rounds; `riktlinjer round open ID --title …` opens one".into(),
            Error::UnknownStatement { round, .. } => format!("`riktlinjer round status {round}` lists every statement id of the round"),
            Error::UnknownGuideline { .. } => "`riktlinjer list` shows every guideline with its id and number".into(),
            Error::Invalid { .. } => "fix the lines above, then run `riktlinjer check`".into(),
            Error::WouldOverwrite { .. } => "choose an empty or new directory; nothing was written".into(),
            Error::NoOutputFolder { folder, .. } => format!(
                "create the folder first (`mkdir -p {}`) or write into an existing one; riktlinjer does not create folders, and nothing was written",
                folder.display()
            ),
            Error::Uncommitted(_) => "commit the guideline changes first (`git add guidelines && git commit`), then record the event".into(),
            Error::Busy { lock, .. } => format!(
                "nothing was recorded; run the command again when the other one has finished, or wait longer with `--wait SECONDS`. If the process named is not riktlinjer, delete {}",
                lock.display()
            ),
            Error::InProgress { finish, .. } => format!("finish it first ({finish}), then record; nothing was recorded"),
            Error::BehindHead { paths } => format!(
                "restore the committed records with `git checkout HEAD -- {}`, then run the command again; nothing was recorded",
                paths.join(" ")
            ),
            Error::BadRows { .. } => "nothing was imported; fix these cells (or name the columns with --map) and run the command again".into(),
            Error::UnusableInput { .. } | Error::BadInput { .. } => "nothing was changed; fix the input file and run the command again".into(),
            _ => return None,
        })
    }

    /// Shorthand for an [`Error::Io`].
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// The process exit code for this error: 75 when the repository is busy
    /// (another command is recording: try again later), else 2 (the input,
    /// the command line or the repository's state is wrong); 1 is reserved
    /// for checks that found problems.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Busy { .. } => 75,
            _ => 2,
        }
    }
}

/// Rank `candidates` by closeness to `wanted` and keep the close ones.
pub fn close_matches<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let wanted_lower = wanted.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&wanted_lower, &c.to_lowercase()), c))
        .filter(|(score, c)| *score > 0.8 || c.contains(&wanted_lower))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, c)| c.to_string()).collect()
}

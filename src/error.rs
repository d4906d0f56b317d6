//! The one error type of the crate. Every variant is something a user can get
//! wrong or run into; its message says what and where, [`Error::hints`] say
//! what to do next (as data, never inside the message), its cause stays a
//! `source()` instead of being flattened into the text, and [`Error::kind`]
//! decides the exit code (after jj's `cli/src/command_error.rs`).

use crate::fluent_args;
use crate::i18n::{Catalogue, Wording};
use std::path::PathBuf;

/// What kind of failure an error is. The exit code follows from the kind
/// alone (the table in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The command line or an input file is wrong, or a workflow rule refuses
    /// what was asked (exit 2).
    User,
    /// The repository's state prevents the command: not a repository, no
    /// collection, no commits, an operation in progress, uncommitted or
    /// interrupted changes (exit 4).
    Repository,
    /// git failed in a way no more specific kind covers (exit 5).
    Git,
    /// A bug: an invariant the code relies on does not hold (exit 70,
    /// `EX_SOFTWARE`).
    Internal,
    /// A file or the output could not be written (exit 74, `EX_IOERR`).
    Io,
    /// Another command holds the recording lock (exit 75, `EX_TEMPFAIL`).
    Busy,
}

impl ErrorKind {
    /// The process exit code of this kind.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::User => 2,
            ErrorKind::Repository => 4,
            ErrorKind::Git => 5,
            ErrorKind::Internal => 70,
            ErrorKind::Io => 74,
            ErrorKind::Busy => 75,
        }
    }
}

/// One thing the user can do next, printed as `hint: …` below the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint(String);

impl Hint {
    /// A hint with this text (one sentence or two, no `hint:` prefix).
    pub fn new(text: impl Into<String>) -> Self {
        Hint(text.into())
    }

    /// The hint's text.
    pub fn text(&self) -> &str {
        &self.0
    }
}

/// What an output path names instead of a regular file
/// ([`Error::OutputNotAFile`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    /// A symbolic link.
    Link,
    /// A folder.
    Folder,
    /// A device, a named pipe or a socket.
    Special,
}

impl NotAFile {
    /// The selector of `error-output-not-a-file`.
    fn id(self) -> &'static str {
        match self {
            NotAFile::Link => "link",
            NotAFile::Folder => "folder",
            NotAFile::Special => "special",
        }
    }

    fn english(self) -> &'static str {
        match self {
            NotAFile::Link => "a symbolic link",
            NotAFile::Folder => "a folder",
            NotAFile::Special => "not a regular file (a device, pipe or socket)",
        }
    }
}

impl std::fmt::Display for Hint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for Hint {
    fn from(text: String) -> Self {
        Hint(text)
    }
}

impl From<&str> for Hint {
    fn from(text: &str) -> Self {
        Hint(text.to_string())
    }
}

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
/// Its message is data, worded in the operator's language when shown
/// ([`Placed::message_in`]); JSON and `Display` carry the English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Where.
    pub at: Wording,
    /// What is wrong.
    pub message: Wording,
}

impl Placed {
    /// `at: message` in `cat`'s language.
    pub fn message_in(&self, cat: &Catalogue) -> String {
        format!("{}: {}", shown_words(&self.at, cat), shown_words(&self.message, cat))
    }
}

impl std::fmt::Display for Placed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Catalogue::english()))
    }
}

impl serde::Serialize for Placed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Placed", 2)?;
        st.serialize_field("at", &shown_words(&self.at, Catalogue::english()))?;
        st.serialize_field("message", &shown_words(&self.message, Catalogue::english()))?;
        st.end()
    }
}

/// A message that may quote input (a header, a cell), worded in `cat`'s
/// language with every control character made visible.
fn shown_words(words: &Wording, cat: &Catalogue) -> String {
    crate::model::text::shown(&words.in_catalogue(cat)).into_owned()
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
    #[error("{location}: {}", shown_words(.message, Catalogue::english()))]
    BadInput {
        /// Where in the input.
        location: Location,
        /// What was expected and what was found.
        message: Wording,
    },
    /// Cells or rows of an input spreadsheet are wrong; nothing was imported.
    #[error("{}", render_placed(.problems))]
    BadRows {
        /// One problem per bad cell or row, each naming it.
        problems: Vec<Placed>,
    },
    /// An input file could not be used at all (empty, binary, wrong format).
    #[error("{}: {}", .path.display(), shown_words(.message, Catalogue::english()))]
    UnusableInput {
        /// The input file.
        path: PathBuf,
        /// Why it cannot be used.
        message: Wording,
    },
    /// `init` would overwrite files that already exist.
    #[error("{} is not empty: {what}", .path.display())]
    WouldOverwrite {
        /// The target directory.
        path: PathBuf,
        /// What is in the way.
        what: Wording,
    },
    /// `--out PATH` names a folder that does not exist.
    #[error("cannot write {}: the folder {} does not exist", .path.display(), .folder.display())]
    NoOutputFolder {
        /// The output file asked for.
        path: PathBuf,
        /// Its folder, which is missing (or not a folder).
        folder: PathBuf,
    },
    /// `--out PATH` names something riktlinjer would replace rather than
    /// write into: a symbolic link, a folder, a device, pipe or socket.
    #[error("--out {}: it is {}, and riktlinjer replaces the file it writes; nothing was written", .path.display(), .what.english())]
    OutputNotAFile {
        /// The output file asked for.
        path: PathBuf,
        /// What it is.
        what: NotAFile,
    },
    /// Something the user asked for is wrong and no more specific variant
    /// says what: a one-off message with what to do as hints.
    #[error("{message}")]
    User {
        /// What is wrong, and where.
        message: String,
        /// What to do about it.
        hints: Vec<Hint>,
    },
    /// A user error worded by the library code that found it (in an input
    /// file, a signature, a key): message and hints as data, worded in the
    /// operator's language when reported, English in `Display`.
    #[error("{}", shown_words(.message, Catalogue::english()))]
    Worded {
        /// What is wrong, and where.
        message: Wording,
        /// What to do about it.
        hints: Vec<Wording>,
    },
    /// Another error with hints added where it was raised.
    #[error("{error}")]
    Hinted {
        /// The error itself (its kind, hints and causes count).
        error: Box<Error>,
        /// The hints added to the error's own.
        hints: Vec<Hint>,
    },
    /// A date option does not read as a date.
    #[error("{option}: {reason}")]
    BadDate {
        /// The option (`--date`, `--as-of`…).
        option: String,
        /// Why the value is not a date (it quotes the value).
        reason: Wording,
    },
    /// A date option names a day after today, for a fact that has happened.
    #[error("{option} {date} lies in the future (today is {today})")]
    FutureDate {
        /// The option.
        option: String,
        /// The date given.
        date: String,
        /// Today, by the tool's clock.
        today: String,
    },
    /// A stage id that reviews/workflow.toml does not have.
    #[error("unknown stage `{wanted}`{}; the stages of reviews/workflow.toml are, in order: {}", .suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default(), .stages.join(", "))]
    UnknownStage {
        /// What the user asked for.
        wanted: String,
        /// The closest stage id, if one is close.
        suggestion: Option<String>,
        /// Every stage, in workflow order.
        stages: Vec<String>,
    },
    /// A name given on the command line (an actor, a sheet, a column, an
    /// event…) is not one of those there are.
    #[error("{option}`{wanted}` is not {what}; {known_as}: {}", known_list(.known))]
    UnknownName {
        /// The option that named it, with its separator (`--actor `,
        /// `--map x=y: `), or empty for an argument.
        option: String,
        /// What the user asked for.
        wanted: String,
        /// What it should have been ("an actor of guidelines/index.toml";
        /// boxed, as the next, to keep every `Result` small).
        what: Box<Wording>,
        /// How the list of what there is starts ("the actors are").
        known_as: Box<Wording>,
        /// What there is.
        known: Vec<String>,
    },
    /// A language the collection does not have (`--lang`).
    #[error("the collection has no language `{wanted}`; its languages are: {}", .languages.join(", "))]
    UnknownLanguage {
        /// What the user asked for.
        wanted: String,
        /// The collection's languages, the primary first.
        languages: Vec<String>,
    },
    /// An option was left empty where it needs a text.
    #[error("{option} is empty; {give}")]
    EmptyOption {
        /// The option.
        option: String,
        /// What to give instead.
        give: Wording,
    },
    /// Options that do not go together, or an option that does not apply in
    /// this case.
    #[error("{message}")]
    Conflict {
        /// The option at fault (`--sheet`, `--supersedes`…).
        option: String,
        /// Why it does not apply, naming it.
        message: String,
        /// What to do instead.
        hints: Vec<Hint>,
    },
    /// A rule of the workflow refuses what was asked; `rule` is the rule's
    /// own message (from `model::rules` or the round model).
    #[error("{}{rule}", .what.as_ref().map(|w| format!("cannot record {w}: ")).unwrap_or_default())]
    Refused {
        /// What could not be recorded, if the refusal names it.
        what: Option<String>,
        /// The rule's message.
        rule: String,
        /// What to do instead.
        hints: Vec<Hint>,
    },
    /// The repository has no commits (an unborn branch), and the command
    /// needs some.
    #[error("the repository has no commits yet, so {consequence}")]
    NoCommits {
        /// What cannot be done without a commit ("there is no history to …").
        consequence: Wording,
    },
    /// The repository is bare: riktlinjer needs a working tree.
    #[error("{} is a bare repository; riktlinjer needs a working tree", .path.display())]
    BareRepository {
        /// Where it was found.
        path: PathBuf,
    },
    /// The working tree has uncommitted changes where committed text is
    /// required.
    #[error("cannot record {what}: guidelines/ has uncommitted changes ({}{}); it would be bound to the committed text, not the text you see", .paths.join(", "), if *.more > 0 { format!(" and {} more", .more) } else { String::new() })]
    Uncommitted {
        /// What was to be recorded.
        what: String,
        /// The first changed paths.
        paths: Vec<String>,
        /// How many more there are.
        more: usize,
    },
    /// A round exists in the working tree but is not committed, and the
    /// command reads committed records.
    #[error("round {round} is in the working tree but not committed; {needs}")]
    RoundUncommitted {
        /// The round.
        round: String,
        /// Why committed records are needed.
        needs: String,
    },
    /// An error reported by git itself that has no more specific variant.
    #[error("git: {message}")]
    Git {
        /// What failed (libgit2's message when there is nothing to add).
        message: String,
        /// libgit2's error, when there is one.
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
    /// A bug: something the code relies on does not hold.
    #[error("internal error: {message}")]
    Internal {
        /// What did not hold.
        message: String,
    },
    /// Another command holds the recording lock and did not finish within
    /// `--wait` seconds (exit 75, like `EX_TEMPFAIL`: try again later).
    #[error("another riktlinjer command is recording in this repository{}; waited {waited} s for it to finish", .holder.as_ref().map(|h| format!(" ({h})")).unwrap_or_default())]
    Busy {
        /// Who holds the lock, as its file says (boxed: it keeps every
        /// `Result` small).
        holder: Option<Box<crate::store::Holder>>,
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
    Output(#[source] std::io::Error),
    /// A file named on the command line cannot be read (wrong input, not an
    /// I/O failure: the fix is the user's).
    #[error("cannot read {}: {source}", .path.display())]
    UnreadableInput {
        /// The file as given.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
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

fn known_list(known: &[String]) -> String {
    if known.is_empty() {
        "(none)".into()
    } else {
        known.join(", ")
    }
}

fn render_placed(problems: &[Placed]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

fn render_problems(problems: &[crate::store::Diagnostic]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

impl Error {
    /// A user error (exit 2) with no hint yet; add some with [`Error::hinted`].
    pub fn user(message: impl Into<String>) -> Self {
        Error::User {
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// A user error (exit 2) with one thing to do about it.
    pub fn user_with_hint(message: impl Into<String>, hint: impl Into<Hint>) -> Self {
        Error::User {
            message: message.into(),
            hints: vec![hint.into()],
        }
    }

    /// A user error (exit 2) worded from the catalogues when reported.
    pub fn worded(message: Wording, hints: Vec<Wording>) -> Self {
        Error::Worded { message, hints }
    }

    /// A workflow rule's refusal, in the rule's own words.
    pub fn refused(rule: impl Into<String>) -> Self {
        Error::Refused {
            what: None,
            rule: rule.into(),
            hints: Vec::new(),
        }
    }

    /// Options that do not go together: `option` is the one at fault.
    pub fn conflict(option: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Conflict {
            option: option.into(),
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// git failed, with no libgit2 error to keep as the cause.
    pub fn git(message: impl Into<String>) -> Self {
        Error::Git {
            message: message.into(),
            source: None,
        }
    }

    /// A bug: `message` says which invariant did not hold.
    pub fn internal(message: impl Into<String>) -> Self {
        Error::Internal {
            message: message.into(),
        }
    }

    /// This error with one more hint, shown after its own.
    pub fn hinted(self, hint: impl Into<Hint>) -> Self {
        let hint = hint.into();
        match self {
            Error::User { message, mut hints } => {
                hints.push(hint);
                Error::User { message, hints }
            }
            Error::Refused { what, rule, mut hints } => {
                hints.push(hint);
                Error::Refused { what, rule, hints }
            }
            Error::Conflict {
                option,
                message,
                mut hints,
            } => {
                hints.push(hint);
                Error::Conflict { option, message, hints }
            }
            Error::Hinted { error, mut hints } => {
                hints.push(hint);
                Error::Hinted { error, hints }
            }
            other => Error::Hinted {
                error: Box::new(other),
                hints: vec![hint],
            },
        }
    }

    /// What kind of failure this is; the exit code follows from it.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Hinted { error, .. } => error.kind(),
            Error::NotARepository { .. }
            | Error::NoCollection { .. }
            | Error::NoCommits { .. }
            | Error::BareRepository { .. }
            | Error::InProgress { .. }
            | Error::Uncommitted { .. }
            | Error::RoundUncommitted { .. }
            | Error::BehindHead { .. } => ErrorKind::Repository,
            Error::Git { .. } => ErrorKind::Git,
            Error::Internal { .. } => ErrorKind::Internal,
            // A file that cannot be read is one the user named or put in
            // the repository: theirs to fix (the exit-code table), unlike a
            // write that fails.
            Error::Io { action, .. } if *action == "read" => ErrorKind::User,
            Error::Io { .. } | Error::Output(_) => ErrorKind::Io,
            Error::Busy { .. } => ErrorKind::Busy,
            Error::UnknownRevision { .. }
            | Error::UnknownGuideline { .. }
            | Error::UnknownRound { .. }
            | Error::UnknownStatement { .. }
            | Error::Invalid { .. }
            | Error::BadInput { .. }
            | Error::BadRows { .. }
            | Error::UnusableInput { .. }
            | Error::WouldOverwrite { .. }
            | Error::NoOutputFolder { .. }
            | Error::OutputNotAFile { .. }
            | Error::User { .. }
            | Error::Worded { .. }
            | Error::BadDate { .. }
            | Error::FutureDate { .. }
            | Error::UnknownStage { .. }
            | Error::UnknownName { .. }
            | Error::UnknownLanguage { .. }
            | Error::EmptyOption { .. }
            | Error::Conflict { .. }
            | Error::Refused { .. }
            | Error::UnreadableInput { .. } => ErrorKind::User,
        }
    }

    /// The process exit code for this error, from its [kind](Error::kind):
    /// 2 wrong input, 4 repository state, 5 git, 70 a bug, 74 I/O, 75 busy
    /// (1 is for checks that found problems, 3 for an incomplete audit).
    pub fn exit_code(&self) -> u8 {
        self.kind().exit_code()
    }

    /// What the user should do next, first the variant's own hints, then
    /// those added with [`Error::hinted`].
    pub fn hints(&self) -> Vec<Hint> {
        let own: String = match self {
            Error::User { hints, .. } | Error::Refused { hints, .. } | Error::Conflict { hints, .. } => {
                return hints.clone();
            }
            Error::Hinted { error, hints } => {
                let mut all = error.hints();
                all.extend(hints.iter().cloned());
                return all;
            }
            Error::Worded { hints, .. } => return hints.iter().map(|h| Hint(h.english())).collect(),
            Error::NotARepository { .. } => "run the command inside the repository of your guidelines, pass `--repo PATH`, or create one with `riktlinjer init DIR --example`".into(),
            Error::NoCollection { .. } => "create one with `riktlinjer init` (add `--example` for the published guidelines)".into(),
            Error::UnknownRevision { .. } => "use a commit id, tag or branch; `git log --oneline` lists the commits".into(),
            Error::UnknownRound { .. } => "`riktlinjer round status` lists the rounds; `riktlinjer round open ID --title …` opens one".into(),
            Error::UnknownStatement { round, .. } => format!("`riktlinjer round status {round}` lists every statement id of the round"),
            Error::UnknownGuideline { .. } => "`riktlinjer list` shows every guideline with its id and number".into(),
            Error::Invalid { .. } => "fix the lines above, then run `riktlinjer check`".into(),
            Error::WouldOverwrite { .. } => "choose an empty or new directory; nothing was written".into(),
            Error::OutputNotAFile { .. } => {
                "give the path of a new or regular file; leave out --out to write to standard output".into()
            }
            Error::NoOutputFolder { folder, .. } => format!(
                "create the folder first (`mkdir -p {}`) or write into an existing one; riktlinjer does not create folders, and nothing was written",
                folder.display()
            ),
            Error::Uncommitted { .. } => "commit the guideline changes first (`git add guidelines && git commit`), then record the event".into(),
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
            Error::NoCommits { .. } => "commit the guidelines first (`git add guidelines && git commit`), or create a collection with `riktlinjer init`".into(),
            Error::BareRepository { .. } => "run the command in a clone with a working tree (`git clone REPO DIR`), or pass `--repo DIR`".into(),
            Error::RoundUncommitted { round, .. } => format!("commit the round first (`git add reviews/{round} && git commit`)"),
            Error::UnknownLanguage { .. } => "give one of the collection's languages, or leave out --lang for the primary one".into(),
            // The parser's reason says how to write a date when the form is wrong.
            Error::BadDate { reason, .. } if reason.english().contains("YYYY") => return Vec::new(),
            Error::BadDate { .. } => "write a date as YYYY-MM-DD (or D.M.YYYY), or YYYY-MM or YYYY when only the month or year is known".into(),
            Error::FutureDate { .. } => "record a fact once it has happened; nothing was recorded".into(),
            Error::UnknownStage { .. } => "name a stage of reviews/workflow.toml; `riktlinjer round status ROUND` shows where a round stands".into(),
            Error::Internal { .. } => "this is a bug in riktlinjer; please report it with the command you ran".into(),
            Error::Io { action: "read", .. } => "check that the file exists and is readable, then run the command again".into(),
            Error::Io { .. } | Error::Output(_) => "check that the disk has room and the file or folder is writable, then run the command again".into(),
            Error::UnreadableInput { .. } => "check the path and that the file is readable; nothing was changed".into(),
            _ => return Vec::new(),
        };
        vec![Hint(own)]
    }

    /// The causes below this error's message, outermost first, leaving out
    /// each whose text the lines above already show (an I/O error quoted
    /// in the message; libgit2's message, which it repeats with
    /// `; class=…` appended).
    pub fn causes(&self) -> Vec<String> {
        let mut shown = self.to_string();
        let mut out = Vec::new();
        let mut next = std::error::Error::source(self.innermost());
        while let Some(cause) = next {
            let text = cause.to_string();
            let head = text.split("; class=").next().unwrap_or(&text);
            if !shown.contains(head) {
                shown.push('\n');
                shown.push_str(&text);
                out.push(text);
            }
            next = cause.source();
        }
        out
    }

    fn innermost(&self) -> &Error {
        match self {
            Error::Hinted { error, .. } => error.innermost(),
            other => other,
        }
    }

    /// Shorthand for an [`Error::Io`].
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// A file named on the command line that cannot be read (exit 2).
    pub fn unreadable_input(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::UnreadableInput {
            path: path.into(),
            source,
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

/// The lines the command line prints for `error`: `error: …` (one line per
/// line of the message), then `caused by: …` for each cause that adds to
/// it, then `hint: …` for each hint.
pub fn report_lines(error: &Error) -> Vec<String> {
    report_lines_in(error, Catalogue::english())
}

/// [`report_lines`] in the terminal's language: the prefixes, and the
/// message and hint of every variant whose words are its own come from the
/// catalogue; a message (or hint) that a call site or a workflow rule words
/// (`User`, `Refused`, `Conflict`, `Invalid`'s diagnostics…), and the
/// causes (git's and the system's words), stay as they are.
pub fn report_lines_in(error: &Error, cat: &Catalogue) -> Vec<String> {
    let prefix = |id: &str, text: &str| format!("{} {text}", cat.text(id));
    let mut lines = vec![prefix("error-prefix", &error.message_in(cat))];
    lines.extend(error.causes().into_iter().map(|c| prefix("error-caused-by", &c)));
    lines.extend(error.hints_in(cat).into_iter().map(|h| prefix("error-hint", &h)));
    lines
}

/// `(did you mean `x`?)` in the catalogue's language, with its leading space.
fn suggestion_in(cat: &Catalogue, suggestions: &[String]) -> String {
    match suggestions {
        [] => String::new(),
        [one] => cat.get("error-did-you-mean", Some(&fluent_args!["suggestion" => one])),
        many => cat.get(
            "error-did-you-mean-one-of",
            Some(&fluent_args![
                "suggestions" => many.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
            ]),
        ),
    }
}

impl Error {
    /// The message in the catalogue's language where the catalogue has it
    /// (see [`report_lines_in`]); else the English [`Display`](std::fmt::Display).
    pub fn message_in(&self, cat: &Catalogue) -> String {
        let get = |id: &str, args: crate::i18n::Args<'_>| cat.get(id, Some(&args));
        match self {
            Error::Hinted { error, .. } => error.message_in(cat),
            Error::Worded { message, .. } => shown_words(message, cat),
            Error::NotARepository { path } => get(
                "error-not-a-repository",
                fluent_args!["path" => path.display().to_string()],
            ),
            Error::NoCollection { path } => get(
                "error-no-collection",
                fluent_args!["path" => path.display().to_string()],
            ),
            Error::UnknownGuideline { wanted, suggestions } => get(
                "error-unknown-guideline",
                fluent_args!["wanted" => wanted, "suggestions" => suggestion_in(cat, suggestions)],
            ),
            Error::UnknownRound {
                wanted,
                suggestions,
                known,
            } => {
                let known = if known.is_empty() {
                    cat.text("error-no-rounds-yet")
                } else {
                    cat.get(
                        "error-the-rounds-are",
                        Some(&fluent_args!["rounds" => known.join(", ")]),
                    )
                };
                get(
                    "error-unknown-round",
                    fluent_args!["wanted" => wanted, "suggestions" => suggestion_in(cat, suggestions), "known" => known],
                )
            }
            Error::UnknownStatement {
                round,
                wanted,
                suggestions,
            } => get(
                "error-unknown-statement",
                fluent_args!["round" => round, "wanted" => wanted, "suggestions" => suggestion_in(cat, suggestions)],
            ),
            Error::BadDate { option, reason } => get(
                "error-bad-date",
                fluent_args!["option" => option, "reason" => reason.in_catalogue(cat)],
            ),
            Error::BadInput { location, message } => format!("{location}: {}", shown_words(message, cat)),
            Error::UnusableInput { path, message } => format!("{}: {}", path.display(), shown_words(message, cat)),
            Error::BadRows { problems } => problems
                .iter()
                .map(|p| p.message_in(cat))
                .collect::<Vec<_>>()
                .join("\n"),
            Error::NoCommits { consequence } => get(
                "error-no-commits",
                fluent_args!["consequence" => consequence.in_catalogue(cat)],
            ),
            Error::Busy { holder, waited, .. } => get(
                "error-busy",
                fluent_args![
                    "holder" => holder.as_ref().map(|h| format!(" ({})", h.describe_in(cat))).unwrap_or_default(),
                    "waited" => *waited,
                ],
            ),
            Error::UnknownRevision { rev } => get("error-unknown-revision", fluent_args!["rev" => rev]),
            Error::Io { action, path, source } => get(
                "error-io",
                fluent_args![
                    "action" => *action,
                    "path" => path.display().to_string(),
                    "reason" => source.to_string(),
                ],
            ),
            Error::UnreadableInput { path, source } => get(
                "error-io",
                fluent_args![
                    "action" => "read",
                    "path" => path.display().to_string(),
                    "reason" => source.to_string(),
                ],
            ),
            Error::Output(source) => get("error-output", fluent_args!["reason" => source.to_string()]),
            Error::NoOutputFolder { path, folder } => get(
                "error-no-output-folder",
                fluent_args![
                    "path" => path.display().to_string(),
                    "folder" => folder.display().to_string(),
                ],
            ),
            Error::OutputNotAFile { path, what } => get(
                "error-output-not-a-file",
                fluent_args!["path" => path.display().to_string(), "what" => what.id()],
            ),
            Error::WouldOverwrite { path, what } if what.is_plain() && what.english() == "the file already exists" => {
                get("error-file-exists", fluent_args!["path" => path.display().to_string()])
            }
            Error::WouldOverwrite { path, what } => get(
                "error-would-overwrite",
                fluent_args!["path" => path.display().to_string(), "what" => what.in_catalogue(cat)],
            ),
            Error::UnknownName {
                option,
                wanted,
                what,
                known_as,
                known,
            } => get(
                "error-unknown-name",
                fluent_args![
                    "option" => option,
                    "wanted" => wanted,
                    "what" => what.in_catalogue(cat),
                    "known_as" => known_as.in_catalogue(cat),
                    "known" => if known.is_empty() { cat.text("error-none-known") } else { known.join(", ") },
                ],
            ),
            Error::EmptyOption { option, give } => get(
                "error-empty-option",
                fluent_args!["option" => option, "give" => give.in_catalogue(cat)],
            ),
            Error::FutureDate { option, date, today } => get(
                "error-future-date",
                fluent_args!["option" => option, "date" => date, "today" => today],
            ),
            Error::UnknownStage {
                wanted,
                suggestion,
                stages,
            } => get(
                "error-unknown-stage",
                fluent_args![
                    "wanted" => wanted,
                    "suggestions" => suggestion_in(cat, suggestion.as_slice()),
                    "stages" => stages.join(", "),
                ],
            ),
            Error::UnknownLanguage { wanted, languages } => get(
                "error-unknown-language",
                fluent_args!["wanted" => wanted, "languages" => languages.join(", ")],
            ),
            Error::BareRepository { path } => get(
                "error-bare-repository",
                fluent_args!["path" => path.display().to_string()],
            ),
            Error::Uncommitted { what, paths, more } => get(
                "error-uncommitted",
                fluent_args!["what" => what, "paths" => paths.join(", "), "more" => *more],
            ),
            Error::InProgress { operation, .. } => get("error-in-progress", fluent_args!["operation" => *operation]),
            Error::BehindHead { paths } => get("error-behind-head", fluent_args!["paths" => paths.join(", ")]),
            Error::Internal { message } => get("error-internal", fluent_args!["message" => message]),
            Error::Invalid { problems } => problems.iter().map(|p| p.line_in(cat)).collect::<Vec<_>>().join("\n"),
            _ => self.to_string(),
        }
    }

    /// The hints in the catalogue's language where it has them (the
    /// errors of [`Error::message_in`]); others as [`Error::hints`].
    pub fn hints_in(&self, cat: &Catalogue) -> Vec<String> {
        let one = |id: &str, args: Option<crate::i18n::Args<'_>>| vec![cat.get(id, args.as_ref())];
        match self {
            Error::Hinted { error, hints } => {
                let mut all = error.hints_in(cat);
                all.extend(hints.iter().map(|h| h.to_string()));
                all
            }
            Error::Worded { hints, .. } => hints.iter().map(|h| h.in_catalogue(cat)).collect(),
            Error::NotARepository { .. } => one("error-not-a-repository-hint", None),
            Error::NoCollection { .. } => one("error-no-collection-hint", None),
            Error::UnknownRound { .. } => one("error-unknown-round-hint", None),
            Error::UnknownStatement { round, .. } => {
                one("error-unknown-statement-hint", Some(fluent_args!["round" => round]))
            }
            Error::UnknownGuideline { .. } => one("error-unknown-guideline-hint", None),
            Error::BadDate { reason, .. } if !reason.english().contains("YYYY") => one("error-bad-date-hint", None),
            Error::NoCommits { .. } => one("error-no-commits-hint", None),
            Error::Busy { lock, .. } => one(
                "error-busy-hint",
                Some(fluent_args!["lock" => lock.display().to_string()]),
            ),
            Error::UnknownRevision { .. } => one("error-unknown-revision-hint", None),
            Error::Invalid { .. } => one("error-invalid-hint", None),
            Error::WouldOverwrite { .. } => one("error-would-overwrite-hint", None),
            Error::OutputNotAFile { .. } => one("error-output-not-a-file-hint", None),
            Error::NoOutputFolder { folder, .. } => one(
                "error-no-output-folder-hint",
                Some(fluent_args!["folder" => folder.display().to_string()]),
            ),
            Error::Uncommitted { .. } => one("error-uncommitted-hint", None),
            Error::InProgress { finish, .. } => one("error-in-progress-hint", Some(fluent_args!["finish" => *finish])),
            Error::BehindHead { paths } => {
                one("error-behind-head-hint", Some(fluent_args!["paths" => paths.join(" ")]))
            }
            Error::BadRows { .. } => one("error-bad-rows-hint", None),
            Error::UnusableInput { .. } | Error::BadInput { .. } => one("error-bad-input-hint", None),
            Error::BareRepository { .. } => one("error-bare-repository-hint", None),
            Error::RoundUncommitted { round, .. } => {
                one("error-round-uncommitted-hint", Some(fluent_args!["round" => round]))
            }
            Error::UnknownLanguage { .. } => one("error-unknown-language-hint", None),
            Error::FutureDate { .. } => one("error-future-date-hint", None),
            Error::UnknownStage { .. } => one("error-unknown-stage-hint", None),
            Error::Internal { .. } => one("error-internal-hint", None),
            Error::Io { action: "read", .. } => one("error-io-read-hint", None),
            Error::Io { .. } | Error::Output(_) => one("error-io-write-hint", None),
            Error::UnreadableInput { .. } => one("error-unreadable-input-hint", None),
            _ => self.hints().into_iter().map(|h| h.to_string()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The errors [`Error::message_in`] translates, each once.
    fn translated_errors() -> Vec<Error> {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        vec![
            Error::NotARepository { path: "/tmp/x".into() },
            Error::NoCollection { path: "/tmp/x".into() },
            Error::UnknownGuideline {
                wanted: "samarbet".into(),
                suggestions: s(&["samarbete"]),
            },
            Error::UnknownGuideline {
                wanted: "x".into(),
                suggestions: s(&["a", "b"]),
            },
            Error::UnknownGuideline {
                wanted: "x".into(),
                suggestions: vec![],
            },
            Error::UnknownRound {
                wanted: "2026-2".into(),
                suggestions: s(&["2026-1"]),
                known: s(&["2026-1", "2021-1"]),
            },
            Error::UnknownRound {
                wanted: "2026-2".into(),
                suggestions: vec![],
                known: vec![],
            },
            Error::UnknownStatement {
                round: "2026-1".into(),
                wanted: "S-1".into(),
                suggestions: s(&["S-12"]),
            },
            Error::BadDate {
                option: "--date".into(),
                reason: crate::model::PartialDate::parse_lenient("31.2.2026").unwrap_err(),
            },
            Error::BadDate {
                option: "--date".into(),
                reason: crate::model::PartialDate::parse_lenient("x").unwrap_err(),
            },
            Error::NoCommits {
                consequence: Wording::plain("there is no history to audit"),
            },
            Error::Busy {
                holder: Some(Box::new(crate::store::Holder {
                    pid: Some(12),
                    ..Default::default()
                })),
                lock: "/r/.git/riktlinjer.lock".into(),
                waited: 30,
            },
            Error::Busy {
                holder: None,
                lock: "/r/.git/riktlinjer.lock".into(),
                waited: 0,
            },
            Error::UnknownRevision { rev: "v9".into() },
            Error::io("read", "a.toml", std::io::Error::other("gone")),
            Error::io("write", "a.csv", std::io::Error::other("full")),
            Error::io("create", "out", std::io::Error::other("full")),
            Error::unreadable_input("in.csv", std::io::Error::other("gone")),
            Error::Output(std::io::Error::other("full")),
            Error::NoOutputFolder {
                path: "x/out.docx".into(),
                folder: "x".into(),
            },
            Error::WouldOverwrite {
                path: "reviews/2026-1/round.toml".into(),
                what: "the file already exists".into(),
            },
            Error::FutureDate {
                option: "--date".into(),
                date: "2027-01-01".into(),
                today: "2026-03-01".into(),
            },
            Error::UnknownStage {
                wanted: "notis".into(),
                suggestion: Some("notice".into()),
                stages: s(&["preparation", "notice"]),
            },
            Error::UnknownStage {
                wanted: "x".into(),
                suggestion: None,
                stages: s(&["preparation"]),
            },
            Error::UnknownLanguage {
                wanted: "de".into(),
                languages: s(&["sv", "fi"]),
            },
            Error::BareRepository { path: "/r.git".into() },
            Error::OutputNotAFile {
                path: "out.csv".into(),
                what: NotAFile::Link,
            },
            Error::OutputNotAFile {
                path: "out".into(),
                what: NotAFile::Folder,
            },
            Error::OutputNotAFile {
                path: "/dev/null".into(),
                what: NotAFile::Special,
            },
            Error::Uncommitted {
                what: "the approval of round 2026-1".into(),
                paths: s(&["guidelines/a.toml"]),
                more: 0,
            },
            Error::Uncommitted {
                what: "the approval of round 2026-1".into(),
                paths: s(&["guidelines/a.toml"]),
                more: 3,
            },
            Error::InProgress {
                operation: "rebase",
                finish: "`git rebase --continue`",
            },
            Error::BehindHead {
                paths: s(&["reviews/2026-1/round.toml", "reviews/2026-1/events/01-preparation.toml"]),
            },
            Error::internal("a fact without files"),
        ]
    }

    /// Errors whose hint (not message) comes from the catalogue.
    fn translated_hints() -> Vec<Error> {
        vec![
            Error::Invalid { problems: Vec::new() },
            Error::WouldOverwrite {
                path: "d".into(),
                what: "it is a file, not a directory".into(),
            },
            Error::BadRows { problems: Vec::new() },
            Error::UnusableInput {
                path: "s.csv".into(),
                message: Wording::plain("empty"),
            },
            Error::RoundUncommitted {
                round: "2026-1".into(),
                needs: "x".into(),
            },
        ]
    }

    #[test]
    fn the_hints_of_every_variant_with_a_fixed_hint_are_translated() {
        let (en, sv, fi) = (Catalogue::english(), Catalogue::of("sv"), Catalogue::of("fi"));
        for e in translated_errors().into_iter().chain(translated_hints()) {
            let english: Vec<String> = e.hints().into_iter().map(|h| h.to_string()).collect();
            assert_eq!(e.hints_in(en), english, "{e}");
            if english.is_empty() {
                continue;
            }
            assert_ne!(e.hints_in(sv), english, "not in Swedish: {e}");
            assert_ne!(e.hints_in(fi), english, "not in Finnish: {e}");
        }
    }

    #[test]
    fn the_english_catalogue_says_what_the_errors_always_said() {
        let en = Catalogue::english();
        for e in translated_errors() {
            assert_eq!(e.message_in(en), e.to_string());
            let hints: Vec<String> = e.hints().into_iter().map(|h| h.to_string()).collect();
            assert_eq!(e.hints_in(en), hints, "{e}");
            let hinted = e.hinted("one more");
            assert_eq!(report_lines_in(&hinted, en), report_lines(&hinted));
        }
    }

    #[test]
    fn swedish_and_finnish_errors_translate_the_message_and_hint() {
        let sv = Catalogue::of("sv");
        let lines = report_lines_in(&translated_errors()[2], sv);
        assert_eq!(lines[0], "fel: ingen riktlinje `samarbet` (menade du `samarbete`?)");
        assert!(lines[1].starts_with("tips: `riktlinjer list` visar"), "{lines:?}");
        for e in translated_errors() {
            let fi = e.message_in(Catalogue::of("fi"));
            assert_ne!(fi, e.to_string(), "not translated: {e}");
            assert!(!fi.contains('{'), "{fi}");
        }
    }

    #[test]
    fn errors_of_input_files_dates_and_names_are_worded_in_swedish_and_finnish() {
        let (sv, fi) = (Catalogue::of("sv"), Catalogue::of("fi"));
        let date = Error::BadDate {
            option: "--date".into(),
            reason: crate::model::PartialDate::parse_lenient("31.2.2026").unwrap_err(),
        };
        assert_eq!(
            report_lines_in(&date, sv),
            [
                "fel: --date: `31.2.2026` är inget datum (dag 31, månad 2, år 2026 finns inte)",
                "tips: skriv ett datum som ÅÅÅÅ-MM-DD (eller D.M.ÅÅÅÅ), eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt",
            ]
        );
        assert_eq!(
            date.to_string(),
            "--date: `31.2.2026` is not a date (day 31, month 2, year 2026 does not exist)"
        );
        let rows = Error::BadRows {
            problems: vec![Placed {
                at: "l.xlsx:Blad1!B7".into(),
                message: Wording::new("cell-error-value").arg("value", "#N/A\u{1b}"),
            }],
        };
        // The English stays in Display and JSON; control characters are shown, never sent.
        assert_eq!(
            rows.to_string(),
            "l.xlsx:Blad1!B7: the cell holds the error value #N/A\\u{1b} (a formula that failed); type the value itself into the cell"
        );
        let json = serde_json::to_string(&rows_placed(&rows)).unwrap();
        assert!(json.contains("the cell holds the error value"), "{json}");
        assert_eq!(
            rows.message_in(fi),
            "l.xlsx:Blad1!B7: solussa on virhearvo #N/A\\u{1b} (epäonnistunut kaava); kirjoita soluun itse arvo"
        );
        let name = Error::UnknownName {
            option: "--actor ".into(),
            wanted: "x".into(),
            what: Box::new(Wording::new("deviation-name-an-actor")),
            known_as: Box::new(Wording::new("deviation-name-the-actors")),
            known: vec!["klient".into()],
        };
        assert_eq!(
            name.message_in(sv),
            "--actor `x` är inte en aktör i guidelines/index.toml; aktörerna är: klient"
        );
        let empty = Error::EmptyOption {
            option: "--note".into(),
            give: Wording::new("round-empty-give"),
        };
        assert_eq!(empty.message_in(fi), "--note on tyhjä; jätä se pois tai anna teksti");
        assert_eq!(empty.to_string(), "--note is empty; leave it out or give a text");
        let worded = Error::worded(
            Wording::new("sheet-sheet-of-csv")
                .arg("sheet", "Blad1")
                .arg("path", "s.csv"),
            vec![Wording::new("sheet-sheet-of-csv-hint")],
        );
        assert_eq!(report_lines_in(&worded, sv)[1], "tips: utelämna --sheet");
        assert_eq!(worded.hints(), vec![Hint::new("leave out --sheet")]);
        assert_eq!(worded.exit_code(), 2);
    }

    fn rows_placed(e: &Error) -> &[Placed] {
        match e {
            Error::BadRows { problems } => problems,
            _ => &[],
        }
    }

    #[test]
    fn every_kind_has_the_exit_code_of_the_table() {
        let table = [
            (ErrorKind::User, 2),
            (ErrorKind::Repository, 4),
            (ErrorKind::Git, 5),
            (ErrorKind::Internal, 70),
            (ErrorKind::Io, 74),
            (ErrorKind::Busy, 75),
        ];
        for (kind, code) in table {
            assert_eq!(kind.exit_code(), code, "{kind:?}");
        }
    }

    #[test]
    fn the_exit_code_follows_the_kind() {
        let io = || std::io::Error::other("disk full");
        let cases: Vec<(Error, ErrorKind)> = vec![
            (Error::user("bad"), ErrorKind::User),
            (
                Error::BadDate {
                    option: "--date".into(),
                    reason: Wording::plain("`x` is not a date"),
                },
                ErrorKind::User,
            ),
            (Error::refused("a round cannot skip a stage"), ErrorKind::User),
            (Error::conflict("--sheet", "--sheet on a CSV file"), ErrorKind::User),
            (Error::NotARepository { path: "/tmp".into() }, ErrorKind::Repository),
            (
                Error::NoCommits {
                    consequence: Wording::plain("it has no history to read"),
                },
                ErrorKind::Repository,
            ),
            (
                Error::InProgress {
                    operation: "rebase",
                    finish: "`git rebase --continue`",
                },
                ErrorKind::Repository,
            ),
            (
                Error::Uncommitted {
                    what: "x".into(),
                    paths: vec!["guidelines/a.toml".into()],
                    more: 0,
                },
                ErrorKind::Repository,
            ),
            (Error::git("tree 1234 is corrupt"), ErrorKind::Git),
            (Error::internal("a fact without files"), ErrorKind::Internal),
            (Error::io("write", "out.csv", io()), ErrorKind::Io),
            (Error::Output(io()), ErrorKind::Io),
            // A file the user names that cannot be read is the user's to fix.
            (Error::io("read", "in.csv", io()), ErrorKind::User),
            (Error::unreadable_input("in.csv", io()), ErrorKind::User),
            (
                Error::Busy {
                    holder: None,
                    lock: "l".into(),
                    waited: 60,
                },
                ErrorKind::Busy,
            ),
        ];
        for (error, kind) in cases {
            assert_eq!(error.kind(), kind, "{error}");
            assert_eq!(error.exit_code(), kind.exit_code(), "{error}");
        }
    }

    #[test]
    fn hints_are_data_in_order_and_keep_the_kind() {
        let e = Error::user_with_hint("--guidelines names no guideline", "write `all`").hinted("or ids");
        assert_eq!(e.to_string(), "--guidelines names no guideline");
        assert_eq!(e.hints(), vec![Hint::new("write `all`"), Hint::new("or ids")]);
        // Added to a variant with its own hint: the variant's comes first,
        // and the kind is the variant's.
        let e = Error::NoCommits {
            consequence: Wording::plain("there is no HEAD to compare with"),
        }
        .hinted("or name two revisions");
        assert_eq!(e.kind(), ErrorKind::Repository);
        assert_eq!(
            e.to_string(),
            "the repository has no commits yet, so there is no HEAD to compare with"
        );
        let hints = e.hints();
        assert_eq!(hints.len(), 2);
        assert!(
            hints[0].text().contains("git add guidelines && git commit"),
            "{hints:?}"
        );
        assert_eq!(hints[1].text(), "or name two revisions");
        // Hinting twice does not nest the wrapper.
        let twice = e.hinted("third");
        assert!(
            matches!(&twice, Error::Hinted { error, hints } if !matches!(**error, Error::Hinted { .. }) && hints.len() == 2)
        );
    }

    #[test]
    fn a_refusal_names_what_could_not_be_recorded_and_the_rule() {
        let e = Error::Refused {
            what: Some("event 04-notice of round 2026-1".into()),
            rule: "the comment round is open until 2026-03-31".into(),
            hints: Vec::new(),
        };
        assert_eq!(
            e.to_string(),
            "cannot record event 04-notice of round 2026-1: the comment round is open until 2026-03-31"
        );
        assert_eq!(Error::refused("no").to_string(), "no");
    }

    #[derive(Debug, thiserror::Error)]
    #[error("{0}")]
    struct Cause(&'static str, #[source] Option<Box<Cause>>);

    #[test]
    fn causes_are_printed_once_and_only_when_they_add_to_the_message() {
        // The I/O reason is in the message already: no `caused by`.
        let e = Error::io("write", "out.csv", std::io::Error::other("No space left on device"));
        assert!(e.causes().is_empty(), "{:?}", e.causes());
        // A context message over a cause chain: each cause once, outermost first.
        let e = Error::Git {
            message: "cannot move refs/heads/main".into(),
            source: Some(Box::new(Cause(
                "the reference is locked",
                Some(Box::new(Cause("index.lock exists", None))),
            ))),
        };
        assert_eq!(e.causes(), vec!["the reference is locked", "index.lock exists"]);
        // libgit2 repeats its message with `; class=…` appended: not shown again.
        let e = Error::Git {
            message: "reference 'refs/heads/master' not found".into(),
            source: Some(Box::new(Cause(
                "reference 'refs/heads/master' not found; class=Reference (4)",
                None,
            ))),
        };
        assert!(e.causes().is_empty(), "{:?}", e.causes());
        // Hints added on top keep the inner error's causes.
        let e = Error::Git {
            message: "x".into(),
            source: Some(Box::new(Cause("y", None))),
        }
        .hinted("run it again");
        assert_eq!(e.causes(), vec!["y"]);
    }

    #[test]
    fn the_report_is_error_then_causes_then_hints() {
        let e = Error::Git {
            message: "cannot move refs/heads/main".into(),
            source: Some(Box::new(Cause("locked", None))),
        }
        .hinted("nothing was recorded; run the command again");
        assert_eq!(
            report_lines(&e),
            vec![
                "error: git: cannot move refs/heads/main",
                "caused by: locked",
                "hint: nothing was recorded; run the command again",
            ]
        );
    }

    #[test]
    fn typed_variants_keep_the_words_the_tests_and_users_know() {
        let e = Error::UnknownStage {
            wanted: "notis".into(),
            suggestion: Some("notice".into()),
            stages: vec!["preparation".into(), "notice".into()],
        };
        assert_eq!(
            e.to_string(),
            "unknown stage `notis` (did you mean `notice`?); the stages of reviews/workflow.toml are, in order: preparation, notice"
        );
        let e = Error::UnknownName {
            option: "--actor ".into(),
            wanted: "x".into(),
            what: Box::new("an actor of guidelines/index.toml".into()),
            known_as: Box::new("the actors are".into()),
            known: vec!["klient".into(), "serviceanordnare".into()],
        };
        assert_eq!(
            e.to_string(),
            "--actor `x` is not an actor of guidelines/index.toml; the actors are: klient, serviceanordnare"
        );
        let e = Error::Uncommitted {
            what: "the approval".into(),
            paths: vec!["guidelines/a.toml".into()],
            more: 3,
        };
        assert_eq!(
            e.to_string(),
            "cannot record the approval: guidelines/ has uncommitted changes (guidelines/a.toml and 3 more); it would be bound to the committed text, not the text you see"
        );
        // A date the parser explains gets no second explanation.
        let e = Error::BadDate {
            option: "--date".into(),
            reason: Wording::plain("`1/2` is not a date; write YYYY-MM-DD"),
        };
        assert!(e.hints().is_empty());
    }
}

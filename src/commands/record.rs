//! What every recording command shares: reading the review records, dates
//! from the command line, binding a fact to the committed text, and writing
//! one fact as new files plus one commit with trailers (or staged files with
//! `--no-commit`), leaving nothing behind when anything fails.

use indexmap::IndexMap;

use crate::model::rules::{self, Dated, Folder, RoundFacts};
use crate::model::{Content, Event, PartialDate, RoundRecord, Verdict, Workflow};
use crate::repo::{CommitInfo, Repo};
use crate::snapshot::Snapshot;
use crate::store::{self, Loaded, Reviews};
use crate::{Error, Result, clock};

/// The repository with its guidelines (as committed at `HEAD`) and its
/// review records (as in the working tree, so that facts staged with
/// `--no-commit` count).
pub(crate) struct Records {
    /// Held until the command has recorded its fact: bind it (`lock: _lock`)
    /// when destructuring, or it is released at once.
    pub lock: store::Lock,
    pub repo: Repo,
    pub committed: Loaded,
    pub reviews: Reviews,
}

impl Records {
    /// Open and read everything a recording command needs.
    pub fn open(ctx: &super::Ctx) -> Result<Records> {
        let repo = ctx.repo()?;
        if repo.head()?.is_none() {
            return Err(Error::Usage(
                "the repository has no commits yet, so there is no text to bind a fact to; run `riktlinjer init` first"
                    .into(),
            ));
        }
        let lock = store::Lock::acquire(&repo.git_dir().join("riktlinjer.lock"))?;
        let committed = store::load(&Snapshot::of(&repo, Some("HEAD"))?)?;
        let reviews = store::load_reviews(&Snapshot::of(&repo, None)?, Some(&committed.collection.languages))?;
        Ok(Records {
            lock,
            repo,
            committed,
            reviews,
        })
    }
}

/// Parse a date option: `YYYY-MM-DD` or the Finnish and Swedish
/// `D.M.YYYY`, or `YYYY-MM` / `YYYY` when only the month or year is known.
pub(crate) fn date_option(option: &str, value: &str) -> Result<PartialDate> {
    PartialDate::parse_lenient(value).map_err(|e| Error::Usage(format!("{option}: {e}")))
}

/// Parse a `--date`-like value; facts cannot lie in the future.
pub(crate) fn past_date(option: &str, value: &str) -> Result<PartialDate> {
    let date = date_option(option, value)?;
    let today = clock::today();
    if date.is_after(today) {
        return Err(Error::Usage(format!(
            "{option} {date} lies in the future (today is {today}); record a fact once it has happened"
        )));
    }
    Ok(date)
}

/// Like [`past_date`], but `unknown` records no date (for facts the source
/// does not date).
pub(crate) fn past_date_or_unknown(option: &str, value: &str) -> Result<Option<PartialDate>> {
    if value.trim().eq_ignore_ascii_case("unknown") {
        Ok(None)
    } else {
        past_date(option, value).map(Some)
    }
}

/// The round's records as the model's rules read them, with `extra` (a
/// record about to be written) added.
fn facts<'a>(
    round: &'a RoundRecord,
    extra_event: Option<(&'a str, &'a Event)>,
    extra_verdict: Option<(&'a str, &'a Verdict)>,
) -> RoundFacts<'a> {
    let day = |t: &chrono::DateTime<chrono::FixedOffset>| t.date_naive();
    let mut events: Vec<Dated<'a, Event>> = round
        .events
        .iter()
        .map(|e| Dated {
            stem: e.stem.as_str(),
            record: &e.event,
            recorded_on: day(&e.event.recorded_at),
        })
        .collect();
    if let Some((stem, e)) = extra_event {
        events.push(Dated {
            stem,
            record: e,
            recorded_on: day(&e.recorded_at),
        });
    }
    let mut verdicts: Vec<Dated<'a, Verdict>> = round
        .verdicts
        .iter()
        .map(|(g, v)| Dated {
            stem: g.as_str(),
            record: v,
            recorded_on: day(&v.recorded_at),
        })
        .collect();
    if let Some((stem, v)) = extra_verdict {
        verdicts.push(Dated {
            stem,
            record: v,
            recorded_on: day(&v.recorded_at),
        });
    }
    RoundFacts {
        id: &round.id,
        round: &round.round,
        events,
        verdicts,
        statements: Vec::new(),
    }
}

fn refuse(what: &str, violations: &[rules::Violation]) -> Result<()> {
    if violations.is_empty() {
        return Ok(());
    }
    Err(Error::Rule(format!(
        "cannot record {what}: {}",
        rules::describe(violations)
    )))
}

/// Refuse the event `stem` when the round with it would break the model's
/// rules — the same rules `check` and `audit` apply.
pub(crate) fn check_new_event(workflow: &Workflow, round: &RoundRecord, stem: &str, event: &Event) -> Result<()> {
    let violations = rules::check_new(&facts(round, Some((stem, event)), None), workflow, Folder::Events, stem);
    refuse(&format!("event {stem} of round {}", round.id), &violations)
}

/// Refuse the verdict `stem` when it would break the model's rules.
pub(crate) fn check_new_verdict(workflow: &Workflow, round: &RoundRecord, stem: &str, verdict: &Verdict) -> Result<()> {
    let violations = rules::check_new(
        &facts(round, None, Some((stem, verdict))),
        workflow,
        Folder::Verdicts,
        stem,
    );
    refuse(&format!("the verdict {stem} in round {}", round.id), &violations)
}

/// Refuse to bind a fact to text that is not committed.
pub(crate) fn require_committed_text(repo: &Repo, what: &str) -> Result<()> {
    let dirty = repo.uncommitted(store::GUIDELINES_DIR)?;
    if dirty.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = dirty.iter().take(5).map(String::as_str).collect();
    Err(Error::Uncommitted(format!(
        "cannot record {what}: guidelines/ has uncommitted changes ({}{}); it would be bound to the committed text, not the text you see",
        shown.join(", "),
        if dirty.len() > 5 {
            format!(" and {} more", dirty.len() - 5)
        } else {
            String::new()
        }
    )))
}

/// The committed text at `HEAD`: the commit, the tree of `guidelines/` and
/// the blob of each guideline in `scope`.
pub(crate) fn bind_content(repo: &Repo, scope: &[String]) -> Result<Content> {
    let head = repo
        .head()?
        .ok_or_else(|| Error::Usage("the repository has no commits yet; run `riktlinjer init` first".into()))?;
    let guidelines_tree = repo
        .entry_id(&head.tree, store::GUIDELINES_DIR)?
        .ok_or_else(|| Error::Rule("HEAD has no guidelines/ folder; commit the guidelines first".into()))?;
    let mut blobs = IndexMap::new();
    for id in scope {
        if let Some(blob) = repo.entry_id(&head.tree, &format!("{}/{id}.toml", store::GUIDELINES_DIR))? {
            blobs.insert(id.clone(), blob);
        }
    }
    Ok(Content {
        commit: head.id,
        guidelines_tree,
        blobs,
    })
}

/// One fact to record: new files, and the commit that states it. The
/// recording commands build it with the pure `*_fact` functions of
/// [`super::round`] and [`super::comment`] (which the synthetic repository
/// generator calls too, so that it writes exactly what the commands write).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// `Review-Round`.
    pub round: String,
    /// `Review-Stage`.
    pub stage: String,
    /// `Review-Event` values (one per record; an import has several).
    pub events: Vec<String>,
    /// The first line of the commit message, the fact in plain words.
    pub summary: String,
    /// Lines of detail for the message body.
    pub details: Vec<String>,
    /// (path relative to the root, content) of each new file.
    pub files: Vec<(String, String)>,
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Fact {
    /// The commit message: summary, details, then the trailers as the last
    /// paragraph (so `git interpret-trailers --parse` finds them).
    pub fn message(&self) -> String {
        let mut m = one_line(&self.summary);
        m.push_str("\n\n");
        if !self.details.is_empty() {
            for d in &self.details {
                m.push_str(d.trim_end());
                m.push('\n');
            }
            m.push('\n');
        }
        m.push_str(&format!("Review-Round: {}\n", one_line(&self.round)));
        m.push_str(&format!("Review-Stage: {}\n", one_line(&self.stage)));
        for e in &self.events {
            m.push_str(&format!("Review-Event: {}\n", one_line(e)));
        }
        m
    }
}

/// Write the fact's files (none may exist: records are append-only) and
/// commit them, or stage them with `no_commit`. On any failure the files are
/// removed and unstaged again.
pub(crate) fn record(repo: &Repo, fact: &Fact, no_commit: bool) -> Result<Option<CommitInfo>> {
    refuse_forbidden_characters(fact)?;
    let root = repo.root();
    for (path, _) in &fact.files {
        if root.join(path).exists() {
            return Err(Error::Rule(format!(
                "{path} already exists; recorded facts are never overwritten (was this recorded already? see `git status` and `riktlinjer round status`)"
            )));
        }
    }
    let mut written: Vec<&str> = Vec::new();
    let cleanup = |written: &[&str]| {
        for path in written {
            let _ = std::fs::remove_file(root.join(path));
        }
        let _ = repo.unstage(written);
    };
    for (path, content) in &fact.files {
        if let Err(e) = store::write_new_atomic(&root.join(path), content.as_bytes()) {
            cleanup(&written);
            return Err(e);
        }
        written.push(path);
    }
    let result = if no_commit {
        repo.stage(&written).map(|()| None)
    } else {
        repo.commit_only(&written, &fact.message()).map(Some)
    };
    match result {
        Ok(commit) => Ok(commit),
        Err(e) => {
            cleanup(&written);
            Err(e)
        }
    }
}

/// Refuse a fact whose texts hold a character that `check` would reject in
/// the record (a control character from a pasted text or a spreadsheet
/// cell): a committed record is never rewritten, so it must not be written.
fn refuse_forbidden_characters(fact: &Fact) -> Result<()> {
    for (_, content) in &fact.files {
        if let Some(&(offset, c)) = store::forbidden_in_toml(content).first() {
            // The record shows the character as a TOML escape (`\u001B`), so
            // the words around it can be printed as they are.
            let start = content[..offset].rfind(['\n', '"']).map_or(0, |i| i + 1);
            let before: String = content[start..offset]
                .chars()
                .rev()
                .take(30)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = content[offset..]
                .chars()
                .take_while(|&c| c != '\n' && c != '"')
                .take(30)
                .collect();
            return Err(Error::Usage(format!(
                "cannot record this: the text `…{before}{after}…` holds {}; {}. Remove it and run the command again; nothing was recorded",
                crate::model::text::describe(c),
                crate::model::text::ALLOWED
            )));
        }
    }
    Ok(())
}

/// The line every recording command ends with. Files staged with
/// `--no-commit` come with the `git commit` command that gives them the
/// trailers the audit looks for.
pub(crate) fn recorded_line(commit: Option<&CommitInfo>, fact: &Fact) -> String {
    let names: Vec<&str> = fact.files.iter().map(|(p, _)| p.as_str()).collect();
    match commit {
        Some(c) => format!("Committed {} ({}).", c.short_id(), names.join(", ")),
        None => format!(
            "Staged, not committed (--no-commit): {}. Commit them with the tool's trailers (the audit reports records committed without them):\n  {}",
            names.join(", "),
            fact.commit_command()
        ),
    }
}

/// `s` quoted for a POSIX shell.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

impl Fact {
    /// The `git commit` command that commits the staged files of this fact
    /// as the tool would have.
    pub fn commit_command(&self) -> String {
        let mut cmd = format!("git commit -m {}", shell_quote(&one_line(&self.summary)));
        let mut trailer =
            |k: &str, v: &str| cmd.push_str(&format!(" --trailer {}", shell_quote(&format!("{k}: {}", one_line(v)))));
        trailer("Review-Round", &self.round);
        trailer("Review-Stage", &self.stage);
        for e in &self.events {
            trailer("Review-Event", e);
        }
        cmd
    }
}

/// The guideline ids a round may name, resolved from `all`, numbers or ids.
/// An id no longer in the collection is accepted when an earlier round had
/// it in scope (`recorded`): a guideline deleted after its approval can still
/// be withdrawn by a currency check.
pub(crate) fn resolve_guidelines(loaded: &Loaded, spec: &str, recorded: &[String]) -> Result<Vec<String>> {
    if spec.trim().eq_ignore_ascii_case("all") {
        return Ok(loaded.guidelines.iter().map(|g| g.id.clone()).collect());
    }
    let mut ids = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let id = match loaded.find(part) {
            Ok(g) => g.id.clone(),
            Err(_) if recorded.iter().any(|r| r == part) => part.to_string(),
            Err(e) => return Err(e),
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(Error::Usage(
            "--guidelines names no guideline; write `all`, numbers (`1,3,7`) or ids".into(),
        ));
    }
    // Collection order, so the round file reads like the publication.
    ids.sort_by_key(|id| loaded.guidelines.iter().position(|g| &g.id == id));
    Ok(ids)
}

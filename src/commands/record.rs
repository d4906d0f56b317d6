//! What every recording command shares: reading the review records, dates
//! from the command line, binding a fact to the committed text, and writing
//! one fact as new files plus one commit with trailers (or staged files with
//! `--no-commit`), leaving nothing behind when anything fails.
//!
//! A recording is made before or after, never between: the commit is built
//! in the object database, the branch moved by a compare-and-swap, and only
//! then are the working tree and the index brought up to it. The next
//! recording command repairs what a killed one left (a working tree or
//! index behind `HEAD`, temporary files, git lock files it had taken).

use std::time::Duration;

use indexmap::IndexMap;

use crate::fluent_args;
use crate::i18n::Catalogue;
use crate::model::rules::{self, Dated, Folder, RoundFacts};
use crate::model::{Content, Event, PartialDate, RoundRecord, Verdict, Workflow};
use crate::repo::{CommitInfo, Repo};
use crate::snapshot::Snapshot;
use crate::store::{self, Loaded, LockEvent, Reviews};
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
            return Err(Error::NoCommits {
                consequence: crate::i18n::Wording::new("no-commits-bind"),
            });
        }
        if let Some((operation, finish)) = repo.operation_in_progress() {
            return Err(Error::InProgress { operation, finish });
        }
        let lock = take_lock(ctx, &repo)?;
        repair(ctx, &repo)?;
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

/// The recording lock of `repo`.
fn lock_path(repo: &Repo) -> std::path::PathBuf {
    repo.git_dir().join("riktlinjer.lock")
}

/// Take the recording lock, waiting for a live holder (`--wait`) and taking
/// over from a dead one, whose leftover git lock files are removed.
fn take_lock(ctx: &super::Ctx, repo: &Repo) -> Result<store::Lock> {
    let cat = ctx.catalogue();
    let path = lock_path(repo);
    let mut leftovers = Vec::new();
    let lock = store::Lock::acquire(&path, Duration::from_secs(ctx.wait()), &mut |event| match event {
        LockEvent::Waiting(holder) => ctx.note(&cat.get(
            "record-waiting",
            Some(&fluent_args![
                "holder" => holder.map_or_else(|| cat.text("record-another-command"), |h| h.describe_in(cat)),
                "seconds" => ctx.wait(),
            ]),
        )),
        LockEvent::TookOver(holder) => {
            ctx.note(&cat.get(
                "record-took-over",
                Some(&fluent_args!["holder" => holder.describe_in(cat)]),
            ));
            leftovers = holder.pending;
        }
    })?;
    for leftover in leftovers {
        // Only git's own files: in a linked worktree the temporary packs
        // are in the shared folder.
        let inside = leftover.starts_with(repo.git_dir()) || leftover.starts_with(repo.common_dir());
        if inside && leftover.exists() {
            std::fs::remove_file(&leftover).map_err(|e| Error::io("remove", &leftover, e))?;
            ctx.note(&cat.get(
                "record-removed-leftover",
                Some(&fluent_args!["path" => leftover.display().to_string()]),
            ));
        }
    }
    Ok(lock)
}

/// Repair what an interrupted recording left under `reviews/`: the
/// atomic writer's temporary files of processes no longer running, and
/// files `HEAD` has that the working tree or the index lacks (restored from
/// `HEAD`, the committed record). A file whose copy differs from `HEAD`'s
/// is not touched: the command refuses, naming the command that restores it.
fn repair(ctx: &super::Ctx, repo: &Repo) -> Result<()> {
    let cat = ctx.catalogue();
    let reviews = repo.root().join(store::reviews::REVIEWS_DIR);
    let mut stale = Vec::new();
    stale_temp_files(&reviews, &mut stale);
    for path in &stale {
        std::fs::remove_file(path).map_err(|e| Error::io("remove", path, e))?;
    }
    if !stale.is_empty() {
        ctx.note(&cat.get(
            "record-removed-temporary",
            Some(&fluent_args![
                "count" => stale.len(),
                "paths" => shown_paths(
                    cat,
                    stale
                        .iter()
                        .map(|p| p.strip_prefix(repo.root()).unwrap_or(p).display().to_string())
                ),
            ]),
        ));
    }
    let behind = repo.behind_head(store::reviews::REVIEWS_DIR)?;
    if behind.is_empty() {
        return Ok(());
    }
    if behind.iter().any(|b| !b.safe_to_restore()) {
        return Err(Error::BehindHead {
            paths: behind.into_iter().map(|b| b.path).collect(),
        });
    }
    let mut entries = Vec::new();
    for b in &behind {
        if b.in_worktree.is_none() {
            store::write_replaceable(&repo.root().join(&b.path), &repo.read_blob(&b.head_blob)?)?;
        }
        entries.push((b.path.as_str(), b.head_blob.as_str()));
    }
    set_index(repo, &entries)?;
    ctx.note(&cat.get(
        "record-repaired",
        Some(&fluent_args![
            "count" => behind.len(),
            "paths" => shown_paths(cat, behind.iter().map(|b| b.path.clone())),
        ]),
    ));
    Ok(())
}

/// Temporary files of the atomic writer below `dir` whose process is gone.
fn stale_temp_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            stale_temp_files(&entry.path(), out);
        } else if let Some(pid) = entry.file_name().to_str().and_then(store::temp_file_owner)
            && pid != std::process::id()
            && !store::process_alive(pid)
        {
            out.push(entry.path());
        }
    }
}

/// At most five paths, then how many more.
fn shown_paths(cat: &Catalogue, paths: impl ExactSizeIterator<Item = String>) -> String {
    let n = paths.len();
    let mut shown: Vec<String> = paths.take(5).collect();
    if n > 5 {
        shown.push(cat.get("record-and-more", Some(&fluent_args!["count" => n - 5])));
    }
    shown.join(", ")
}

/// Set the index entries of `entries`, noting the index lock in the
/// recording lock's journal while it is held.
fn set_index(repo: &Repo, entries: &[(&str, &str)]) -> Result<()> {
    let lock = lock_path(repo);
    let index_lock = repo.index_lock_path();
    store::Lock::taking(&lock, &index_lock);
    let result = repo.set_index_entries(entries);
    store::Lock::released(&lock, &index_lock);
    result
}

/// Parse a date option: `YYYY-MM-DD` or the Finnish and Swedish
/// `D.M.YYYY`, or `YYYY-MM` / `YYYY` when only the month or year is known.
pub(crate) fn date_option(option: &str, value: &str) -> Result<PartialDate> {
    PartialDate::parse_lenient(value).map_err(|reason| Error::BadDate {
        option: option.to_string(),
        reason,
    })
}

/// Parse a `--date`-like value; facts cannot lie in the future.
pub(crate) fn past_date(option: &str, value: &str) -> Result<PartialDate> {
    let date = date_option(option, value)?;
    let today = clock::today();
    if date.is_after(today) {
        return Err(Error::FutureDate {
            option: option.to_string(),
            date: date.to_string(),
            today: today.to_string(),
        });
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

/// The refusal of `what` for `violations` (none: no refusal), in `cat`'s
/// language.
pub(crate) fn refuse(cat: &Catalogue, what: &str, violations: &[rules::Violation]) -> Result<()> {
    if violations.is_empty() {
        return Ok(());
    }
    Err(Error::refused(cat.get(
        "record-refused",
        Some(&fluent_args!["what" => what, "rule" => rules::describe_in(violations, cat)]),
    )))
}

/// The violations that the event `stem` would bring to the round: the same
/// rules `check` and `audit` apply.
pub(crate) fn new_event_violations(
    workflow: &Workflow,
    round: &RoundRecord,
    stem: &str,
    event: &Event,
) -> Vec<rules::Violation> {
    rules::check_new(&facts(round, Some((stem, event)), None), workflow, Folder::Events, stem)
}

/// What the event `stem` of `round` is called in a refusal.
pub(crate) fn event_named(cat: &Catalogue, round: &RoundRecord, stem: &str) -> String {
    cat.get(
        "record-what-event",
        Some(&fluent_args!["stem" => stem, "round" => &round.id]),
    )
}

/// Refuse the event `stem` when the round with it would break the model's
/// rules — the same rules `check` and `audit` apply.
pub(crate) fn check_new_event(
    cat: &Catalogue,
    workflow: &Workflow,
    round: &RoundRecord,
    stem: &str,
    event: &Event,
) -> Result<()> {
    refuse(
        cat,
        &event_named(cat, round, stem),
        &new_event_violations(workflow, round, stem, event),
    )
}

/// Refuse the verdict `stem` when it would break the model's rules.
pub(crate) fn check_new_verdict(
    cat: &Catalogue,
    workflow: &Workflow,
    round: &RoundRecord,
    stem: &str,
    verdict: &Verdict,
) -> Result<()> {
    let violations = rules::check_new(
        &facts(round, None, Some((stem, verdict))),
        workflow,
        Folder::Verdicts,
        stem,
    );
    refuse(
        cat,
        &cat.get(
            "record-what-verdict",
            Some(&fluent_args!["stem" => stem, "round" => &round.id]),
        ),
        &violations,
    )
}

/// Refuse to bind a fact to text that is not committed.
pub(crate) fn require_committed_text(repo: &Repo, what: &str) -> Result<()> {
    let dirty = repo.uncommitted(store::GUIDELINES_DIR)?;
    if dirty.is_empty() {
        return Ok(());
    }
    let shown: Vec<&str> = dirty.iter().take(5).map(String::as_str).collect();
    Err(Error::Uncommitted {
        what: what.to_string(),
        paths: shown.iter().map(|s| s.to_string()).collect(),
        more: dirty.len().saturating_sub(5),
    })
}

/// The committed text at `HEAD`: the commit, the tree of `guidelines/` and
/// the blob of each guideline in `scope`.
pub(crate) fn bind_content(cat: &Catalogue, repo: &Repo, scope: &[String]) -> Result<Content> {
    let head = repo.head()?.ok_or_else(|| Error::NoCommits {
        consequence: crate::i18n::Wording::new("record-no-text-to-bind"),
    })?;
    let guidelines_tree = repo.entry_id(&head.tree, store::GUIDELINES_DIR)?.ok_or_else(|| {
        Error::refused(cat.text("record-no-guidelines-folder")).hinted(cat.text("record-no-guidelines-folder-hint"))
    })?;
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

/// Record the fact: commit its files (none may exist: records are
/// append-only) in one commit on `HEAD`, then write them into the working
/// tree and the index; or, with `no_commit`, write and stage them. Once the
/// commit exists the fact is recorded: a later failure is a warning that
/// says what to run, not an error, worded from `cat`.
pub(crate) fn record(cat: &Catalogue, repo: &Repo, fact: &Fact, no_commit: bool) -> Result<Option<CommitInfo>> {
    refuse_forbidden_characters(cat, fact)?;
    let root = repo.root();
    let in_head = committed_already(repo, fact)?;
    for (path, _) in &fact.files {
        if root.join(path).exists() || in_head.contains(path.as_str()) {
            return Err(
                Error::refused(cat.get("record-file-exists", Some(&fluent_args!["path" => path.as_str()])))
                    .hinted(cat.text("record-file-exists-hint")),
            );
        }
    }
    if no_commit {
        return stage(repo, fact).map(|()| None);
    }
    let mut progress = crate::progress::Progress::new(cat.text("progress-recording"), cat.text("progress-files"));
    let total = fact.files.len() * 2;
    let files: Vec<(&str, &[u8])> = fact.files.iter().map(|(p, c)| (p.as_str(), c.as_bytes())).collect();
    let target = repo.head_ref()?;
    let lock = lock_path(repo);
    let temp_files = repo.pack_temp_files();
    for path in &temp_files {
        store::Lock::taking(&lock, path);
    }
    let (id, blobs) = repo.write_commit(target.old.as_deref(), &files, &fact.message(), &mut |done, _| {
        progress.set(done, total)
    })?;
    for path in &temp_files {
        store::Lock::released(&lock, path);
    }
    let commit = repo.commit_by_id(&id)?;
    let ref_lock = repo.ref_lock_path(&target.name);
    store::Lock::taking(&lock, &ref_lock);
    let moved = repo.move_ref(&target, &id, &format!("commit: {}", commit.summary));
    store::Lock::released(&lock, &ref_lock);
    moved?;
    // The fact is recorded; what follows only brings the copies up to it.
    if let Err(e) = check_out(repo, &files, &blobs, &mut |done| {
        progress.set(files.len() + done, total)
    }) {
        for line in unfinished_lines(cat, &commit, fact, &e) {
            super::eprint_line(&line);
        }
    }
    progress.finish();
    Ok(Some(commit))
}

/// The fact's files that `HEAD` has already, each folder's tree read once
/// (an import into a round of many statements stays linear).
fn committed_already<'f>(repo: &Repo, fact: &'f Fact) -> Result<std::collections::HashSet<&'f str>> {
    let mut found = std::collections::HashSet::new();
    let Some(head) = repo.head()? else {
        return Ok(found);
    };
    let mut by_folder: IndexMap<&str, Vec<&'f str>> = IndexMap::new();
    for (path, _) in &fact.files {
        let folder = path.rsplit_once('/').map_or("", |(d, _)| d);
        by_folder.entry(folder).or_default().push(path.as_str());
    }
    for (folder, paths) in by_folder {
        let tree = if folder.is_empty() {
            Some(head.tree.clone())
        } else {
            repo.entry_id(&head.tree, folder)?
        };
        let Some(tree) = tree else { continue };
        let names: Vec<String> = paths
            .iter()
            .map(|p| p.rsplit_once('/').map_or(*p, |(_, n)| n).to_string())
            .collect();
        for (path, id) in paths.iter().zip(repo.file_ids(&tree, &names, "")?) {
            if id.is_some() {
                found.insert(*path);
            }
        }
    }
    Ok(found)
}

/// Write the committed `files` (with their `blobs`) into the working tree
/// and the index.
fn check_out(repo: &Repo, files: &[(&str, &[u8])], blobs: &[String], progress: &mut dyn FnMut(usize)) -> Result<()> {
    // Many files (an import) are written by a thread per core: most of
    // the time of each is the file system's, not this process's.
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let chunk = if files.len() < 1024 {
        files.len().max(1)
    } else {
        files.len().div_ceil(threads)
    };
    let done = std::sync::atomic::AtomicUsize::new(0);
    let root = repo.root();
    std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .skip(1)
            .map(|part| scope.spawn(|| write_files(root, part, &done)))
            .collect();
        let mine = files.chunks(chunk).next().map_or(Ok(()), |part| {
            for piece in part.chunks(512) {
                write_files(root, piece, &done)?;
                progress(done.load(std::sync::atomic::Ordering::Relaxed));
            }
            // Report progress while the other threads finish.
            while workers.iter().any(|w| !w.is_finished()) {
                progress(done.load(std::sync::atomic::Ordering::Relaxed));
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Ok(())
        });
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .fold(mine, Result::and)
    })?;
    progress(files.len());
    let entries: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, _)| *p)
        .zip(blobs.iter().map(String::as_str))
        .collect();
    set_index(repo, &entries)
}

fn write_files(root: &std::path::Path, files: &[(&str, &[u8])], done: &std::sync::atomic::AtomicUsize) -> Result<()> {
    for (path, content) in files {
        store::write_replaceable(&root.join(path), content)?;
        done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    Ok(())
}

/// The warning that `commit` recorded the fact but the working tree or
/// index could not be brought up to it, and the hint of what repairs it.
fn unfinished_lines(cat: &Catalogue, commit: &CommitInfo, fact: &Fact, error: &Error) -> [String; 2] {
    let mut folders: Vec<&str> = fact
        .files
        .iter()
        .map(|(p, _)| p.rsplit_once('/').map_or(p.as_str(), |(d, _)| d))
        .collect();
    folders.dedup();
    let paths: Vec<String> = if fact.files.len() <= 5 {
        fact.files.iter().map(|(p, _)| shell_quote(p)).collect()
    } else {
        folders.iter().map(|d| shell_quote(d)).collect()
    };
    let error = error.message_in(cat);
    let warning = cat.get(
        "record-unfinished",
        Some(&fluent_args!("commit" => commit.short_id(), "error" => error)),
    );
    let hint = cat.get(
        "record-unfinished-hint",
        Some(&fluent_args!("paths" => paths.join(" "))),
    );
    [
        format!("{} {warning}", cat.text("warning-prefix")),
        format!("{} {hint}", cat.text("error-hint")),
    ]
}

/// `--no-commit`: write the fact's files and stage them; on any failure,
/// remove and unstage them again.
fn stage(repo: &Repo, fact: &Fact) -> Result<()> {
    let root = repo.root();
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
    repo.stage(&written).inspect_err(|_| cleanup(&written))
}

/// Refuse a fact whose texts hold a character that `check` would reject in
/// the record (a control character from a pasted text or a spreadsheet
/// cell): a committed record is never rewritten, so it must not be written.
fn refuse_forbidden_characters(cat: &Catalogue, fact: &Fact) -> Result<()> {
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
            return Err(Error::user_with_hint(
                cat.get(
                    "record-forbidden-character",
                    Some(&fluent_args![
                        "text" => format!("{before}{after}"),
                        "character" => crate::model::text::named(c).in_catalogue(cat),
                    ]),
                ),
                cat.text("record-forbidden-character-hint"),
            ));
        }
    }
    Ok(())
}

/// The line every recording command ends with. Files staged with
/// `--no-commit` come with the `git commit` command that gives them the
/// trailers the audit looks for.
pub(crate) fn recorded_line(cat: &Catalogue, commit: Option<&CommitInfo>, fact: &Fact) -> String {
    let names: Vec<&str> = fact.files.iter().map(|(p, _)| p.as_str()).collect();
    match commit {
        Some(c) => cat.get(
            "record-committed",
            Some(&fluent_args!["commit" => c.short_id(), "files" => names.join(", ")]),
        ),
        None => staged_line(cat, &names.join(", "), fact),
    }
}

/// What a recording with `--no-commit` prints: what is staged (`files`),
/// and the `git commit` that commits it as the tool would have.
pub(crate) fn staged_line(cat: &Catalogue, files: &str, fact: &Fact) -> String {
    cat.get(
        "record-staged",
        Some(&fluent_args!["files" => files, "command" => fact.commit_command()]),
    )
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
pub(crate) fn resolve_guidelines(
    cat: &Catalogue,
    loaded: &Loaded,
    spec: &str,
    recorded: &[String],
) -> Result<Vec<String>> {
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
        return Err(Error::user_with_hint(
            cat.text("record-no-guidelines"),
            cat.text("record-no-guidelines-hint"),
        ));
    }
    // Collection order, so the round file reads like the publication.
    ids.sort_by_key(|id| loaded.guidelines.iter().position(|g| &g.id == id));
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unfinished_warning_is_in_the_terminals_language() {
        let commit = CommitInfo {
            id: "0123456789abcdef".into(),
            tree: String::new(),
            author: String::new(),
            author_email: String::new(),
            time: chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00+00:00").unwrap(),
            summary: String::new(),
            message: String::new(),
            parents: Vec::new(),
        };
        let fact = Fact {
            round: "2026-1".into(),
            stage: "treatment".into(),
            events: Vec::new(),
            summary: String::new(),
            details: Vec::new(),
            files: vec![("reviews/2026-1/events/01-treatment.toml".into(), String::new())],
        };
        let error = Error::refused("disk full");
        let [warning, hint] = unfinished_lines(Catalogue::of("sv"), &commit, &fact, &error);
        assert_eq!(
            warning,
            "varning: uppgiften är registrerad (version 0123456), men arbetskatalogen eller indexet kunde inte bringas i fas med den: disk full"
        );
        assert!(
            hint.starts_with("tips: kör `git checkout HEAD -- 'reviews/2026-1/events/01-treatment.toml'`"),
            "{hint}"
        );
        let [warning, _] = unfinished_lines(Catalogue::english(), &commit, &fact, &error);
        assert!(
            warning.starts_with("warning: the fact is recorded (commit 0123456)"),
            "{warning}"
        );
    }
}

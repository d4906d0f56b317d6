//! `riktlinjer audit`: proves the approval trail from the [`HistoryIndex`].
//!
//! What holds when the audit passes:
//! - every event file, once committed, was never modified or deleted;
//! - the events of each round follow the workflow's stage order;
//! - every recorded content binding names a commit in the history of
//!   `HEAD`, and the tree and blob ids it records are those of that commit;
//! - the text in force of every guideline is the text of its last approval
//!   (renumbering alone is noted, not failed);
//! - every statement of a closed comment round has an answer;
//! - the objects the audit reads (the review records and the guideline
//!   files in force) hash to their ids.
//!
//! The bulk walk compares ids without re-hashing the objects it reads; the
//! proof of content rests on the last check above, which re-hashes exactly
//! the objects whose content the audit relies on.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::currency::CommitRef;
use super::records::{ContentBinding, Record, RecordPath};
use super::{ChangeKind, HistoryIndex, RecordVersion};
use crate::Result;
use crate::repo::Repo;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// An event file was changed after it was committed.
    EventModified,
    /// An event file was deleted.
    EventDeleted,
    /// A review record could not be read in some commit.
    UnreadableRecord,
    /// An event goes back, skips a stage, names an unknown stage, or comes
    /// after the round was closed.
    StageOrder,
    /// A binding names a commit that is not in the history of `HEAD`.
    HistoryRewritten,
    /// A binding's tree or blob ids are not those of the commit it names.
    BindingMismatch,
    /// The text in force differs from the text of the last approval.
    TextNotApproved,
    /// A statement of a closed comment round has no answer.
    StatementUnanswered,
    /// An object does not hash to its id.
    ObjectCorrupt,
}

/// One thing that does not hold.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// What kind of problem.
    pub kind: FindingKind,
    /// The file concerned.
    pub file: String,
    /// The commit at fault (or that recorded the fact concerned).
    pub commit: Option<CommitRef>,
    /// The round concerned.
    pub round: Option<String>,
    /// The guideline concerned.
    pub guideline: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it.
    pub action: String,
    /// The commits involved (for a text not approved: each change since the approval).
    pub commits: Vec<CommitRef>,
}

/// How much was checked.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Checked {
    /// Rounds.
    pub rounds: usize,
    /// Event files.
    pub events: usize,
    /// Content bindings (events, statements, verdicts).
    pub bindings: usize,
    /// Guidelines compared with their last approval.
    pub approved_guidelines: usize,
    /// Guidelines with no approval recorded.
    pub never_approved: usize,
    /// Statements.
    pub statements: usize,
    /// Objects re-hashed.
    pub objects_verified: usize,
}

/// The audit's result.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    /// Whether everything holds.
    pub ok: bool,
    /// The commit audited.
    pub head: Option<String>,
    /// How much was checked.
    pub checked: Checked,
    /// Everything that does not hold, by kind then file.
    pub findings: Vec<Finding>,
    /// Facts worth knowing that are not failures.
    pub notes: Vec<String>,
}

fn commit_ref(index: &HistoryIndex, n: usize) -> CommitRef {
    let c = index.commit(n);
    CommitRef {
        id: c.id.clone(),
        date: c.time,
        author: c.author.clone(),
        summary: c.summary.clone(),
    }
}

fn short(id: &str) -> &str {
    &id[..id.len().min(7)]
}

/// Run every check.
pub fn audit(repo: &Repo, index: &HistoryIndex) -> Result<AuditReport> {
    audit_parallel_from(repo, index, PARALLEL_FROM)
}

/// [`audit`], reading and re-hashing objects on two threads when there are
/// at least `parallel_from` of a kind to read (and two cores).
pub fn audit_parallel_from(repo: &Repo, index: &HistoryIndex, parallel_from: usize) -> Result<AuditReport> {
    let mut findings = Vec::new();
    let mut notes = Vec::new();
    let mut checked = Checked {
        rounds: index.rounds.len(),
        ..Checked::default()
    };
    let Some(upto) = index.commits.len().checked_sub(1) else {
        return Ok(AuditReport {
            ok: true,
            head: index.head.clone(),
            checked,
            findings,
            notes: vec!["no commit has changed guidelines/ or reviews/ yet: there is nothing to audit".into()],
        });
    };
    if let Some(shallow) = &index.shallow {
        notes.push(shallow.explanation.clone());
    }

    append_only(index, &mut findings, &mut checked);
    for p in &index.problems {
        let n = index.position(&p.commit);
        findings.push(Finding {
            kind: FindingKind::UnreadableRecord,
            file: p.path.clone(),
            commit: n.map(|n| commit_ref(index, n)),
            round: RecordPath::classify(&p.path).and_then(|r| r.round().map(str::to_string)),
            guideline: None,
            message: format!(
                "as committed in {}, this record does not parse ({}), so what it records cannot be verified",
                short(&p.commit),
                p.message
            ),
            action: "if a later commit repaired it, the repair is itself a change to a recorded fact: record the correct fact as a new file instead".into(),
            commits: Vec::new(),
        });
    }
    stage_order(index, &mut findings, &mut notes);
    bindings(repo, index, &mut findings, &mut notes, &mut checked, parallel_from)?;
    approved_text(repo, index, upto, &mut findings, &mut notes, &mut checked)?;
    statements_answered(index, &mut findings, &mut checked);

    // Re-hash what the audit read: the records and the guidelines in force.
    let mut objects: BTreeSet<&str> = index.records.iter().map(|v| v.blob.as_str()).collect();
    for changes in index.guidelines.values() {
        if let Some(b) = changes.last().and_then(|c| c.new_blob.as_deref()) {
            objects.insert(b);
        }
    }
    checked.objects_verified = objects.len();
    for bad in unverifiable(repo, &objects.into_iter().collect::<Vec<_>>(), parallel_from)? {
        findings.push(Finding {
            kind: FindingKind::ObjectCorrupt,
            file: format!(".git/objects ({bad})"),
            commit: None,
            round: None,
            guideline: None,
            message: format!(
                "object {bad} does not hash to its id: the repository's object database is damaged or was tampered with"
            ),
            action: "restore the repository from a trusted clone (`git fsck` shows the damage)".into(),
            commits: Vec::new(),
        });
    }

    findings.sort_by(|a, b| (a.kind, &a.file).cmp(&(b.kind, &b.file)));
    Ok(AuditReport {
        ok: findings.is_empty(),
        head: index.head.clone(),
        checked,
        findings,
        notes,
    })
}

/// Event files never change once committed.
fn append_only(index: &HistoryIndex, findings: &mut Vec<Finding>, checked: &mut Checked) {
    for (path, changes) in &index.review_files {
        if !matches!(RecordPath::classify(path), Some(RecordPath::Event { .. })) {
            continue;
        }
        checked.events += 1;
        let round = RecordPath::classify(path).and_then(|r| r.round().map(str::to_string));
        for (i, c) in changes.iter().enumerate() {
            let (kind, message, action) = match c.kind {
                ChangeKind::Added if i == 0 => continue,
                ChangeKind::Added => (
                    FindingKind::EventModified,
                    "this event file was added again after it had been deleted".to_string(),
                    "events are append-only: restore the original file from history and record any correction as a new event".to_string(),
                ),
                ChangeKind::Modified => (
                    FindingKind::EventModified,
                    "this event file was changed after it was recorded; a recorded fact must never change".to_string(),
                    format!(
                        "revert the change (`git revert {}`) and record any correction as a new event",
                        short(&index.commit(c.commit).id)
                    ),
                ),
                ChangeKind::Removed => (
                    FindingKind::EventDeleted,
                    "this event file was deleted after it was recorded; a recorded fact must never disappear".to_string(),
                    format!(
                        "restore it (`git checkout {}~1 -- {path}` and commit)",
                        short(&index.commit(c.commit).id)
                    ),
                ),
            };
            findings.push(Finding {
                kind,
                file: path.clone(),
                commit: Some(commit_ref(index, c.commit)),
                round: round.clone(),
                guideline: None,
                message,
                action,
                commits: Vec::new(),
            });
        }
    }
}

/// The events of each round follow the workflow's order.
fn stage_order(index: &HistoryIndex, findings: &mut Vec<Finding>, notes: &mut Vec<String>) {
    let mut unchecked = Vec::new();
    for span in index.rounds.values() {
        let mut current: Option<usize> = None;
        let mut closed = false;
        for e in &span.events {
            let Some(workflow) = index.workflow_at(e.commit).filter(|w| !w.stages.is_empty()) else {
                unchecked.push(span.id.clone());
                break;
            };
            let file = format!("reviews/{}/events/{}.toml", span.id, e.stem);
            let mut report = |message: String| {
                findings.push(Finding {
                    kind: FindingKind::StageOrder,
                    file: file.clone(),
                    commit: Some(commit_ref(index, e.commit)),
                    round: Some(span.id.clone()),
                    guideline: None,
                    message,
                    action: "an event out of order cannot be undone: record what really happened as a new event, and explain it in its note".into(),
                    commits: Vec::new(),
                });
            };
            if closed {
                report(format!("an event was recorded after round {} was closed", span.id));
            }
            // A currency check has one stage of its own: entered, then closed.
            if span.kind == "currency-check" {
                let stage = &workflow.currency_check.id;
                if e.stage != *stage {
                    report(format!(
                        "a currency-check round's events carry the stage `{stage}` ([currency_check] in reviews/workflow.toml), not `{}`",
                        e.stage
                    ));
                } else if e.action == "enter" && current.is_some() {
                    report(format!("stage `{stage}` is entered twice"));
                } else if e.action == "approve" {
                    report("a currency check records verdicts, not an approval".into());
                }
                current = Some(0);
                closed |= e.action == "close";
                continue;
            }
            let Some(pos) = workflow.position(&e.stage) else {
                report(format!(
                    "the stage `{}` is not in reviews/workflow.toml (stages: {})",
                    e.stage,
                    workflow
                        .stages
                        .iter()
                        .map(|s| s.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                continue;
            };
            match e.action.as_str() {
                "close" => closed = true,
                action => {
                    if action == "approve" && workflow.kind_of(&e.stage) != Some("approval") {
                        report(format!(
                            "an approval was recorded in stage `{}`, which is not an approval stage",
                            e.stage
                        ));
                    }
                    let expected_next = current.map_or(0, |c| c + 1);
                    match current {
                        Some(c) if pos < c => report(format!(
                            "the round goes back from stage `{}` to `{}`",
                            workflow.stages[c].id, e.stage
                        )),
                        // An approval may be recorded in the stage just entered.
                        Some(c) if pos == c && action == "enter" => {
                            report(format!("stage `{}` is entered twice", e.stage))
                        }
                        _ if pos > expected_next => report(format!(
                            "the round skips {} before `{}`",
                            workflow.stages[expected_next..pos]
                                .iter()
                                .map(|s| format!("`{}`", s.id))
                                .collect::<Vec<_>>()
                                .join(", "),
                            e.stage
                        )),
                        _ => {}
                    }
                    current = Some(current.map_or(pos, |c| c.max(pos)));
                }
            }
        }
    }
    if !unchecked.is_empty() {
        notes.push(format!(
            "reviews/workflow.toml defines no stages, so the order of the events of {} was not checked",
            unchecked.join(", ")
        ));
    }
}

/// Every content binding names a commit of `HEAD`'s history and that
/// commit's tree and blob ids.
fn bindings(
    repo: &Repo,
    index: &HistoryIndex,
    findings: &mut Vec<Finding>,
    notes: &mut Vec<String>,
    checked: &mut Checked,
    parallel_from: usize,
) -> Result<()> {
    let mut beyond_cutoff: Vec<String> = Vec::new();
    let bound: Vec<(&RecordVersion, &ContentBinding)> = index
        .records
        .iter()
        .filter(|v| v.kind == ChangeKind::Added)
        .filter_map(|v| {
            let binding = match &v.record {
                Some(Record::Event(e)) => e.content.as_ref(),
                Some(Record::Statement(s)) => s.content.as_ref(),
                Some(Record::Verdict(d)) => d.content.as_ref(),
                _ => None,
            };
            binding.map(|b| (v, b))
        })
        .collect();
    // What each binding names in the commit it is bound to, looked up first
    // (on two threads: re-hashing the trees read is most of the work).
    let jobs: Vec<Lookup> = bound
        .iter()
        .filter_map(|(_, b)| {
            let commit = b.commit.as_ref().filter(|c| index.in_history(c))?;
            Some(Lookup {
                commit: commit.clone(),
                names: b.blobs.keys().map(|id| format!("{id}.toml")).collect(),
            })
        })
        .collect();
    let mut found = look_up(repo, &jobs, parallel_from)?.into_iter();
    for (v, b) in bound {
        checked.bindings += 1;
        let finding = |kind, message: String, action: &str| Finding {
            kind,
            file: v.path.clone(),
            commit: Some(commit_ref(index, v.commit)),
            round: v.what.round().map(str::to_string),
            guideline: None,
            message,
            action: action.to_string(),
            commits: Vec::new(),
        };
        let Some(commit) = &b.commit else {
            // Without a commit, the recorded tree must at least have existed before.
            if let Some(tree) = &b.guidelines_tree
                && !index.commits[..=v.commit]
                    .iter()
                    .any(|c| c.guidelines_tree.as_ref() == Some(tree))
            {
                findings.push(finding(
                    FindingKind::BindingMismatch,
                    format!(
                        "the recorded guidelines tree {} never existed before this record was made",
                        short(tree)
                    ),
                    "record the fact again bound to the committed text",
                ));
            }
            continue;
        };
        if !index.in_history(commit) && index.shallow.is_some() {
            // Beyond a shallow clone's cut-off, a missing commit proves nothing.
            beyond_cutoff.push(v.path.clone());
            continue;
        }
        if !index.in_history(commit) {
            findings.push(finding(
                FindingKind::HistoryRewritten,
                format!(
                    "this record is bound to commit {}, which is no longer in the history of HEAD: history was rewritten (rebased, amended or reset) after it was recorded",
                    short(commit)
                ),
                "find the original history (`git reflog`) and restore it; if the rewrite must stay, record the fact again bound to the current text",
            ));
            continue;
        }
        let (actual_tree, blobs) = found.next().expect("one lookup per binding in history");
        if let Some(tree) = &b.guidelines_tree {
            let actual = actual_tree.as_deref();
            if actual != Some(tree.as_str()) {
                findings.push(finding(
                    FindingKind::BindingMismatch,
                    format!(
                        "the recorded guidelines tree {} is not that of commit {} ({})",
                        short(tree),
                        short(commit),
                        actual.map(short).unwrap_or("no guidelines/ folder")
                    ),
                    "the record does not describe the text it claims: find out how it was made, and record the fact again bound to the committed text",
                ));
            }
        }
        for ((id, blob), actual) in b.blobs.iter().zip(&blobs) {
            let actual = actual.as_deref();
            if actual != Some(blob.as_str()) {
                let mut f = finding(
                    FindingKind::BindingMismatch,
                    format!(
                        "the recorded text of `{id}` ({}) is not its text at commit {} ({})",
                        short(blob),
                        short(commit),
                        actual.map(short).unwrap_or("absent")
                    ),
                    "the record does not describe the text it claims: find out how it was made, and record the fact again bound to the committed text",
                );
                f.guideline = Some(id.clone());
                findings.push(f);
            }
        }
    }
    if !beyond_cutoff.is_empty() {
        notes.push(format!(
            "{} bound to commits before the shallow clone's cut-off, which this clone does not have, so {} not checked: {}",
            match beyond_cutoff.len() {
                1 => "1 record is".to_string(),
                n => format!("{n} records are"),
            },
            if beyond_cutoff.len() == 1 { "it was" } else { "they were" },
            beyond_cutoff.join(", ")
        ));
    }
    Ok(())
}

/// The objects among `ids` that do not hash to their id, in order; on two
/// threads when there are many.
fn unverifiable(repo: &Repo, ids: &[&str], parallel_from: usize) -> Result<Vec<String>> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if ids.len() < parallel_from.max(2) || cores < 2 {
        return repo.unverifiable_objects(ids.iter().copied());
    }
    let (first, second) = ids.split_at(ids.len() / 2);
    let other = repo.reopen()?;
    std::thread::scope(|scope| {
        let helper = scope.spawn(move || other.unverifiable_objects(second.iter().copied()));
        let mut bad = repo.unverifiable_objects(first.iter().copied())?;
        bad.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?);
        Ok(bad)
    })
}

/// What to look up for one binding: the files `names` of `guidelines/` at `commit`.
struct Lookup {
    commit: String,
    names: Vec<String>,
}

/// The tree id of `guidelines/` at a commit, and the blob id of each name asked for.
type Found = (Option<String>, Vec<Option<String>>);

/// Below this many objects to read one thread does the work sooner than two.
pub const PARALLEL_FROM: usize = 200;

/// Every lookup, in order: on two threads when there are many (each with
/// its own repository handle; hash verification is process-wide, so both
/// re-hash what they read).
fn look_up(repo: &Repo, jobs: &[Lookup], parallel_from: usize) -> Result<Vec<Found>> {
    fn each(repo: &Repo, jobs: &[Lookup]) -> Result<Vec<Found>> {
        // Only the tree ids per commit are kept: a listing of a thousand
        // files per bound commit would take hundreds of MB.
        let mut trees: BTreeMap<&str, Option<String>> = BTreeMap::new();
        let mut tree_ids: Vec<Option<String>> = Vec::with_capacity(jobs.len());
        for job in jobs {
            if !trees.contains_key(job.commit.as_str()) {
                let root = repo.resolve(&job.commit)?.tree;
                trees.insert(&job.commit, repo.entry_id(&root, "guidelines")?);
            }
            tree_ids.push(trees[job.commit.as_str()].clone());
        }
        let mut out = Vec::with_capacity(jobs.len());
        // Records made one after another without a change of text (the
        // verdicts of a currency check) are bound to the same tree: read
        // and re-hash it once for all of them.
        let mut i = 0;
        while i < jobs.len() {
            let tree = &tree_ids[i];
            let end = i + tree_ids[i..].iter().take_while(|t| *t == tree).count();
            let names: Vec<String> = jobs[i..end].iter().flat_map(|j| j.names.iter().cloned()).collect();
            let mut found = match tree {
                Some(t) => repo.file_ids(t, &names)?,
                None => vec![None; names.len()],
            }
            .into_iter();
            for job in &jobs[i..end] {
                out.push((tree.clone(), found.by_ref().take(job.names.len()).collect()));
            }
            i = end;
        }
        Ok(out)
    }
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if jobs.len() < parallel_from.max(2) || cores < 2 {
        return each(repo, jobs);
    }
    let (first, second) = jobs.split_at(jobs.len() / 2);
    let other = repo.reopen()?;
    std::thread::scope(|scope| {
        let helper = scope.spawn(move || each(&other, second));
        let mut out = each(repo, first)?;
        out.extend(helper.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?);
        Ok(out)
    })
}

/// The text in force of every guideline is the text of its last approval.
fn approved_text(
    repo: &Repo,
    index: &HistoryIndex,
    upto: usize,
    findings: &mut Vec<Finding>,
    notes: &mut Vec<String>,
    checked: &mut Checked,
) -> Result<()> {
    let approvals = index.approvals(upto);
    let mut renumbered = Vec::new();
    for (id, changes) in &index.guidelines {
        let Some(last) = changes.last() else { continue };
        let Some(current) = last.new_blob.as_deref() else {
            continue;
        };
        let Some(approval) = approvals.iter().rev().find(|a| a.scope.contains(&id.as_str())) else {
            checked.never_approved += 1;
            continue;
        };
        checked.approved_guidelines += 1;
        let binding = approval.event.content.as_ref();
        let start = binding
            .and_then(|b| b.commit.as_deref())
            .and_then(|c| index.position(c))
            .filter(|&p| p <= approval.version.commit)
            .unwrap_or(approval.version.commit);
        // The approved text: the bound blob, else the text when the approval was recorded.
        let approved = binding.and_then(|b| b.blobs.get(id)).cloned().or_else(|| {
            changes
                .iter()
                .rev()
                .find(|c| c.commit <= start)
                .and_then(|c| c.new_blob.clone())
        });
        if approved.as_deref() == Some(current) {
            continue;
        }
        let since: Vec<CommitRef> = changes
            .iter()
            .filter(|c| c.commit > start)
            .map(|c| commit_ref(index, c.commit))
            .collect();
        if let Some(a) = &approved
            && super::currency::only_number_differs(&repo.read_blob(a)?, &repo.read_blob(current)?)
        {
            renumbered.push(id.clone());
            continue;
        }
        let who: BTreeSet<&str> = since.iter().map(|c| c.author.as_str()).collect();
        findings.push(Finding {
            kind: FindingKind::TextNotApproved,
            file: format!("guidelines/{id}.toml"),
            commit: since.last().cloned(),
            round: Some(approval.round.to_string()),
            guideline: Some(id.clone()),
            message: format!(
                "the text in force differs from the text approved in round {} ({}): {} not approved, by {}",
                approval.round,
                approval.event.date.map(|d| d.to_string()).unwrap_or_else(|| index
                    .commit(approval.version.commit)
                    .time
                    .format("%Y-%m-%d")
                    .to_string()),
                match since.len() {
                    1 => "1 change".to_string(),
                    n => format!("{n} changes"),
                },
                who.into_iter().collect::<Vec<_>>().join(", ")
            ),
            action: "have the change approved in a revision round, or restore the approved text".into(),
            commits: since,
        });
    }
    if !renumbered.is_empty() {
        notes.push(format!(
            "{} changed only in number since {} approval (renumbering): {}",
            match renumbered.len() {
                1 => "1 guideline".to_string(),
                n => format!("{n} guidelines"),
            },
            if renumbered.len() == 1 { "its" } else { "their" },
            renumbered.join(", ")
        ));
    }
    if checked.never_approved > 0 {
        notes.push(format!(
            "{} no recorded approval, so there is no approved text to compare with",
            match checked.never_approved {
                1 => "1 guideline has".to_string(),
                n => format!("{n} guidelines have"),
            }
        ));
    }
    Ok(())
}

/// Every statement of a closed comment round has an answer.
fn statements_answered(index: &HistoryIndex, findings: &mut Vec<Finding>, checked: &mut Checked) {
    let exists = |path: &str| {
        index
            .review_files
            .get(path)
            .and_then(|c| c.last())
            .is_some_and(|c| c.kind != ChangeKind::Removed)
    };
    let statements: Vec<&RecordVersion> = index
        .records
        .iter()
        .filter(|v| v.kind == ChangeKind::Added && matches!(v.what, RecordPath::Statement { .. }) && exists(&v.path))
        .collect();
    checked.statements = statements.len();
    for v in statements {
        let RecordPath::Statement { round, code } = &v.what else {
            continue;
        };
        let Some(span) = index.rounds.get(round) else { continue };
        let workflow = index.workflow_at(usize::MAX);
        let comment_pos = span
            .events
            .iter()
            .filter_map(|e| {
                let kind = workflow.and_then(|w| w.kind_of(&e.stage));
                (kind == Some("comment-round") || e.stage == "comment-round")
                    .then(|| workflow.and_then(|w| w.position(&e.stage)))
                    .flatten()
            })
            .max();
        let closed = span.events.iter().any(|e| {
            e.action == "close"
                || comment_pos.is_some_and(|c| workflow.and_then(|w| w.position(&e.stage)).is_some_and(|p| p > c))
        });
        if !closed || exists(&format!("reviews/{round}/answers/{code}.toml")) {
            continue;
        }
        findings.push(Finding {
            kind: FindingKind::StatementUnanswered,
            file: v.path.clone(),
            commit: Some(commit_ref(index, v.commit)),
            round: Some(round.clone()),
            guideline: None,
            message: format!("statement {round}/{code} has no answer, but its comment round has closed"),
            action: format!(
                "answer it: `riktlinjer comment answer {round} {round}/{code} accepted|partly|rejected|noted --reply …`"
            ),
            commits: Vec::new(),
        });
    }
}

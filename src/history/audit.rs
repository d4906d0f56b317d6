//! `riktlinjer audit`: proves the approval trail from the [`HistoryIndex`].
//! Its contract, the seven invariants, is stated in `docs/history.md`:
//!
//! 1. the text in force (`HEAD`'s own tree) is the approved text;
//! 2. what an approval covered stays covered (the collection file, and the
//!    stages of `reviews/workflow.toml` that recorded events use);
//! 3. every record file is append-only, along every parent of every merge;
//! 4. records obey the workflow's rules ([`crate::model::rules`]);
//! 5. bindings name objects that exist and match;
//! 6. the audit saw all it needed (not a shallow clone);
//! 7. every record was committed by the tool, by the person it names.
//!
//! The bulk walk compares ids without re-hashing the objects it reads; the
//! proof of content rests on the last step, which re-hashes exactly the
//! objects whose content the audit relies on.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::currency::CommitRef;
use super::{ChangeKind, HistoryIndex, Record, RecordPath, RecordVersion, Standing};
use crate::Result;
use crate::i18n::Wording;
use crate::model::rules::{self, Dated, Folder, RoundFacts, RuleKind};
use crate::model::{Content, EventAction, RoundKind, StageKind, Workflow};
use crate::repo::Repo;

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// The history the audit read is incomplete (a shallow clone, or a
    /// `.git/shallow` that hides commits the repository has).
    IncompleteHistory,
    /// An event file was changed after it was committed.
    EventModified,
    /// An event file was deleted.
    EventDeleted,
    /// Another record file (round, statement, answer, verdict, withdrawal)
    /// was changed after it was committed.
    RecordModified,
    /// Another record file was deleted.
    RecordDeleted,
    /// A review record could not be read in some commit.
    UnreadableRecord,
    /// An event goes back, skips or repeats a stage, names an unknown stage,
    /// is a second approval, or comes after the round ended.
    StageOrder,
    /// A record's date is before what it must follow, or after it was recorded.
    DateOrder,
    /// A correction names no earlier event of its stage.
    InvalidCorrection,
    /// `reviews/workflow.toml` changed a stage that recorded events use.
    WorkflowChanged,
    /// A binding names a commit that is not in the history of `HEAD`.
    HistoryRewritten,
    /// A binding's ids are malformed, or name objects that do not exist.
    BindingInvalid,
    /// A binding's tree or blob ids are not those of the commit it names.
    BindingMismatch,
    /// The text in force differs from the text of the last approval.
    TextNotApproved,
    /// An approved guideline is missing from `HEAD` without a withdrawal.
    ApprovedGuidelineMissing,
    /// The collection file changed since the last approval.
    CollectionNotApproved,
    /// A statement of a closed comment round has no answer.
    StatementUnanswered,
    /// A record was committed without the tool's trailers, or by someone
    /// other than the person it names.
    RecordUnattributed,
    /// An event that must be signed (`audit --require-signatures`, or
    /// `require_signatures = true` on its stage) has no signature.
    SignatureMissing,
    /// An event's signature does not hold: not an SSH signature, another
    /// namespace, not this file, or a key `reviews/allowed_signers` did not
    /// allow (for the stage's principal, at the time it was recorded).
    SignatureInvalid,
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
    /// What to do about it: a command that works in this state.
    pub action: String,
    /// The commits involved (for a text not approved: each change since the approval).
    pub commits: Vec<CommitRef>,
    /// `message` as data, to be worded in the operator's language (JSON
    /// keeps the English `message`).
    #[serde(skip)]
    pub message_words: Wording,
    /// `action` as data, likewise.
    #[serde(skip)]
    pub action_words: Wording,
}

/// How much was checked.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Checked {
    /// Rounds.
    pub rounds: usize,
    /// Event files.
    pub events: usize,
    /// Record files of every kind (events included).
    pub records: usize,
    /// Content bindings (events, statements, verdicts, round bases).
    pub bindings: usize,
    /// Guidelines compared with their last approval.
    pub approved_guidelines: usize,
    /// Guidelines with no approval recorded.
    pub never_approved: usize,
    /// Guidelines withdrawn by their last decision.
    pub withdrawn: usize,
    /// Statements.
    pub statements: usize,
    /// Objects re-hashed.
    pub objects_verified: usize,
    /// Event signatures verified against `reviews/allowed_signers`.
    pub signatures: usize,
}

/// What the audit is asked to require beyond its seven invariants.
#[derive(Debug, Clone, Copy, Default)]
pub struct AuditOptions {
    /// Every treatment and approval event must be signed (as if each such
    /// stage had `require_signatures = true`).
    pub require_signatures: bool,
}

/// The audit's result.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    /// Whether everything holds (and the audit saw all it needed).
    pub ok: bool,
    /// Whether the audit saw the whole history (false on a shallow clone).
    pub complete: bool,
    /// The commit audited.
    pub head: Option<String>,
    /// How much was checked.
    pub checked: Checked,
    /// Everything that does not hold, by kind then file.
    pub findings: Vec<Finding>,
    /// Facts worth knowing that are not failures.
    pub notes: Vec<String>,
    /// `notes` as data, to be worded in the operator's language.
    #[serde(skip)]
    pub note_words: Vec<Wording>,
}

impl AuditReport {
    /// The exit code: 0 all holds, 1 something does not, 3 nothing was
    /// found but the audit could not see the whole history.
    pub fn exit_code(&self) -> u8 {
        if self.findings.iter().any(|f| f.kind != FindingKind::IncompleteHistory) {
            1
        } else if !self.complete {
            3
        } else {
            0
        }
    }
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

/// The first 7 characters of an id (the whole string when shorter).
fn short(id: &str) -> &str {
    id.get(..7).unwrap_or(id)
}

/// Whether `id` is a full hexadecimal object id.
fn is_object_id(id: &str) -> bool {
    id.len() == 40 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

struct Audit<'a> {
    repo: &'a Repo,
    index: &'a HistoryIndex,
    findings: Vec<Finding>,
    notes: Vec<Wording>,
    checked: Checked,
}

impl Audit<'_> {
    /// A finding whose message and action are catalogue messages.
    fn worded(
        &mut self,
        kind: FindingKind,
        file: &str,
        commit: Option<usize>,
        message: Wording,
        action: Wording,
    ) -> &mut Finding {
        let round = RecordPath::classify(file).and_then(|r| r.round().map(str::to_string));
        self.findings.push(Finding {
            kind,
            file: file.to_string(),
            commit: commit.map(|n| commit_ref(self.index, n)),
            round,
            guideline: None,
            message: message.english(),
            action: action.english(),
            commits: Vec::new(),
            message_words: message,
            action_words: action,
        });
        self.findings.last_mut().expect("just pushed")
    }

    /// A note as a catalogue message.
    fn note(&mut self, note: Wording) {
        self.notes.push(note);
    }

    /// The line of `key = …` in the record file `path` as first committed
    /// (1 when not found), for `file:line` in findings.
    fn line_of(&self, version: &RecordVersion, key: &str) -> usize {
        let Ok(bytes) = self.repo.read_blob(&version.blob) else {
            return 1;
        };
        let text = String::from_utf8_lossy(&bytes);
        text.lines()
            .position(|l| {
                let l = l.trim_start();
                l.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with('='))
            })
            .map_or(1, |i| i + 1)
    }
}

/// Run every check.
pub fn audit(repo: &Repo, index: &HistoryIndex) -> Result<AuditReport> {
    audit_with(repo, index, AuditOptions::default(), PARALLEL_FROM)
}

/// [`audit`], reading and re-hashing objects on two threads when there are
/// at least `parallel_from` of a kind to read (and two cores).
pub fn audit_parallel_from(repo: &Repo, index: &HistoryIndex, parallel_from: usize) -> Result<AuditReport> {
    audit_with(repo, index, AuditOptions::default(), parallel_from)
}

/// [`audit`] with `options`.
pub fn audit_with(
    repo: &Repo,
    index: &HistoryIndex,
    options: AuditOptions,
    parallel_from: usize,
) -> Result<AuditReport> {
    let mut a = Audit {
        repo,
        index,
        findings: Vec::new(),
        notes: Vec::new(),
        checked: Checked {
            rounds: index.rounds.len(),
            ..Checked::default()
        },
    };
    let (complete, cut_off) = completeness(&mut a);
    let Some(upto) = index.commits.len().checked_sub(1) else {
        a.note(Wording::new("audit-note-nothing"));
        return Ok(finish(a, complete));
    };
    let first = first_versions(index);
    append_only(&mut a);
    unreadable(&mut a);
    round_rules(&mut a, &first);
    workflow_kept(&mut a);
    bindings(&mut a, &first, cut_off, parallel_from)?;
    attribution(&mut a, &first);
    let signature_objects = signatures(&mut a, &first, options.require_signatures)?;
    approved_text(&mut a, upto);
    statements_answered(&mut a);

    // Re-hash what the audit read: the records and the guidelines in force.
    let mut objects: BTreeSet<&str> = index.records.iter().map(|v| v.blob.as_str()).collect();
    objects.extend(signature_objects.iter().map(String::as_str));
    for (path, blob) in &index.head_files {
        if path.starts_with("guidelines/") {
            objects.insert(blob);
        }
    }
    a.checked.objects_verified = objects.len();
    for bad in unverifiable(repo, &objects.into_iter().collect::<Vec<_>>(), parallel_from)? {
        a.worded(
            FindingKind::ObjectCorrupt,
            &format!(".git/objects ({bad})"),
            None,
            Wording::new("audit-message-object-corrupt").arg("object", &bad),
            Wording::new("audit-action-object-corrupt"),
        );
    }
    Ok(finish(a, complete))
}

fn finish(mut a: Audit<'_>, complete: bool) -> AuditReport {
    a.findings
        .sort_by(|x, y| (x.kind, &x.file, &x.message).cmp(&(y.kind, &y.file, &y.message)));
    a.findings
        .dedup_by(|x, y| x.kind == y.kind && x.file == y.file && x.message == y.message);
    let ok = complete && a.findings.is_empty();
    AuditReport {
        ok,
        complete,
        head: a.index.head.clone(),
        checked: a.checked,
        findings: a.findings,
        notes: a.notes.iter().map(Wording::english).collect(),
        note_words: a.notes,
    }
}

/// Invariant 6: what `.git/shallow` hides. A listed commit whose parents
/// are missing is a real cut-off; one whose parents the repository has
/// hides history from the walk (the file was edited or left behind); a
/// listed commit without parents hides nothing. Returns whether the audit
/// saw everything, and whether bindings may name commits beyond a cut-off.
fn completeness(a: &mut Audit<'_>) -> (bool, bool) {
    let Some(shallow) = &a.index.shallow else {
        return (true, false);
    };
    a.note(Wording::new("history-shallow"));
    let mut cut = Vec::new();
    let mut hiding = Vec::new();
    for c in &shallow.boundary {
        match a.repo.raw_parents(c) {
            Ok(ps) if ps.is_empty() => {}
            Ok(ps) if ps.iter().all(|p| a.repo.has_object(p)) => hiding.push(short(c).to_string()),
            _ => cut.push(short(c).to_string()),
        }
    }
    if !hiding.is_empty() {
        a.worded(
            FindingKind::IncompleteHistory,
            ".git/shallow",
            None,
            Wording::new("audit-message-shallow-hiding")
                .count("count", hiding.len())
                .arg("commits", hiding.join(", ")),
            Wording::new("audit-action-shallow-hiding"),
        );
    }
    if !cut.is_empty() {
        a.worded(
            FindingKind::IncompleteHistory,
            ".git/shallow",
            None,
            Wording::new("audit-message-shallow-cut").arg("commits", cut.join(", ")),
            Wording::new("audit-action-shallow-cut"),
        );
    }
    if hiding.is_empty() && cut.is_empty() {
        a.note(Wording::new("audit-note-shallow-harmless"));
    }
    // Hidden commits are as unseen as missing ones: bindings to them prove nothing.
    (
        hiding.is_empty() && cut.is_empty(),
        !cut.is_empty() || !hiding.is_empty(),
    )
}

/// The first committed version of every record file under a round folder.
fn first_versions(index: &HistoryIndex) -> BTreeMap<&str, &RecordVersion> {
    let mut first: BTreeMap<&str, &RecordVersion> = BTreeMap::new();
    for v in &index.records {
        if v.kind == ChangeKind::Added && v.what.is_fact() {
            first.entry(v.path.as_str()).or_insert(v);
        }
    }
    first
}

/// Whether a path under `reviews/` is a fact of a round (or the deviation
/// register): every file in a round's folder, whatever its name.
fn is_fact_file(path: &str) -> bool {
    path.strip_prefix("reviews/").is_some_and(|rest| rest.contains('/'))
}

/// Invariant 3: every record file, once committed in any commit reachable
/// from `HEAD`, stands in `HEAD` as first committed. The culprits are the
/// commits (first-parent changes and merges) that changed or dropped it.
fn append_only(a: &mut Audit<'_>) {
    let index = a.index;
    // The first blob of every fact file and the commit that added it.
    let mut original: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for (path, changes) in &index.review_files {
        if is_fact_file(path)
            && let Some(c) = changes.iter().find(|c| c.kind == ChangeKind::Added)
            && let Some(b) = c.new_blob.as_deref()
        {
            original.insert(path, (b, c.commit));
        }
    }
    for loss in &index.merge_losses {
        if is_fact_file(&loss.path) {
            original
                .entry(loss.path.as_str())
                .or_insert((loss.old_blob.as_str(), loss.commit));
        }
    }
    a.checked.records = original.len();
    a.checked.events = original
        .keys()
        .filter(|p| matches!(RecordPath::classify(p), Some(RecordPath::Event { .. })))
        .count();
    for (path, (blob, added_in)) in original {
        let now = index.head_files.get(path).map(String::as_str);
        let is_event = matches!(RecordPath::classify(path), Some(RecordPath::Event { .. }));
        // Who changed it: every later first-parent change, then the merges.
        let mut culprits: Vec<usize> = index
            .review_files
            .get(path)
            .into_iter()
            .flatten()
            .filter(|c| !(c.commit == added_in && c.kind == ChangeKind::Added))
            .map(|c| c.commit)
            .collect();
        culprits.extend(index.merge_losses.iter().filter(|m| m.path == path).map(|m| m.commit));
        culprits.sort_unstable();
        culprits.dedup();
        if now == Some(blob) {
            if !culprits.is_empty() {
                a.note(
                    Wording::new("audit-note-restored").arg("path", path).arg(
                        "commits",
                        culprits
                            .iter()
                            .map(|&n| index.commit(n).short_id().to_string())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                );
            }
            continue;
        }
        let culprit = culprits.last().copied();
        let action = Wording::new("audit-action-restore-record")
            .arg("commit", index.commit(added_in).short_id())
            .arg("path", path);
        let kind = match (now, is_event) {
            (None, true) => FindingKind::EventDeleted,
            (None, false) => FindingKind::RecordDeleted,
            (Some(_), true) => FindingKind::EventModified,
            (Some(_), false) => FindingKind::RecordModified,
        };
        let merge = culprit
            .filter(|&n| index.commit(n).parents.len() > 1)
            .map_or(String::new(), |n| index.commit(n).short_id().to_string());
        let message = Wording::new(match kind {
            FindingKind::EventDeleted => "audit-message-event-deleted",
            FindingKind::RecordDeleted => "audit-message-record-deleted",
            FindingKind::EventModified => "audit-message-event-modified",
            _ => "audit-message-record-modified",
        })
        .arg("merge", if merge.is_empty() { "none".to_string() } else { merge });
        let f = a.worded(kind, path, culprit, message, action);
        f.commits = culprits.iter().map(|&n| commit_ref(index, n)).collect();
    }
}

/// Records that did not parse as committed.
fn unreadable(a: &mut Audit<'_>) {
    let index = a.index;
    for p in &index.problems {
        let n = index.position(&p.commit);
        a.worded(
            FindingKind::UnreadableRecord,
            &p.path,
            n,
            Wording::new("audit-message-unreadable-record")
                .arg("commit", short(&p.commit))
                .words("reason", p.message()),
            Wording::new("audit-action-record-again"),
        );
    }
}

/// The workflow to judge a round by: the one in force when its last event was recorded.
fn workflow_for(index: &HistoryIndex, commit: usize) -> Option<&Workflow> {
    index.workflow_at(commit).or_else(|| index.workflow_at(usize::MAX))
}

/// Invariant 4: the model's rules, on the records as first committed, each
/// dated by the commit that recorded it.
fn round_rules(a: &mut Audit<'_>, first: &BTreeMap<&str, &RecordVersion>) {
    let index = a.index;
    let default = crate::store::reviews::default_workflow();
    for id in index.rounds.keys() {
        let Some(round_v) = first.get(format!("reviews/{id}/round.toml").as_str()) else {
            continue;
        };
        let Some(Record::Round(round)) = &round_v.record else {
            continue;
        };
        let day = |n: usize| index.commit(n).time.date_naive();
        let mut events = Vec::new();
        let mut verdicts = Vec::new();
        let mut statements = Vec::new();
        let mut last = round_v.commit;
        for v in first.values() {
            match (&v.what, &v.record) {
                (RecordPath::Event { round: r, stem }, Some(Record::Event(e))) if r == id => {
                    let seq: u32 = stem.split('-').next().and_then(|n| n.parse().ok()).unwrap_or(0);
                    events.push((
                        seq,
                        Dated {
                            stem: stem.as_str(),
                            record: e,
                            recorded_on: day(v.commit),
                        },
                    ));
                    last = last.max(v.commit);
                }
                (RecordPath::Verdict { round: r, .. }, Some(Record::Verdict(d))) if r == id => {
                    let stem = v
                        .path
                        .rsplit('/')
                        .next()
                        .and_then(|f| f.strip_suffix(".toml"))
                        .unwrap_or("");
                    verdicts.push(Dated {
                        stem,
                        record: d,
                        recorded_on: day(v.commit),
                    });
                }
                (RecordPath::Statement { round: r, code }, Some(Record::Statement(s))) if r == id => {
                    statements.push(Dated {
                        stem: code.strip_prefix("S-").unwrap_or(code),
                        record: s,
                        recorded_on: day(v.commit),
                    });
                }
                _ => {}
            }
        }
        events.sort_by(|x, y| (x.0, x.1.stem).cmp(&(y.0, y.1.stem)));
        // A verdict counts in its latest revision; a withdrawn statement not at all.
        let latest = |stem: &str| {
            let (base, n) = crate::store::records::split_revision(stem);
            !verdicts.iter().any(|v| {
                let (b, m) = crate::store::records::split_revision(v.stem);
                b == base && m > n
            })
        };
        let verdicts: Vec<_> = verdicts.iter().filter(|v| latest(v.stem)).cloned().collect();
        statements.retain(|s| !first.contains_key(format!("reviews/{id}/withdrawals/S-{}.toml", s.stem).as_str()));
        let facts = RoundFacts {
            id,
            round,
            events: events.into_iter().map(|(_, e)| e).collect(),
            verdicts,
            statements,
        };
        let workflow = workflow_for(index, last).unwrap_or(&default);
        for v in rules::check(&facts, workflow) {
            let file = match v.folder {
                Folder::Statements => format!("reviews/{id}/statements/S-{}.toml", v.stem),
                f => format!("reviews/{id}/{}/{}.toml", f.as_str(), v.stem),
            };
            let Some(version) = first.get(file.as_str()).copied() else {
                continue;
            };
            let line = a.line_of(version, v.key);
            let kind = match v.kind {
                RuleKind::StageOrder => FindingKind::StageOrder,
                RuleKind::DateOrder => FindingKind::DateOrder,
                RuleKind::Correction => FindingKind::InvalidCorrection,
            };
            let action = match v.kind {
                RuleKind::DateOrder if v.folder == Folder::Events => Wording::new("audit-action-rule-event-date")
                    .arg("round", id.as_str())
                    .arg("stem", v.stem.as_str()),
                RuleKind::DateOrder if v.folder == Folder::Verdicts => Wording::new("audit-action-rule-verdict-date")
                    .arg("round", id.as_str())
                    .arg("guideline", crate::store::records::split_revision(&v.stem).0),
                RuleKind::DateOrder => Wording::new("audit-action-rule-statement-date")
                    .arg("round", id.as_str())
                    .arg("stem", v.stem.as_str()),
                _ => Wording::new("audit-action-rule-order").arg("round", id.as_str()),
            };
            let message = Wording::new("audit-message-rule")
                .arg("place", format!("{file}:{line}"))
                .words("rule", v.words.clone());
            let f = a.worded(kind, &file, Some(version.commit), message, action);
            f.round = Some(id.clone());
        }
    }
}

/// Invariant 2b: a stage that recorded events use keeps its id, kind,
/// order and `requires_answers` in the workflow of `HEAD`.
fn workflow_kept(a: &mut Audit<'_>) {
    let index = a.index;
    let Some(now) = index.workflow_at(usize::MAX) else {
        return;
    };
    let changes = index.review_files.get(crate::store::reviews::WORKFLOW_PATH);
    let mut reported: BTreeSet<String> = BTreeSet::new();
    for (id, span) in &index.rounds {
        // The stages the round entered, in order, as the workflow of the time had them.
        let used: Vec<(&str, usize)> = span
            .events
            .iter()
            .filter(|e| e.action.enters_stage() || span.kind == Some(RoundKind::CurrencyCheck))
            .map(|e| (e.stage.as_str(), e.commit))
            .collect();
        let Some(&(_, last)) = used.last() else { continue };
        let Some(then) = index.workflow_at(last) else { continue };
        if std::ptr::eq(then, now) {
            continue;
        }
        let changed_by = changes
            .and_then(|c| c.iter().find(|c| c.commit > last))
            .map(|c| c.commit);
        let mut problems = Vec::new();
        if span.kind == Some(RoundKind::CurrencyCheck) {
            if then.currency_check.id != now.currency_check.id {
                problems.push((
                    then.currency_check.id.clone(),
                    Wording::new("audit-message-check-stage-renamed")
                        .arg("then", then.currency_check.id.as_str())
                        .arg("round", id.as_str())
                        .arg("now", now.currency_check.id.as_str()),
                ));
            }
        } else {
            let mut seen = Vec::new();
            for (stage, _) in &used {
                if seen.contains(stage) {
                    continue;
                }
                seen.push(stage);
                let (Some(t), n) = (then.stage(stage), now.stage(stage)) else {
                    continue;
                };
                match n {
                    None => problems.push((
                        stage.to_string(),
                        Wording::new("audit-message-stage-removed")
                            .arg("stage", *stage)
                            .arg("round", id.as_str()),
                    )),
                    Some(n) if n.kind != t.kind => problems.push((
                        stage.to_string(),
                        Wording::new("audit-message-stage-kind-changed")
                            .arg("stage", *stage)
                            .arg("round", id.as_str())
                            .arg("from", t.kind.to_string())
                            .arg("to", n.kind.to_string()),
                    )),
                    Some(n) if n.requires_answers != t.requires_answers => problems.push((
                        stage.to_string(),
                        Wording::new("audit-message-stage-answers-changed")
                            .arg("stage", *stage)
                            .arg("round", id.as_str())
                            .arg("value", n.requires_answers.to_string()),
                    )),
                    Some(_) => {}
                }
            }
            // Order: the distance between consecutive stages the round used.
            for pair in seen.windows(2) {
                let (x, y) = (pair[0], pair[1]);
                let gap = |w: &Workflow| Some(w.position(x)? as i64 - w.position(y)? as i64);
                if let (Some(g1), Some(g2)) = (gap(then), gap(now))
                    && g1 != g2
                {
                    problems.push((
                        y.to_string(),
                        Wording::new("audit-message-stage-order-changed")
                            .arg("first", x)
                            .arg("second", y)
                            .arg("round", id.as_str()),
                    ));
                }
            }
        }
        for (stage, message) in problems {
            if !reported.insert(format!("{id}/{stage}")) {
                continue;
            }
            let action = match changed_by {
                Some(n) => Wording::new("audit-action-workflow-changed").arg("commit", index.commit(n).short_id()),
                None => Wording::new("audit-action-workflow-changed-unknown"),
            };
            let f = a.worded(
                FindingKind::WorkflowChanged,
                crate::store::reviews::WORKFLOW_PATH,
                changed_by,
                message,
                action,
            );
            f.round = Some(id.clone());
        }
    }
}

/// One binding of a record, as the audit checks it.
struct Bound<'a> {
    version: &'a RecordVersion,
    /// The commit it names, the tree of `guidelines/` it names, and the blobs.
    commit: &'a str,
    tree: &'a str,
    blobs: Vec<(&'a str, &'a str)>,
    /// The keys of the record, for `file:line`.
    keys: (&'static str, &'static str),
}

/// Invariant 5: every content binding names objects that exist and are
/// those of the commit it names, a commit of `HEAD`'s history.
fn bindings(
    a: &mut Audit<'_>,
    first: &BTreeMap<&str, &RecordVersion>,
    cut_off: bool,
    parallel_from: usize,
) -> Result<()> {
    let index = a.index;
    let mut bound: Vec<Bound<'_>> = Vec::new();
    for v in first.values() {
        let content: Option<&Content> = match &v.record {
            Some(Record::Event(e)) => Some(&e.content),
            Some(Record::Statement(s)) => Some(&s.content),
            Some(Record::Verdict(d)) => Some(&d.content),
            Some(Record::Deviation(d)) => Some(&d.content),
            _ => None,
        };
        if let Some(c) = content {
            bound.push(Bound {
                version: v,
                commit: &c.commit,
                tree: &c.guidelines_tree,
                blobs: c.blobs.iter().map(|(k, b)| (k.as_str(), b.as_str())).collect(),
                keys: ("commit", "guidelines_tree"),
            });
        }
        if let Some(Record::Round(r)) = &v.record {
            bound.push(Bound {
                version: v,
                commit: &r.base_commit,
                tree: &r.base_tree,
                blobs: Vec::new(),
                keys: ("base_commit", "base_tree"),
            });
        }
    }
    let mut beyond_cutoff: Vec<String> = Vec::new();
    let mut jobs: Vec<Lookup> = Vec::new();
    let mut checkable: Vec<&Bound<'_>> = Vec::new();
    for b in &bound {
        a.checked.bindings += 1;
        let v = b.version;
        let malformed: Vec<String> = [(b.keys.0, b.commit), (b.keys.1, b.tree)]
            .into_iter()
            .chain(b.blobs.iter().copied())
            .filter(|(_, id)| !is_object_id(id))
            .map(|(k, id)| format!("`{k}` is `{id}`"))
            .collect();
        if !malformed.is_empty() {
            let line = a.line_of(v, if is_object_id(b.commit) { b.keys.1 } else { b.keys.0 });
            a.worded(
                FindingKind::BindingInvalid,
                &v.path,
                Some(v.commit),
                Wording::new("audit-message-binding-malformed")
                    .arg("place", format!("{}:{line}", v.path))
                    .arg("keys", malformed.join(", ")),
                Wording::new("audit-action-binding-malformed"),
            );
            continue;
        }
        if !index.in_history(b.commit) {
            if cut_off {
                beyond_cutoff.push(v.path.clone());
                continue;
            }
            let line = a.line_of(v, b.keys.0);
            a.worded(
                FindingKind::HistoryRewritten,
                &v.path,
                Some(v.commit),
                Wording::new("audit-message-history-rewritten")
                    .arg("place", format!("{}:{line}", v.path))
                    .arg("commit", short(b.commit)),
                Wording::new("audit-action-history-rewritten").arg("commit", short(b.commit)),
            );
            continue;
        }
        let names: Vec<&str> = b.blobs.iter().map(|(id, _)| *id).collect();
        jobs.push(Lookup {
            commit: b.commit.to_string(),
            names,
        });
        checkable.push(b);
    }
    let found = look_up(a.repo, &jobs, parallel_from)?;
    for (b, (actual_tree, blobs)) in checkable.into_iter().zip(found) {
        let v = b.version;
        let actual = actual_tree.as_deref();
        if actual != Some(b.tree) {
            let line = a.line_of(v, b.keys.1);
            a.worded(
                FindingKind::BindingMismatch,
                &v.path,
                Some(v.commit),
                match actual {
                    Some(t) => Wording::new("audit-message-tree-mismatch").arg("actual", short(t)),
                    None => Wording::new("audit-message-tree-mismatch-none"),
                }
                .arg("place", format!("{}:{line}", v.path))
                .arg("tree", short(b.tree))
                .arg("commit", short(b.commit)),
                Wording::new("audit-action-binding-mismatch"),
            );
        }
        for ((id, blob), actual) in b.blobs.iter().zip(&blobs) {
            let actual = actual.as_deref();
            if actual != Some(*blob) {
                let line = a.line_of(v, id);
                let f = a.worded(
                    FindingKind::BindingMismatch,
                    &v.path,
                    Some(v.commit),
                    match actual {
                        Some(t) => Wording::new("audit-message-blob-mismatch").arg("actual", short(t)),
                        None => Wording::new("audit-message-blob-mismatch-absent"),
                    }
                    .arg("place", format!("{}:{line}", v.path))
                    .arg("guideline", *id)
                    .arg("blob", short(blob))
                    .arg("commit", short(b.commit)),
                    Wording::new("audit-action-binding-mismatch"),
                );
                f.guideline = Some(id.to_string());
            }
        }
    }
    if !beyond_cutoff.is_empty() {
        a.note(
            Wording::new("audit-note-beyond-cutoff")
                .count("count", beyond_cutoff.len())
                .arg("records", beyond_cutoff.join(", ")),
        );
    }
    Ok(())
}

/// Invariant 7: every record was committed by the tool (its trailers name
/// the record's round) and by the person the record names.
fn attribution(a: &mut Audit<'_>, first: &BTreeMap<&str, &RecordVersion>) {
    let index = a.index;
    for v in first.values() {
        // The round, or `deviations` for the deviation register.
        let Some(round) = v.what.trail() else { continue };
        // A shallow clone's cut-off commit only inherited what it holds.
        if index.commit(v.commit).boundary {
            continue;
        }
        let recorded_by = match &v.record {
            Some(Record::Round(r)) => r.opened_by.as_str(),
            Some(Record::Event(e)) => e.recorded_by.as_str(),
            Some(Record::Statement(s)) => s.recorded_by.as_str(),
            Some(Record::Answer(x)) => x.recorded_by.as_str(),
            Some(Record::Verdict(d)) => d.recorded_by.as_str(),
            Some(Record::Withdrawal(w)) => w.recorded_by.as_str(),
            Some(Record::Deviation(d)) => d.recorded_by.as_str(),
            Some(Record::DeviationEnd(d)) => d.recorded_by.as_str(),
            _ => continue,
        };
        let c = index.commit(v.commit);
        let t = &c.trailers;
        let names_round = t.round.as_deref() == Some(round)
            || t.event
                .as_deref()
                .and_then(|e| e.split_once('/'))
                .is_some_and(|(r, _)| r == round);
        let author = format!("{} <{}>", c.author, c.email);
        let problem = if !names_round {
            Some(
                Wording::new("audit-message-no-trailers")
                    .arg("commit", c.short_id())
                    .arg("round", round),
            )
        } else if author != recorded_by {
            Some(
                Wording::new("audit-message-other-author")
                    .arg("recorded-by", recorded_by)
                    .arg("author", &author)
                    .arg("commit", c.short_id()),
            )
        } else {
            None
        };
        if let Some(message) = problem {
            a.worded(
                FindingKind::RecordUnattributed,
                &v.path,
                Some(v.commit),
                message,
                Wording::new("audit-action-unattributed").arg("commit", c.short_id()),
            );
        }
    }
}

/// Signed approvals: every event signature (`<event>.toml.sig`) holds for
/// the event file as first committed, in the tool's namespace, by a key that
/// `reviews/allowed_signers` allowed — as that file stood in the commit that
/// recorded the signature, and at that commit's time — for the stage's
/// `principal`; and every event that must be signed is. Returns the blobs
/// it relied on (signatures and signers files), to be re-hashed.
fn signatures(a: &mut Audit<'_>, first: &BTreeMap<&str, &RecordVersion>, require_all: bool) -> Result<Vec<String>> {
    use crate::signing::{self, NAMESPACE, SIGNERS_PATH};
    let index = a.index;
    let mut relied_on = Vec::new();
    for v in first.values() {
        let (RecordPath::Event { .. }, Some(Record::Event(e))) = (&v.what, &v.record) else {
            continue;
        };
        let stage = workflow_for(index, v.commit).and_then(|w| w.stage(&e.stage));
        let decides = matches!(e.action, EventAction::Enter | EventAction::Approve);
        let required = decides
            && stage.is_some_and(|s| {
                s.require_signatures || (require_all && matches!(s.kind, StageKind::Approval | StageKind::Treatment))
            });
        let principal = stage.and_then(|s| s.principal.as_deref());
        let who = principal.map_or_else(
            || Wording::new("audit-signer-any"),
            |p| Wording::new("audit-signer-principal").arg("principal", p),
        );
        let body = e
            .body
            .as_deref()
            .map_or_else(|| Wording::new("audit-the-body"), Wording::plain);
        let signed = match e.action {
            EventAction::Approve => "approve",
            _ => "enter",
        };
        let sig_path = signing::sig_path(&v.path);
        let Some(sig_blob) = index.head_files.get(&sig_path) else {
            if required {
                a.worded(
                    FindingKind::SignatureMissing,
                    &v.path,
                    Some(v.commit),
                    Wording::new("audit-message-signature-missing")
                        .arg("action", signed)
                        .arg("stage", e.stage.as_str())
                        .words("body", body.clone())
                        .arg("sig", sig_path.as_str())
                        .words("who", who.clone()),
                    Wording::new("audit-action-signature-missing")
                        .arg("namespace", NAMESPACE)
                        .arg("path", v.path.as_str())
                        .arg("sig", sig_path.as_str()),
                );
            }
            continue;
        };
        // When the signature was recorded: the commit that first added it.
        let signed_in = index
            .review_files
            .get(&sig_path)
            .and_then(|cs| cs.iter().find(|c| c.kind == ChangeKind::Added))
            .map_or(v.commit, |c| c.commit);
        let c = index.commit(signed_in);
        let signers_blob = match &c.reviews_tree {
            Some(tree) => a.repo.entry_id(tree, "allowed_signers")?,
            None => None,
        };
        let signers_text = match &signers_blob {
            Some(b) => String::from_utf8_lossy(&a.repo.read_blob(b)?).into_owned(),
            None => String::new(),
        };
        let (signers, _) = signing::parse_allowed_signers(&signers_text);
        let armored = a.repo.read_blob(sig_blob)?;
        let event_bytes = a.repo.read_blob(&v.blob)?;
        relied_on.push(sig_blob.clone());
        relied_on.extend(signers_blob.clone());
        a.checked.signatures += 1;
        if let Err(p) = signing::verify(&signers, principal, &armored, &event_bytes, c.time) {
            let no_signers = match signers_blob {
                None => Wording::new("audit-message-no-signers-file")
                    .arg("signers", SIGNERS_PATH)
                    .arg("commit", c.short_id()),
                Some(_) => Wording::plain(""),
            };
            a.worded(
                FindingKind::SignatureInvalid,
                &sig_path,
                Some(signed_in),
                Wording::new("audit-message-signature-invalid")
                    .words("problem", p.message)
                    .words("no_signers", no_signers)
                    .arg("action", signed)
                    .arg("stage", e.stage.as_str())
                    .words("body", body.clone())
                    .words("who", who.clone()),
                Wording::new("audit-action-signature-invalid")
                    .arg("namespace", NAMESPACE)
                    .arg("sig", sig_path.as_str())
                    .arg("path", v.path.as_str())
                    .arg("commit", c.short_id())
                    .arg("signers", SIGNERS_PATH)
                    .words("who", who.clone()),
            );
        }
    }
    Ok(relied_on)
}

/// Invariants 1 and 2a: `HEAD`'s own tree holds, under each id whose last
/// decision is an approval, exactly the approved blob; and the collection
/// file as the last approval bound it.
fn approved_text(a: &mut Audit<'_>, upto: usize) {
    let index = a.index;
    let standings = index.standings(upto);
    let head_blob = |id: &str| {
        index
            .head_files
            .get(&format!("guidelines/{id}.toml"))
            .map(String::as_str)
    };
    let mut renumbered = Vec::new();
    let mut never = 0;
    for (path, _) in index.head_files.iter().filter(|(p, _)| p.starts_with("guidelines/")) {
        if let Some(id) = super::guideline_id(path)
            && !standings.contains_key(id)
        {
            never += 1;
        }
    }
    a.checked.never_approved = never;
    for (id, standing) in &standings {
        let Standing::Approved { approval, blob } = standing else {
            a.checked.withdrawn += 1;
            continue;
        };
        a.checked.approved_guidelines += 1;
        let file = format!("guidelines/{id}.toml");
        let changes = index.guidelines.get(id.as_str());
        let start = index
            .position(&approval.event.content.commit)
            .filter(|&p| p <= approval.version.commit)
            .unwrap_or(approval.version.commit);
        let since: Vec<super::currency::CommitRef> = changes
            .into_iter()
            .flatten()
            .filter(|c| c.commit > start)
            .map(|c| commit_ref(index, c.commit))
            .collect();
        let round = approval.round;
        let when = approval.event.date.map(|d| d.to_string()).unwrap_or_else(|| {
            index
                .commit(approval.version.commit)
                .time
                .format("%Y-%m-%d")
                .to_string()
        });
        let approved_at = short(&approval.event.content.commit).to_string();
        match head_blob(id) {
            Some(now) if now == *blob => {}
            None => {
                let f = a.worded(
                    FindingKind::ApprovedGuidelineMissing,
                    &file,
                    since.last().map(|c| index.position(&c.id).unwrap_or(0)),
                    Wording::new("audit-message-approved-missing")
                        .arg("guideline", id)
                        .arg("round", round)
                        .arg("date", &when),
                    Wording::new("audit-action-approved-missing")
                        .arg("commit", &approved_at)
                        .arg("file", &file)
                        .arg("guideline", id),
                );
                f.guideline = Some(id.clone());
                f.round = Some(round.to_string());
                f.commits = since;
            }
            Some(now) => {
                let same_but_number = match (a.repo.read_blob(blob), a.repo.read_blob(now)) {
                    (Ok(x), Ok(y)) => super::currency::only_number_differs(&x, &y),
                    _ => false,
                };
                if same_but_number {
                    renumbered.push(id.clone());
                    continue;
                }
                let who: BTreeSet<&str> = since.iter().map(|c| c.author.as_str()).collect();
                let culprit = since.last().and_then(|c| index.position(&c.id));
                let message = Wording::new(if who.is_empty() {
                    "audit-message-text-not-approved-head"
                } else {
                    "audit-message-text-not-approved"
                })
                .arg("round", round)
                .arg("date", &when)
                .count("changes", since.len().max(1))
                .arg("authors", who.into_iter().collect::<Vec<_>>().join(", "));
                let f = a.worded(
                    FindingKind::TextNotApproved,
                    &file,
                    culprit,
                    message,
                    Wording::new("audit-action-text-not-approved")
                        .arg("guideline", id)
                        .arg("commit", &approved_at)
                        .arg("file", &file),
                );
                f.guideline = Some(id.clone());
                f.round = Some(round.to_string());
                f.commits = since;
            }
        }
    }
    if !renumbered.is_empty() {
        a.note(
            Wording::new("audit-note-renumbered")
                .count("count", renumbered.len())
                .arg("guidelines", renumbered.join(", ")),
        );
    }
    if never > 0 {
        a.note(Wording::new("audit-note-never-approved").count("count", never));
    }

    // The collection as the last approval bound it.
    let Some(last) = index.approvals(upto).into_iter().last() else {
        return;
    };
    let bound_commit = &last.event.content.commit;
    if !is_object_id(bound_commit) || !index.in_history(bound_commit) {
        return; // reported with the bindings
    }
    let approved = a
        .repo
        .resolve(bound_commit)
        .ok()
        .and_then(|c| a.repo.entry_id(&c.tree, crate::store::INDEX_PATH).ok().flatten());
    let now = index.head_files.get(crate::store::INDEX_PATH);
    if approved.as_ref() == now {
        return;
    }
    let start = index.position(bound_commit).unwrap_or(last.version.commit);
    let since: Vec<super::currency::CommitRef> = index
        .collection
        .iter()
        .filter(|c| c.commit > start)
        .map(|c| commit_ref(index, c.commit))
        .collect();
    let culprit = since.last().and_then(|c| index.position(&c.id));
    let f = a.worded(
        FindingKind::CollectionNotApproved,
        crate::store::INDEX_PATH,
        culprit,
        Wording::new("audit-message-collection-not-approved")
            .arg("round", last.round)
            .arg("commit", short(bound_commit))
            .count("changes", since.len().max(1)),
        Wording::new("audit-action-collection-not-approved")
            .arg("commit", short(bound_commit))
            .arg("file", crate::store::INDEX_PATH),
    );
    f.round = Some(last.round.to_string());
    f.commits = since;
}

/// Every statement of a closed comment round has an answer or a withdrawal
/// (as `HEAD` holds them).
fn statements_answered(a: &mut Audit<'_>) {
    let index = a.index;
    let workflow = index.workflow_at(usize::MAX);
    let exists = |path: &str| index.head_files.contains_key(path);
    let mut statements = 0;
    for path in index.head_files.keys() {
        let Some(RecordPath::Statement { round, code }) = RecordPath::classify(path) else {
            continue;
        };
        statements += 1;
        let Some(span) = index.rounds.get(&round) else { continue };
        if span.cancelled {
            continue;
        }
        let position = |stage: &str| workflow.and_then(|w| w.position(stage));
        let comment_pos = span
            .events
            .iter()
            .filter(|e| {
                workflow
                    .and_then(|w| w.stage(&e.stage))
                    .is_some_and(|s| s.kind == StageKind::CommentRound)
            })
            .filter_map(|e| position(&e.stage))
            .max();
        let closed = span.events.iter().any(|e| {
            e.action == EventAction::Close
                || (e.action.enters_stage() && comment_pos.is_some_and(|c| position(&e.stage).is_some_and(|p| p > c)))
        });
        let answered = exists(&format!("reviews/{round}/answers/{code}.toml"))
            || exists(&format!("reviews/{round}/withdrawals/{code}.toml"));
        if !closed || answered {
            continue;
        }
        let commit = index.review_files.get(path).and_then(|c| c.first()).map(|c| c.commit);
        let f = a.worded(
            FindingKind::StatementUnanswered,
            path,
            commit,
            Wording::new("audit-message-statement-unanswered")
                .arg("round", &round)
                .arg("code", &code),
            Wording::new("audit-action-statement-unanswered")
                .arg("round", &round)
                .arg("code", &code),
        );
        f.round = Some(round.clone());
    }
    a.checked.statements = statements;
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

/// What to look up for one binding: the files `<name>.toml` of
/// `guidelines/` at `commit` (the guideline ids, borrowed from the record).
struct Lookup<'a> {
    commit: String,
    names: Vec<&'a str>,
}

/// The tree id of `guidelines/` at a commit, and the blob id of each name
/// asked for (`None` where the commit or tree cannot be read).
type Found = (Option<String>, Vec<Option<String>>);

/// Below this many objects to read one thread does the work sooner than two.
pub const PARALLEL_FROM: usize = 200;

/// Every lookup, in order: on two threads when there are many (each with
/// its own repository handle; hash verification is process-wide, so both
/// re-hash what they read). An object that cannot be read gives `None`,
/// which the audit reports as a mismatch, never an abort.
fn look_up(repo: &Repo, jobs: &[Lookup<'_>], parallel_from: usize) -> Result<Vec<Found>> {
    fn each(repo: &Repo, jobs: &[Lookup<'_>]) -> Result<Vec<Found>> {
        // Only the tree ids per commit are kept: a listing of a thousand
        // files per bound commit would take hundreds of MB.
        let mut trees: BTreeMap<&str, Option<String>> = BTreeMap::new();
        let mut tree_ids: Vec<Option<String>> = Vec::with_capacity(jobs.len());
        for job in jobs {
            if !trees.contains_key(job.commit.as_str()) {
                let tree = repo
                    .resolve(&job.commit)
                    .ok()
                    .and_then(|c| repo.entry_id(&c.tree, "guidelines").ok().flatten());
                trees.insert(&job.commit, tree);
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
            let names: Vec<&str> = jobs[i..end].iter().flat_map(|j| j.names.iter().copied()).collect();
            let mut found = match tree {
                Some(t) => repo
                    .file_ids(t, &names, ".toml")
                    .unwrap_or_else(|_| vec![None; names.len()]),
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

//! Answers from history: ONE walk over the commits that touch `guidelines/`
//! and `reviews/`, collecting in a single pass per commit what every report
//! (`log`, `report currency`, `audit`, `report comments`, `changelog`) reads:
//! which guideline files changed and their blob ids, which review records
//! were added, modified or deleted (parsed), and each commit's author, time
//! and review trailers. The result, [`HistoryIndex`], is owned data; the
//! reports never go back to git for history, only for single blobs.

pub mod audit;
pub mod cache;
pub mod changelog;
pub mod comments;
pub mod currency;
pub mod log;
pub mod summary;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::Result;
use crate::model::{EventAction, Round, RoundKind, Verdict, Workflow};
use crate::repo::{CommitChanges, Repo};
pub use crate::store::records::{Record, RecordPath};

/// The folders the walk looks at.
pub const FOLDERS: [&str; 2] = ["guidelines", "reviews"];

/// What a commit did to a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// The file appeared.
    Added,
    /// The file's content changed.
    Modified,
    /// The file disappeared.
    Removed,
}

impl ChangeKind {
    fn of(old: &Option<String>, new: &Option<String>) -> ChangeKind {
        match (old, new) {
            (None, _) => ChangeKind::Added,
            (_, None) => ChangeKind::Removed,
            _ => ChangeKind::Modified,
        }
    }

    /// `added`, `modified`, `removed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Modified => "modified",
            ChangeKind::Removed => "removed",
        }
    }
}

/// The review trailers of a commit message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Trailers {
    /// `Review-Round:`
    pub round: Option<String>,
    /// `Review-Stage:`
    pub stage: Option<String>,
    /// `Review-Event:` (`<round-id>/<file stem>`).
    pub event: Option<String>,
    /// Every `Addresses:` citation (`<round-id>/S-<code>`), in order.
    pub addresses: Vec<String>,
}

impl Trailers {
    /// Read the trailers of a commit message: the `Key: value` lines of its
    /// last paragraph (the way `git interpret-trailers --parse` reads them;
    /// several `Addresses:` values may also be comma-separated).
    pub fn parse(message: &str) -> Trailers {
        let mut t = Trailers::default();
        let trimmed = message.trim_end();
        // The subject alone has no trailers: they live in the last of at
        // least two paragraphs.
        let Some((_, last)) = trimmed.rsplit_once("\n\n") else {
            return t;
        };
        for line in last.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            if value.is_empty() || key.is_empty() || key.contains(char::is_whitespace) {
                continue;
            }
            match key.to_ascii_lowercase().as_str() {
                "review-round" => t.round = Some(value.to_string()),
                "review-stage" => t.stage = Some(value.to_string()),
                "review-event" => t.event = Some(value.to_string()),
                "addresses" => t.addresses.extend(
                    value
                        .split([',', ' '])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string),
                ),
                _ => {}
            }
        }
        t
    }

    /// Whether the commit carries any review trailer.
    pub fn is_empty(&self) -> bool {
        self.round.is_none() && self.stage.is_none() && self.event.is_none() && self.addresses.is_empty()
    }
}

/// A commit that changed something under `guidelines/` or `reviews/`.
#[derive(Debug, Clone, Serialize)]
pub struct HistCommit {
    /// Full id.
    pub id: String,
    /// Author name.
    pub author: String,
    /// Author email.
    pub email: String,
    /// Author time.
    pub time: DateTime<FixedOffset>,
    /// First line of the message.
    pub summary: String,
    /// Parent ids.
    pub parents: Vec<String>,
    /// Tree id of `guidelines/` in this commit.
    pub guidelines_tree: Option<String>,
    /// Tree id of `reviews/` in this commit.
    pub reviews_tree: Option<String>,
    /// The review trailers of its message.
    pub trailers: Trailers,
    /// On the boundary of a shallow clone: its "added" files were inherited
    /// from commits this clone does not have.
    pub boundary: bool,
}

impl HistCommit {
    /// The abbreviated id.
    pub fn short_id(&self) -> &str {
        &self.id[..self.id.len().min(7)]
    }
}

/// One change of one guideline file (`guidelines/<id>.toml`).
#[derive(Debug, Clone, Serialize)]
pub struct GuidelineChange {
    /// Index into [`HistoryIndex::commits`].
    pub commit: usize,
    /// Added, modified or removed.
    pub kind: ChangeKind,
    /// Blob id before.
    pub old_blob: Option<String>,
    /// Blob id after.
    pub new_blob: Option<String>,
    /// For an addition: the id of a guideline removed in the same commit
    /// with the same content (the file was renamed).
    pub renamed_from: Option<String>,
    /// For a removal: the id the file was renamed to.
    pub renamed_to: Option<String>,
}

/// One change of any other file (the collection, a review record).
#[derive(Debug, Clone, Serialize)]
pub struct FileChange {
    /// Index into [`HistoryIndex::commits`].
    pub commit: usize,
    /// Added, modified or removed.
    pub kind: ChangeKind,
    /// Blob id before.
    pub old_blob: Option<String>,
    /// Blob id after.
    pub new_blob: Option<String>,
}

/// A version of a review record as some commit wrote it.
#[derive(Debug, Clone, Serialize)]
pub struct RecordVersion {
    /// Path of the file.
    pub path: String,
    /// What the path says the file is.
    pub what: RecordPath,
    /// Index into [`HistoryIndex::commits`] of the commit that wrote it.
    pub commit: usize,
    /// Whether the commit added the file (or changed it).
    pub kind: ChangeKind,
    /// Blob id.
    pub blob: String,
    /// The parsed record, or `None` when it did not parse (see problems).
    pub record: Option<Record>,
}

/// Something in history the walk could not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryProblem {
    /// The file.
    pub path: String,
    /// The commit that wrote the unreadable version.
    pub commit: String,
    /// The 1-based line of the problem in that version.
    pub line: usize,
    /// The 1-based column.
    pub col: usize,
    /// What is wrong, as the file's reader words it (JSON: in English).
    #[serde(serialize_with = "crate::store::english_words")]
    pub reason: crate::i18n::Wording,
}

impl HistoryProblem {
    /// What is wrong and where in the file (`line 3, column 5: …`), worded
    /// in the operator's language when shown.
    pub fn message(&self) -> crate::i18n::Wording {
        crate::i18n::Wording::new("history-problem-at")
            .arg("line", self.line.to_string())
            .arg("col", self.col.to_string())
            .words("reason", self.reason.clone())
    }
}

/// Why a shallow clone's answers cannot all be exact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shallow {
    /// The commits at which history is cut off.
    pub boundary: Vec<String>,
    /// What this means for the answers.
    pub explanation: String,
}

/// Everything the reports need from history, collected in one walk.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HistoryIndex {
    /// `HEAD` when the walk ran.
    pub head: Option<String>,
    /// How many commits are reachable from `HEAD`.
    pub commits_walked: usize,
    /// Set when the repository is a shallow clone.
    pub shallow: Option<Shallow>,
    /// The commits that changed `guidelines/` or `reviews/`, oldest first
    /// (parents before children).
    pub commits: Vec<HistCommit>,
    /// Changes of `guidelines/index.toml` (the collection).
    pub collection: Vec<FileChange>,
    /// Per guideline id, its changes oldest first.
    pub guidelines: BTreeMap<String, Vec<GuidelineChange>>,
    /// Per file under `reviews/`, its changes oldest first.
    pub review_files: BTreeMap<String, Vec<FileChange>>,
    /// Every version of every review record, oldest first.
    pub records: Vec<RecordVersion>,
    /// Review records that did not parse in some commit (the walk went on).
    pub problems: Vec<HistoryProblem>,
    /// Per round id, where it lies in history.
    pub rounds: BTreeMap<String, RoundSpan>,
    /// Files under `reviews/` that a merge lost or changed against one of
    /// its parents (see [`crate::repo::CommitChanges::merge_losses`]).
    pub merge_losses: Vec<MergeLoss>,
    /// Every file under `guidelines/` and `reviews/` in `HEAD`'s own tree
    /// (path → blob id): what is in force, whatever git operation made it.
    pub head_files: BTreeMap<String, String>,
    /// Every commit reachable from `HEAD` (full ids), to tell whether a
    /// recorded commit is still in history without walking it again.
    #[serde(skip)]
    pub reachable: std::collections::HashSet<String>,
    /// Full id → index into `commits`.
    #[serde(skip)]
    positions: std::collections::HashMap<String, usize>,
}

/// A file under `reviews/` that a merge does not keep as a parent had it.
#[derive(Debug, Clone, Serialize)]
pub struct MergeLoss {
    /// Index into [`HistoryIndex::commits`] of the merge.
    pub commit: usize,
    /// The file.
    pub path: String,
    /// The parent's blob.
    pub old_blob: String,
    /// The merge's blob (`None`: the merge dropped the file).
    pub new_blob: Option<String>,
}

/// Options of a walk.
#[derive(Debug, Clone, Copy)]
pub struct WalkOptions {
    /// Re-hash every object read (the audit needs it; the other reports do
    /// not, and are faster without).
    pub verify_hashes: bool,
    /// Parse the review records (all reports but `log` of a guideline need
    /// them; their files are few).
    pub parse_records: bool,
    /// Take what earlier walks derived per commit from the cache under
    /// `.git/riktlinjer/` ([`cache`]) and write back what this walk derived.
    /// `audit` walks without it: what it proves is read from the objects.
    pub cache: bool,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            verify_hashes: false,
            parse_records: true,
            cache: true,
        }
    }
}

/// The guideline id of a path under `guidelines/`, if it is a guideline file.
pub fn guideline_id(path: &str) -> Option<&str> {
    let name = path.strip_prefix("guidelines/")?;
    if name.contains('/') || name == crate::store::INDEX_FILE {
        return None;
    }
    name.strip_suffix(".toml")
}

impl HistoryIndex {
    /// Walk the repository's history once and build the index.
    /// `progress(done, total)` is called now and then.
    pub fn build(repo: &Repo, options: WalkOptions, progress: &mut dyn FnMut(usize, usize)) -> Result<HistoryIndex> {
        HistoryIndex::build_from(repo, repo.head()?, options, progress)
    }

    /// [`HistoryIndex::build`] from `tip` instead of `HEAD` (`--at REV`):
    /// the history up to that commit, with `tip` as the index's `head`.
    pub fn build_from(
        repo: &Repo,
        tip: Option<crate::repo::CommitInfo>,
        options: WalkOptions,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<HistoryIndex> {
        let from = tip.as_ref().map(|c| c.id.as_str());
        // A shallow clone's boundary moves with every fetch: walk it afresh.
        let use_cache = options.cache && !options.verify_hashes && !repo.is_shallow();
        let (session, order) = if use_cache {
            let (session, order) = cache::Session::open(repo, &FOLDERS);
            (Some(std::cell::RefCell::new(session)), order)
        } else {
            (None, Vec::new())
        };
        // The walk runs newest first; each commit goes into the index as it
        // comes (nothing of the walk is held besides), and the index is
        // turned around at the end.
        let mut index = HistoryIndex {
            head: tip.as_ref().map(|c| c.id.clone()),
            ..HistoryIndex::default()
        };
        let stats = repo.walk_changes_with(
            from,
            &FOLDERS,
            options.verify_hashes,
            (!order.is_empty()).then_some(order.as_slice()),
            &mut |id| session.as_ref().and_then(|s| s.borrow_mut().take(id)),
            progress,
            &mut |c| {
                if let Some(s) = &session {
                    s.borrow_mut().add(&c);
                }
                index.add_commit(repo, c, options)
            },
        )?;
        drop(order);
        index.turn_around();
        // A walk from an older revision (`--at`) leaves the cache for the
        // walks from HEAD.
        if let Some(session) = session {
            let at_head = repo.head()?.map(|h| h.id) == tip.as_ref().map(|c| c.id.clone());
            session.into_inner().finish(&stats.reachable, at_head);
        }
        index.commits_walked = stats.commits_walked;
        index.reachable = stats.reachable.into_iter().collect();
        if repo.is_shallow() {
            index.shallow = Some(Shallow {
                boundary: repo.shallow_boundary(),
                explanation: SHALLOW_EXPLANATION.into(),
            });
        }
        if let Some(head) = &tip {
            for folder in FOLDERS {
                index.head_files.extend(repo.files_below(&head.tree, folder)?);
            }
        }
        index.index_rounds();
        Ok(index)
    }

    /// The walk added commits newest first: number them oldest first, and
    /// put every list in that order (within one commit, as the walk gave).
    fn turn_around(&mut self) {
        let Some(last) = self.commits.len().checked_sub(1) else {
            return;
        };
        let flip = |n: &mut usize| *n = last - *n;
        self.commits.reverse();
        for n in self.positions.values_mut() {
            flip(n);
        }
        // One change per commit in these: reversing is enough.
        for c in &mut self.collection {
            flip(&mut c.commit);
        }
        self.collection.reverse();
        for changes in self.guidelines.values_mut() {
            changes.iter_mut().for_each(|c| flip(&mut c.commit));
            changes.reverse();
        }
        for changes in self.review_files.values_mut() {
            changes.iter_mut().for_each(|c| flip(&mut c.commit));
            changes.reverse();
        }
        // Several per commit: a stable sort keeps the walk's order in each.
        self.records.iter_mut().for_each(|r| flip(&mut r.commit));
        self.records.sort_by_key(|r| r.commit);
        self.merge_losses.iter_mut().for_each(|m| flip(&mut m.commit));
        self.merge_losses.sort_by_key(|m| m.commit);
        let positions = &self.positions;
        self.problems
            .sort_by_key(|p| positions.get(&p.commit).copied().unwrap_or(usize::MAX));
    }

    fn add_commit(&mut self, repo: &Repo, c: CommitChanges, options: WalkOptions) -> Result<()> {
        let n = self.commits.len();
        self.positions.insert(c.commit.id.clone(), n);
        let trailers = Trailers::parse(&c.commit.message);
        self.commits.push(HistCommit {
            id: c.commit.id,
            author: c.commit.author,
            email: c.commit.author_email,
            time: c.commit.time,
            summary: c.commit.summary,
            parents: c.commit.parents,
            guidelines_tree: c.folder_trees.first().cloned().flatten(),
            reviews_tree: c.folder_trees.get(1).cloned().flatten(),
            trailers,
            boundary: c.boundary,
        });
        let mut added: Vec<(String, GuidelineChange)> = Vec::new();
        let mut removed: Vec<(String, GuidelineChange)> = Vec::new();
        for m in c.merge_losses {
            if let Some(old_blob) = m.old {
                self.merge_losses.push(MergeLoss {
                    commit: n,
                    path: m.path,
                    old_blob,
                    new_blob: m.new,
                });
            }
        }
        for f in c.changes {
            let kind = ChangeKind::of(&f.old, &f.new);
            if let Some(id) = guideline_id(&f.path) {
                let change = GuidelineChange {
                    commit: n,
                    kind,
                    old_blob: f.old,
                    new_blob: f.new,
                    renamed_from: None,
                    renamed_to: None,
                };
                match kind {
                    ChangeKind::Added => added.push((id.to_string(), change)),
                    ChangeKind::Removed => removed.push((id.to_string(), change)),
                    ChangeKind::Modified => self.guidelines.entry(id.to_string()).or_default().push(change),
                }
            } else if f.path == crate::store::INDEX_PATH {
                self.collection.push(FileChange {
                    commit: n,
                    kind,
                    old_blob: f.old,
                    new_blob: f.new,
                });
            } else if f.path.starts_with("reviews/") {
                if options.parse_records
                    && let (Some(what), Some(blob)) = (RecordPath::classify(&f.path), &f.new)
                {
                    let record = match crate::store::records::parse_record(&f.path, &what, &repo.read_blob(blob)?) {
                        Ok((r, _)) => Some(r),
                        // An unreadable workflow version counts through the last
                        // readable one (`check` reports the one in the working tree).
                        Err(_) if !what.is_fact() => None,
                        Err(d) => {
                            self.problems.push(HistoryProblem {
                                path: f.path.clone(),
                                commit: self.commits[n].id.clone(),
                                line: d.line,
                                col: d.col,
                                reason: d.message,
                            });
                            None
                        }
                    };
                    self.records.push(RecordVersion {
                        path: f.path.clone(),
                        what,
                        commit: n,
                        kind,
                        blob: blob.clone(),
                        record,
                    });
                }
                self.review_files.entry(f.path).or_default().push(FileChange {
                    commit: n,
                    kind,
                    old_blob: f.old,
                    new_blob: f.new,
                });
            }
        }
        // A file removed and another added with the same content in one
        // commit is a rename; the ids stay each their own history.
        for (to, add) in &mut added {
            if let Some((from, rem)) = removed
                .iter_mut()
                .find(|(_, r)| r.renamed_to.is_none() && r.old_blob == add.new_blob)
            {
                add.renamed_from = Some(from.clone());
                rem.renamed_to = Some(to.clone());
            }
        }
        for (id, change) in added.into_iter().chain(removed) {
            self.guidelines.entry(id).or_default().push(change);
        }
        Ok(())
    }

    /// Whether commit `id` (full or abbreviated) is reachable from `HEAD`.
    pub fn in_history(&self, id: &str) -> bool {
        let id = id.trim().to_ascii_lowercase();
        if id.len() == 40 {
            self.reachable.contains(&id)
        } else {
            id.len() >= 4 && self.reachable.iter().any(|r| r.starts_with(&id))
        }
    }

    /// The commit at an index.
    pub fn commit(&self, n: usize) -> &HistCommit {
        &self.commits[n]
    }

    /// Position of a commit (full or abbreviated id) among the indexed commits.
    pub fn position(&self, id: &str) -> Option<usize> {
        if id.len() < 4 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        if id.len() == 40 {
            return self.positions.get(&id.to_ascii_lowercase()).copied();
        }
        self.commits.iter().position(|c| c.id.starts_with(id))
    }

    /// The blob of the collection in force at commit index `n` (the last
    /// change at or before it).
    pub fn collection_blob_at(&self, n: usize) -> Option<&str> {
        self.collection
            .iter()
            .rev()
            .find(|c| c.commit <= n)
            .and_then(|c| c.new_blob.as_deref())
    }

    /// The round and stage a commit belongs to, from its trailers, or else
    /// from the recorded events: a change to a guideline in a round's scope
    /// made while the round was open belongs to that round, in the stage
    /// last entered before it.
    pub fn round_of(&self, n: usize, guideline: &str) -> Option<RoundRef> {
        let t = &self.commits[n].trailers;
        if let Some(round) = t.round.clone().or_else(|| {
            t.event
                .as_deref()
                .and_then(|e| e.split_once('/'))
                .map(|(r, _)| r.to_string())
        }) {
            return Some(RoundRef {
                round,
                stage: t.stage.clone(),
                source: RoundSource::Trailer,
            });
        }
        // The latest-opened round that was open at `n` with the guideline in scope.
        // A round ends for this purpose when it is approved or closed.
        self.rounds
            .values()
            .filter(|r| {
                r.opened_at.is_some_and(|o| o <= n)
                    && r.closed_at.is_none_or(|c| c > n)
                    && r.approved_at.is_none_or(|a| a > n)
            })
            .filter(|r| r.scope.iter().any(|g| g == guideline))
            .max_by_key(|r| r.opened_at)
            .map(|r| RoundRef {
                round: r.id.clone(),
                stage: r
                    .events
                    .iter()
                    .rev()
                    .find(|e| e.commit <= n && e.action.enters_stage())
                    .map(|e| e.stage.clone()),
                source: RoundSource::Events,
            })
    }

    /// Gather each round's span and events from the records (once, after
    /// the walk).
    fn index_rounds(&mut self) {
        let mut rounds: BTreeMap<String, RoundSpan> = BTreeMap::new();
        for v in &self.records {
            let Some(id) = v.what.round() else { continue };
            let span = rounds.entry(id.to_string()).or_insert_with(|| RoundSpan {
                id: id.to_string(),
                ..RoundSpan::default()
            });
            match (&v.what, &v.record) {
                (RecordPath::Round { .. }, Some(Record::Round(r))) => {
                    if span.opened_at.is_none() {
                        span.opened_at = Some(v.commit);
                    }
                    span.kind = Some(r.kind);
                    span.scope = r.guidelines.clone();
                }
                (RecordPath::Event { stem, .. }, Some(Record::Event(e))) if v.kind == ChangeKind::Added => {
                    if e.ends_round() && span.closed_at.is_none() {
                        span.closed_at = Some(v.commit);
                    }
                    if e.action == EventAction::Cancel {
                        span.cancelled = true;
                    }
                    if e.action == EventAction::Approve && span.approved_at.is_none() {
                        span.approved_at = Some(v.commit);
                    }
                    span.events.push(EventRef {
                        commit: v.commit,
                        stem: stem.clone(),
                        stage: e.stage.clone(),
                        action: e.action,
                    });
                }
                _ => {}
            }
        }
        self.rounds = rounds;
    }
}

/// An approval as recorded: an event file whose action is
/// [`EventAction::Approve`].
#[derive(Debug, Clone)]
pub struct Approval<'a> {
    /// The event file's version (path, commit, blob).
    pub version: &'a RecordVersion,
    /// Round id.
    pub round: &'a str,
    /// The event.
    pub event: &'a crate::model::Event,
    /// The guidelines it approves: those of its content binding, else the
    /// round's scope.
    pub scope: Vec<&'a str>,
}

/// A currency-check verdict as recorded.
#[derive(Debug, Clone)]
pub struct VerdictRef<'a> {
    /// The verdict file's version.
    pub version: &'a RecordVersion,
    /// Round id.
    pub round: &'a str,
    /// Guideline id.
    pub guideline: &'a str,
    /// The verdict.
    pub verdict: &'a Verdict,
}

impl HistoryIndex {
    /// The latest version (at or before commit index `upto`) of the round file of `round`.
    pub fn round_record(&self, round: &str, upto: usize) -> Option<&Round> {
        self.records.iter().rev().find_map(|v| match (&v.what, &v.record) {
            (RecordPath::Round { round: r }, Some(Record::Round(rec))) if r == round && v.commit <= upto => Some(rec),
            _ => None,
        })
    }

    /// The workflow in force at commit index `upto` (the latest version that parsed).
    pub fn workflow_at(&self, upto: usize) -> Option<&Workflow> {
        self.records.iter().rev().find_map(|v| match &v.record {
            Some(Record::Workflow(w)) if v.commit <= upto => Some(w),
            _ => None,
        })
    }

    /// Every approval recorded at or before commit index `upto`, oldest first.
    pub fn approvals(&self, upto: usize) -> Vec<Approval<'_>> {
        let mut out = Vec::new();
        for v in &self.records {
            if v.commit > upto || v.kind != ChangeKind::Added {
                continue;
            }
            let (RecordPath::Event { round, .. }, Some(Record::Event(e))) = (&v.what, &v.record) else {
                continue;
            };
            if e.action != EventAction::Approve || self.rounds.get(round.as_str()).is_some_and(|r| r.cancelled) {
                continue;
            }
            // What the approval covers: the round's scope (a guideline of
            // the scope absent from the approved text is withdrawn by it).
            let scope: Vec<&str> = match self.round_record(round, v.commit) {
                Some(r) => r.guidelines.iter().map(String::as_str).collect(),
                None => e.content.blobs.keys().map(String::as_str).collect(),
            };
            out.push(Approval {
                version: v,
                round,
                event: e,
                scope,
            });
        }
        out
    }

    /// Every verdict recorded at or before commit index `upto`, oldest first
    /// (a verdict file rewritten later counts with its new content).
    pub fn verdicts(&self, upto: usize) -> Vec<VerdictRef<'_>> {
        self.records
            .iter()
            .filter(|v| v.commit <= upto)
            .filter_map(|v| match (&v.what, &v.record) {
                (RecordPath::Verdict { round, guideline, .. }, Some(Record::Verdict(verdict))) => Some(VerdictRef {
                    version: v,
                    round,
                    guideline,
                    verdict,
                }),
                _ => None,
            })
            .collect()
    }
}

/// What the last decision on a guideline was: the text an approval
/// covers, or its withdrawal. One rule, read by `audit`, `report currency`
/// and `changelog`: an approval covers the guidelines of its round's scope,
/// each with the blob its binding names, and withdraws those of its scope
/// that its text no longer has; a `withdraw` verdict (the latest revision of
/// it) withdraws its guideline; a later approval brings it back.
#[derive(Debug, Clone)]
pub enum Standing<'a> {
    /// The last decision approved this blob.
    Approved {
        /// The approval (shared: one approval covers every guideline of
        /// its scope, and a copy each would be guidelines² of scope).
        approval: std::sync::Arc<Approval<'a>>,
        /// The approved blob of the guideline file.
        blob: &'a str,
    },
    /// The last decision withdrew the guideline.
    Withdrawn {
        /// The round that withdrew it.
        round: &'a str,
        /// Index into [`HistoryIndex::commits`] of the commit that recorded it.
        commit: usize,
        /// When, as recorded.
        date: Option<crate::model::PartialDate>,
    },
}

impl HistoryIndex {
    /// The standing of every guideline that some decision at or before
    /// commit index `upto` concerns.
    pub fn standings(&self, upto: usize) -> BTreeMap<String, Standing<'_>> {
        self.standings_where(upto, &|_| true)
    }

    /// The standing of every guideline on the day `date`, from the approval
    /// trail (not from a git revision): the decisions recorded at or before
    /// commit index `upto` and dated on or before `date` count. A date known
    /// only to the month or year counts from its last day (the first day it
    /// is certainly past); an approval without a date from the day it was
    /// recorded. So the text in force that day is the approved blob of the
    /// last approval dated on or before it, unless a withdrawal dated on or
    /// before it came after.
    pub fn standings_on(&self, upto: usize, date: chrono::NaiveDate) -> BTreeMap<String, Standing<'_>> {
        self.standings_where(upto, &|day| day <= date)
    }

    /// [`Self::standings`] of the decisions whose day `keep` accepts.
    fn standings_where(&self, upto: usize, keep: &dyn Fn(chrono::NaiveDate) -> bool) -> BTreeMap<String, Standing<'_>> {
        use crate::model::Decision;
        // The decisions in the order they were recorded, each with where it
        // was recorded and, for approvals, the approval itself.
        let mut placed: Vec<(usize, Decision<'_>, Option<std::sync::Arc<Approval<'_>>>)> = Vec::new();
        static EMPTY: Vec<String> = Vec::new();
        for a in self.approvals(upto) {
            if !keep(decision_day(
                a.event.date,
                self.commits[a.version.commit].time.date_naive(),
            )) {
                continue;
            }
            let scope = self
                .round_record(a.round, a.version.commit)
                .map_or(&EMPTY, |r| &r.guidelines);
            let decision = Decision::Approval {
                round: a.round,
                scope,
                content: &a.event.content,
                date: a.event.date,
            };
            placed.push((a.version.commit, decision, Some(std::sync::Arc::new(a))));
        }
        // The final verdict of each (round, guideline), placed where the first was recorded.
        let mut verdicts: BTreeMap<(&str, &str), (usize, VerdictRef<'_>)> = BTreeMap::new();
        for v in self.verdicts(upto) {
            if self.rounds.get(v.round).is_some_and(|r| r.cancelled)
                || !keep(decision_day(Some(v.verdict.date), v.verdict.date.last_day()))
            {
                continue;
            }
            let at = v.version.commit;
            verdicts
                .entry((v.round, v.guideline))
                .and_modify(|(_, last)| *last = v.clone())
                .or_insert((at, v));
        }
        for (at, v) in verdicts.into_values() {
            let decision = Decision::Verdict {
                round: v.round,
                guideline: v.guideline,
                verdict: v.verdict.verdict,
                date: v.verdict.date,
            };
            placed.push((at, decision, None));
        }
        placed.sort_by_key(|(at, _, _)| *at);
        let decisions: Vec<Decision<'_>> = placed.iter().map(|(_, d, _)| *d).collect();
        crate::model::standings(&decisions)
            .into_iter()
            .map(|(id, standing)| {
                let s = match standing {
                    crate::model::Standing::Approved { blob, decision, .. } => Standing::Approved {
                        approval: placed[decision].2.clone().expect("an approval decision"),
                        blob,
                    },
                    crate::model::Standing::Withdrawn {
                        round, date, decision, ..
                    } => Standing::Withdrawn {
                        round,
                        commit: placed[decision].0,
                        date,
                    },
                };
                (id.to_string(), s)
            })
            .collect()
    }
}

/// The day from which a decision counts for [`HistoryIndex::standings_on`]:
/// its date, or for a date known only to the month or year its last day
/// (the first day it is certainly past); without a date, the day it was
/// recorded.
pub fn decision_day(date: Option<crate::model::PartialDate>, recorded: chrono::NaiveDate) -> chrono::NaiveDate {
    date.map_or(recorded, |d| d.last_day())
}

/// Where a round lies in history.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RoundSpan {
    /// Round id.
    pub id: String,
    /// Revision or currency check (unknown while `round.toml` is unread).
    pub kind: Option<RoundKind>,
    /// Guideline ids in scope.
    pub scope: Vec<String>,
    /// Whether the round was cancelled.
    pub cancelled: bool,
    /// Commit index that added `round.toml`.
    pub opened_at: Option<usize>,
    /// Commit index of the first `close` event.
    pub closed_at: Option<usize>,
    /// Commit index of the first `approve` event.
    pub approved_at: Option<usize>,
    /// The events as their files were added, oldest first.
    pub events: Vec<EventRef>,
}

/// An event file as it was added.
#[derive(Debug, Clone, Serialize)]
pub struct EventRef {
    /// Commit index that added it.
    pub commit: usize,
    /// File stem (`03-comment-round`).
    pub stem: String,
    /// Stage id.
    pub stage: String,
    /// Action.
    pub action: EventAction,
}

/// The round (and stage) a change belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundRef {
    /// Round id.
    pub round: String,
    /// Stage id, when known.
    pub stage: Option<String>,
    /// Where the attribution comes from.
    pub source: RoundSource,
}

/// Where a change's round attribution comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundSource {
    /// The commit's `Review-*` trailers.
    Trailer,
    /// The round was open and the guideline in its scope.
    Events,
}

/// What a shallow clone means for the answers (shown by every report).
pub const SHALLOW_EXPLANATION: &str = "this is a shallow clone: history before the cut-off commits is missing, so the changes and approvals made before them are unknown. Answers that reach back past the cut-off (the first version and author of a guideline, approvals and currency checks recorded earlier, changes since an earlier approval, the audit's append-only and binding checks) cannot be exact; run `git fetch --unshallow` for exact answers";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_history_problem_names_its_place_in_the_operators_language() {
        use crate::i18n::Catalogue;
        let p = HistoryProblem {
            path: "reviews/r/events/01-x.toml".into(),
            commit: "0123456789abcdef0123456789abcdef01234567".into(),
            line: 3,
            col: 12,
            reason: "expected a value".into(),
        };
        assert_eq!(p.message().english(), "line 3, column 12: expected a value");
        assert_eq!(
            p.message().in_catalogue(Catalogue::of("fi")),
            "rivi 3, sarake 12: expected a value"
        );
        assert_eq!(
            p.message().in_catalogue(Catalogue::of("sv")),
            "rad 3, kolumn 12: expected a value"
        );
    }

    #[test]
    fn reads_review_trailers() {
        let t = Trailers::parse(
            "Record approval of round 2021-1\n\nSHM approved the guidelines.\n\nReview-Round: 2021-1\nReview-Stage: ministry\nReview-Event: 2021-1/05-ministry\nAddresses: 2021-1/S-7f3a2c, 2021-1/S-0b1c2d\nAddresses: 2021-1/S-aaaaaa\n",
        );
        assert_eq!(t.round.as_deref(), Some("2021-1"));
        assert_eq!(t.stage.as_deref(), Some("ministry"));
        assert_eq!(t.event.as_deref(), Some("2021-1/05-ministry"));
        assert_eq!(t.addresses, ["2021-1/S-7f3a2c", "2021-1/S-0b1c2d", "2021-1/S-aaaaaa"]);
        assert!(Trailers::parse("Review-Round: x").is_empty());
        assert!(
            Trailers::parse("Fix typo\n\nNo trailers: here, really\nnot a trailer")
                .round
                .is_none()
        );
    }

    #[test]
    fn a_decision_counts_from_the_first_day_it_is_certainly_past() {
        use crate::model::PartialDate;
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let recorded = day("2026-05-05");
        let on = |s: &str| decision_day(Some(PartialDate::parse(s).unwrap()), recorded);
        assert_eq!(on("2026-03-02"), day("2026-03-02"));
        assert_eq!(on("2026-02"), day("2026-02-28"));
        assert_eq!(on("2024-02"), day("2024-02-29"));
        assert_eq!(on("2021"), day("2021-12-31"));
        assert_eq!(decision_day(None, recorded), recorded);
    }

    #[test]
    fn guideline_ids_from_paths() {
        assert_eq!(guideline_id("guidelines/samarbete.toml"), Some("samarbete"));
        assert_eq!(guideline_id("guidelines/index.toml"), None);
        assert_eq!(guideline_id("guidelines/sub/x.toml"), None);
        assert_eq!(guideline_id("guidelines/README.md"), None);
    }
}

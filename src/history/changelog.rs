//! `riktlinjer changelog`: the guideline set's own changelog, round by
//! round. For each approved revision round (newest first): which guidelines
//! its approval added, revised (with a word-diff summary) and withdrawn,
//! comparing the text bound to the previous approval with the text bound to
//! this one; for each currency check: which guidelines it confirmed, sent to
//! revision and withdrew. Changes to `guidelines/` that no approval covers
//! (commits that are not ancestors of any approved text) come first, as
//! "unreleased".
//!
//! The approvals and verdicts are read through [`crate::store::reviews`];
//! their place in history and the commits come from the [`HistoryIndex`].

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::HistoryIndex;
use super::RecordPath;
use super::comments::GuidelineRef;
use super::summary::{GuidelineSummary, Reader, Version};
use crate::diff::Status;
use crate::i18n::Wording;
use crate::model::{PartialDate, RoundKind, RoundRecord, VerdictKind, Workflow};
use crate::progress::Progress;
use crate::repo::Repo;
use crate::{Error, Result};

/// A commit, as the changelog lists it.
#[derive(Debug, Clone, Serialize)]
pub struct CommitRef {
    /// Full id.
    pub commit: String,
    /// Author time.
    pub date: DateTime<FixedOffset>,
    /// Author name.
    pub author: String,
    /// First line of the message.
    pub message: String,
}

/// A guideline withdrawn.
#[derive(Debug, Clone, Serialize)]
pub struct Withdrawal {
    /// The guideline.
    pub guideline: GuidelineRef,
    /// `file-removed` or `verdict`.
    pub how: &'static str,
    /// The verdict's note.
    pub note: Option<String>,
}

/// What a decision added, revised and withdrew.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changes {
    /// New guidelines.
    pub added: Vec<GuidelineSummary>,
    /// Changed guidelines, with their changed fields and words.
    pub revised: Vec<GuidelineSummary>,
    /// Withdrawn guidelines.
    pub withdrawn: Vec<Withdrawal>,
    /// Guidelines whose text could not be read on one side (left out above).
    pub unreadable: Vec<String>,
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.revised.is_empty() && self.withdrawn.is_empty() && self.unreadable.is_empty()
    }
}

/// The decision an entry is made under.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// The date of the decision (the latest verdict's, for a currency check).
    pub date: Option<PartialDate>,
    /// The body that decided.
    pub body: Option<String>,
    /// The decision reference.
    pub decision: Option<String>,
}

/// One decided round.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Round id.
    pub round: String,
    /// Round title.
    pub title: String,
    /// `revision` (an approval) or `currency-check` (verdicts).
    pub kind: RoundKind,
    /// The approval (or the verdicts) it is made under.
    pub decision: Decision,
    /// The commit that recorded the approval (the last verdict).
    pub recorded_in: String,
    /// The commit of the approved text (revision rounds).
    pub text: Option<String>,
    /// The round whose approved text this one is compared with (`None`:
    /// the first recorded approval, compared with the text in force when its
    /// round opened).
    pub previous: Option<String>,
    /// The commit of the text compared with (`None`: nothing, every
    /// guideline is new).
    pub compared_with: Option<String>,
    /// Guidelines in the approved text.
    pub guidelines: usize,
    /// What changed.
    pub changes: Changes,
    /// Currency check: guidelines confirmed current.
    pub confirmed: Vec<GuidelineRef>,
    /// Currency check: guidelines to be revised.
    pub to_revise: Vec<GuidelineRef>,
}

/// Changes not covered by any approval.
#[derive(Debug, Clone, Serialize)]
pub struct Unreleased {
    /// The last approval before them (round id), if any.
    pub since: Option<String>,
    /// The commit of that approval's text.
    pub since_text: Option<String>,
    /// The commits changing `guidelines/` that no approval covers, newest first.
    pub commits: Vec<CommitRef>,
    /// The text now against the last approved text.
    pub changes: Changes,
}

/// A revision round without a recorded approval.
#[derive(Debug, Clone, Serialize)]
pub struct PendingRound {
    /// Round id.
    pub round: String,
    /// Title.
    pub title: String,
    /// The stage it is in.
    pub stage: Option<String>,
    /// That stage's name in the changelog's language.
    pub stage_name: Option<String>,
    /// Whether it was closed without approval.
    pub closed: bool,
}

/// The range asked for.
#[derive(Debug, Clone, Serialize)]
pub struct Range {
    /// FROM as given (`None`: the start of history).
    pub from: Option<String>,
    /// TO as given.
    pub to: String,
    /// FROM's commit.
    pub from_commit: Option<String>,
    /// TO's commit.
    pub to_commit: String,
}

/// The changelog.
#[derive(Debug, Clone, Serialize)]
pub struct Changelog {
    /// The collection's title.
    pub collection_title: String,
    /// The language of the changelog: of titles, names and its documents'
    /// fixed wording.
    pub lang: String,
    /// The range, when one was given.
    pub range: Option<Range>,
    /// The commit the changelog runs to.
    pub to: String,
    /// Changes no approval covers.
    pub unreleased: Option<Unreleased>,
    /// Decided rounds, newest first.
    pub entries: Vec<Entry>,
    /// Revision rounds without a recorded approval.
    pub pending: Vec<PendingRound>,
}

/// What the changelog needs besides the history.
pub struct Inputs<'a> {
    /// Every round, as recorded at `to`.
    pub rounds: &'a [RoundRecord],
    /// The workflow.
    pub workflow: &'a Workflow,
    /// The commit the changelog runs to (`HEAD` or one of its ancestors).
    pub to: String,
    /// The range, when given: only decisions and commits in it are listed.
    pub range: Option<Range>,
    /// The language of titles and names (one of the collection's).
    pub lang: String,
    /// Texts already parsed, so that their blobs are not read again.
    pub known: Option<super::summary::Known<'a>>,
}

/// A decision placed in history.
struct Placed<'a> {
    round: &'a RoundRecord,
    /// Index in [`HistoryIndex::commits`] of the commit that recorded it.
    at: usize,
}

/// Versions of the guidelines by commit, each read once.
struct Versions<'r> {
    repo: &'r Repo,
    cache: HashMap<String, Version>,
    reader: Reader<'r>,
    /// The language of titles.
    lang: String,
}

impl Versions<'_> {
    fn at(&mut self, commit: &str) -> Result<&Version> {
        if !self.cache.contains_key(commit) {
            let v = Version::at(self.repo, commit).map_err(|e| match e {
                Error::UnknownRevision { .. } => Error::worded(
                    Wording::new("changelog-approval-commit-missing").arg("commit", commit),
                    vec![Wording::new("changelog-approval-commit-missing-hint")],
                ),
                other => other,
            })?;
            self.cache.insert(commit.to_string(), v);
        }
        Ok(&self.cache[commit])
    }

    /// What changed from the text of commit `old` (none: no guidelines) to
    /// that of `new`.
    fn compare(&mut self, old: Option<&str>, new: &str) -> Result<(Vec<GuidelineSummary>, Vec<String>)> {
        self.at(new)?;
        if let Some(o) = old {
            self.at(o)?;
        }
        let new_version = &self.cache[new];
        match old {
            Some(o) => self.reader.compare(&self.cache[o], new_version),
            None => self
                .reader
                .compare(&Version::empty(new_version.collection.clone()), new_version),
        }
    }

    /// Number and title of a guideline in the version of `commit`. A
    /// version read only for this is not kept: each verdict is bound to its
    /// own commit, and keeping them all would hold a listing of every
    /// guideline per verdict.
    ///
    /// When the record names the guideline's blob (`blob`), only that blob
    /// is read, against the collection of a version already read.
    fn describe(&mut self, commit: &str, id: &str, blob: Option<&str>) -> Result<GuidelineRef> {
        let found = match (self.cache.get(commit), blob, self.cache.values().next()) {
            (Some(v), _, _) => self.reader.guideline(v, id)?,
            (None, Some(blob), Some(known)) => {
                let v = Version {
                    collection: known.collection.clone(),
                    blobs: [(id.to_string(), blob.to_string())].into_iter().collect(),
                };
                self.reader.guideline(&v, id)?
            }
            _ => {
                let v = Version::at(self.repo, commit)?;
                self.reader.guideline(&v, id)?
            }
        };
        let lang = &self.lang;
        Ok(GuidelineRef {
            id: id.to_string(),
            number: found.as_ref().map(|g| g.number),
            title: found
                .as_ref()
                .map(|g| g.title_in(lang).to_string())
                .unwrap_or_else(|| id.to_string()),
        })
    }
}

/// Sort a comparison into added, revised and withdrawn.
fn sort_changes(summaries: Vec<GuidelineSummary>, unreadable: Vec<String>) -> Changes {
    let mut c = Changes {
        unreadable,
        ..Changes::default()
    };
    for s in summaries {
        match s.status {
            Status::Added => c.added.push(s),
            Status::Modified => c.revised.push(s),
            Status::Removed => c.withdrawn.push(Withdrawal {
                guideline: GuidelineRef {
                    id: s.id,
                    number: Some(s.number),
                    title: s.title,
                },
                how: "file-removed",
                note: None,
            }),
            Status::Unchanged => {}
        }
    }
    c
}

/// What each approval's text changed against the text it is compared
/// with, in order, and how many guidelines the text holds; `done(i)` after
/// each. Only the text just compared is kept for the next comparison.
fn compare_chain(
    versions: &mut Versions<'_>,
    pairs: &[(usize, Option<String>, String)],
    done: &mut dyn FnMut(usize),
) -> Result<Vec<Compared>> {
    let mut out = Vec::with_capacity(pairs.len());
    for (i, (_, compared_with, text)) in pairs.iter().enumerate() {
        done(i);
        let (summaries, unreadable) = versions.compare(compared_with.as_deref(), text)?;
        let guidelines = versions.at(text)?.blobs.len();
        if let Some(old) = compared_with.as_deref().filter(|c| c != text) {
            versions.cache.remove(old);
        }
        out.push((summaries, unreadable, guidelines));
    }
    Ok(out)
}

/// The text an approval bound, and the text it is compared with: the
/// previous approval's text, or for the first approval the text in force
/// when its round opened (if that text can still be read).
fn texts_compared(repo: &Repo, previous: Option<&RoundRecord>, round: &RoundRecord) -> (Option<String>, String) {
    let text = |r: &RoundRecord| r.approval().expect("approved rounds only").event.content.commit.clone();
    let compared_with = match previous {
        Some(prev) => Some(text(prev)),
        None => Some(round.round.base_commit.clone()).filter(|c| repo.resolve(c).is_ok()),
    };
    (compared_with, text(round))
}

/// What one comparison of two approved texts gave: the summaries, the
/// unreadable guidelines and how many guidelines the newer text holds.
type Compared = (Vec<GuidelineSummary>, Vec<String>, usize);

/// Comparisons and the commits the approved texts contain, worked out from
/// the records alone while the history is walked ([`prepare`]). The
/// changelog takes what it finds here for exactly the texts it compares,
/// and works out anything else itself: a guess that history proves wrong
/// costs time, never a wrong answer.
#[derive(Default)]
pub struct Prepared {
    compared: HashMap<(Option<String>, String), Compared>,
    covered: Option<(BTreeSet<String>, HashSet<String>)>,
}

/// [`Prepared`] for the approved rounds of `inputs.rounds`, taken in the
/// order their approvals were recorded (the changelog orders them by where
/// history has the records; the two agree unless a clock was wrong).
pub fn prepare(repo: &Repo, inputs: &Inputs<'_>) -> Result<Prepared> {
    let mut approved: Vec<&RoundRecord> = inputs
        .rounds
        .iter()
        .filter(|r| r.cancelled().is_none() && r.round.kind == RoundKind::Revision && r.approval().is_some())
        .collect();
    approved.sort_by_key(|r| (r.approval().expect("approved").event.recorded_at, r.id.clone()));
    let pairs: Vec<(usize, Option<String>, String)> = approved
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (compared_with, text) = texts_compared(repo, i.checked_sub(1).map(|j| approved[j]), r);
            (i, compared_with, text)
        })
        .collect();
    let mut versions = Versions {
        repo,
        cache: HashMap::new(),
        reader: reader(repo, inputs.known, &inputs.lang),
        lang: inputs.lang.clone(),
    };
    // A text that cannot be read is left to the changelog, which says so.
    let mut compared = HashMap::new();
    for pair in &pairs {
        match compare_chain(&mut versions, std::slice::from_ref(pair), &mut |_| {}) {
            Ok(mut c) => {
                compared.insert((pair.1.clone(), pair.2.clone()), c.remove(0));
            }
            Err(_) => break,
        }
    }
    let texts: BTreeSet<String> = pairs.into_iter().map(|(_, _, t)| t).collect();
    let roots: Vec<&str> = texts.iter().map(String::as_str).collect();
    let covered = if roots.is_empty() {
        Some(HashSet::new())
    } else {
        repo.reachable(&roots, &[]).ok()
    };
    Ok(Prepared {
        compared,
        covered: covered.map(|c| (texts, c)),
    })
}

fn reader<'r>(repo: &'r Repo, known: Option<super::summary::Known<'r>>, lang: &str) -> Reader<'r> {
    match known {
        Some(known) => Reader::new(repo).with_known(known),
        None => Reader::new(repo),
    }
    .in_language(lang)
}

/// Build the changelog.
pub fn changelog(repo: &Repo, index: &HistoryIndex, inputs: &Inputs<'_>) -> Result<Changelog> {
    changelog_prepared(repo, index, inputs, Prepared::default())
}

/// [`changelog`], taking what [`prepare`] worked out where it applies.
pub fn changelog_prepared(
    repo: &Repo,
    index: &HistoryIndex,
    inputs: &Inputs<'_>,
    prepared: Prepared,
) -> Result<Changelog> {
    let to_pos = index.position(&inputs.to);
    let in_range: Option<HashSet<String>> = match &inputs.range {
        None => None,
        Some(r) => {
            let hide: Vec<&str> = r.from_commit.iter().map(String::as_str).collect();
            Some(repo.reachable(&[&r.to_commit], &hide)?)
        }
    };
    // Every commit up to TO (the index runs to HEAD, which may be later).
    let upto = |n: usize| to_pos.is_none_or(|t| n <= t);
    let listed = |id: &str| in_range.as_ref().is_none_or(|s| s.contains(id));

    // Approvals and currency checks, placed where they were recorded.
    let mut approvals: Vec<Placed<'_>> = Vec::new();
    let mut checks: Vec<Placed<'_>> = Vec::new();
    let mut pending = Vec::new();
    // A cancelled round was opened by mistake: it is not part of the changelog.
    for r in inputs.rounds.iter().filter(|r| r.cancelled().is_none()) {
        let span = index.rounds.get(&r.id);
        match r.round.kind {
            RoundKind::Revision => match r.approval() {
                Some(a) => {
                    let at = span
                        .and_then(|s| s.events.iter().find(|e| e.stem == a.stem))
                        .map(|e| e.commit)
                        .or_else(|| index.position(&a.event.content.commit));
                    if let Some(at) = at.filter(|&n| upto(n)) {
                        approvals.push(Placed { round: r, at });
                    }
                }
                None => pending.push(PendingRound {
                    round: r.id.clone(),
                    title: r.round.title.clone(),
                    stage: r.current_stage().map(str::to_string),
                    stage_name: r.current_stage().map(|s| match inputs.workflow.stage(s) {
                        Some(st) => st.name_in(&inputs.lang).to_string(),
                        None => s.to_string(),
                    }),
                    closed: r.closed().is_some(),
                }),
            },
            RoundKind::CurrencyCheck if !r.verdicts.is_empty() => {
                let at = index
                    .records
                    .iter()
                    .filter(|v| matches!(&v.what, RecordPath::Verdict { round, .. } if *round == r.id))
                    .map(|v| v.commit)
                    .filter(|&n| upto(n))
                    .max();
                if let Some(at) = at {
                    checks.push(Placed { round: r, at });
                }
            }
            RoundKind::CurrencyCheck => {}
        }
    }
    approvals.sort_by_key(|p| p.at);

    let mut versions = Versions {
        repo,
        cache: HashMap::new(),
        reader: reader(repo, inputs.known, &inputs.lang),
        lang: inputs.lang.clone(),
    };
    // In the document's language: with one `--lang` the terminal's too.
    let cat = crate::i18n::Catalogue::of(&inputs.lang);
    let mut progress = Progress::new(cat.text("progress-comparing"), cat.text("progress-approvals"));
    // Each listed approval's text and the text it is compared with.
    let mut pairs: Vec<(usize, Option<String>, String)> = Vec::new();
    for (i, p) in approvals.iter().enumerate() {
        if !listed(&index.commit(p.at).id) {
            continue;
        }
        let (compared_with, text) = texts_compared(repo, i.checked_sub(1).map(|j| approvals[j].round), p.round);
        pairs.push((i, compared_with, text));
    }
    let Prepared {
        compared: mut prepared_compared,
        covered: prepared_covered,
    } = prepared;
    let mut known_results: Vec<Option<Compared>> = pairs
        .iter()
        .map(|(_, c, t)| prepared_compared.remove(&(c.clone(), t.clone())))
        .collect();
    drop(prepared_compared);
    let approved_texts: Vec<&str> = approvals
        .iter()
        .map(|p| p.round.approval().expect("approved").event.content.commit.as_str())
        .collect();
    let known_covered = prepared_covered
        .filter(|(texts, _)| {
            texts
                .iter()
                .map(String::as_str)
                .eq(approved_texts.iter().copied().collect::<BTreeSet<_>>())
        })
        .map(|(_, c)| c);
    // What was not prepared is compared here.
    let todo: Vec<(usize, Option<String>, String)> = pairs
        .iter()
        .zip(&known_results)
        .filter(|(_, k)| k.is_none())
        .map(|(p, _)| p.clone())
        .collect();
    // The comparisons are independent: a chain of them on each of two
    // threads (each version read once per chain), while the commits that
    // some approved text contains are listed after the second chain.
    let covered_by = |repo: &Repo| -> Result<Option<HashSet<String>>> {
        if known_covered.is_some() {
            Ok(None)
        } else if approved_texts.is_empty() {
            Ok(Some(HashSet::new()))
        } else {
            repo.reachable(&approved_texts, &[]).map(Some)
        }
    };
    let split = if todo.len() >= 4 && std::thread::available_parallelism().map_or(1, usize::from) > 1 {
        todo.len() / 2
    } else {
        todo.len()
    };
    let (mine, theirs) = todo.split_at(split);
    let (compared, covered) = std::thread::scope(|scope| -> Result<_> {
        let helper = if theirs.is_empty() {
            None
        } else {
            let other = repo.reopen()?;
            let lang = inputs.lang.clone();
            let covered_by = &covered_by;
            Some(scope.spawn(move || -> Result<_> {
                let mut versions = Versions {
                    repo: &other,
                    cache: HashMap::new(),
                    reader: reader(&other, inputs.known, &lang),
                    lang,
                };
                let compared = compare_chain(&mut versions, theirs, &mut |_| {})?;
                Ok((compared, covered_by(&other)?))
            }))
        };
        let mut compared = compare_chain(&mut versions, mine, &mut |i| progress.set(i, mine.len()))?;
        let covered = match helper {
            Some(h) => {
                let (theirs, covered) = h.join().expect("the comparing thread does not panic")?;
                compared.extend(theirs);
                covered
            }
            None => covered_by(repo)?,
        };
        Ok((compared, covered))
    })?;
    let covered = known_covered.or(covered).unwrap_or_default();
    // The checks below read single blobs against the collection of a
    // version at hand: the last approved text's, as when it is compared here.
    if let Some((_, _, last)) = pairs.last() {
        versions.at(last)?;
    }
    let mut compared = compared.into_iter();
    let compared: Vec<Compared> = known_results
        .iter_mut()
        .map(|k| k.take().or_else(|| compared.next()).expect("one result per pair"))
        .collect();
    let mut entries: Vec<(usize, Entry)> = Vec::new();
    for ((i, compared_with, text), (summaries, unreadable, guidelines)) in pairs.into_iter().zip(compared) {
        let p = &approvals[i];
        let approval = p.round.approval().expect("approved rounds only");
        let previous = i.checked_sub(1).map(|j| &approvals[j]);
        entries.push((
            p.at,
            Entry {
                round: p.round.id.clone(),
                title: p.round.round.title.clone(),
                kind: RoundKind::Revision,
                decision: Decision {
                    date: approval.event.date,
                    body: approval.event.body.clone(),
                    decision: approval.event.decision.clone(),
                },
                recorded_in: index.commit(p.at).id.clone(),
                text: Some(text),
                previous: previous.map(|q| q.round.id.clone()),
                compared_with,
                guidelines,
                changes: sort_changes(summaries, unreadable),
                confirmed: Vec::new(),
                to_revise: Vec::new(),
            },
        ));
    }
    progress.finish();
    for p in &checks {
        let recorded_in = index.commit(p.at).id.clone();
        if !listed(&recorded_in) {
            continue;
        }
        let mut changes = Changes::default();
        let (mut confirmed, mut to_revise) = (Vec::new(), Vec::new());
        for (id, v) in &p.round.verdicts {
            let g = versions.describe(&v.content.commit, id, v.content.blobs.get(id).map(String::as_str))?;
            match v.verdict {
                VerdictKind::Current => confirmed.push(g),
                VerdictKind::Revise => to_revise.push(g),
                VerdictKind::Withdraw => changes.withdrawn.push(Withdrawal {
                    guideline: g,
                    how: "verdict",
                    note: v.note.clone(),
                }),
            }
        }
        let body = p
            .round
            .events
            .iter()
            .find_map(|e| e.event.body.clone())
            .or_else(|| inputs.workflow.currency_check.body.clone());
        entries.push((
            p.at,
            Entry {
                round: p.round.id.clone(),
                title: p.round.round.title.clone(),
                kind: RoundKind::CurrencyCheck,
                decision: Decision {
                    date: p.round.verdicts.values().map(|v| v.date).max(),
                    body,
                    decision: None,
                },
                recorded_in,
                text: None,
                previous: None,
                compared_with: None,
                guidelines: p.round.round.guidelines.len(),
                changes,
                confirmed,
                to_revise,
            },
        ));
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.0));

    // Commits changing guidelines/ that no approved text contains.
    let mut touching: BTreeSet<usize> = index.collection.iter().map(|c| c.commit).collect();
    touching.extend(index.guidelines.values().flatten().map(|c| c.commit));
    let uncovered: Vec<CommitRef> = touching
        .into_iter()
        .rev()
        .filter(|&n| upto(n))
        .map(|n| index.commit(n))
        .filter(|c| !covered.contains(&c.id) && listed(&c.id))
        .map(|c| CommitRef {
            commit: c.id.clone(),
            date: c.time,
            author: c.author.clone(),
            message: c.summary.clone(),
        })
        .collect();
    let unreleased = if uncovered.is_empty() {
        None
    } else {
        let last = approvals.last();
        let since_text = last.map(|p| p.round.approval().expect("approved").event.content.commit.clone());
        let (summaries, unreadable) = versions.compare(since_text.as_deref(), &inputs.to)?;
        Some(Unreleased {
            since: last.map(|p| p.round.id.clone()),
            since_text,
            commits: uncovered,
            changes: sort_changes(summaries, unreadable),
        })
    };
    let collection = &versions.at(&inputs.to)?.collection;
    Ok(Changelog {
        collection_title: collection.title_in(&inputs.lang).to_string(),
        lang: inputs.lang.clone(),
        range: inputs.range.clone(),
        to: inputs.to.clone(),
        unreleased,
        entries: entries.into_iter().map(|(_, e)| e).collect(),
        pending,
    })
}

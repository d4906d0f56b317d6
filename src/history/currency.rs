//! `riktlinjer report currency`: the yearly review's starting sheet. Per
//! guideline: the approval in force, the last currency check, when the
//! next check is due, what changed since the approval, and translations
//! older than the primary text — all from the [`HistoryIndex`].

use chrono::{DateTime, FixedOffset, Months, NaiveDate};
use serde::Serialize;

use super::{ChangeKind, HistoryIndex, Record, RecordPath, Standing};
use crate::Result;
use crate::model::Guideline;
use crate::model::{PartialDate, RoundKind};
use crate::repo::Repo;
use crate::store::Loaded;

/// How far ahead a check counts as due (rather than ok).
pub const DUE_WINDOW_MONTHS: u32 = 3;

/// Whether a guideline stands in force, is being revised or is withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// In the collection, not under revision.
    InForce,
    /// In the scope of a revision round that is open and not yet approved.
    InRevision,
    /// Withdrawn by a currency check, or removed from the collection.
    Withdrawn,
}

impl Status {
    /// `in force`, `in revision`, `withdrawn`.
    pub fn label(self) -> &'static str {
        match self {
            Status::InForce => "in force",
            Status::InRevision => "in revision",
            Status::Withdrawn => "withdrawn",
        }
    }
}

/// Whether the next check is overdue, due soon, or not yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DueState {
    /// Not due within [`DUE_WINDOW_MONTHS`] months (or withdrawn).
    Ok,
    /// Due within [`DUE_WINDOW_MONTHS`] months of the report date.
    Due,
    /// The due date has passed.
    Overdue,
}

/// The approval in force.
#[derive(Debug, Clone, Serialize)]
pub struct Approved {
    /// The date of the decision (year, month or day precision), if recorded.
    pub date: Option<PartialDate>,
    /// The approving body.
    pub body: Option<String>,
    /// The decision reference.
    pub decision: Option<String>,
    /// The round.
    pub round: String,
    /// The commit that recorded the approval.
    pub commit: String,
    /// Whether the text in force is exactly the approved text.
    pub text_as_approved: bool,
}

/// The last currency check.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// The currency-check round.
    pub round: String,
    /// The date of the verdict, if recorded.
    pub date: Option<PartialDate>,
    /// `current`, `revise` or `withdraw`.
    pub verdict: String,
    /// The note of the verdict.
    pub note: Option<String>,
}

/// A commit, briefly.
#[derive(Debug, Clone, Serialize)]
pub struct CommitRef {
    /// Full id.
    pub id: String,
    /// Author time.
    pub date: DateTime<FixedOffset>,
    /// Author name.
    pub author: String,
    /// First line of the message.
    pub summary: String,
}

/// A translation that was last changed before the primary text was.
#[derive(Debug, Clone, Serialize)]
pub struct TranslationLag {
    /// The language of the translation.
    pub language: String,
    /// When the translation last changed.
    pub translation_changed: DateTime<FixedOffset>,
    /// When the primary text last changed.
    pub primary_changed: DateTime<FixedOffset>,
}

/// What the next due date counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DueBasis {
    /// The approval in force.
    Approval,
    /// The last currency check.
    Check,
    /// The day the guideline was added (never approved or checked).
    Added,
}

/// One guideline's line of the sheet.
#[derive(Debug, Clone, Serialize)]
pub struct CurrencyRow {
    /// Stable id.
    pub id: String,
    /// Number (the last one, for a removed guideline).
    pub number: Option<u32>,
    /// Title in the report's language.
    pub title: String,
    /// In force, in revision or withdrawn.
    pub status: Status,
    /// The open revision round, when in revision.
    pub revision_round: Option<String>,
    /// The approval in force.
    pub approved: Option<Approved>,
    /// The last currency check.
    pub last_check: Option<Check>,
    /// When the next check is due.
    pub next_due: Option<NaiveDate>,
    /// What `next_due` counts from.
    pub due_basis: Option<DueBasis>,
    /// ok, due or overdue as of the report date.
    pub due_state: DueState,
    /// The commits that changed the text since the approval in force
    /// (renumbering alone does not count).
    pub changes_since_approval: Vec<CommitRef>,
    /// Translations last changed before the primary text was.
    pub translations_behind: Vec<TranslationLag>,
    /// How many deviations from the guideline are active on the report date.
    pub active_deviations: usize,
    /// The active deviations recorded against a text of the guideline that
    /// has changed since (the deviation binds the guideline's blob).
    pub deviations_text_changed: Vec<DeviationRef>,
}

/// An active deviation whose guideline's text changed after it was recorded.
#[derive(Debug, Clone, Serialize)]
pub struct DeviationRef {
    /// `D-7f3a2c`.
    pub code: String,
    /// The project.
    pub project: String,
    /// When it was decided.
    pub date: PartialDate,
    /// The commit whose text it was recorded against.
    pub bound_commit: String,
}

/// The counts on top of the sheet.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Guidelines on the sheet.
    pub total: usize,
    /// In force.
    pub in_force: usize,
    /// In revision.
    pub in_revision: usize,
    /// Withdrawn.
    pub withdrawn: usize,
    /// Not due.
    pub ok: usize,
    /// Due soon.
    pub due: usize,
    /// Overdue.
    pub overdue: usize,
    /// Text changed since the approval in force.
    pub changed_since_approval: usize,
    /// No approval recorded.
    pub never_approved: usize,
    /// With a translation older than the primary text.
    pub translations_behind: usize,
    /// Active deviations, over all guidelines.
    pub active_deviations: usize,
}

/// The whole sheet.
#[derive(Debug, Clone, Serialize)]
pub struct CurrencyReport {
    /// The report date.
    pub as_of: NaiveDate,
    /// The last commit at or before that date.
    pub commit: String,
    /// The collection's review interval.
    pub interval_months: u32,
    /// See [`DUE_WINDOW_MONTHS`].
    pub due_window_months: u32,
    /// The language of the report: of titles and its documents' fixed
    /// wording.
    pub language: String,
    /// The counts.
    pub summary: Summary,
    /// One row per guideline: in force and in revision by number, then the withdrawn.
    pub guidelines: Vec<CurrencyRow>,
}

fn effective_date(date: Option<PartialDate>, commit_time: DateTime<FixedOffset>) -> NaiveDate {
    date.map(|d| d.first_day()).unwrap_or_else(|| commit_time.date_naive())
}

/// Whether two versions of a guideline file differ only in their
/// top-level `number` line (renumbering).
pub(crate) fn only_number_differs(old: &[u8], new: &[u8]) -> bool {
    fn without_number(bytes: &[u8]) -> Vec<&[u8]> {
        let mut in_root = true;
        bytes
            .split(|&b| b == b'\n')
            .filter(|line| {
                let t = line.trim_ascii_start();
                if t.starts_with(b"[") {
                    in_root = false;
                }
                !(in_root && t.starts_with(b"number") && t[6..].trim_ascii_start().starts_with(b"="))
            })
            .collect()
    }
    without_number(old) == without_number(new)
}

/// The position in the index of the last commit dated on or before `as_of`.
pub fn position_as_of(index: &HistoryIndex, as_of: NaiveDate) -> Option<usize> {
    index.commits.iter().rposition(|c| c.time.date_naive() <= as_of)
}

/// Build the sheet as of commit index `upto` (see [`position_as_of`]) and
/// date `as_of`, with `loaded` the guidelines at that commit, titles in
/// `lang`.
pub fn currency(
    repo: &Repo,
    index: &HistoryIndex,
    loaded: &Loaded,
    upto: usize,
    as_of: NaiveDate,
    lang: &str,
) -> Result<CurrencyReport> {
    let collection = &loaded.collection;
    let lang = lang.to_string();
    let interval = Months::new(collection.review_interval_months.max(1));
    let window = as_of
        .checked_add_months(Months::new(DUE_WINDOW_MONTHS))
        .unwrap_or(as_of);
    let approvals = index.approvals(upto);
    let verdicts = index.verdicts(upto);
    let standings = index.standings(upto);
    let commit_ref = |n: usize| {
        let c = index.commit(n);
        CommitRef {
            id: c.id.clone(),
            date: c.time,
            author: c.author.clone(),
            summary: c.summary.clone(),
        }
    };
    let changes_upto = |id: &str| {
        index
            .guidelines
            .get(id)
            .map(|cs| cs.iter().filter(|c| c.commit <= upto).collect::<Vec<_>>())
            .unwrap_or_default()
    };

    // The deviation register up to the report's commit, by code.
    let mut deviations: Vec<(&str, &crate::model::Deviation)> = Vec::new();
    let mut ended: std::collections::HashMap<&str, &crate::model::DeviationEnd> = Default::default();
    for v in index
        .records
        .iter()
        .filter(|v| v.commit <= upto && v.kind == ChangeKind::Added)
    {
        match (&v.what, &v.record) {
            (RecordPath::Deviation { code }, Some(Record::Deviation(d))) => deviations.push((code, d)),
            (RecordPath::DeviationEnd { code }, Some(Record::DeviationEnd(e))) => {
                ended.entry(code).or_insert(e);
            }
            _ => {}
        }
    }

    let mut rows = Vec::new();
    let mut present: Vec<(&Guideline, bool)> = loaded.guidelines.iter().map(|g| (g, true)).collect();
    // Guidelines removed from the collection (not renamed) are withdrawn.
    let mut removed: Vec<Guideline> = Vec::new();
    for (id, changes) in &index.guidelines {
        let Some(last) = changes.iter().rev().find(|c| c.commit <= upto) else {
            continue;
        };
        if last.kind != ChangeKind::Removed || last.renamed_to.is_some() {
            continue;
        }
        let Some(blob) = &last.old_blob else { continue };
        let bytes = repo.read_blob(blob)?;
        let (g, _, _) = crate::store::parse_guideline(&format!("guidelines/{id}.toml"), id, &bytes, collection);
        removed.push(g.unwrap_or_else(|| Guideline {
            id: id.clone(),
            number: 0,
            theme: String::new(),
            texts: Default::default(),
        }));
    }
    removed.sort_by_key(|g| g.number);
    present.extend(removed.iter().map(|g| (g, false)));

    for (g, in_collection) in present {
        let id = g.id.as_str();
        let changes = changes_upto(id);
        // The last decision, by the one rule of what an approval covers.
        let standing = standings.get(id);
        let approval = match standing {
            Some(Standing::Approved { approval, .. }) => Some(&**approval),
            _ => approvals
                .iter()
                .rev()
                .find(|a| a.scope.contains(&id) && a.event.content.blobs.contains_key(id)),
        };
        let check = verdicts.iter().rev().find(|v| v.guideline == id);
        let current_blob = changes
            .last()
            .filter(|c| c.kind != ChangeKind::Removed)
            .and_then(|c| c.new_blob.clone());
        // By id, so a renumbered or withdrawn guideline keeps its deviations.
        let active: Vec<&(&str, &crate::model::Deviation)> = deviations
            .iter()
            .filter(|(code, d)| d.guideline == id && d.is_active(ended.get(code).copied(), as_of))
            .collect();

        let open_revision = index.rounds.values().find(|r| {
            r.kind == Some(RoundKind::Revision)
                && !r.cancelled
                && r.opened_at.is_some_and(|o| o <= upto)
                && r.closed_at.is_none_or(|c| c > upto)
                && r.scope.iter().any(|s| s == id)
                && !approvals.iter().any(|a| a.round == r.id)
        });
        let withdrawn = !in_collection || matches!(standing, Some(Standing::Withdrawn { .. }));
        let status = if withdrawn {
            Status::Withdrawn
        } else if open_revision.is_some() {
            Status::InRevision
        } else {
            Status::InForce
        };

        let mut changes_since = Vec::new();
        let approved = match approval {
            None => None,
            Some(a) => {
                let binding = Some(&a.event.content);
                let start = index
                    .position(&a.event.content.commit)
                    .filter(|&p| p <= a.version.commit)
                    .unwrap_or(a.version.commit);
                // Consecutive changes share a version: read each blob once.
                let mut previous: Option<(String, Vec<u8>)> = None;
                for c in changes.iter().filter(|c| c.commit > start) {
                    let renumbered = match (&c.old_blob, &c.new_blob) {
                        (Some(o), Some(n)) => {
                            let old = match previous.take() {
                                Some((id, bytes)) if id == *o => bytes,
                                _ => repo.read_blob(o)?,
                            };
                            let new = repo.read_blob(n)?;
                            let same = only_number_differs(&old, &new);
                            previous = Some((n.clone(), new));
                            same
                        }
                        _ => false,
                    };
                    if !renumbered {
                        changes_since.push(commit_ref(c.commit));
                    }
                }
                let approved_blob = binding.and_then(|b| b.blobs.get(id));
                let text_as_approved = match (approved_blob, &current_blob) {
                    (Some(a), Some(c)) if a == c => true,
                    (Some(a), Some(c)) => only_number_differs(&repo.read_blob(a)?, &repo.read_blob(c)?),
                    _ => changes_since.is_empty(),
                };
                Some(Approved {
                    date: a.event.date,
                    body: a.event.body.clone(),
                    decision: a.event.decision.clone(),
                    round: a.round.to_string(),
                    commit: index.commit(a.version.commit).id.clone(),
                    text_as_approved,
                })
            }
        };
        let approval_date = approval.map(|a| effective_date(a.event.date, index.commit(a.version.commit).time));
        let check_date = check.map(|v| effective_date(Some(v.verdict.date), index.commit(v.version.commit).time));
        let (basis, base) = match (approval_date, check_date) {
            (Some(a), Some(c)) if c >= a => (Some(DueBasis::Check), Some(c)),
            (Some(a), _) => (Some(DueBasis::Approval), Some(a)),
            (None, Some(c)) => (Some(DueBasis::Check), Some(c)),
            (None, None) => (
                Some(DueBasis::Added),
                changes.first().map(|c| index.commit(c.commit).time.date_naive()),
            ),
        };
        let (next_due, due_basis, due_state) = if withdrawn {
            (None, None, DueState::Ok)
        } else {
            let next = base.and_then(|b| b.checked_add_months(interval));
            let state = match next {
                Some(n) if n < as_of => DueState::Overdue,
                Some(n) if n <= window => DueState::Due,
                Some(_) => DueState::Ok,
                None => DueState::Due,
            };
            (next, basis, state)
        };

        let translations_behind = if in_collection {
            translation_lags(repo, index, loaded, g, &changes)?
        } else {
            Vec::new()
        };
        rows.push(CurrencyRow {
            id: id.to_string(),
            number: (g.number > 0).then_some(g.number),
            title: g.title_in(&lang).to_string(),
            status,
            revision_round: open_revision
                .filter(|_| status == Status::InRevision)
                .map(|r| r.id.clone()),
            approved,
            last_check: check.map(|v| Check {
                round: v.round.to_string(),
                date: Some(v.verdict.date),
                verdict: v.verdict.verdict.as_str().to_string(),
                note: v.verdict.note.clone(),
            }),
            next_due,
            due_basis,
            due_state,
            changes_since_approval: changes_since,
            translations_behind,
            active_deviations: active.len(),
            deviations_text_changed: active
                .iter()
                .filter(|(_, d)| d.guideline_blob() != current_blob.as_deref())
                .map(|(code, d)| DeviationRef {
                    code: code.to_string(),
                    project: d.project.clone(),
                    date: d.date,
                    bound_commit: d.content.commit.clone(),
                })
                .collect(),
        });
    }

    let mut summary = Summary {
        total: rows.len(),
        ..Summary::default()
    };
    for r in &rows {
        match r.status {
            Status::InForce => summary.in_force += 1,
            Status::InRevision => summary.in_revision += 1,
            Status::Withdrawn => summary.withdrawn += 1,
        }
        summary.active_deviations += r.active_deviations;
        if r.status == Status::Withdrawn {
            continue;
        }
        match r.due_state {
            DueState::Ok => summary.ok += 1,
            DueState::Due => summary.due += 1,
            DueState::Overdue => summary.overdue += 1,
        }
        if r.approved.as_ref().is_some_and(|a| !a.text_as_approved) {
            summary.changed_since_approval += 1;
        }
        if r.approved.is_none() {
            summary.never_approved += 1;
        }
        if !r.translations_behind.is_empty() {
            summary.translations_behind += 1;
        }
    }
    Ok(CurrencyReport {
        as_of,
        commit: index.commit(upto).id.clone(),
        interval_months: collection.review_interval_months,
        due_window_months: DUE_WINDOW_MONTHS,
        language: lang,
        summary,
        guidelines: rows,
    })
}

/// The translations of `g` last changed before its primary text was. Only
/// guidelines with texts in more than one language read old versions.
fn translation_lags(
    repo: &Repo,
    index: &HistoryIndex,
    loaded: &Loaded,
    g: &Guideline,
    changes: &[&super::GuidelineChange],
) -> Result<Vec<TranslationLag>> {
    let primary = loaded.collection.primary_language();
    let others: Vec<&String> = g
        .texts
        .iter()
        .filter(|(l, t)| l.as_str() != primary && **t != crate::model::GuidelineText::default())
        .map(|(l, _)| l)
        .collect();
    if others.is_empty() {
        return Ok(Vec::new());
    }
    let path = format!("guidelines/{}.toml", g.id);
    let parse = |blob: &Option<String>| -> Result<Option<Guideline>> {
        Ok(match blob {
            Some(b) => crate::store::parse_guideline(&path, &g.id, &repo.read_blob(b)?, &loaded.collection).0,
            None => None,
        })
    };
    // Newest first: the last change of each language's texts.
    let mut last_changed: std::collections::BTreeMap<String, usize> = Default::default();
    let wanted = others.len() + 1;
    let mut newer = parse(&changes.last().and_then(|c| c.new_blob.clone()))?;
    for c in changes.iter().rev() {
        let older = parse(&c.old_blob)?;
        for lang in std::iter::once(primary).chain(others.iter().map(|l| l.as_str())) {
            if last_changed.contains_key(lang) {
                continue;
            }
            let text = |v: &Option<Guideline>| v.as_ref().and_then(|g| g.texts.get(lang).cloned());
            if text(&newer) != text(&older) {
                last_changed.insert(lang.to_string(), c.commit);
            }
        }
        if last_changed.len() == wanted {
            break;
        }
        newer = older;
    }
    let Some(&primary_at) = last_changed.get(primary) else {
        return Ok(Vec::new());
    };
    Ok(others
        .into_iter()
        .filter_map(|lang| {
            let at = *last_changed.get(lang.as_str())?;
            (at < primary_at).then(|| TranslationLag {
                language: lang.clone(),
                translation_changed: index.commit(at).time,
                primary_changed: index.commit(primary_at).time,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_change_alone_is_renumbering() {
        let a = b"number = 3\ntheme = \"x\"\n\n[sv]\ntitle = \"T\"\nnumber = \"kept\"\n";
        let b = b"number = 4\ntheme = \"x\"\n\n[sv]\ntitle = \"T\"\nnumber = \"kept\"\n";
        let c = b"number = 4\ntheme = \"x\"\n\n[sv]\ntitle = \"U\"\nnumber = \"kept\"\n";
        let d = b"number = 4\ntheme = \"x\"\n\n[sv]\ntitle = \"T\"\nnumber = \"other\"\n";
        assert!(only_number_differs(a, b));
        assert!(!only_number_differs(a, c));
        assert!(!only_number_differs(b, d));
    }
}

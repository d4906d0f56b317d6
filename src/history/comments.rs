//! `riktlinjer report comments`: the summary of statements of one review
//! round (*sammanställning av utlåtanden*, *lausuntotiivistelmä*), the
//! document the ministry publishes after a round. Per guideline every
//! statement with its answer and disposition, and the commits that changed
//! the text in answer to it, found in the one history walk through their
//! `Addresses: <round>/S-<code>` trailers, each with a short word-diff
//! summary. Counts by organisation and by disposition; unanswered
//! statements flagged.
//!
//! The records are read through [`crate::store::reviews`]; the commits come
//! from the [`HistoryIndex`]. The result is data; renderers only print it.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use super::HistoryIndex;
use super::summary::{GuidelineSummary, Reader, Version};
use crate::Result;
use crate::model::{Disposition, FieldPath, PartialDate, RoundKind, RoundRecord, Workflow};
use crate::repo::Repo;

/// Where the round stands.
#[derive(Debug, Clone, Serialize)]
pub struct RoundInfo {
    /// Round id.
    pub id: String,
    /// Title.
    pub title: String,
    /// `revision` or `currency-check`.
    pub kind: RoundKind,
    /// When it opened.
    pub opened: PartialDate,
    /// `open`, `approved` or `closed`.
    pub state: &'static str,
    /// The stage it is in (id).
    pub stage: Option<String>,
    /// The stage's name in the report's language.
    pub stage_name: Option<String>,
    /// The comment round, when one was opened.
    pub comment_round: Option<CommentRoundInfo>,
    /// The approval, when recorded.
    pub approval: Option<ApprovalInfo>,
    /// Guidelines in scope.
    pub scope: usize,
}

/// The comment round's window.
#[derive(Debug, Clone, Serialize)]
pub struct CommentRoundInfo {
    /// First day.
    pub opens: PartialDate,
    /// Last day.
    pub closes: PartialDate,
    /// The note recorded with it.
    pub note: Option<String>,
}

/// The approval of the round.
#[derive(Debug, Clone, Serialize)]
pub struct ApprovalInfo {
    /// Date of the decision.
    pub date: Option<PartialDate>,
    /// The deciding body.
    pub body: Option<String>,
    /// The decision reference.
    pub decision: Option<String>,
}

/// A guideline as the summary names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidelineRef {
    /// Id.
    pub id: String,
    /// Number (in the text now, else when the round opened); `None` when the
    /// guideline is found in neither.
    pub number: Option<u32>,
    /// Title in the report's language (the id when unknown).
    pub title: String,
}

/// The answer to a statement.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerEntry {
    /// How the statement was taken into account.
    pub disposition: Disposition,
    /// The reply.
    pub reply: String,
    /// When the answer was recorded.
    pub recorded_at: DateTime<FixedOffset>,
}

/// A commit that changed the text in answer to a statement.
#[derive(Debug, Clone, Serialize)]
pub struct Addressing {
    /// Full commit id.
    pub commit: String,
    /// Author time.
    pub date: DateTime<FixedOffset>,
    /// Author name.
    pub author: String,
    /// First line of the message.
    pub message: String,
    /// What it changed, per guideline.
    pub changes: Vec<GuidelineSummary>,
}

/// One statement with its answer.
#[derive(Debug, Clone, Serialize)]
pub struct StatementEntry {
    /// `<round-id>/S-<code>`.
    pub id: String,
    /// The organisation that sent it.
    pub organisation: String,
    /// When it was received.
    pub received: PartialDate,
    /// Received outside the comment round.
    pub late: bool,
    /// The guideline it concerns (`None`: the whole set).
    pub guideline: Option<GuidelineRef>,
    /// The field it concerns (`sv.statement`).
    pub field: Option<String>,
    /// That field's name in the report's language (`Riktlinje`).
    pub field_label: Option<String>,
    /// What it says.
    pub text: String,
    /// Its answer, or `None` while unanswered.
    pub answer: Option<AnswerEntry>,
    /// The commits that changed the text in answer to it, oldest first.
    pub addressed_by: Vec<Addressing>,
}

/// The statements on one guideline (or on the whole set).
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// The guideline, or `None` for statements on the whole set.
    pub guideline: Option<GuidelineRef>,
    /// Its statements, in order of receipt.
    pub statements: Vec<StatementEntry>,
}

/// Statements with one disposition.
#[derive(Debug, Clone, Serialize)]
pub struct DispositionCount {
    /// `accepted`, `partly`, `rejected`, `noted` or `unanswered`.
    pub disposition: &'static str,
    /// How many.
    pub count: usize,
}

/// The statements of one organisation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct OrganisationCount {
    /// The organisation.
    pub organisation: String,
    /// Statements sent.
    pub statements: usize,
    /// Accepted.
    pub accepted: usize,
    /// Partly accepted.
    pub partly: usize,
    /// Rejected.
    pub rejected: usize,
    /// Noted.
    pub noted: usize,
    /// Not yet answered.
    pub unanswered: usize,
}

/// A commit citing a statement the round does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownCitation {
    /// The commit.
    pub commit: String,
    /// What it cites.
    pub cited: String,
}

/// The summary of statements of one round.
#[derive(Debug, Clone, Serialize)]
pub struct CommentsReport {
    /// The collection's title.
    pub collection_title: String,
    /// The language of the report: of titles, names and its documents'
    /// fixed wording.
    pub lang: String,
    /// The round.
    pub round: RoundInfo,
    /// The commit whose records were read.
    pub head: String,
    /// The day the summary was made.
    pub date: NaiveDate,
    /// Statements received.
    pub statements: usize,
    /// Organisations that sent them.
    pub organisations: usize,
    /// Statements received late.
    pub late: usize,
    /// Statements still without an answer.
    pub unanswered: Vec<String>,
    /// Counts by disposition (every disposition, then `unanswered`).
    pub by_disposition: Vec<DispositionCount>,
    /// Counts by organisation, by name.
    pub by_organisation: Vec<OrganisationCount>,
    /// Per guideline in number order, then the whole set.
    pub sections: Vec<Section>,
    /// Guidelines in scope that no statement concerns.
    pub guidelines_without_statements: usize,
    /// Commits that cite a statement this round does not have.
    pub unknown_citations: Vec<UnknownCitation>,
}

/// Every disposition, in the order the summary lists them.
pub const DISPOSITIONS: [Disposition; 4] = [
    Disposition::Accepted,
    Disposition::Partly,
    Disposition::Rejected,
    Disposition::Noted,
];

/// What the report needs besides the history.
pub struct Inputs<'a> {
    /// The round's records.
    pub round: &'a RoundRecord,
    /// The workflow.
    pub workflow: &'a Workflow,
    /// The guidelines at `HEAD` (by blob; only those named are parsed).
    pub current: &'a Version,
    /// The guidelines when the round opened, if they can be read.
    pub base: Option<&'a Version>,
    /// `HEAD`.
    pub head: String,
    /// Today.
    pub today: NaiveDate,
    /// The language of titles and names (one of the collection's).
    pub lang: String,
}

fn guideline_ref(id: &str, inputs: &Inputs<'_>, reader: &mut Reader<'_>, lang: &str) -> Result<GuidelineRef> {
    let mut found = reader.guideline(inputs.current, id)?;
    if found.is_none()
        && let Some(base) = inputs.base
    {
        found = reader.guideline(base, id)?;
    }
    Ok(GuidelineRef {
        id: id.to_string(),
        number: found.as_ref().map(|g| g.number),
        title: found
            .as_ref()
            .map(|g| g.title_in(lang).to_string())
            .unwrap_or_else(|| id.to_string()),
    })
}

/// The statement code a citation names in `round` (`2026-1/S-7F3A2C` →
/// `7f3a2c`), or `None` when it cites another round.
fn cited_code(citation: &str, round: &str) -> Option<String> {
    let (r, s) = citation.trim().split_once('/')?;
    if r != round {
        return None;
    }
    let code = s.strip_prefix("S-").or_else(|| s.strip_prefix("s-")).unwrap_or(s);
    Some(code.to_ascii_lowercase())
}

/// The guidelines each of the commits `wanted` changed, as two versions to
/// compare (one pass over the changes, and each collection blob parsed
/// once, however many commits share it).
fn commit_versions(
    repo: &Repo,
    index: &HistoryIndex,
    wanted: &BTreeSet<usize>,
    fallback: &Version,
) -> Result<BTreeMap<usize, (Version, Version)>> {
    let mut collections: HashMap<&str, crate::model::Collection> = HashMap::new();
    let mut out = BTreeMap::new();
    for &n in wanted {
        let collection = match index.collection_blob_at(n) {
            Some(blob) => match collections.get(blob) {
                Some(c) => c.clone(),
                None => {
                    let c = crate::store::parse_collection(crate::store::INDEX_PATH, &repo.read_blob(blob)?)
                        .unwrap_or_else(|_| fallback.collection.clone());
                    collections.insert(blob, c.clone());
                    c
                }
            },
            None => fallback.collection.clone(),
        };
        out.insert(n, (Version::empty(collection.clone()), Version::empty(collection)));
    }
    for (id, changes) in &index.guidelines {
        for c in changes.iter().filter(|c| wanted.contains(&c.commit)) {
            let (old, new) = out.get_mut(&c.commit).expect("every wanted commit has its pair");
            if let Some(b) = &c.old_blob {
                old.blobs.insert(id.clone(), b.clone());
            }
            if let Some(b) = &c.new_blob {
                new.blobs.insert(id.clone(), b.clone());
            }
        }
    }
    Ok(out)
}

/// Build the summary of statements of `inputs.round`.
pub fn report(repo: &Repo, index: &HistoryIndex, inputs: &Inputs<'_>) -> Result<CommentsReport> {
    let record = inputs.round;
    let collection = &inputs.current.collection;
    let lang = inputs.lang.clone();

    // The commits citing each statement, oldest first.
    let codes: BTreeSet<&str> = record.statements.iter().map(|s| s.code.as_str()).collect();
    let mut citing: HashMap<String, Vec<usize>> = HashMap::new();
    let mut unknown_citations = Vec::new();
    for (n, c) in index.commits.iter().enumerate() {
        for cited in &c.trailers.addresses {
            let Some(code) = cited_code(cited, &record.id) else {
                continue;
            };
            if codes.contains(code.as_str()) {
                let list = citing.entry(code).or_default();
                if !list.contains(&n) {
                    list.push(n);
                }
            } else {
                unknown_citations.push(UnknownCitation {
                    commit: c.id.clone(),
                    cited: cited.clone(),
                });
            }
        }
    }
    // Each citing commit summarised once, however many statements it cites.
    let mut reader = Reader::new(repo).in_language(&lang);
    let mut summaries: BTreeMap<usize, Addressing> = BTreeMap::new();
    let wanted: BTreeSet<usize> = citing.values().flatten().copied().collect();
    for (n, (old, new)) in commit_versions(repo, index, &wanted, inputs.current)? {
        let (changes, _) = reader.compare(&old, &new)?;
        let c = index.commit(n);
        summaries.insert(
            n,
            Addressing {
                commit: c.id.clone(),
                date: c.time,
                author: c.author.clone(),
                message: c.summary.clone(),
                changes,
            },
        );
    }

    let mut by_org: BTreeMap<String, OrganisationCount> = BTreeMap::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut unanswered = Vec::new();
    let mut late = 0;
    // A withdrawn statement was recorded twice or by mistake: the summary leaves it out.
    for s in record
        .statements
        .iter()
        .filter(|s| !record.withdrawn.contains_key(&s.code))
    {
        let st = &s.statement;
        let id = record.statement_id(&s.code);
        let answer = record.answers.get(&s.code).map(|a| AnswerEntry {
            disposition: a.disposition,
            reply: a.reply.clone(),
            recorded_at: a.recorded_at,
        });
        let org = by_org
            .entry(st.from.to_lowercase())
            .or_insert_with(|| OrganisationCount {
                organisation: st.from.clone(),
                ..OrganisationCount::default()
            });
        org.statements += 1;
        match answer.as_ref().map(|a| a.disposition) {
            None => {
                org.unanswered += 1;
                unanswered.push(id.clone());
            }
            Some(Disposition::Accepted) => org.accepted += 1,
            Some(Disposition::Partly) => org.partly += 1,
            Some(Disposition::Rejected) => org.rejected += 1,
            Some(Disposition::Noted) => org.noted += 1,
        }
        late += usize::from(st.late);
        let guideline = st
            .guideline
            .as_deref()
            .map(|g| guideline_ref(g, inputs, &mut reader, &lang))
            .transpose()?;
        let field_label = st
            .field
            .as_deref()
            .and_then(|f| f.parse::<FieldPath>().ok())
            .map(|fp| crate::render::field_label(&fp.field, &lang, collection));
        let addressed_by = citing
            .get(&s.code)
            .map(|ns| {
                let mut ns = ns.clone();
                ns.sort_unstable();
                ns.iter().map(|n| summaries[n].clone()).collect()
            })
            .unwrap_or_default();
        let entry = StatementEntry {
            id,
            organisation: st.from.clone(),
            received: st.received,
            late: st.late,
            guideline: guideline.clone(),
            field: st.field.clone(),
            field_label,
            text: st.text.clone(),
            answer,
            addressed_by,
        };
        match sections.iter_mut().find(|sec| sec.guideline == guideline) {
            Some(sec) => sec.statements.push(entry),
            None => sections.push(Section {
                guideline,
                statements: vec![entry],
            }),
        }
    }
    // Guidelines by number (unknown numbers after, by id), the whole set last.
    sections.sort_by_key(|s| match &s.guideline {
        Some(g) => (0, g.number.unwrap_or(u32::MAX), g.id.clone()),
        None => (1, 0, String::new()),
    });
    let concerned: BTreeSet<&str> = sections
        .iter()
        .filter_map(|s| s.guideline.as_ref().map(|g| g.id.as_str()))
        .collect();
    let guidelines_without_statements = record
        .round
        .guidelines
        .iter()
        .filter(|g| !concerned.contains(g.as_str()))
        .count();

    let count = |d: Disposition| record.answers.values().filter(|a| a.disposition == d).count();
    let mut by_disposition: Vec<DispositionCount> = DISPOSITIONS
        .iter()
        .map(|&d| DispositionCount {
            disposition: d.as_str(),
            count: count(d),
        })
        .collect();
    by_disposition.push(DispositionCount {
        disposition: "unanswered",
        count: unanswered.len(),
    });

    let stage = record.current_stage().map(str::to_string);
    let stage_name = stage.as_deref().map(|s| match record.round.kind {
        RoundKind::Revision => inputs
            .workflow
            .stage(s)
            .map(|st| st.name_in(&lang).to_string())
            .unwrap_or_else(|| s.to_string()),
        RoundKind::CurrencyCheck => inputs.workflow.currency_check.name_in(&lang).to_string(),
    });
    let round = RoundInfo {
        id: record.id.clone(),
        title: record.round.title.clone(),
        kind: record.round.kind,
        opened: record.round.opened,
        state: if record.closed().is_some() {
            "closed"
        } else if record.approval().is_some() {
            "approved"
        } else {
            "open"
        },
        stage,
        stage_name,
        comment_round: record.comment_round(inputs.workflow).map(|w| CommentRoundInfo {
            opens: w.opens,
            closes: w.closes,
            note: w.event.event.note.clone(),
        }),
        approval: record.approval().map(|a| ApprovalInfo {
            date: a.event.date,
            body: a.event.body.clone(),
            decision: a.event.decision.clone(),
        }),
        scope: record.round.guidelines.len(),
    };
    Ok(CommentsReport {
        collection_title: collection.title_in(&lang).to_string(),
        lang,
        round,
        head: inputs.head.clone(),
        date: inputs.today,
        statements: record.statements.len() - record.withdrawn.len(),
        organisations: by_org.len(),
        late,
        unanswered,
        by_disposition,
        by_organisation: by_org.into_values().collect(),
        sections,
        guidelines_without_statements,
        unknown_citations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_name_a_statement_of_this_round_only() {
        assert_eq!(cited_code("2026-1/S-7F3a2c", "2026-1").as_deref(), Some("7f3a2c"));
        assert_eq!(cited_code(" 2026-1/s-abcdef ", "2026-1").as_deref(), Some("abcdef"));
        assert_eq!(cited_code("2026-2/S-7f3a2c", "2026-1"), None);
        assert_eq!(cited_code("S-7f3a2c", "2026-1"), None);
    }
}

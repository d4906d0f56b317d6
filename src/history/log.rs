//! `riktlinjer log`: the history of one guideline (or of all) from the
//! [`HistoryIndex`]: each change with its commit, the round and stage it
//! belongs to, the statements it cites and a summary of what changed.

use std::collections::HashMap;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::{ChangeKind, HistoryIndex, RoundRef};
use crate::Result;
use crate::model::{Collection, Guideline, TextField};
use crate::repo::Repo;

/// One change of one guideline. What the index already holds (the
/// commit's id, author and message, the ids) is borrowed from it, not
/// copied into each of tens of thousands of entries.
#[derive(Debug, Clone, Serialize)]
pub struct LogEntry<'i> {
    /// Full commit id.
    pub commit: &'i str,
    /// Author time.
    pub date: DateTime<FixedOffset>,
    /// Author name.
    pub author: &'i str,
    /// Author email.
    pub email: &'i str,
    /// First line of the commit message.
    pub message: &'i str,
    /// Guideline id.
    pub guideline: &'i str,
    /// Its number after the change (before, for a removal).
    pub number: Option<u32>,
    /// Its title (primary language) after the change (before, for a removal).
    pub title: Option<String>,
    /// `added`, `modified` or `removed`.
    pub change: ChangeKind,
    /// For an addition: the guideline file it was renamed from.
    pub renamed_from: Option<&'i str>,
    /// For a removal: the guideline file it was renamed to.
    pub renamed_to: Option<&'i str>,
    /// The round and stage the change belongs to.
    pub round: Option<RoundRef>,
    /// The statements the commit cites (`Addresses:`).
    pub addresses: &'i [String],
    /// What changed, field by field (empty for additions and removals).
    pub fields: Vec<FieldChange>,
    /// Words removed over all fields.
    pub words_removed: usize,
    /// Words added over all fields.
    pub words_added: usize,
    /// The commit is the cut-off of a shallow clone: the guideline was not
    /// necessarily added there, only first seen.
    pub boundary: bool,
    /// Set when a version could not be read as a guideline.
    pub unreadable: Option<&'static str>,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// `number`, `theme` or a field path (`sv.description`, `sv.actors.klient`).
    pub field: String,
    /// The value before, for short fields (number, theme, title).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The value after, for short fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Words removed.
    pub words_removed: usize,
    /// Words added.
    pub words_added: usize,
}

/// Words removed and added between two texts, from the same word diff as
/// `riktlinjer diff` (so `log`, `diff` and `changelog` agree): the words of
/// each hunk's removed and inserted text.
pub fn word_counts(old: &str, new: &str) -> (usize, usize) {
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    crate::diff::words::diff_text(old, new)
        .iter()
        .fold((0, 0), |(removed, added), h| {
            (removed + words(&h.old), added + words(&h.new))
        })
}

/// The field-by-field summary of a change from `old` to `new`.
pub fn field_changes(old: &Guideline, new: &Guideline, actor_order: &[String]) -> Vec<FieldChange> {
    let mut out = Vec::new();
    if old.number != new.number {
        out.push(FieldChange {
            field: "number".into(),
            from: Some(old.number.to_string()),
            to: Some(new.number.to_string()),
            words_removed: 0,
            words_added: 0,
        });
    }
    if old.theme != new.theme {
        out.push(FieldChange {
            field: "theme".into(),
            from: Some(old.theme.clone()),
            to: Some(new.theme.clone()),
            words_removed: 0,
            words_added: 0,
        });
    }
    let empty = crate::model::GuidelineText::default();
    let mut langs: Vec<&String> = new.texts.keys().collect();
    langs.extend(old.texts.keys().filter(|l| !new.texts.contains_key(*l)));
    for lang in langs {
        let before = old.texts.get(lang).unwrap_or(&empty);
        let after = new.texts.get(lang).unwrap_or(&empty);
        let before_fields: Vec<(TextField, &str)> = before.fields(actor_order).collect();
        let mut seen = Vec::new();
        for (field, value) in after.fields(actor_order) {
            let old_value = before_fields
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, v)| *v)
                .unwrap_or("");
            seen.push(field.clone());
            push_field(&mut out, lang, field, old_value, value);
        }
        for (field, value) in before_fields {
            if !seen.contains(&field) {
                push_field(&mut out, lang, field, value, "");
            }
        }
    }
    // Kept for the whole log (tens of thousands of entries): no spare room.
    out.shrink_to_fit();
    out
}

fn push_field(out: &mut Vec<FieldChange>, lang: &str, field: TextField, old: &str, new: &str) {
    if old == new {
        return;
    }
    let (words_removed, words_added) = word_counts(old, new);
    let short = field == TextField::Title;
    out.push(FieldChange {
        field: crate::model::FieldPath {
            lang: lang.to_string(),
            field,
        }
        .to_string(),
        from: short.then(|| old.to_string()),
        to: short.then(|| new.to_string()),
        words_removed,
        words_added,
    });
}

/// The collection in force at each change (each `index.toml` version parsed once).
struct Versions<'a> {
    repo: &'a Repo,
    index: &'a HistoryIndex,
    collections: HashMap<String, Option<Rc<Collection>>>,
    fallback: Option<Rc<Collection>>,
}

impl<'a> Versions<'a> {
    fn collection_at(&mut self, n: usize) -> Result<Option<Rc<Collection>>> {
        let Some(blob) = self.index.collection_blob_at(n) else {
            return Ok(self.fallback.clone());
        };
        if !self.collections.contains_key(blob) {
            let bytes = self.repo.read_blob(blob)?;
            let parsed = crate::store::parse_collection(crate::store::INDEX_PATH, &bytes)
                .ok()
                .map(Rc::new);
            if parsed.is_some() {
                self.fallback = parsed.clone();
            }
            self.collections.insert(blob.to_string(), parsed);
        }
        Ok(self.collections[blob].clone().or_else(|| self.fallback.clone()))
    }
}

/// The log of one guideline (`only`) or of all, newest first.
pub fn log<'i>(repo: &Repo, index: &'i HistoryIndex, only: Option<&str>) -> Result<Vec<LogEntry<'i>>> {
    log_parallel_from(repo, index, only, PARALLEL_FROM)
}

/// [`log`], reading the blobs on a second thread (while this one parses
/// and compares them) when there are at least `parallel_from` changes (and
/// two cores).
pub fn log_parallel_from<'i>(
    repo: &Repo,
    index: &'i HistoryIndex,
    only: Option<&str>,
    parallel_from: usize,
) -> Result<Vec<LogEntry<'i>>> {
    let ids: Vec<&String> = index
        .guidelines
        .keys()
        .filter(|id| only.is_none_or(|o| o == *id))
        .collect();
    let mut entries = log_of(repo, index, &ids, parallel_from)?;
    // Newest first; within a commit, by guideline number.
    entries.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.number.cmp(&b.1.number))
            .then(a.1.guideline.cmp(b.1.guideline))
    });
    Ok(entries.into_iter().map(|(_, e)| e).collect())
}

/// Below this many changes one thread does the work sooner than two.
pub const PARALLEL_FROM: usize = 2000;

/// One version of a guideline to read and parse, against a collection.
struct Job<'i> {
    id: &'i str,
    blob: &'i str,
    collection: Option<Rc<Collection>>,
    /// Changes that still need it.
    uses: usize,
    /// Shared by the (at most two) changes that compare it, without a copy.
    parsed: Option<Option<Rc<Guideline>>>,
}

/// One change and the versions it compares.
struct Planned<'i> {
    id: &'i String,
    change: &'i super::GuidelineChange,
    old: Option<usize>,
    new: Option<usize>,
    collection: Option<Rc<Collection>>,
    /// Versions not read yet.
    waiting: usize,
}

/// The log entries of the guidelines `ids`, unsorted, with the index of
/// each one's commit.
///
/// Each version is read once, in the order the pack files hold the blobs
/// ([`Repo::pack_order`]), not guideline by guideline: in a history that
/// `git fast-import` wrote, each blob is a delta against the blob written
/// before it, of whatever file, and reading one file's versions at a time
/// inflated the same delta chains again and again. A change is summarised
/// as soon as both its versions are read, and a version is dropped when
/// the last change that compares it is done, so what is held at a time is
/// about one version per guideline.
fn log_of<'i>(
    repo: &Repo,
    index: &'i HistoryIndex,
    ids: &[&'i String],
    parallel_from: usize,
) -> Result<Vec<(usize, LogEntry<'i>)>> {
    let mut versions = Versions {
        repo,
        index,
        collections: HashMap::new(),
        fallback: None,
    };
    // Plan in history order, guideline by guideline: the collections are
    // looked up in the same order as always (an unreadable one counts
    // through the last readable one).
    let mut jobs: Vec<Job<'i>> = Vec::new();
    let mut plan: Vec<Planned<'i>> = Vec::new();
    for &id in ids {
        let mut previous: Option<(&str, usize)> = None;
        for change in &index.guidelines[id] {
            let mut job = |blob: &'i str, versions: &mut Versions<'_>| -> Result<usize> {
                let collection = versions.collection_at(change.commit)?;
                jobs.push(Job {
                    id,
                    blob,
                    collection,
                    uses: 0,
                    parsed: None,
                });
                Ok(jobs.len() - 1)
            };
            let old = match (&change.old_blob, previous.take()) {
                (Some(blob), Some((prev_blob, j))) if blob == prev_blob => Some(j),
                (Some(blob), _) => Some(job(blob, &mut versions)?),
                (None, _) => None,
            };
            let new = match &change.new_blob {
                Some(blob) => Some(job(blob, &mut versions)?),
                None => None,
            };
            let collection = match new {
                Some(j) => jobs[j].collection.clone(),
                None => versions.collection_at(change.commit)?,
            };
            let mut waiting = 0;
            for j in [old, new].into_iter().flatten() {
                jobs[j].uses += 1;
                waiting += 1;
            }
            if let (Some(blob), Some(j)) = (&change.new_blob, new) {
                previous = Some((blob, j));
            }
            plan.push(Planned {
                id,
                change,
                old,
                new,
                collection,
                waiting,
            });
        }
    }
    // Which changes wait for each version.
    let mut waiters: Vec<Vec<usize>> = vec![Vec::new(); jobs.len()];
    let mut entries: Vec<(usize, LogEntry)> = Vec::with_capacity(plan.len());
    for (p, planned) in plan.iter().enumerate() {
        for j in [planned.old, planned.new].into_iter().flatten() {
            waiters[j].push(p);
        }
        if planned.waiting == 0 {
            entries.push(summarise(index, planned, None, None));
        }
    }
    // Only versions with a collection to read them against are read.
    let (to_read, unread): (Vec<usize>, Vec<usize>) = (0..jobs.len()).partition(|&j| jobs[j].collection.is_some());
    for j in unread {
        jobs[j].parsed = Some(None);
        done(index, &mut jobs, &mut plan, &waiters, j, &mut entries);
    }
    let blobs: Vec<&str> = to_read.iter().map(|&j| jobs[j].blob).collect();
    let order: Vec<usize> = repo.pack_order(&blobs).into_iter().map(|k| to_read[k]).collect();
    let mut parse = |j: usize, bytes: Vec<u8>, jobs: &mut Vec<Job<'i>>, plan: &mut Vec<Planned<'i>>| {
        let job = &jobs[j];
        let path = format!("guidelines/{}.toml", job.id);
        let c = job
            .collection
            .as_ref()
            .expect("only versions with a collection are read");
        let g = crate::store::read_guideline(&path, job.id, &bytes, c);
        jobs[j].parsed = Some(g.map(Rc::new));
        done(index, jobs, plan, &waiters, j, &mut entries);
    };
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    if plan.len() < parallel_from || cores < 2 {
        for &j in &order {
            let bytes = repo.read_blob(jobs[j].blob)?;
            parse(j, bytes, &mut jobs, &mut plan);
        }
    } else {
        // Inflating blobs and parsing them take about as long: one thread each.
        let other = repo.reopen()?;
        let names: Vec<String> = order.iter().map(|&j| jobs[j].blob.to_string()).collect();
        std::thread::scope(|scope| -> Result<()> {
            let (send, receive) = std::sync::mpsc::sync_channel::<Result<Vec<u8>>>(256);
            scope.spawn(move || {
                for blob in &names {
                    let read = other.read_blob(blob);
                    let failed = read.is_err();
                    if send.send(read).is_err() || failed {
                        break;
                    }
                }
            });
            for &j in &order {
                let bytes = receive
                    .recv()
                    .map_err(|_| crate::Error::git("the thread reading blobs stopped"))??;
                parse(j, bytes, &mut jobs, &mut plan);
            }
            Ok(())
        })?;
    }
    Ok(entries)
}

/// Version `j` is read: summarise each change that waited only for it, and
/// drop the versions no change needs any more.
fn done<'i>(
    index: &'i HistoryIndex,
    jobs: &mut [Job<'i>],
    plan: &mut [Planned<'i>],
    waiters: &[Vec<usize>],
    j: usize,
    entries: &mut Vec<(usize, LogEntry<'i>)>,
) {
    for &p in &waiters[j] {
        plan[p].waiting -= 1;
        if plan[p].waiting > 0 {
            continue;
        }
        let planned = &plan[p];
        let take = |k: Option<usize>| k.and_then(|k| jobs[k].parsed.clone().flatten());
        let (old, new) = (take(planned.old), take(planned.new));
        entries.push(summarise(index, planned, old, new));
        for k in [planned.old, planned.new].into_iter().flatten() {
            jobs[k].uses -= 1;
            if jobs[k].uses == 0 {
                jobs[k].parsed = None;
            }
        }
    }
}

/// The entry of one change, from its versions before and after.
fn summarise<'i>(
    index: &'i HistoryIndex,
    planned: &Planned<'i>,
    old: Option<Rc<Guideline>>,
    new: Option<Rc<Guideline>>,
) -> (usize, LogEntry<'i>) {
    let change = planned.change;
    let id = planned.id;
    let collection = &planned.collection;
    let c = index.commit(change.commit);
    let primary = collection.as_ref().map(|c| c.primary_language().to_string());
    let shown = new.as_ref().or(old.as_ref());
    let mut entry = LogEntry {
        commit: &c.id,
        date: c.time,
        author: &c.author,
        email: &c.email,
        message: &c.summary,
        guideline: id,
        number: shown.map(|g| g.number),
        title: shown.map(|g| g.title_in(primary.as_deref().unwrap_or("sv")).to_string()),
        change: change.kind,
        renamed_from: change.renamed_from.as_deref(),
        renamed_to: change.renamed_to.as_deref(),
        round: index.round_of(change.commit, id),
        addresses: &c.trailers.addresses,
        fields: Vec::new(),
        words_removed: 0,
        words_added: 0,
        boundary: c.boundary,
        unreadable: None,
    };
    match (&old, &new, change.kind) {
        (Some(o), Some(n), _) => {
            let actors: Vec<String> = collection
                .as_ref()
                .map(|c| c.actors.iter().map(|a| a.id.clone()).collect())
                .unwrap_or_default();
            entry.fields = field_changes(o, n, &actors);
        }
        (_, None, ChangeKind::Added | ChangeKind::Modified) => {
            entry.unreadable = Some("this version of the file is not a readable guideline");
        }
        (None, _, ChangeKind::Modified) => {
            entry.unreadable = Some("the previous version of the file is not a readable guideline");
        }
        _ => {}
    }
    entry.words_removed = entry.fields.iter().map(|f| f.words_removed).sum();
    entry.words_added = entry.fields.iter().map(|f| f.words_added).sum();
    (change.commit, entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_spaces() {
        assert_eq!(word_counts("a b c", "a b c"), (0, 0));
        assert_eq!(
            word_counts("Alla aktörer har en roll.", "Alla aktörer har en tydlig roll."),
            (0, 1)
        );
        assert_eq!(word_counts("ett två tre", "ett fyra tre"), (1, 1));
        assert_eq!(word_counts("", "ny text här"), (0, 3));
        // A change inside a word replaces the whole word, as in `diff`.
        assert_eq!(word_counts("Alla gränssytor finns.", "Alla gränsytor finns."), (1, 1));
        // Re-wrapping is no change.
        assert_eq!(word_counts("samma  text\n", "samma text"), (0, 0));
    }
}

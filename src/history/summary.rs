//! Short word-diff summaries of what a change did to guidelines, for the
//! reports that list changes (`report comments`, `changelog`): per guideline
//! the fields that changed and, per field, the changed words
//! (`sv.description: ~~gränssytor~~ → gränsytor`), computed with the word
//! diff of [`crate::diff`] so that every report and `riktlinjer diff` agree.
//!
//! Versions are read by blob id and only the guidelines that differ are
//! parsed, so a summary costs what changed, not the size of the collection.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::Serialize;

use crate::Result;
use crate::diff::{self, GuidelineDiff, Status, tokenize::tokenize};
use crate::model::{Collection, Guideline};
use crate::repo::Repo;
use crate::snapshot::Snapshot;
use crate::store;

/// At most this many changes are shown per field.
pub const MAX_HUNKS: usize = 5;
/// A side of a change longer than this many words is cut short.
pub const MAX_WORDS: usize = 12;

/// One change inside a field, cut short when long.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HunkSummary {
    /// The removed words ("" for a pure insertion).
    pub old: String,
    /// The inserted words ("" for a pure deletion).
    pub new: String,
}

/// The changes of one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldSummary {
    /// The field path (`sv.description`, `fi.actors.klient`).
    pub field: String,
    /// The first [`MAX_HUNKS`] changes, in text order.
    pub hunks: Vec<HunkSummary>,
    /// How many more changes the field has.
    pub more: usize,
    /// Words removed, over all its changes.
    pub words_removed: usize,
    /// Words inserted, over all its changes.
    pub words_added: usize,
}

/// What a change did to one guideline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidelineSummary {
    /// Guideline id.
    pub id: String,
    /// Its number (after the change; before it for a removal).
    pub number: u32,
    /// Its title in the report's language (likewise).
    pub title: String,
    /// `added`, `removed` or `modified`.
    pub status: Status,
    /// `[old, new]` when the number changed.
    pub renumbered: Option<(u32, u32)>,
    /// `[old, new]` theme ids when the theme changed.
    pub rethemed: Option<(String, String)>,
    /// The changed fields (none listed for an added or removed guideline:
    /// all of its text is new or gone).
    pub fields: Vec<FieldSummary>,
}

/// The words of `text`, cut after [`MAX_WORDS`] words with ` …`, whitespace
/// runs made single spaces.
pub fn shorten(text: &str) -> String {
    let tokens = tokenize(text);
    let words = tokens.iter().filter(|t| t.is_word).count();
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if words <= MAX_WORDS {
        return flat(text);
    }
    let cut = tokens
        .iter()
        .filter(|t| t.is_word)
        .nth(MAX_WORDS - 1)
        .map(|t| t.span.end)
        .unwrap_or(text.len());
    format!("{} …", flat(&text[..cut]))
}

fn word_count(text: &str) -> usize {
    tokenize(text).iter().filter(|t| t.is_word).count()
}

/// The summary of one guideline's diff (`None` when it did not change).
pub fn summarise(g: &GuidelineDiff) -> Option<GuidelineSummary> {
    if g.status == Status::Unchanged {
        return None;
    }
    let fields = if g.status == Status::Modified {
        g.changed_fields()
            .map(|f| FieldSummary {
                field: f.field.to_string(),
                hunks: f
                    .hunks
                    .iter()
                    .take(MAX_HUNKS)
                    .map(|h| HunkSummary {
                        old: shorten(&h.old),
                        new: shorten(&h.new),
                    })
                    .collect(),
                more: f.hunks.len().saturating_sub(MAX_HUNKS),
                words_removed: f.hunks.iter().map(|h| word_count(&h.old)).sum(),
                words_added: f.hunks.iter().map(|h| word_count(&h.new)).sum(),
            })
            .collect()
    } else {
        Vec::new()
    };
    Some(GuidelineSummary {
        id: g.id.clone(),
        number: g.number,
        title: g.title.clone(),
        status: g.status,
        renumbered: g.renumbered(),
        rethemed: g.rethemed().map(|(o, n)| (o.to_string(), n.to_string())),
        fields,
    })
}

/// Some guidelines of one version: the collection and, per guideline id,
/// its blob id.
#[derive(Debug, Clone)]
pub struct Version {
    /// The collection of that version.
    pub collection: Collection,
    /// Guideline id → blob id.
    pub blobs: BTreeMap<String, String>,
}

impl Version {
    /// No guidelines at all (before the first approval).
    pub fn empty(collection: Collection) -> Version {
        Version {
            collection,
            blobs: BTreeMap::new(),
        }
    }

    /// Every guideline of a commit, by blob id (nothing is parsed but the
    /// collection).
    pub fn at(repo: &Repo, commit: &str) -> Result<Version> {
        let snapshot = Snapshot::of(repo, Some(commit))?;
        let bytes = snapshot
            .read(store::INDEX_PATH)?
            .ok_or_else(|| crate::Error::NoCollection {
                path: repo.root().join(format!("@{commit:.7}")),
            })?;
        let collection = store::parse_collection(store::INDEX_PATH, &bytes)
            .map_err(|problems| crate::Error::Invalid { problems })?;
        let blobs = snapshot
            .blob_ids(store::GUIDELINES_DIR)?
            .into_iter()
            .filter_map(|(name, blob)| {
                let id = name.strip_suffix(".toml")?;
                (name != store::INDEX_FILE).then(|| (id.to_string(), blob))
            })
            .collect();
        Ok(Version { collection, blobs })
    }
}

/// Texts another part of the program has parsed, by blob id: `parsed`
/// answers `None` for a blob it has not seen, `Some(None)` for one that is
/// not a readable guideline. They were read against `collection`, so they
/// stand for a version only with that same collection (a guideline is
/// checked against its collection's themes and actors).
#[derive(Clone, Copy)]
pub struct Known<'k> {
    /// The collection the texts were read against.
    pub collection: &'k Collection,
    /// The text of a blob, if it was parsed.
    pub parsed: &'k (dyn Fn(&str) -> Option<Option<Arc<Guideline>>> + Sync),
}

/// Reads guideline versions by blob id. A blob parsed in one comparison is
/// kept for the next (two generations), so comparing a chain of versions
/// (approval after approval) parses each version once, while memory stays
/// bounded by two versions.
pub struct Reader<'r> {
    repo: &'r Repo,
    known: Option<Known<'r>>,
    current: HashMap<String, Option<Arc<Guideline>>>,
    previous: HashMap<String, Option<Arc<Guideline>>>,
    /// Whether the known texts stand for the version being read (its
    /// collection is theirs), decided once per comparison.
    known_fits: Option<bool>,
    /// The language of titles in summaries (`None`: the primary language).
    lang: Option<String>,
}

impl<'r> Reader<'r> {
    /// A reader of `repo`'s blobs.
    pub fn new(repo: &'r Repo) -> Reader<'r> {
        Reader {
            repo,
            known: None,
            current: HashMap::new(),
            previous: HashMap::new(),
            known_fits: None,
            lang: None,
        }
    }

    /// The same reader, giving titles in `lang` (falling back to another
    /// language where a guideline has no title in it).
    pub fn in_language(mut self, lang: &str) -> Reader<'r> {
        self.lang = Some(lang.to_string());
        self
    }

    /// The same reader, taking texts already parsed elsewhere (the site's)
    /// instead of reading their blobs again.
    pub fn with_known(mut self, known: Known<'r>) -> Reader<'r> {
        self.known = Some(known);
        self
    }

    /// The guideline `id` of version `v`, or `None` when the version has no
    /// such file or the file is not a readable guideline.
    pub fn guideline(&mut self, v: &Version, id: &str) -> Result<Option<Arc<Guideline>>> {
        let Some(blob) = v.blobs.get(id) else { return Ok(None) };
        if let Some(g) = self.current.get(blob) {
            return Ok(g.clone());
        }
        let fits = match (self.known_fits, &self.known) {
            (_, None) => false,
            (Some(fits), _) => fits,
            (None, Some(k)) => *k.collection == v.collection,
        };
        let known = self.known.as_ref().filter(|_| fits).and_then(|k| (k.parsed)(blob));
        let parsed = match self.previous.remove(blob) {
            Some(g) => g,
            None if known.is_some() => known.flatten(),
            None => {
                let bytes = self.repo.read_blob(blob)?;
                let path = format!("{}/{id}.toml", store::GUIDELINES_DIR);
                store::read_guideline(&path, id, &bytes, &v.collection).map(Arc::new)
            }
        };
        self.current.insert(blob.clone(), parsed.clone());
        Ok(parsed)
    }

    /// Parse the guidelines `ids` of a version (those it has; a blob that is
    /// not a readable guideline is left out and named in the second value).
    fn load(&mut self, v: &Version, ids: &[&String]) -> Result<(Vec<Arc<Guideline>>, Vec<String>)> {
        let mut guidelines = Vec::new();
        let mut unreadable = Vec::new();
        self.known_fits = self.known.as_ref().map(|k| *k.collection == v.collection);
        for id in ids {
            if !v.blobs.contains_key(*id) {
                continue;
            }
            match self.guideline(v, id)? {
                Some(g) => guidelines.push(g),
                None => unreadable.push((*id).clone()),
            }
        }
        self.known_fits = None;
        Ok((guidelines, unreadable))
    }

    /// What changed from `old` to `new`: one summary per guideline whose
    /// blob differs, in theme and number order. Guidelines whose text cannot
    /// be read on either side are returned by id in the second value (and
    /// left out of the first, where they would wrongly show as added or
    /// removed).
    pub fn compare(&mut self, old: &Version, new: &Version) -> Result<(Vec<GuidelineSummary>, Vec<String>)> {
        // What the last comparison parsed stays at hand for this one.
        self.previous = std::mem::take(&mut self.current);
        let mut ids: Vec<&String> = new
            .blobs
            .iter()
            .filter(|(id, blob)| old.blobs.get(*id) != Some(*blob))
            .map(|(id, _)| id)
            .collect();
        ids.extend(old.blobs.keys().filter(|id| !new.blobs.contains_key(*id)));
        if ids.is_empty() {
            return Ok((Vec::new(), Vec::new()));
        }
        let (old_loaded, mut unreadable) = self.load(old, &ids)?;
        let (new_loaded, unreadable_new) = self.load(new, &ids)?;
        unreadable.extend(unreadable_new);
        unreadable.sort();
        unreadable.dedup();
        let options = diff::Options {
            display_lang: self.lang.clone(),
            // A summary lists no fields for an added or removed guideline.
            skip_whole_texts: true,
            ..diff::Options::default()
        };
        let compared = diff::compare_views(&view(old, &old_loaded), &view(new, &new_loaded), &options);
        let summaries = compared
            .guidelines
            .iter()
            .filter(|g| !unreadable.contains(&g.id))
            .filter_map(summarise)
            .collect();
        Ok((summaries, unreadable))
    }
}

/// A version's guidelines as one side of a comparison.
fn view<'a>(v: &'a Version, guidelines: &'a [Arc<Guideline>]) -> diff::View<'a> {
    diff::View {
        collection: &v.collection,
        guidelines: guidelines.iter().map(|g| &**g).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::FieldDiff;
    use crate::model::FieldPath;

    #[test]
    fn a_summary_skips_the_fields_of_a_whole_new_text_a_diff_keeps_them() {
        let collection = store::parse_collection(store::INDEX_PATH, crate::example::index_toml()).unwrap();
        let (name, bytes) = crate::example::guideline_files().next().unwrap();
        let id = name.strip_suffix(".toml").unwrap();
        let g = store::read_guideline(&format!("guidelines/{name}"), id, bytes, &collection).unwrap();
        let empty = diff::View {
            collection: &collection,
            guidelines: Vec::new(),
        };
        let one = diff::View {
            collection: &collection,
            guidelines: vec![&g],
        };
        for skip in [false, true] {
            let options = diff::Options {
                skip_whole_texts: skip,
                ..diff::Options::default()
            };
            for (old, new, status) in [(&empty, &one, Status::Added), (&one, &empty, Status::Removed)] {
                let compared = diff::compare_views(old, new, &options);
                assert_eq!(compared.guidelines.len(), 1);
                assert_eq!(compared.guidelines[0].status, status);
                assert_eq!(
                    compared.guidelines[0].fields.is_empty(),
                    skip,
                    "{status:?}, skip {skip}"
                );
                let s = summarise(&compared.guidelines[0]).unwrap();
                assert!(s.fields.is_empty() && s.status == status);
            }
        }
    }

    #[test]
    fn long_sides_are_cut_after_twelve_words() {
        assert_eq!(shorten("ett  två\ntre"), "ett två tre");
        let long = "a b c d e f g h i j k l m n o";
        assert_eq!(shorten(long), "a b c d e f g h i j k l …");
        assert_eq!(
            shorten("a, b, c, d, e, f, g, h, i, j, k, l."),
            "a, b, c, d, e, f, g, h, i, j, k, l."
        );
    }

    #[test]
    fn a_modified_guideline_lists_its_changed_words() {
        let field = FieldDiff::new(
            "sv.description".parse::<FieldPath>().unwrap(),
            "Gränssytor ska beskrivas. Tydligt.",
            "Gränsytor ska beskrivas noga. Tydligt.",
        );
        let g = GuidelineDiff {
            id: "g".into(),
            status: Status::Modified,
            number: 2,
            old_number: Some(1),
            theme: "t".into(),
            old_theme: Some("t".into()),
            title: "G".into(),
            fields: vec![field],
        };
        let s = summarise(&g).unwrap();
        assert_eq!(s.renumbered, Some((1, 2)));
        assert_eq!(s.rethemed, None);
        assert_eq!(s.fields.len(), 1);
        assert_eq!(s.fields[0].field, "sv.description");
        assert_eq!(
            s.fields[0].hunks,
            [
                HunkSummary {
                    old: "Gränssytor".into(),
                    new: "Gränsytor".into()
                },
                HunkSummary {
                    old: "".into(),
                    new: "noga".into()
                }
            ]
        );
        assert_eq!((s.fields[0].words_removed, s.fields[0].words_added), (1, 2));
    }
}

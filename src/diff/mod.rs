//! Diffs of two versions of the collection: guideline by guideline (matched
//! by id), field by field, word by word.
//!
//! [`compare`] computes a [`CollectionDiff`] once; every renderer
//! (`render::diff_*`) only walks it. The JSON form is the contract of the
//! diff issue: `{"from", "to", "guidelines": [{"id", "number", "status",
//! "fields": [{"field", "hunks": [{"old", "new"}]}]}]}`, with a few added
//! fields (`title`, `theme`, `old_number`, `old_theme`, `summary`, …).

pub mod round;
pub mod tokenize;
pub mod words;

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::model::{Collection, FieldPath, Guideline, TextField};
use crate::store::Loaded;
pub use words::{Hunk, Piece};

/// One side of the comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    /// The full commit id, or `None` for the working tree.
    pub commit: Option<String>,
    /// The revision as the user named it (`HEAD~1`), when that is not the
    /// commit id itself; for `diff --round`, the event (or `base`).
    pub name: Option<String>,
    /// For `diff --round`: the round this side is bound to.
    pub round: Option<String>,
}

impl Side {
    /// What the JSON `from`/`to` hold: the commit id, or `"working tree"`.
    pub fn id(&self) -> &str {
        self.commit.as_deref().unwrap_or("working tree")
    }
}

/// What happened to a guideline between the two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Only in the new version: every field shows as inserted.
    Added,
    /// Only in the old version: every field shows as removed.
    Removed,
    /// In both, with a changed field, number or theme.
    Modified,
    /// In both and the same (kept so that a document of the whole new text,
    /// such as the Word file, can be rendered; never in the JSON).
    Unchanged,
}

/// The diff of one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDiff {
    /// Which field: `sv.description`, `sv.actors.klient`.
    pub field: FieldPath,
    /// The old text ("" when absent).
    pub old: String,
    /// The new text ("" when absent).
    pub new: String,
    /// The changes, in text order; empty when the field is unchanged (modulo
    /// whitespace).
    pub hunks: Vec<Hunk>,
}

impl FieldDiff {
    /// Diff one field.
    pub fn new(field: FieldPath, old: &str, new: &str) -> FieldDiff {
        FieldDiff {
            hunks: words::diff_text(old, new),
            field,
            old: old.to_string(),
            new: new.to_string(),
        }
    }

    /// Whether anything but whitespace changed.
    pub fn changed(&self) -> bool {
        !self.hunks.is_empty()
    }

    /// The inline view (unchanged text and changes, in order).
    pub fn pieces(&self) -> Vec<Piece<'_>> {
        words::pieces(&self.old, &self.new, &self.hunks)
    }

    /// The old text in pieces, changed ones marked `true`.
    pub fn old_side(&self) -> Vec<(bool, &str)> {
        words::side(&self.old, self.hunks.iter().map(|h| h.old_core.clone()))
    }

    /// The new text in pieces, changed ones marked `true`.
    pub fn new_side(&self) -> Vec<(bool, &str)> {
        words::side(&self.new, self.hunks.iter().map(|h| h.new_core.clone()))
    }
}

/// The diff of one guideline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuidelineDiff {
    /// Stable id (the file name): how the two sides are matched.
    pub id: String,
    /// Added, removed, modified or unchanged.
    pub status: Status,
    /// The number in the new version (in the old one when removed).
    pub number: u32,
    /// The number in the old version, when the guideline existed there.
    pub old_number: Option<u32>,
    /// Theme id in the new version (old one when removed).
    pub theme: String,
    /// Theme id in the old version, when the guideline existed there.
    pub old_theme: Option<String>,
    /// Title in the display language (new version; old one when removed).
    pub title: String,
    /// Every compared field in canonical order, unchanged ones included.
    pub fields: Vec<FieldDiff>,
}

impl GuidelineDiff {
    /// `(old, new)` when the guideline was renumbered.
    pub fn renumbered(&self) -> Option<(u32, u32)> {
        self.old_number.filter(|&o| o != self.number).map(|o| (o, self.number))
    }

    /// `(old, new)` theme ids when the guideline moved to another theme.
    pub fn rethemed(&self) -> Option<(&str, &str)> {
        self.old_theme
            .as_deref()
            .filter(|&o| o != self.theme)
            .map(|o| (o, self.theme.as_str()))
    }

    /// The fields that changed.
    pub fn changed_fields(&self) -> impl Iterator<Item = &FieldDiff> {
        self.fields.iter().filter(|f| f.changed())
    }
}

/// How much changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Guidelines only in the new version.
    pub added: usize,
    /// Guidelines only in the old version.
    pub removed: usize,
    /// Guidelines in both with changes.
    pub modified: usize,
    /// Changed fields, over all guidelines.
    pub fields: usize,
    /// Hunks, over all fields.
    pub hunks: usize,
}

/// A recorded review round the diff was taken from (`diff --round`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundRef {
    /// The round id (its folder under `reviews/`).
    pub id: String,
    /// The event (file stem) or `base` the old side was bound to.
    pub from: String,
    /// The event (file stem) or `working tree` of the new side.
    pub to: String,
}

/// The diff of two versions of the collection: the one result every diff
/// renderer takes.
#[derive(Debug, Clone)]
pub struct CollectionDiff {
    /// The old side.
    pub from: Side,
    /// The new side.
    pub to: Side,
    /// The round, for `diff --round`.
    pub round: Option<RoundRef>,
    /// The language of titles and headings.
    pub lang: String,
    /// The languages compared.
    pub languages: Vec<String>,
    /// The collection of the new side, with the themes and actors that only
    /// the old side has appended (so every name can be shown).
    pub collection: Collection,
    /// Whom tracked changes are attributed to: the author of the new side's
    /// commit, or the user for the working tree.
    pub author: String,
    /// When: the new side's commit time, or now for the working tree.
    pub date: DateTime<FixedOffset>,
    /// Every compared guideline (unchanged ones included), by theme then
    /// number.
    pub guidelines: Vec<GuidelineDiff>,
}

impl CollectionDiff {
    /// The guidelines with a change.
    pub fn changed(&self) -> impl Iterator<Item = &GuidelineDiff> {
        self.guidelines.iter().filter(|g| g.status != Status::Unchanged)
    }

    /// Counts of what changed.
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for g in self.changed() {
            match g.status {
                Status::Added => s.added += 1,
                Status::Removed => s.removed += 1,
                Status::Modified => s.modified += 1,
                Status::Unchanged => {}
            }
            for f in g.changed_fields() {
                s.fields += 1;
                s.hunks += f.hunks.len();
            }
        }
        s
    }

    /// The theme's name in the display language (the id if unknown).
    pub fn theme_name(&self, theme: &str) -> String {
        self.collection
            .theme(theme)
            .map(|t| t.name_in(&self.lang).to_string())
            .unwrap_or_else(|| theme.to_string())
    }
}

/// What to compare.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these guideline ids (all when `None`).
    pub only: Option<Vec<String>>,
    /// The languages to compare (every language of either side when empty).
    pub languages: Vec<String>,
    /// The language of titles and headings (the new side's primary language
    /// when `None`).
    pub display_lang: Option<String>,
    /// Leave out the fields of added and removed guidelines (all of their
    /// text is new or gone): for summaries, which do not list them, and at
    /// a first approval of thousands of guidelines would hold them all.
    pub skip_whole_texts: bool,
}

/// The parts of a [`CollectionDiff`] that [`compare`] computes.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The display language.
    pub lang: String,
    /// The languages compared.
    pub languages: Vec<String>,
    /// The merged collection (names for every theme and actor).
    pub collection: Collection,
    /// Every compared guideline.
    pub guidelines: Vec<GuidelineDiff>,
}

impl Compared {
    /// Attach the sides and the attribution.
    pub fn into_diff(self, from: Side, to: Side, author: String, date: DateTime<FixedOffset>) -> CollectionDiff {
        CollectionDiff {
            from,
            to,
            round: None,
            lang: self.lang,
            languages: self.languages,
            collection: self.collection,
            author,
            date,
            guidelines: self.guidelines,
        }
    }
}

/// Merge the old collection's themes and actors that the new one lacks.
fn merged_collection(from: &Collection, to: &Collection) -> Collection {
    let mut c = to.clone();
    for t in &from.themes {
        if c.theme(&t.id).is_none() {
            c.themes.push(t.clone());
        }
    }
    for a in &from.actors {
        if !c.actors.iter().any(|b| b.id == a.id) {
            c.actors.push(a.clone());
        }
    }
    for l in &from.languages {
        if !c.languages.contains(l) {
            c.languages.push(l.clone());
        }
    }
    c
}

/// The field paths to compare for one guideline, in canonical order.
fn field_paths(
    languages: &[String],
    actor_order: &[String],
    a: Option<&Guideline>,
    b: Option<&Guideline>,
) -> Vec<FieldPath> {
    let mut out = Vec::new();
    for lang in languages {
        let texts: Vec<_> = [a, b].into_iter().flatten().filter_map(|g| g.texts.get(lang)).collect();
        if texts.is_empty() {
            continue;
        }
        let mut fields: Vec<TextField> = vec![TextField::Title, TextField::Statement, TextField::Description];
        fields.extend(actor_order.iter().map(|a| TextField::Actor(a.clone())));
        for t in &texts {
            for id in t.actors.keys() {
                if !actor_order.contains(id) && !fields.contains(&TextField::Actor(id.clone())) {
                    fields.push(TextField::Actor(id.clone()));
                }
            }
        }
        out.extend(fields.into_iter().map(|field| FieldPath {
            lang: lang.clone(),
            field,
        }));
    }
    out
}

/// One side of a comparison, borrowed: a collection and some of its
/// guidelines (so a caller holding parsed texts compares them without
/// copying them into a [`Loaded`]).
pub struct View<'a> {
    /// The collection of that side.
    pub collection: &'a Collection,
    /// Its guidelines, in any order.
    pub guidelines: Vec<&'a Guideline>,
}

impl<'a> View<'a> {
    /// The view of a loaded snapshot.
    pub fn of(loaded: &'a Loaded) -> View<'a> {
        View {
            collection: &loaded.collection,
            guidelines: loaded.guidelines.iter().collect(),
        }
    }
}

/// Compare two loaded versions of the collection, guideline by guideline
/// (matched by id), every field of every compared language.
pub fn compare(from: &Loaded, to: &Loaded, options: &Options) -> Compared {
    compare_views(&View::of(from), &View::of(to), options)
}

/// [`compare`] on borrowed sides.
pub fn compare_views(from: &View<'_>, to: &View<'_>, options: &Options) -> Compared {
    let collection = merged_collection(from.collection, to.collection);
    let lang = options
        .display_lang
        .clone()
        .unwrap_or_else(|| collection.primary_language().to_string());
    let languages = if options.languages.is_empty() {
        collection.languages.clone()
    } else {
        options.languages.clone()
    };
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    let wanted = |id: &str| options.only.as_ref().is_none_or(|ids| ids.iter().any(|w| w == id));

    let old_by_id: HashMap<&str, &Guideline> = from.guidelines.iter().map(|g| (g.id.as_str(), *g)).collect();
    let new_by_id: HashMap<&str, &Guideline> = to.guidelines.iter().map(|g| (g.id.as_str(), *g)).collect();
    let mut ids: Vec<&str> = to.guidelines.iter().map(|g| g.id.as_str()).collect();
    ids.extend(
        from.guidelines
            .iter()
            .map(|g| g.id.as_str())
            .filter(|id| !new_by_id.contains_key(id)),
    );
    let mut guidelines = Vec::new();
    for id in ids.into_iter().filter(|id| wanted(id)) {
        let old = old_by_id.get(id).copied();
        let new = new_by_id.get(id).copied();
        let current = new.or(old).expect("the id comes from one side");
        let whole = old.is_none() || new.is_none();
        let fields: Vec<FieldDiff> = if whole && options.skip_whole_texts {
            Vec::new()
        } else {
            field_paths(&languages, &actor_order, old, new)
                .into_iter()
                .filter_map(|path| {
                    let a = old.and_then(|g| g.get(&path)).unwrap_or("");
                    let b = new.and_then(|g| g.get(&path)).unwrap_or("");
                    (!a.is_empty() || !b.is_empty()).then(|| FieldDiff::new(path, a, b))
                })
                .collect()
        };
        let status = match (old, new) {
            (None, _) => Status::Added,
            (_, None) => Status::Removed,
            (Some(o), Some(n)) => {
                if fields.iter().any(FieldDiff::changed) || o.number != n.number || o.theme != n.theme {
                    Status::Modified
                } else {
                    Status::Unchanged
                }
            }
        };
        guidelines.push(GuidelineDiff {
            id: id.to_string(),
            status,
            number: current.number,
            old_number: old.map(|g| g.number),
            theme: current.theme.clone(),
            old_theme: old.map(|g| g.theme.clone()),
            title: current.title_in(&lang).to_string(),
            fields,
        });
    }
    guidelines.sort_by_key(|g| {
        (
            collection.theme_position(&g.theme),
            g.number,
            g.status == Status::Removed,
        )
    });
    Compared {
        lang,
        languages,
        collection,
        guidelines,
    }
}

// The JSON form: only what changed, in the shape of the contract.

#[derive(Serialize)]
struct WireHunk<'a> {
    old: &'a str,
    new: &'a str,
}

#[derive(Serialize)]
struct WireField<'a> {
    field: &'a FieldPath,
    hunks: Vec<WireHunk<'a>>,
}

#[derive(Serialize)]
struct WireGuideline<'a> {
    id: &'a str,
    number: u32,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    old_number: Option<u32>,
    title: &'a str,
    theme: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    old_theme: Option<&'a str>,
    fields: Vec<WireField<'a>>,
}

#[derive(Serialize)]
struct Wire<'a> {
    from: &'a str,
    to: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    round: Option<&'a RoundRef>,
    languages: &'a [String],
    summary: Summary,
    guidelines: Vec<WireGuideline<'a>>,
}

impl Serialize for CollectionDiff {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Wire {
            from: self.from.id(),
            to: self.to.id(),
            round: self.round.as_ref(),
            languages: &self.languages,
            summary: self.summary(),
            guidelines: self
                .changed()
                .map(|g| WireGuideline {
                    id: &g.id,
                    number: g.number,
                    status: g.status,
                    old_number: g.renumbered().map(|(o, _)| o),
                    title: &g.title,
                    theme: &g.theme,
                    old_theme: g.rethemed().map(|(o, _)| o),
                    fields: g
                        .changed_fields()
                        .map(|f| WireField {
                            field: &f.field,
                            hunks: f
                                .hunks
                                .iter()
                                .map(|h| WireHunk {
                                    old: &h.old,
                                    new: &h.new,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
        .serialize(s)
    }
}

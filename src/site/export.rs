//! The machine-readable forms of the site: the collection as JSON (with
//! its JSON Schema, `schema.json`) and schema.org `Legislation` JSON-LD
//! per approved version.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::Guideline;
use crate::site::pages::segment;
use crate::site::{Site, Version, VersionState};

/// The export's format version: raised when a field changes meaning.
pub const FORMAT: u32 = 1;

/// `collection.json`: the collection at the published commit.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Export {
    /// The export format's version.
    pub format: u32,
    /// The published commit.
    pub commit: String,
    /// Title per language.
    pub title: BTreeMap<String, String>,
    /// Owner per language.
    pub owner: BTreeMap<String, String>,
    /// Languages, primary first.
    pub languages: Vec<String>,
    /// Themes in order.
    pub themes: Vec<Named>,
    /// Actors in order.
    pub actors: Vec<Named>,
    /// The guidelines in theme and number order.
    pub guidelines: Vec<ExportGuideline>,
}

/// A theme or an actor.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Named {
    /// Stable id.
    pub id: String,
    /// Name per language.
    pub names: BTreeMap<String, String>,
}

/// The texts of a guideline in one language.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportText {
    /// Title.
    pub title: String,
    /// The guideline itself.
    pub statement: String,
    /// Description.
    pub description: String,
    /// Actor id → paragraph.
    pub actors: BTreeMap<String, String>,
}

/// One guideline.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportGuideline {
    /// Stable id (the file name, and the page's address).
    pub id: String,
    /// Number.
    pub number: u32,
    /// Theme id.
    pub theme: String,
    /// `in-force`, `withdrawn` or `not-approved`.
    pub status: String,
    /// Whether the text differs from the version in force.
    pub changed_since_approval: bool,
    /// The page, relative to the site's root (primary language).
    pub page: String,
    /// The texts at the published commit, per language.
    pub texts: BTreeMap<String, ExportText>,
    /// The approved versions, oldest first.
    pub versions: Vec<ExportVersion>,
}

/// One approved version.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ExportVersion {
    /// The approving round (the version's address).
    pub round: String,
    /// The date of the decision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: Option<String>,
    /// The approving body.
    pub body: Option<String>,
    /// The decision's reference.
    pub decision: Option<String>,
    /// The git blob of the approved file.
    pub blob: String,
    /// `in-force`, `superseded` or `withdrawn`.
    pub state: String,
    /// The version's page, relative to the site's root (primary language).
    pub page: String,
}

fn texts(g: &Guideline) -> BTreeMap<String, ExportText> {
    g.texts
        .iter()
        .map(|(lang, t)| {
            (
                lang.clone(),
                ExportText {
                    title: t.title.clone(),
                    statement: t.statement.clone(),
                    description: t.description.clone(),
                    actors: t.actors.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                },
            )
        })
        .collect()
}

fn state(s: &VersionState) -> &'static str {
    match s {
        VersionState::InForce => "in-force",
        VersionState::Superseded { .. } => "superseded",
        VersionState::Withdrawn { .. } => "withdrawn",
    }
}

/// The export of the site's collection.
pub fn export(site: &Site<'_>) -> Export {
    let c = &site.collection;
    let map = |m: &indexmap::IndexMap<String, String>| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let primary = &site.languages[0];
    Export {
        format: FORMAT,
        commit: site.commit.clone(),
        title: map(&c.title),
        owner: map(&c.owner),
        languages: c.languages.clone(),
        themes: c
            .themes
            .iter()
            .map(|t| Named {
                id: t.id.clone(),
                names: map(&t.names),
            })
            .collect(),
        actors: c
            .actors
            .iter()
            .map(|a| Named {
                id: a.id.clone(),
                names: map(&a.names),
            })
            .collect(),
        guidelines: site
            .entries
            .iter()
            .map(|e| ExportGuideline {
                id: e.current.id.clone(),
                number: e.current.number,
                theme: e.current.theme.clone(),
                status: if e.withdrawn.is_some() {
                    "withdrawn"
                } else if e.in_force().is_some() {
                    "in-force"
                } else {
                    "not-approved"
                }
                .into(),
                changed_since_approval: e.unapproved(),
                page: format!("{primary}/{}/index.html", segment(&e.current.id)),
                texts: texts(&e.current),
                versions: e
                    .versions
                    .iter()
                    .map(|v| ExportVersion {
                        round: v.round.clone(),
                        date: v.date.map(|d| d.to_string()),
                        body: v.body.clone(),
                        decision: v.decision.clone(),
                        blob: v.blob.clone(),
                        state: state(&v.state).into(),
                        page: format!("{primary}/{}/{}/index.html", segment(&e.current.id), segment(&v.round)),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The JSON Schema of [`Export`] (`schema.json`).
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(Export)
}

/// schema.org `Legislation` of one approved version, in `lang` (ELI's
/// vocabulary as schema.org carries it).
pub fn json_ld(site: &Site<'_>, g: &Guideline, v: &Version, lang: &str) -> serde_json::Value {
    let c = &site.collection;
    let path = format!("{lang}/{}/{}/", segment(&g.id), segment(&v.round));
    let url = site
        .options
        .base_url
        .as_ref()
        .map(|b| format!("{}/{path}", b.trim_end_matches('/')));
    let force = match v.state {
        VersionState::InForce => "https://schema.org/InForce",
        _ => "https://schema.org/NotInForce",
    };
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": g.title_in(lang),
        "legislationIdentifier": format!("{}/{}", g.id, v.round),
        "legislationType": "guideline",
        "legislationDateVersion": v.date.map(|d| d.to_string()),
        "legislationLegalForce": force,
        "inLanguage": lang,
        "isPartOf": { "@type": "Legislation", "name": c.title_in(lang) },
        "legislationPassedBy": {
            "@type": "Organization",
            "name": v.body.clone().unwrap_or_else(|| c.owner.get(lang).or_else(|| c.owner.values().next()).cloned().unwrap_or_default()),
        },
        "text": g.texts.get(lang).map(|t| t.statement.clone()),
    });
    if let (Some(url), Some(obj)) = (url, ld.as_object_mut()) {
        obj.insert("url".into(), serde_json::Value::String(url));
    }
    if let (Some(d), Some(obj)) = (&v.decision, ld.as_object_mut()) {
        obj.insert("identifier".into(), serde_json::Value::String(d.clone()));
    }
    ld
}

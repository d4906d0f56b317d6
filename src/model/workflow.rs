//! The review workflow of `reviews/workflow.toml`: the stages a revision
//! round goes through, in order, and what each kind of stage means. The
//! stages, their names and their bodies are configuration; only the kinds
//! (and the rules attached to them) are built in.

use indexmap::IndexMap;
use serde::Serialize;

/// What a stage means, and so which rules the tool enforces in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StageKind {
    /// Drafting; the draft text may change freely.
    Preparation,
    /// A body treats the text and records a decision bound to the text it saw.
    Treatment,
    /// An open comment round with an open and a close date; statements are
    /// recorded against the text sent out, and each must be answered.
    CommentRound,
    /// A body receives the text for information: notice, not approval.
    Notice,
    /// The deciding body approves the exact text.
    Approval,
}

impl StageKind {
    /// Every kind, in the order they are documented.
    pub const ALL: [StageKind; 5] = [
        StageKind::Preparation,
        StageKind::Treatment,
        StageKind::CommentRound,
        StageKind::Notice,
        StageKind::Approval,
    ];

    /// The name written in `workflow.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            StageKind::Preparation => "preparation",
            StageKind::Treatment => "treatment",
            StageKind::CommentRound => "comment-round",
            StageKind::Notice => "notice",
            StageKind::Approval => "approval",
        }
    }

    /// The kind named `s`, if any.
    pub fn parse(s: &str) -> Option<StageKind> {
        StageKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for StageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One stage of the workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stage {
    /// Stable id (`ka-treatment`), used in event file names and trailers.
    pub id: String,
    /// What the stage means.
    pub kind: StageKind,
    /// Display name per language.
    pub names: IndexMap<String, String>,
    /// The body that acts in this stage by default (`SOTE KA-grupperna`).
    pub body: Option<String>,
    /// Every statement must be answered before the round moves past this stage.
    pub requires_answers: bool,
    /// Every event entering this stage must carry an approver's SSH
    /// signature (`events/NN-<stage>.toml.sig`) for the audit to hold.
    pub require_signatures: bool,
    /// The `reviews/allowed_signers` principal that signs for this stage's
    /// body (`shm@stm.fi`); without it any allowed principal may sign.
    pub principal: Option<String>,
}

impl Stage {
    /// Name in `lang`, falling back to another language, then the id.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.values().next())
            .map(String::as_str)
            .unwrap_or(&self.id)
    }
}

/// The settings of currency-check rounds (the yearly check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CurrencyCheck {
    /// The stage id a currency-check round's events carry.
    pub id: String,
    /// Display name per language.
    pub names: IndexMap<String, String>,
    /// The body that performs the check by default.
    pub body: Option<String>,
}

impl CurrencyCheck {
    /// Name in `lang`, falling back to another language, then the id.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.values().next())
            .map(String::as_str)
            .unwrap_or(&self.id)
    }
}

impl Default for CurrencyCheck {
    fn default() -> Self {
        CurrencyCheck {
            id: "currency-check".into(),
            names: IndexMap::from([("en".to_string(), "Currency check".to_string())]),
            body: None,
        }
    }
}

/// The whole workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Workflow {
    /// The stages of a revision round, in order.
    pub stages: Vec<Stage>,
    /// The settings of currency-check rounds.
    pub currency_check: CurrencyCheck,
}

impl Workflow {
    /// The stage with this id.
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The position of a stage in the order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The stage that follows `id`.
    pub fn stage_after(&self, id: &str) -> Option<&Stage> {
        self.position(id).and_then(|i| self.stages.get(i + 1))
    }

    /// The ids of every stage, in order.
    pub fn stage_ids(&self) -> Vec<&str> {
        self.stages.iter().map(|s| s.id.as_str()).collect()
    }
}

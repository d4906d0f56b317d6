//! The history walk's own reading of the review records under `reviews/`
//! (the record contract of the workflow issue): small, tolerant serde
//! structs. Unknown keys are ignored and every field is optional, so that a
//! record written by an older or newer version of the tool still reads; a
//! file that does not parse at all is reported by the walk, which goes on.
//!
//! The workflow module owns the real model types; these structs only carry
//! what the history reports read.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::model::PartialDate;

/// The content an event, statement or verdict is bound to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContentBinding {
    /// `HEAD` when the fact was recorded.
    pub commit: Option<String>,
    /// Tree id of `guidelines/` at that commit.
    pub guidelines_tree: Option<String>,
    /// Guideline id → blob id of its file.
    pub blobs: BTreeMap<String, String>,
}

/// One stage of `reviews/workflow.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stage {
    /// Stage id (`ka-treatment`).
    pub id: String,
    /// `preparation`, `treatment`, `comment-round`, `notice` or `approval`.
    pub kind: String,
    /// The default body of the stage.
    pub body: Option<String>,
    /// Names per language (`sv = "…"`).
    #[serde(flatten)]
    pub names: BTreeMap<String, toml::Value>,
}

/// `reviews/workflow.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workflow {
    /// The stages in order.
    pub stages: Vec<Stage>,
    /// `[currency_check]`: the stage a currency-check round's events carry.
    pub currency_check: CurrencyCheckStage,
}

/// `[currency_check]` of `reviews/workflow.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CurrencyCheckStage {
    /// The stage id (default `currency-check`).
    pub id: String,
}

impl Default for CurrencyCheckStage {
    fn default() -> Self {
        CurrencyCheckStage {
            id: "currency-check".into(),
        }
    }
}

impl Workflow {
    /// Position of a stage in the workflow order.
    pub fn position(&self, stage: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == stage)
    }

    /// The kind of a stage.
    pub fn kind_of(&self, stage: &str) -> Option<&str> {
        self.stages.iter().find(|s| s.id == stage).map(|s| s.kind.as_str())
    }
}

/// `reviews/<round-id>/round.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Round {
    /// Title.
    pub title: String,
    /// `revision` or `currency-check`.
    pub kind: String,
    /// Guideline ids in scope.
    pub guidelines: Vec<String>,
    /// When the round was opened.
    pub opened: Option<PartialDate>,
    /// Who opened it.
    pub opened_by: Option<String>,
    /// The commit of the text in force when it opened.
    pub base_commit: Option<String>,
    /// Tree id of `guidelines/` then.
    pub base_tree: Option<String>,
}

/// `reviews/<round-id>/events/<NN>-<stage-id>.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Event {
    /// The stage.
    pub stage: String,
    /// `enter`, `approve` or `close`.
    pub action: String,
    /// When it happened (may be unknown).
    pub date: Option<PartialDate>,
    /// The body that acted.
    pub body: Option<String>,
    /// Decision reference (diary number).
    pub decision: Option<String>,
    /// Free note.
    pub note: Option<String>,
    /// Comment round: open date.
    pub opens: Option<PartialDate>,
    /// Comment round: close date.
    pub closes: Option<PartialDate>,
    /// Who recorded it.
    pub recorded_by: Option<String>,
    /// When it was recorded (RFC 3339).
    pub recorded_at: Option<String>,
    /// The text it is bound to.
    pub content: Option<ContentBinding>,
}

/// `reviews/<round-id>/statements/S-<code>.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Statement {
    /// The organisation that sent it.
    pub from: String,
    /// When it was received.
    pub received: Option<PartialDate>,
    /// The guideline it concerns (none: the whole set).
    pub guideline: Option<String>,
    /// The field it concerns.
    pub field: Option<String>,
    /// The statement.
    pub text: String,
    /// Received after the round closed.
    pub late: bool,
    /// Who recorded it.
    pub recorded_by: Option<String>,
    /// When it was recorded.
    pub recorded_at: Option<String>,
    /// The text it was made against.
    pub content: Option<ContentBinding>,
}

/// `reviews/<round-id>/answers/S-<code>.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// `accepted`, `partly`, `rejected` or `noted`.
    pub disposition: String,
    /// The reply.
    pub reply: String,
    /// Who recorded it.
    pub recorded_by: Option<String>,
    /// When it was recorded.
    pub recorded_at: Option<String>,
}

/// `reviews/<round-id>/verdicts/<guideline-id>.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Verdict {
    /// `current`, `revise` or `withdraw`.
    pub verdict: String,
    /// Free note.
    pub note: Option<String>,
    /// When the verdict was given.
    pub date: Option<PartialDate>,
    /// Who recorded it.
    pub recorded_by: Option<String>,
    /// When it was recorded.
    pub recorded_at: Option<String>,
    /// The text it is bound to.
    pub content: Option<ContentBinding>,
}

/// What kind of record a path under `reviews/` holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RecordPath {
    /// `reviews/workflow.toml`.
    Workflow,
    /// `reviews/<round>/round.toml`.
    Round {
        /// Round id.
        round: String,
    },
    /// `reviews/<round>/events/<stem>.toml`.
    Event {
        /// Round id.
        round: String,
        /// File stem (`03-comment-round`).
        stem: String,
    },
    /// `reviews/<round>/statements/<code>.toml`.
    Statement {
        /// Round id.
        round: String,
        /// Statement code (`S-7f3a2c`).
        code: String,
    },
    /// `reviews/<round>/answers/<code>.toml`.
    Answer {
        /// Round id.
        round: String,
        /// Statement code.
        code: String,
    },
    /// `reviews/<round>/verdicts/<guideline>.toml`.
    Verdict {
        /// Round id.
        round: String,
        /// Guideline id.
        guideline: String,
    },
}

impl RecordPath {
    /// Classify a path (relative to the repository root); `None` for files
    /// that are not records (README, notes…).
    pub fn classify(path: &str) -> Option<RecordPath> {
        let rest = path.strip_prefix("reviews/")?;
        if rest == "workflow.toml" {
            return Some(RecordPath::Workflow);
        }
        let parts: Vec<&str> = rest.split('/').collect();
        match parts.as_slice() {
            [round, "round.toml"] => Some(RecordPath::Round {
                round: round.to_string(),
            }),
            [round, folder, file] => {
                let stem = file.strip_suffix(".toml")?.to_string();
                let round = round.to_string();
                match *folder {
                    "events" => Some(RecordPath::Event { round, stem }),
                    "statements" => Some(RecordPath::Statement { round, code: stem }),
                    "answers" => Some(RecordPath::Answer { round, code: stem }),
                    "verdicts" => Some(RecordPath::Verdict { round, guideline: stem }),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The round the record belongs to.
    pub fn round(&self) -> Option<&str> {
        match self {
            RecordPath::Workflow => None,
            RecordPath::Round { round }
            | RecordPath::Event { round, .. }
            | RecordPath::Statement { round, .. }
            | RecordPath::Answer { round, .. }
            | RecordPath::Verdict { round, .. } => Some(round),
        }
    }
}

/// A parsed review record.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Record {
    /// The workflow.
    Workflow(Workflow),
    /// A round file.
    Round(Round),
    /// An event.
    Event(Event),
    /// A statement.
    Statement(Statement),
    /// An answer.
    Answer(Answer),
    /// A verdict.
    Verdict(Verdict),
}

/// Parse the content of a record file of the given kind. The error is a
/// message fit for a finding ("line 3: …").
pub fn parse(kind: &RecordPath, bytes: &[u8]) -> Result<Record, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
    fn de<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        toml::from_str(text).map_err(|e| {
            let mut message = e.message().to_string();
            if let Some(span) = e.span() {
                let (line, col) = crate::store::line_col(text, span.start);
                message = format!("line {line}, column {col}: {message}");
            }
            message
        })
    }
    Ok(match kind {
        RecordPath::Workflow => Record::Workflow(de(text)?),
        RecordPath::Round { .. } => Record::Round(de(text)?),
        RecordPath::Event { .. } => Record::Event(de(text)?),
        RecordPath::Statement { .. } => Record::Statement(de(text)?),
        RecordPath::Answer { .. } => Record::Answer(de(text)?),
        RecordPath::Verdict { .. } => Record::Verdict(de(text)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_record_paths() {
        assert_eq!(
            RecordPath::classify("reviews/2021-1/events/05-approval.toml"),
            Some(RecordPath::Event {
                round: "2021-1".into(),
                stem: "05-approval".into()
            })
        );
        assert_eq!(
            RecordPath::classify("reviews/workflow.toml"),
            Some(RecordPath::Workflow)
        );
        assert_eq!(RecordPath::classify("reviews/README.md"), None);
        assert_eq!(RecordPath::classify("guidelines/x.toml"), None);
    }

    #[test]
    fn reads_an_event_tolerantly() {
        let text = "stage = \"approval\"\naction = \"approve\"\ndate = 2021-10-05\nbody = \"SHM\"\nfuture_key = 1\n\n[content]\ncommit = \"abc\"\nguidelines_tree = \"def\"\n\n[content.blobs]\nsamarbete = \"123\"\n";
        let Record::Event(e) = parse(
            &RecordPath::Event {
                round: "r".into(),
                stem: "05-approval".into(),
            },
            text.as_bytes(),
        )
        .unwrap() else {
            panic!("an event")
        };
        assert_eq!(e.date.unwrap().to_string(), "2021-10-05");
        assert_eq!(e.content.unwrap().blobs["samarbete"], "123");
        let err = parse(&RecordPath::Workflow, b"stages = 3").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
    }
}

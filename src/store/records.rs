//! The one reader of the record files under `reviews/`: where each kind of
//! record lives ([`RecordPath`]), and their TOML read into the model's
//! types. `check` and the recording commands read strictly (an unknown key
//! is a located problem); history reads old and newer versions tolerantly
//! (unknown keys are set aside and named), so that a record committed by
//! another version of the tool still counts.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Diagnostic;
use super::parse::{decode, line_col};
use crate::i18n::Wording;
use crate::model::{Answer, Deviation, DeviationEnd, Event, Round, Statement, Verdict, Withdrawal, Workflow};

/// The folder of the deviation register, under `reviews/` (never a round id).
pub const DEVIATIONS: &str = "deviations";

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
    /// `reviews/<round>/answers/<code>[.rN].toml`.
    Answer {
        /// Round id.
        round: String,
        /// Statement code (`S-7f3a2c`).
        code: String,
        /// 1 for the first answer, N for the revision `.rN`.
        revision: u32,
    },
    /// `reviews/<round>/verdicts/<guideline>[.rN].toml`.
    Verdict {
        /// Round id.
        round: String,
        /// Guideline id.
        guideline: String,
        /// 1 for the first verdict, N for the correction `.rN`.
        revision: u32,
    },
    /// `reviews/<round>/withdrawals/<code>.toml`.
    Withdrawal {
        /// Round id.
        round: String,
        /// Statement code (`S-7f3a2c`).
        code: String,
    },
    /// `reviews/deviations/<code>.toml`: a deviation from a guideline.
    Deviation {
        /// Deviation code (`D-7f3a2c`).
        code: String,
    },
    /// `reviews/deviations/ends/<code>.toml`: the end of a deviation.
    DeviationEnd {
        /// Deviation code (`D-7f3a2c`).
        code: String,
    },
}

/// A file stem and its revision: `S-7f3a2c.r2` → (`S-7f3a2c`, 2).
pub fn split_revision(stem: &str) -> (&str, u32) {
    if let Some((base, digits)) = stem.rsplit_once(".r")
        && !digits.starts_with('0')
        && let Ok(n) = digits.parse::<u32>()
        && n >= 2
    {
        return (base, n);
    }
    (stem, 1)
}

/// The file stem of revision `revision` of `base`.
pub fn revision_stem(base: &str, revision: u32) -> String {
    if revision <= 1 {
        base.to_string()
    } else {
        format!("{base}.r{revision}")
    }
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
            [DEVIATIONS, file] => Some(RecordPath::Deviation {
                code: file.strip_suffix(".toml")?.to_string(),
            }),
            [DEVIATIONS, "ends", file] => Some(RecordPath::DeviationEnd {
                code: file.strip_suffix(".toml")?.to_string(),
            }),
            [DEVIATIONS, ..] => None,
            [round, "round.toml"] => Some(RecordPath::Round {
                round: round.to_string(),
            }),
            [round, folder, file] => {
                let stem = file.strip_suffix(".toml")?;
                let round = round.to_string();
                let (base, revision) = split_revision(stem);
                match *folder {
                    "events" => Some(RecordPath::Event {
                        round,
                        stem: stem.to_string(),
                    }),
                    "statements" => Some(RecordPath::Statement {
                        round,
                        code: stem.to_string(),
                    }),
                    "answers" => Some(RecordPath::Answer {
                        round,
                        code: base.to_string(),
                        revision,
                    }),
                    "verdicts" => Some(RecordPath::Verdict {
                        round,
                        guideline: base.to_string(),
                        revision,
                    }),
                    "withdrawals" => Some(RecordPath::Withdrawal {
                        round,
                        code: stem.to_string(),
                    }),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The round the record belongs to.
    pub fn round(&self) -> Option<&str> {
        match self {
            RecordPath::Workflow | RecordPath::Deviation { .. } | RecordPath::DeviationEnd { .. } => None,
            RecordPath::Round { round }
            | RecordPath::Event { round, .. }
            | RecordPath::Statement { round, .. }
            | RecordPath::Answer { round, .. }
            | RecordPath::Verdict { round, .. }
            | RecordPath::Withdrawal { round, .. } => Some(round),
        }
    }

    /// Whether the file is a fact of a round or of the deviation register
    /// (everything but the workflow): once committed, never modified or deleted.
    pub fn is_fact(&self) -> bool {
        !matches!(self, RecordPath::Workflow)
    }

    /// What the commit that records this fact must name in `Review-Round:`
    /// (the round, or `deviations` for the register).
    pub fn trail(&self) -> Option<&str> {
        match self {
            RecordPath::Deviation { .. } | RecordPath::DeviationEnd { .. } => Some(DEVIATIONS),
            other => other.round(),
        }
    }
}

/// A parsed review record, in the model's types.
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
    /// A statement's withdrawal.
    Withdrawal(Withdrawal),
    /// A deviation from a guideline.
    Deviation(Deviation),
    /// The end of a deviation.
    DeviationEnd(DeviationEnd),
}

/// The text of a record file, refused (with its place) when it is not UTF-8
/// or holds merge-conflict markers.
pub(crate) fn record_text<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    let text = decode(path, bytes)?;
    if let Some(offset) = text
        .find("\n<<<<<<< ")
        .or_else(|| text.starts_with("<<<<<<< ").then_some(0))
    {
        let (line, col) = line_col(text, offset + usize::from(offset > 0));
        return Err(Diagnostic::new(
            path,
            line,
            col,
            Wording::new("store-record-conflict-markers"),
        ));
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Read one record strictly: every problem, an unknown key too, is a
/// located diagnostic.
pub(crate) fn parse_strict<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, Diagnostic> {
    toml::from_str::<T>(text).map_err(|e| located(path, text, &e))
}

/// The reader's refusal of a record, placed where it stopped.
fn located(path: &str, text: &str, e: &toml::de::Error) -> Diagnostic {
    let (line, col) = line_col(text, e.span().map(|s| s.start).unwrap_or(0));
    Diagnostic::new(path, line, col, record_problem(e.message().trim()))
}

/// A record's refusal as a message: serde's "unknown field" and "missing
/// field" worded by the catalogue (their field names kept), any other reason
/// (the TOML reader's or a field parser's words) quoted as it is.
fn record_problem(reason: &str) -> Wording {
    if let Some(key) = unknown_key(reason)
        && let Some(fields) = reason.split_once("`, expected one of ").map(|(_, fields)| fields)
    {
        return Wording::new("store-record-unknown-field")
            .arg("key", key)
            .arg("fields", fields);
    }
    if let Some(key) = reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
        .filter(|key| !key.contains('`'))
    {
        return Wording::new("store-record-missing-field").arg("key", key);
    }
    Wording::new("store-record-unreadable").arg("reason", reason)
}

/// The key named by serde's "unknown field `x`" message.
fn unknown_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest.split_once('`')?.0.to_string())
}

/// Remove the first key `key` found in `table` or a table below it.
fn remove_key(table: &mut toml::Table, key: &str) -> bool {
    if table.remove(key).is_some() {
        return true;
    }
    table.iter_mut().any(|(_, v)| match v {
        toml::Value::Table(t) => remove_key(t, key),
        _ => false,
    })
}

/// Read one record tolerantly: unknown keys (from another version of the
/// tool) are set aside and returned by name.
fn parse_tolerant<T: DeserializeOwned>(path: &str, text: &str) -> Result<(T, Vec<String>), Diagnostic> {
    let first = match toml::from_str::<T>(text) {
        Ok(v) => return Ok((v, Vec::new())),
        Err(e) => e,
    };
    let error = located(path, text, &first);
    let Ok(mut table) = toml::from_str::<toml::Table>(text) else {
        return Err(error);
    };
    let mut ignored = Vec::new();
    let mut reason = first.message().trim().to_string();
    while let Some(key) = unknown_key(&reason) {
        if ignored.len() >= 32 || !remove_key(&mut table, &key) {
            break;
        }
        ignored.push(key);
        match toml::Value::Table(table.clone()).try_into::<T>() {
            Ok(v) => return Ok((v, ignored)),
            Err(e) => reason = e.message().trim().to_string(),
        }
    }
    // Placed where the first refusal was, worded for the last one.
    Err(Diagnostic {
        message: record_problem(&reason),
        ..error
    })
}

/// Read a record file of the kind its path says, tolerantly (see the module
/// documentation): the record and the unknown keys set aside, or the
/// located problem. The workflow is read by [`super::reviews::parse_workflow`].
pub fn parse_record(path: &str, what: &RecordPath, bytes: &[u8]) -> Result<(Record, Vec<String>), Diagnostic> {
    let text = record_text(path, bytes)?;
    fn wrap<T: DeserializeOwned>(
        path: &str,
        text: &str,
        f: fn(T) -> Record,
    ) -> Result<(Record, Vec<String>), Diagnostic> {
        parse_tolerant::<T>(path, text).map(|(v, ignored)| (f(v), ignored))
    }
    match what {
        RecordPath::Workflow => super::reviews::parse_workflow(path, text.as_bytes(), None)
            .map(|w| (Record::Workflow(w), Vec::new()))
            .map_err(|mut problems| problems.remove(0)),
        RecordPath::Round { .. } => wrap(path, text, Record::Round),
        RecordPath::Event { .. } => wrap(path, text, Record::Event),
        RecordPath::Statement { .. } => wrap(path, text, Record::Statement),
        RecordPath::Answer { .. } => wrap(path, text, Record::Answer),
        RecordPath::Verdict { .. } => wrap(path, text, Record::Verdict),
        RecordPath::Withdrawal { .. } => wrap(path, text, Record::Withdrawal),
        RecordPath::Deviation { .. } => wrap(path, text, Record::Deviation),
        RecordPath::DeviationEnd { .. } => wrap(path, text, Record::DeviationEnd),
    }
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
            RecordPath::classify("reviews/r/answers/S-7f3a2c.r2.toml"),
            Some(RecordPath::Answer {
                round: "r".into(),
                code: "S-7f3a2c".into(),
                revision: 2
            })
        );
        assert_eq!(
            RecordPath::classify("reviews/r/verdicts/samarbete.toml"),
            Some(RecordPath::Verdict {
                round: "r".into(),
                guideline: "samarbete".into(),
                revision: 1
            })
        );
        assert_eq!(
            RecordPath::classify("reviews/workflow.toml"),
            Some(RecordPath::Workflow)
        );
        assert_eq!(RecordPath::classify("reviews/README.md"), None);
        assert_eq!(
            RecordPath::classify("reviews/deviations/D-1a2b3c.toml"),
            Some(RecordPath::Deviation {
                code: "D-1a2b3c".into()
            })
        );
        let end = RecordPath::classify("reviews/deviations/ends/D-1a2b3c.toml").unwrap();
        assert_eq!(
            end,
            RecordPath::DeviationEnd {
                code: "D-1a2b3c".into()
            }
        );
        assert_eq!((end.round(), end.trail()), (None, Some("deviations")));
        assert_eq!(RecordPath::classify("reviews/deviations/x/y/z.toml"), None);
        assert_eq!(RecordPath::classify("reviews/r/events/05-approval.toml.sig"), None);
        assert_eq!(RecordPath::classify("guidelines/x.toml"), None);
        assert_eq!(split_revision("S-1.r02"), ("S-1.r02", 1));
        assert_eq!(revision_stem("g", 3), "g.r3");
    }

    #[test]
    fn history_reads_unknown_keys_tolerantly_and_check_does_not() {
        let text = "stage = \"approval\"\naction = \"approve\"\ndate = 2021-10-05\nbody = \"SHM\"\nfuture_key = 1\nrecorded_by = \"A <a@b>\"\nrecorded_at = \"2021-10-06T10:00:00+03:00\"\n\n[content]\ncommit = \"abc\"\nguidelines_tree = \"def\"\nalso_new = 2\n\n[content.blobs]\nsamarbete = \"123\"\n";
        let what = RecordPath::classify("reviews/r/events/05-approval.toml").unwrap();
        let (Record::Event(e), ignored) =
            parse_record("reviews/r/events/05-approval.toml", &what, text.as_bytes()).unwrap()
        else {
            panic!("an event")
        };
        assert_eq!(e.date.unwrap().to_string(), "2021-10-05");
        assert_eq!(e.content.blobs["samarbete"], "123");
        let mut ignored = ignored;
        ignored.sort();
        assert_eq!(ignored, ["also_new", "future_key"]);
        let strict = parse_strict::<Event>("x.toml", text).unwrap_err();
        assert!(strict.english().contains("unknown field `also_new`"), "{strict}");
        assert_eq!(strict.line, 12);
        let broken = parse_record("reviews/r/events/05-approval.toml", &what, b"stage = 3").unwrap_err();
        assert_eq!(broken.line, 1, "{broken}");
    }
}

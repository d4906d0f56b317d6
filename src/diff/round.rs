//! The two texts of a recorded review round, for `diff --round`.
//!
//! Reads only what the review records promise (their contract): a round is
//! `reviews/<round-id>/round.toml` with `base_commit`, the commit of the text
//! in force when the round opened; its events are
//! `reviews/<round-id>/events/<NN>-<stage-id>.toml`, each with `stage` and a
//! `[content]` table whose `commit` is the commit of the text the event is
//! bound to. Every other key is left to the review module.

use serde::Deserialize;
use toml::Spanned;

use crate::snapshot::Snapshot;
use crate::store::{Diagnostic, line_col};
use crate::{Error, Result};

/// The folder of review rounds.
pub const REVIEWS_DIR: &str = "reviews";

/// One recorded event of a round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundEvent {
    /// The file stem (`03-comment-round`): how a person names the event.
    pub name: String,
    /// The stage id.
    pub stage: String,
    /// The commit of the text the event is bound to, if it records one.
    pub commit: Option<String>,
    /// Path of the event file, for messages.
    pub path: String,
}

/// A round as far as the diff needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundRecord {
    /// The round id.
    pub id: String,
    /// The commit of the text in force when the round opened.
    pub base_commit: String,
    /// The events in file order.
    pub events: Vec<RoundEvent>,
}

/// Where one side of a round diff comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    /// A commit, named for people (`base`, `03-comment-round`).
    Commit {
        /// Full or abbreviated commit id as recorded.
        commit: String,
        /// `base` or the event's file stem.
        name: String,
    },
    /// The working tree (the round has no approval yet).
    WorkTree,
}

#[derive(Deserialize)]
struct RoundFile {
    base_commit: Spanned<String>,
}

#[derive(Deserialize)]
struct ContentTable {
    commit: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct EventFile {
    stage: Spanned<String>,
    content: Option<ContentTable>,
}

fn parse<T: for<'de> Deserialize<'de>>(path: &str, bytes: &[u8]) -> Result<T> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::Invalid {
        problems: vec![Diagnostic {
            path: path.to_string(),
            line: 1,
            col: 1,
            message: format!("the file is not UTF-8 text ({e})"),
        }],
    })?;
    toml::from_str(text).map_err(|e| {
        let (line, col) = e.span().map_or((1, 1), |s| line_col(text, s.start));
        Error::Invalid {
            problems: vec![Diagnostic {
                path: path.to_string(),
                line,
                col,
                message: e.message().trim().to_string(),
            }],
        }
    })
}

/// Read round `id` from `snapshot` (the committed records at `HEAD`).
pub fn read(snapshot: &Snapshot<'_>, id: &str) -> Result<RoundRecord> {
    let dir = format!("{REVIEWS_DIR}/{id}");
    let round_path = format!("{dir}/round.toml");
    let plain_name = !id.is_empty() && !id.contains(['/', '\\']) && id != "." && id != "..";
    let found = if plain_name { snapshot.read(&round_path)? } else { None };
    let bytes = match found {
        Some(b) => b,
        None => {
            let known = snapshot.list_dirs(REVIEWS_DIR)?;
            let suggestions = crate::error::close_matches(id, known.iter().map(String::as_str));
            return Err(Error::Usage(format!(
                "there is no review round `{id}` in {} ({round_path} does not exist there){}",
                snapshot.label(),
                match (suggestions.as_slice(), known.is_empty()) {
                    (_, true) => "; no round has been recorded".to_string(),
                    ([], false) => format!("; the recorded rounds are: {}", known.join(", ")),
                    (s, false) => format!("; did you mean {}?", s.join(", ")),
                }
            )));
        }
    };
    let round: RoundFile = parse(&round_path, &bytes)?;
    let mut events = Vec::new();
    let events_dir = format!("{dir}/events");
    for name in snapshot.list_files(&events_dir)? {
        let Some(stem) = name.strip_suffix(".toml") else {
            continue;
        };
        let path = format!("{events_dir}/{name}");
        let Some(bytes) = snapshot.read(&path)? else { continue };
        let event: EventFile = parse(&path, &bytes)?;
        events.push(RoundEvent {
            name: stem.to_string(),
            stage: event.stage.into_inner(),
            commit: event.content.and_then(|c| c.commit).map(Spanned::into_inner),
            path,
        });
    }
    Ok(RoundRecord {
        id: id.to_string(),
        base_commit: round.base_commit.into_inner(),
        events,
    })
}

/// The stage ids whose kind is approval, from `reviews/workflow.toml`: any
/// table with `id` and `kind = "approval"`. The stage id `approval` counts
/// even without a workflow file.
pub fn approval_stages(snapshot: &Snapshot<'_>) -> Result<Vec<String>> {
    let mut out = vec!["approval".to_string()];
    let Some(bytes) = snapshot.read("reviews/workflow.toml")? else {
        return Ok(out);
    };
    let Ok(table) = std::str::from_utf8(&bytes)
        .map_err(|_| ())
        .and_then(|t| t.parse::<toml::Table>().map_err(|_| ()))
    else {
        return Ok(out);
    };
    fn walk(value: &toml::Value, out: &mut Vec<String>) {
        match value {
            toml::Value::Table(t) => {
                if let (Some(toml::Value::String(id)), Some(toml::Value::String(kind))) = (t.get("id"), t.get("kind")) {
                    if kind == "approval" && !out.contains(id) {
                        out.push(id.clone());
                    }
                }
                t.values().for_each(|v| walk(v, out));
            }
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    walk(&toml::Value::Table(table), &mut out);
    Ok(out)
}

impl RoundRecord {
    /// Find the event a selector names: `base`, an event's file stem
    /// (`03-comment-round`), its number (`03` or `3`), or a stage id (the
    /// first event of that stage when `first`, else the last).
    fn select(&self, selector: &str, first: bool) -> Result<Endpoint> {
        if selector == "base" {
            return Ok(Endpoint::Commit {
                commit: self.base_commit.clone(),
                name: "base".into(),
            });
        }
        let by_number = selector.parse::<u32>().ok();
        let exact = self.events.iter().find(|e| {
            e.name == selector
                || by_number.is_some_and(|n| e.name.split('-').next().and_then(|p| p.parse::<u32>().ok()) == Some(n))
        });
        let mut of_stage = self.events.iter().filter(|e| e.stage == selector);
        let event = exact.or_else(|| if first { of_stage.next() } else { of_stage.next_back() });
        let Some(event) = event else {
            let names: Vec<String> = self.events.iter().map(|e| e.name.clone()).collect();
            return Err(Error::Usage(format!(
                "round `{}` has no event or stage `{selector}`; name `base`, a stage id or an event: {}",
                self.id,
                if names.is_empty() {
                    "(no events recorded yet)".to_string()
                } else {
                    names.join(", ")
                }
            )));
        };
        let commit = event.commit.clone().ok_or_else(|| {
            Error::Usage(format!(
                "{}: the event records no `[content] commit`, so it is bound to no text to compare; choose another event",
                event.path
            ))
        })?;
        Ok(Endpoint::Commit {
            commit,
            name: event.name.clone(),
        })
    }

    /// The two sides of the diff: `from` defaults to the base (the text in
    /// force when the round opened); `to` defaults to the last approval
    /// event's text, else the working tree (the draft being prepared).
    pub fn endpoints(
        &self,
        from_stage: Option<&str>,
        to_stage: Option<&str>,
        approval: &[String],
    ) -> Result<(Endpoint, Endpoint)> {
        let from = self.select(from_stage.unwrap_or("base"), true)?;
        let to = match to_stage {
            Some(s) => self.select(s, false)?,
            None => match self
                .events
                .iter()
                .rev()
                .find(|e| approval.contains(&e.stage) && e.commit.is_some())
            {
                Some(e) => self.select(&e.name, false)?,
                None => Endpoint::WorkTree,
            },
        };
        Ok((from, to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> RoundRecord {
        let ev = |name: &str, stage: &str, commit: Option<&str>| RoundEvent {
            name: name.into(),
            stage: stage.into(),
            commit: commit.map(str::to_string),
            path: format!("reviews/r/events/{name}.toml"),
        };
        RoundRecord {
            id: "r".into(),
            base_commit: "b".into(),
            events: vec![
                ev("01-ka-group", "ka-group", Some("k")),
                ev("02-comment-round", "comment-round", Some("c1")),
                ev("03-comment-round", "comment-round", Some("c2")),
                ev("04-approval", "approval", Some("a")),
            ],
        }
    }

    fn commit(e: &Endpoint) -> &str {
        match e {
            Endpoint::Commit { commit, .. } => commit,
            Endpoint::WorkTree => "worktree",
        }
    }

    #[test]
    fn defaults_are_base_to_approval_or_the_working_tree() {
        let r = record();
        let approval = vec!["approval".to_string()];
        let (f, t) = r.endpoints(None, None, &approval).unwrap();
        assert_eq!((commit(&f), commit(&t)), ("b", "a"));
        let mut open = r.clone();
        open.events.pop();
        let (_, t) = open.endpoints(None, None, &approval).unwrap();
        assert_eq!(t, Endpoint::WorkTree);
    }

    #[test]
    fn stages_pick_the_first_event_as_from_and_the_last_as_to() {
        let r = record();
        let (f, t) = r.endpoints(Some("comment-round"), Some("comment-round"), &[]).unwrap();
        assert_eq!((commit(&f), commit(&t)), ("c1", "c2"));
        let (f, t) = r.endpoints(Some("3"), Some("01-ka-group"), &[]).unwrap();
        assert_eq!((commit(&f), commit(&t)), ("c2", "k"));
        let err = r.endpoints(Some("remiss"), None, &[]).unwrap_err().to_string();
        assert!(err.contains("no event or stage `remiss`"), "{err}");
        assert!(err.contains("02-comment-round"), "{err}");
    }
}

//! The two texts of a recorded review round, for `diff --round`.
//!
//! The round is read through the review store; this module only chooses
//! which two recorded texts to compare.

use crate::i18n::Wording;
use crate::model::StageKind;
use crate::snapshot::Snapshot;
use crate::store::reviews::{event_path, load_reviews};
use crate::{Error, Result};

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
    /// Whether the event is the approval (not a close in the approval stage).
    pub approves: bool,
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
    /// The guidelines in the round's scope.
    pub scope: Vec<String>,
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

/// Read round `id` from `snapshot` (the committed records at `HEAD`) through
/// the review store, with the ids of the workflow's approval stages.
pub fn read(snapshot: &Snapshot<'_>, id: &str) -> Result<(RoundRecord, Vec<String>)> {
    let reviews = load_reviews(snapshot, None)?;
    let round = reviews.valid_round(id)?;
    let events = round
        .events
        .iter()
        .map(|e| RoundEvent {
            name: e.stem.clone(),
            stage: e.event.stage.clone(),
            commit: Some(e.event.content.commit.clone()).filter(|c| !c.is_empty()),
            path: event_path(id, e.seq, &e.event.stage),
            approves: e.event.action == crate::model::EventAction::Approve,
        })
        .collect();
    let approval = reviews
        .workflow
        .stages
        .iter()
        .filter(|s| s.kind == StageKind::Approval)
        .map(|s| s.id.clone())
        .collect();
    Ok((
        RoundRecord {
            id: id.to_string(),
            base_commit: round.round.base_commit.clone(),
            events,
            scope: round.round.guidelines.clone(),
        },
        approval,
    ))
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
            let events = if names.is_empty() {
                Wording::new("diff-round-no-events")
            } else {
                Wording::plain(names.join(", "))
            };
            return Err(Error::worded(
                Wording::new("diff-round-no-endpoint")
                    .arg("round", self.id.as_str())
                    .arg("selector", selector)
                    .words("events", events),
                Vec::new(),
            ));
        };
        let commit = event.commit.clone().ok_or_else(|| {
            Error::worded(
                Wording::new("diff-round-event-unbound").arg("path", event.path.as_str()),
                vec![Wording::new("diff-round-event-unbound-hint")],
            )
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
                .find(|e| e.approves && approval.contains(&e.stage) && e.commit.is_some())
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
            approves: stage == "approval" && name.starts_with("04"),
        };
        RoundRecord {
            id: "r".into(),
            base_commit: "b".into(),
            events: vec![
                ev("01-ka-group", "ka-group", Some("k")),
                ev("02-comment-round", "comment-round", Some("c1")),
                ev("03-comment-round", "comment-round", Some("c2")),
                ev("04-approval", "approval", Some("a")),
                // A later close in the approval stage is not the approved text.
                ev("05-approval", "approval", Some("z")),
            ],
            scope: vec!["g".into()],
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
        open.events.truncate(3);
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

    #[test]
    fn a_missing_endpoint_is_worded_in_the_operators_language() {
        let sv = crate::i18n::Catalogue::of("sv");
        let mut r = record();
        let err = r.endpoints(Some("remiss"), None, &[]).unwrap_err();
        assert_eq!(
            err.message_in(sv),
            "omgång `r` har ingen händelse eller inget skede `remiss`; ange `base`, ett skedes id eller en händelse: \
             01-ka-group, 02-comment-round, 03-comment-round, 04-approval, 05-approval"
        );
        r.events[0].commit = None;
        let err = r.endpoints(Some("01-ka-group"), None, &[]).unwrap_err();
        assert!(
            err.message_in(sv)
                .ends_with("så den är inte bunden till någon text att jämföra")
        );
        assert_eq!(err.hints_in(sv), ["välj en annan händelse"]);
        assert_eq!(err.hints()[0].text(), "choose another event");
        r.events.clear();
        let err = r.endpoints(Some("x"), None, &[]).unwrap_err();
        assert!(
            err.message_in(crate::i18n::Catalogue::of("fi"))
                .ends_with(": (tapahtumia ei ole vielä kirjattu)")
        );
    }
}

//! The fixed wording of the documents riktlinjer makes for readers outside
//! IT — the consultation diff, the summary of statements, the changelog and
//! the currency report — read from the Fluent catalogues
//! (`locales/<lang>.ftl`, through [`crate::i18n`]).
//!
//! One [`Labels`] value per language: plain words and headings are fields
//! (so templates read them from the context as `l.<field>`; the message id
//! is the field's name with dashes), phrases with numbers or names are
//! methods that format one message, whose word order, agreement and plurals
//! are the catalogue's. [`Labels::of`] picks a document language; any other
//! language gets English.
//!
//! Guideline texts, titles, theme, actor and stage names are not here: they
//! come from the collection and the workflow in the document's language.
//! JSON keys and CSV headers are contracts and stay English.

use std::sync::LazyLock;

use serde::Serialize;

use crate::diff::Status;
use crate::fluent_args;
use crate::history::currency::Status as CurrencyStatus;
use crate::i18n::{Args, Catalogue, value};
use crate::model::{Disposition, RoundKind};

/// What a revision round's approval is compared with in the changelog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared<'a> {
    /// The text approved in the previous round (its id).
    Previous(&'a str),
    /// The first recorded approval, compared with the text in force when
    /// the round opened (that commit, shortened).
    Base {
        /// Guidelines in the round.
        guidelines: usize,
        /// The commit of the text in force then.
        commit: &'a str,
    },
    /// The first recorded approval, nothing to compare with.
    First {
        /// Guidelines in the round.
        guidelines: usize,
    },
}

/// The fixed wording of the documents in one language.
#[derive(Debug, Serialize)]
pub struct Labels {
    /// Which language this is (`sv`, `fi`, `en`).
    #[serde(skip)]
    pub lang: &'static str,
    /// Where the phrases come from.
    #[serde(skip)]
    cat: &'static Catalogue,

    // ----------------------------------------------------- guideline fields
    /// The title field.
    pub title_field: &'static str,
    /// The guideline (statement) field.
    pub statement_field: &'static str,
    /// The description field.
    pub description_field: &'static str,

    // ------------------------------------------------------- shared words
    /// A guideline that is new (diff status).
    pub added: &'static str,
    /// A guideline that is gone.
    pub removed: &'static str,
    /// A guideline whose text changed.
    pub modified: &'static str,
    /// A guideline that did not change.
    pub unchanged: &'static str,
    /// "number" in `number: ~~1~~ → 2`.
    pub number: &'static str,
    /// "theme" in `theme: ~~A~~ → B`.
    pub theme: &'static str,
    /// "and" in `… and 2 more`.
    pub and_word: &'static str,
    /// "more" in `… and 2 more`.
    pub more_word: &'static str,
    /// The working tree as a side of a diff.
    pub working_tree: &'static str,
    /// "round" inside a sentence (`round 2026-1: base`).
    pub round: &'static str,
    /// "Round" at the start of a line or heading.
    pub round_cap: &'static str,
    /// "Review round" before a round id.
    pub review_round: &'static str,

    // --------------------------------------------------------------- diff
    /// The Markdown legend (with its own markup).
    pub md_legend: &'static str,
    /// The HTML legend, before the examples.
    pub legend_intro: &'static str,
    /// The example of removed text.
    pub removed_text: &'static str,
    /// How removed text looks.
    pub is_struck: &'static str,
    /// The example of inserted text.
    pub inserted_text: &'static str,
    /// How inserted text looks.
    pub is_underlined: &'static str,
    /// The list of changed guidelines.
    pub changed_guidelines: &'static str,
    /// The old side's column.
    pub old_text: &'static str,
    /// The new side's column.
    pub new_text: &'static str,
    /// An empty side.
    pub no_text: &'static str,
    /// The inline view of a field's changes.
    pub inline: &'static str,

    // ------------------------------------------------ summary of statements
    /// Column: disposition.
    pub disposition_header: &'static str,
    /// Column: statements.
    pub statements_header: &'static str,
    /// Column: organisation.
    pub organisation_header: &'static str,
    /// Column: accepted.
    pub accepted_header: &'static str,
    /// Column: partly accepted.
    pub partly_header: &'static str,
    /// Column: rejected.
    pub rejected_header: &'static str,
    /// Column: noted.
    pub noted_header: &'static str,
    /// Column: unanswered.
    pub unanswered_header: &'static str,
    /// Disposition: accepted.
    pub accepted: &'static str,
    /// Disposition: partly accepted.
    pub partly: &'static str,
    /// Disposition: rejected.
    pub rejected: &'static str,
    /// Disposition: noted.
    pub noted: &'static str,
    /// A statement without an answer.
    pub unanswered: &'static str,
    /// The heading of the unanswered statements.
    pub unanswered_statements: &'static str,
    /// Between a statement's id and its organisation in that list.
    pub unanswered_from: &'static str,
    /// Between the organisation and the guideline in that list.
    pub unanswered_on: &'static str,
    /// The section of statements on the whole set.
    pub whole_set: &'static str,
    /// "Received" before a date.
    pub received: &'static str,
    /// After the date of a late statement (in parentheses).
    pub late_note: &'static str,
    /// "field" before a field's name.
    pub field: &'static str,
    /// "Answer" before the disposition and reply.
    pub answer: &'static str,
    /// The flag on a statement without an answer.
    pub unanswered_caps: &'static str,
    /// After that flag.
    pub no_answer_yet: &'static str,
    /// The list of commits that changed the text in answer.
    pub changed_in_answer: &'static str,
    /// A citing commit that changed no guideline text.
    pub no_text_changed: &'static str,
    /// Before the note of a comment round without statements.
    pub comment_round_note: &'static str,
    /// A round without a comment round.
    pub no_comment_round: &'static str,

    // ---------------------------------------------------------- changelog
    /// The document's name.
    pub changelog: &'static str,
    /// The heading of the changes no approval covers.
    pub unreleased: &'static str,
    /// Unapproved changes that cancel out.
    pub cancel_out: &'static str,
    /// Heading: new guidelines.
    pub added_heading: &'static str,
    /// Heading: revised guidelines.
    pub revised_heading: &'static str,
    /// Heading: withdrawn guidelines.
    pub withdrawn_heading: &'static str,
    /// Heading: guidelines a currency check sent to revision.
    pub to_revise_heading: &'static str,
    /// Heading: guidelines a currency check confirmed.
    pub confirmed_heading: &'static str,
    /// Before the guidelines unreadable on one side (Markdown, with what to do).
    pub unreadable: &'static str,
    /// The same, short (HTML).
    pub unreadable_short: &'static str,
    /// Heading: revision rounds without an approval.
    pub pending_heading: &'static str,
    /// A range without anything to list.
    pub nothing_in_range: &'static str,
    /// An approval that changed nothing.
    pub approved_as_is: &'static str,
    /// How a guideline was withdrawn: by a verdict.
    pub withdrawn_by_verdict: &'static str,
    /// How a guideline was withdrawn: its file removed.
    pub file_removed: &'static str,
    /// An approval without its body.
    pub no_body: &'static str,
    /// An approval without its decision.
    pub no_decision: &'static str,
    /// A decision without a date.
    pub no_date: &'static str,

    // ------------------------------------------------------------ currency
    /// "Overdue" at the start of the counts.
    pub overdue_cap: &'static str,
    /// A check that is overdue.
    pub overdue: &'static str,
    /// A check that falls due soon.
    pub due: &'static str,
    /// A check that is not yet due.
    pub ok: &'static str,
    /// Column: number.
    pub no_header: &'static str,
    /// Column: guideline.
    pub guideline_header: &'static str,
    /// Column: status.
    pub status_header: &'static str,
    /// Column: approved.
    pub approved_header: &'static str,
    /// Column: last check.
    pub last_check_header: &'static str,
    /// Column: next check.
    pub next_check_header: &'static str,
    /// Column: changed since approval.
    pub changed_since_header: &'static str,
    /// Currency table: active deviations from the guideline.
    pub deviations_header: &'static str,
    /// Status: in force.
    pub in_force: &'static str,
    /// Status: in revision.
    pub in_revision: &'static str,
    /// Status: withdrawn.
    pub withdrawn: &'static str,
    /// An approval without a date.
    pub date_not_recorded: &'static str,
    /// Under an approval whose text changed since.
    pub text_changed_since: &'static str,
    // ------------------------------------------------ words by record name
    /// Verdict `current`.
    pub verdict_current: &'static str,
    /// Verdict `revise`.
    pub verdict_revise: &'static str,
    /// Verdict `withdraw`.
    pub verdict_withdraw: &'static str,
    /// Event action `enter`.
    pub action_enter: &'static str,
    /// Event action `approve`.
    pub action_approve: &'static str,
    /// Event action `close`.
    pub action_close: &'static str,
    /// Event action `correct`.
    pub action_correct: &'static str,
    /// Event action `cancel`.
    pub action_cancel: &'static str,
}

/// A catalogue's text as a `&'static str`: each language's plain words are
/// read once per process (see [`Labels::of`]) and live as long as it, like
/// the statics they replace.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The ids of the plain words (the fields of [`Labels`]), for the test that
/// every id the code uses is in the English catalogue.
pub const FIELD_IDS: &[&str] = &[
    "title-field",
    "statement-field",
    "description-field",
    "added",
    "removed",
    "modified",
    "unchanged",
    "number",
    "theme",
    "and-word",
    "more-word",
    "working-tree",
    "round",
    "round-cap",
    "review-round",
    "md-legend",
    "legend-intro",
    "removed-text",
    "is-struck",
    "inserted-text",
    "is-underlined",
    "changed-guidelines",
    "old-text",
    "new-text",
    "no-text",
    "inline",
    "disposition-header",
    "statements-header",
    "organisation-header",
    "accepted-header",
    "partly-header",
    "rejected-header",
    "noted-header",
    "unanswered-header",
    "accepted",
    "partly",
    "rejected",
    "noted",
    "unanswered",
    "unanswered-statements",
    "unanswered-from",
    "unanswered-on",
    "whole-set",
    "received",
    "late-note",
    "field",
    "answer",
    "unanswered-caps",
    "no-answer-yet",
    "changed-in-answer",
    "no-text-changed",
    "comment-round-note",
    "no-comment-round",
    "changelog",
    "unreleased",
    "cancel-out",
    "added-heading",
    "revised-heading",
    "withdrawn-heading",
    "to-revise-heading",
    "confirmed-heading",
    "unreadable",
    "unreadable-short",
    "pending-heading",
    "nothing-in-range",
    "approved-as-is",
    "withdrawn-by-verdict",
    "file-removed",
    "no-body",
    "no-decision",
    "no-date",
    "overdue-cap",
    "overdue",
    "due",
    "ok",
    "no-header",
    "guideline-header",
    "status-header",
    "approved-header",
    "last-check-header",
    "next-check-header",
    "changed-since-header",
    "deviations-header",
    "in-force",
    "in-revision",
    "withdrawn",
    "date-not-recorded",
    "text-changed-since",
    "verdict-current",
    "verdict-revise",
    "verdict-withdraw",
    "action-enter",
    "action-approve",
    "action-close",
    "action-correct",
    "action-cancel",
];

/// The ids of the phrases the methods of [`Labels`] format.
pub const PHRASE_IDS: &[&str] = &[
    "guidelines-count",
    "commits-count",
    "and-more",
    "changes-from-to",
    "changes-title",
    "diff-summary",
    "no-changes",
    "tracked-note",
    "statements-title",
    "round-line",
    "comment-round-line",
    "approved-line",
    "approved-line-no-date",
    "approved-line-no-body",
    "approved-line-no-decision",
    "not-approved-line",
    "not-approved-no-stage",
    "made-line",
    "totals-line",
    "no-statements",
    "others-without-statements",
    "limited-to",
    "unreleased-since",
    "unreleased-all",
    "pending-closed",
    "pending-open-stage",
    "pending-open",
    "entry-heading",
    "revision-previous",
    "revision-base",
    "revision-first",
    "check-line",
    "check-line-by",
    "currency-title",
    "currency-heading",
    "checked-every",
    "due-means",
    "currency-totals",
    "changed-counts",
    "approval-by",
    "approval-decision",
    "approval-round",
];

/// English (the terminal's documents-style wording when no language is
/// asked for).
pub static EN: LazyLock<Labels> = LazyLock::new(|| Labels::load(Catalogue::of("en")));
/// Swedish.
pub static SV: LazyLock<Labels> = LazyLock::new(|| Labels::load(Catalogue::of("sv")));
/// Finnish.
pub static FI: LazyLock<Labels> = LazyLock::new(|| Labels::load(Catalogue::of("fi")));

/// The first letter in upper case (`ingen` → `Ingen`).
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A round kind as a Fluent selector key.
fn kind_key(kind: RoundKind) -> &'static str {
    match kind {
        RoundKind::Revision => "revision",
        RoundKind::CurrencyCheck => "currency-check",
    }
}

impl Labels {
    fn load(cat: &'static Catalogue) -> Labels {
        Labels {
            lang: cat.lang(),
            cat,
            title_field: leak(cat.text("title-field")),
            statement_field: leak(cat.text("statement-field")),
            description_field: leak(cat.text("description-field")),
            added: leak(cat.text("added")),
            removed: leak(cat.text("removed")),
            modified: leak(cat.text("modified")),
            unchanged: leak(cat.text("unchanged")),
            number: leak(cat.text("number")),
            theme: leak(cat.text("theme")),
            and_word: leak(cat.text("and-word")),
            more_word: leak(cat.text("more-word")),
            working_tree: leak(cat.text("working-tree")),
            round: leak(cat.text("round")),
            round_cap: leak(cat.text("round-cap")),
            review_round: leak(cat.text("review-round")),
            md_legend: leak(cat.text("md-legend")),
            legend_intro: leak(cat.text("legend-intro")),
            removed_text: leak(cat.text("removed-text")),
            is_struck: leak(cat.text("is-struck")),
            inserted_text: leak(cat.text("inserted-text")),
            is_underlined: leak(cat.text("is-underlined")),
            changed_guidelines: leak(cat.text("changed-guidelines")),
            old_text: leak(cat.text("old-text")),
            new_text: leak(cat.text("new-text")),
            no_text: leak(cat.text("no-text")),
            inline: leak(cat.text("inline")),
            disposition_header: leak(cat.text("disposition-header")),
            statements_header: leak(cat.text("statements-header")),
            organisation_header: leak(cat.text("organisation-header")),
            accepted_header: leak(cat.text("accepted-header")),
            partly_header: leak(cat.text("partly-header")),
            rejected_header: leak(cat.text("rejected-header")),
            noted_header: leak(cat.text("noted-header")),
            unanswered_header: leak(cat.text("unanswered-header")),
            accepted: leak(cat.text("accepted")),
            partly: leak(cat.text("partly")),
            rejected: leak(cat.text("rejected")),
            noted: leak(cat.text("noted")),
            unanswered: leak(cat.text("unanswered")),
            unanswered_statements: leak(cat.text("unanswered-statements")),
            unanswered_from: leak(cat.text("unanswered-from")),
            unanswered_on: leak(cat.text("unanswered-on")),
            whole_set: leak(cat.text("whole-set")),
            received: leak(cat.text("received")),
            late_note: leak(cat.text("late-note")),
            field: leak(cat.text("field")),
            answer: leak(cat.text("answer")),
            unanswered_caps: leak(cat.text("unanswered-caps")),
            no_answer_yet: leak(cat.text("no-answer-yet")),
            changed_in_answer: leak(cat.text("changed-in-answer")),
            no_text_changed: leak(cat.text("no-text-changed")),
            comment_round_note: leak(cat.text("comment-round-note")),
            no_comment_round: leak(cat.text("no-comment-round")),
            changelog: leak(cat.text("changelog")),
            unreleased: leak(cat.text("unreleased")),
            cancel_out: leak(cat.text("cancel-out")),
            added_heading: leak(cat.text("added-heading")),
            revised_heading: leak(cat.text("revised-heading")),
            withdrawn_heading: leak(cat.text("withdrawn-heading")),
            to_revise_heading: leak(cat.text("to-revise-heading")),
            confirmed_heading: leak(cat.text("confirmed-heading")),
            unreadable: leak(cat.text("unreadable")),
            unreadable_short: leak(cat.text("unreadable-short")),
            pending_heading: leak(cat.text("pending-heading")),
            nothing_in_range: leak(cat.text("nothing-in-range")),
            approved_as_is: leak(cat.text("approved-as-is")),
            withdrawn_by_verdict: leak(cat.text("withdrawn-by-verdict")),
            file_removed: leak(cat.text("file-removed")),
            no_body: leak(cat.text("no-body")),
            no_decision: leak(cat.text("no-decision")),
            no_date: leak(cat.text("no-date")),
            overdue_cap: leak(cat.text("overdue-cap")),
            overdue: leak(cat.text("overdue")),
            due: leak(cat.text("due")),
            ok: leak(cat.text("ok")),
            no_header: leak(cat.text("no-header")),
            guideline_header: leak(cat.text("guideline-header")),
            status_header: leak(cat.text("status-header")),
            approved_header: leak(cat.text("approved-header")),
            last_check_header: leak(cat.text("last-check-header")),
            next_check_header: leak(cat.text("next-check-header")),
            changed_since_header: leak(cat.text("changed-since-header")),
            deviations_header: leak(cat.text("deviations-header")),
            in_force: leak(cat.text("in-force")),
            in_revision: leak(cat.text("in-revision")),
            withdrawn: leak(cat.text("withdrawn")),
            date_not_recorded: leak(cat.text("date-not-recorded")),
            text_changed_since: leak(cat.text("text-changed-since")),
            verdict_current: leak(cat.text("verdict-current")),
            verdict_revise: leak(cat.text("verdict-revise")),
            verdict_withdraw: leak(cat.text("verdict-withdraw")),
            action_enter: leak(cat.text("action-enter")),
            action_approve: leak(cat.text("action-approve")),
            action_close: leak(cat.text("action-close")),
            action_correct: leak(cat.text("action-correct")),
            action_cancel: leak(cat.text("action-cancel")),
        }
    }

    /// The wording of a document language (`sv`, `fi`; English for any
    /// other).
    pub fn of(lang: &str) -> &'static Labels {
        match Catalogue::of(lang).lang() {
            "sv" => &SV,
            "fi" => &FI,
            _ => &EN,
        }
    }

    fn get(&self, id: &str, args: &Args<'_>) -> String {
        self.cat.get(id, Some(args))
    }

    /// A guideline's status in a diff.
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Added => self.added,
            Status::Removed => self.removed,
            Status::Modified => self.modified,
            Status::Unchanged => self.unchanged,
        }
    }

    /// A disposition.
    pub fn disposition(&self, d: Disposition) -> &'static str {
        match d {
            Disposition::Accepted => self.accepted,
            Disposition::Partly => self.partly,
            Disposition::Rejected => self.rejected,
            Disposition::Noted => self.noted,
        }
    }

    /// A disposition by its name in the records, or "unanswered".
    pub fn disposition_or_unanswered(&self, name: &str) -> &'static str {
        name.parse::<Disposition>()
            .map(|d| self.disposition(d))
            .unwrap_or(self.unanswered)
    }

    /// A guideline's status in the currency report.
    pub fn currency_status(&self, status: CurrencyStatus) -> &'static str {
        match status {
            CurrencyStatus::InForce => self.in_force,
            CurrencyStatus::InRevision => self.in_revision,
            CurrencyStatus::Withdrawn => self.withdrawn,
        }
    }

    /// A currency-check verdict by its name in the records (`current`,
    /// `revise`, `withdraw`); another name as it is.
    pub fn verdict<'a>(&self, name: &'a str) -> &'a str {
        match name {
            "current" => self.verdict_current,
            "revise" => self.verdict_revise,
            "withdraw" => self.verdict_withdraw,
            _ => name,
        }
    }

    /// What an event did to its stage, by the action's name in the records
    /// (`enter`, `approve`, `close`, `correct`, `cancel`); another name as
    /// it is.
    pub fn action<'a>(&self, name: &'a str) -> &'a str {
        match name {
            "enter" => self.action_enter,
            "approve" => self.action_approve,
            "close" => self.action_close,
            "correct" => self.action_correct,
            "cancel" => self.action_cancel,
            _ => name,
        }
    }

    /// `16 guidelines`, `1 riktlinje`, `16 linjausta`.
    pub fn guidelines(&self, count: usize) -> String {
        self.get("guidelines-count", &fluent_args!["count" => count])
    }

    /// `2 commits` changed since an approval.
    pub fn commits(&self, count: usize) -> String {
        self.get("commits-count", &fluent_args!["count" => count])
    }

    /// `… and 2 more` (changes of a field not listed).
    pub fn and_more(&self, count: usize) -> String {
        self.get("and-more", &fluent_args!["count" => count])
    }

    // --------------------------------------------------------------- diff

    /// `Changes from A to B` (A and B as the caller marks them up).
    pub fn changes_from_to(&self, from: &str, to: &str) -> String {
        self.get("changes-from-to", &fluent_args!["from" => from, "to" => to])
    }

    /// A diff document's title: `Guidelines: changes from A to B`.
    pub fn changes_title(&self, title: &str, from: &str, to: &str) -> String {
        self.get(
            "changes-title",
            &fluent_args!["title" => title, "from" => from, "to" => to],
        )
    }

    /// The one-line summary of a diff with changes.
    pub fn diff_summary(
        &self,
        total: usize,
        modified: usize,
        added: usize,
        removed: usize,
        hunks: usize,
        fields: usize,
    ) -> String {
        self.get(
            "diff-summary",
            &fluent_args![
                "total" => total,
                "modified" => modified,
                "added" => added,
                "removed" => removed,
                "hunks" => hunks,
                "fields" => fields,
            ],
        )
    }

    /// The summary of a diff without changes.
    pub fn no_changes(&self, from: &str, to: &str) -> String {
        self.get("no-changes", &fluent_args!["from" => from, "to" => to])
    }

    /// How to work with the tracked changes of a Word document.
    pub fn tracked_note(&self, author: &str) -> String {
        self.get("tracked-note", &fluent_args!["author" => author])
    }

    // ------------------------------------------------ summary of statements

    /// The summary's title.
    pub fn statements_title(&self, round_title: &str) -> String {
        self.get("statements-title", &fluent_args!["round" => round_title])
    }

    /// The line that names the round.
    pub fn round_line(&self, id: &str, kind: RoundKind, opened: &str, scope: usize) -> String {
        let guidelines = self.guidelines(scope);
        self.get(
            "round-line",
            &fluent_args!["id" => id, "kind" => kind_key(kind), "opened" => opened, "guidelines" => guidelines],
        )
    }

    /// When the comment round ran.
    pub fn comment_round_line(&self, opens: &str, closes: &str) -> String {
        self.get(
            "comment-round-line",
            &fluent_args!["opens" => opens, "closes" => closes],
        )
    }

    /// The round's approval.
    pub fn approved_line(&self, date: Option<&str>, body: Option<&str>, decision: Option<&str>) -> String {
        let or = |v: Option<&str>, id: &str| v.map(str::to_string).unwrap_or_else(|| self.cat.text(id));
        self.get(
            "approved-line",
            &fluent_args![
                "date" => or(date, "approved-line-no-date"),
                "body" => or(body, "approved-line-no-body"),
                "decision" => or(decision, "approved-line-no-decision"),
            ],
        )
    }

    /// A round without an approval: its state and stage.
    pub fn not_approved_line(&self, closed: bool, stage: Option<&str>) -> String {
        let stage = stage
            .map(str::to_string)
            .unwrap_or_else(|| self.cat.text("not-approved-no-stage"));
        let state = if closed { "closed" } else { "open" };
        self.get("not-approved-line", &fluent_args!["state" => state, "stage" => stage])
    }

    /// When and from what the summary was made.
    pub fn made_line(&self, date: &str, commit: &str) -> String {
        self.get("made-line", &fluent_args!["date" => date, "commit" => commit])
    }

    /// The counts of statements.
    pub fn totals_line(
        &self,
        statements: usize,
        organisations: usize,
        late: usize,
        answered: usize,
        unanswered: usize,
    ) -> String {
        self.get(
            "totals-line",
            &fluent_args![
                "statements" => statements,
                "organisations" => organisations,
                "late" => late,
                "answered" => answered,
                "unanswered" => unanswered,
            ],
        )
    }

    /// A round without statements.
    pub fn no_statements(&self, round: &str) -> String {
        self.get("no-statements", &fluent_args!["round" => round])
    }

    /// The guidelines in the round's scope that no statement concerns.
    pub fn others_without_statements(&self, count: usize) -> String {
        self.get("others-without-statements", &fluent_args!["count" => count])
    }

    // ---------------------------------------------------------- changelog

    /// The range a changelog is limited to.
    pub fn limited_to(&self, from: &str, to: &str, from_commit: &str, to_commit: &str) -> String {
        self.get(
            "limited-to",
            &fluent_args!["from" => from, "to" => to, "from-commit" => from_commit, "to-commit" => to_commit],
        )
    }

    /// Changes no approval covers, after an approval in round `round`
    /// (its text: `commit`).
    pub fn unreleased_since(&self, commits: usize, round: &str, commit: &str) -> String {
        self.get(
            "unreleased-since",
            &fluent_args!["commits" => commits, "round" => round, "commit" => commit],
        )
    }

    /// Changes when no approval is recorded at all.
    pub fn unreleased_all(&self, commits: usize) -> String {
        self.get("unreleased-all", &fluent_args!["commits" => commits])
    }

    /// The state of a round without an approval.
    pub fn pending_state(&self, closed: bool, stage: Option<&str>) -> String {
        match (closed, stage) {
            (true, _) => self.cat.text("pending-closed"),
            (false, Some(s)) => self.get("pending-open-stage", &fluent_args!["stage" => s]),
            (false, None) => self.cat.text("pending-open"),
        }
    }

    /// The heading of a changelog entry.
    pub fn entry_heading(&self, round: &str, kind: RoundKind, date: Option<&str>) -> String {
        let date = date.unwrap_or(self.no_date);
        self.get(
            "entry-heading",
            &fluent_args!["round" => round, "kind" => kind_key(kind), "date" => date],
        )
    }

    /// The sentence under an approved revision round's heading.
    pub fn revision_line(
        &self,
        title: &str,
        body: Option<&str>,
        decision: Option<&str>,
        text: &str,
        compared: Compared<'_>,
    ) -> String {
        let mut args = fluent_args![
            "title" => title,
            "body" => body.unwrap_or(self.no_body),
            "decision" => decision.unwrap_or(self.no_decision),
            "text" => text,
        ];
        let id = match compared {
            Compared::Previous(p) => {
                args.set("previous", value(p));
                "revision-previous"
            }
            Compared::Base { guidelines, commit } => {
                args.set("guidelines", value(self.guidelines(guidelines)));
                args.set("commit", value(commit));
                "revision-base"
            }
            Compared::First { guidelines } => {
                args.set("guidelines", value(self.guidelines(guidelines)));
                "revision-first"
            }
        };
        self.get(id, &args)
    }

    /// The sentence under a currency check's heading.
    pub fn check_line(
        &self,
        title: &str,
        body: Option<&str>,
        confirmed: usize,
        to_revise: usize,
        withdrawn: usize,
    ) -> String {
        let mut args = fluent_args![
            "title" => title,
            "confirmed" => confirmed,
            "to-revise" => to_revise,
            "withdrawn" => withdrawn,
        ];
        match body {
            Some(b) => {
                args.set("body", value(b));
                self.get("check-line-by", &args)
            }
            None => self.get("check-line", &args),
        }
    }

    // ------------------------------------------------------------ currency

    /// The currency report's title: `Guidelines — currency as of DATE`.
    pub fn currency_title(&self, title: &str, as_of: &str) -> String {
        self.get("currency-title", &fluent_args!["title" => title, "as-of" => as_of])
    }

    /// The currency report's heading.
    pub fn currency_heading(&self, as_of: &str) -> String {
        self.get("currency-heading", &fluent_args!["as-of" => as_of])
    }

    /// The interval of checks (the first half of a sentence; the word
    /// [`Labels::due`] and [`Labels::due_means`] follow after `; `).
    pub fn checked_every(&self, months: u32) -> String {
        self.get("checked-every", &fluent_args!["months" => months])
    }

    /// What "due" means (after the word).
    pub fn due_means(&self, months: u32) -> String {
        self.get("due-means", &fluent_args!["months" => months])
    }

    /// The guidelines by status.
    pub fn currency_totals(&self, total: usize, in_force: usize, in_revision: usize, withdrawn: usize) -> String {
        self.get(
            "currency-totals",
            &fluent_args![
                "total" => total,
                "in-force" => in_force,
                "in-revision" => in_revision,
                "withdrawn" => withdrawn,
            ],
        )
    }

    /// The counts of changed, unapproved and untranslated guidelines.
    pub fn changed_counts(&self, changed: usize, never_approved: usize, behind: usize) -> String {
        self.get(
            "changed-counts",
            &fluent_args!["changed" => changed, "never-approved" => never_approved, "behind" => behind],
        )
    }

    /// An approval in one line: `2021-10-05 by SHM, decision VN/1/2021, round 2021-1`.
    pub fn approval_phrase(
        &self,
        date: Option<&str>,
        body: Option<&str>,
        decision: Option<&str>,
        round: &str,
    ) -> String {
        let mut s = date.unwrap_or(self.date_not_recorded).to_string();
        if let Some(body) = body {
            s.push_str(&self.get("approval-by", &fluent_args!["body" => body]));
        }
        if let Some(decision) = decision {
            s.push_str(&self.get("approval-decision", &fluent_args!["decision" => decision]));
        }
        s.push_str(&self.get("approval-round", &fluent_args!["round" => round]));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_language_gets_english() {
        assert_eq!(Labels::of("sv").lang, "sv");
        assert_eq!(Labels::of("fi").lang, "fi");
        assert_eq!(Labels::of("en").lang, "en");
        assert_eq!(Labels::of("de").lang, "en");
        assert_eq!(Labels::of("").old_text, "Old");
    }

    #[test]
    fn swedish_and_finnish_agree_with_their_numbers() {
        assert_eq!(
            SV.diff_summary(1, 1, 0, 0, 3, 1),
            "1 riktlinje berörs (1 ändrad, 0 nya, 0 borttagna): 3 ändringar i 1 fält."
        );
        assert_eq!(
            SV.diff_summary(3, 1, 1, 1, 1, 2),
            "3 riktlinjer berörs (1 ändrad, 1 ny, 1 borttagen): 1 ändring i 2 fält."
        );
        assert_eq!(
            FI.diff_summary(1, 1, 0, 0, 3, 1),
            "Muutoksia 1 linjauksessa (1 muutettu, 0 uutta, 0 poistettua): 3 muutosta 1 kentässä."
        );
        assert_eq!(
            SV.totals_line(4, 3, 1, 4, 0),
            "4 utlåtanden från 3 organisationer; 1 för sent inkommet; 4 besvarade, 0 obesvarade."
        );
        assert_eq!(
            FI.totals_line(1, 1, 0, 0, 1),
            "1 lausunto 1 organisaatiolta; myöhässä 0; vastattu 0, vastaamatta 1."
        );
        assert_eq!(SV.guidelines(1), "1 riktlinje");
        assert_eq!(FI.guidelines(16), "16 linjausta");
        assert_eq!(EN.commits(1), "1 commit");
    }

    #[test]
    fn every_event_action_has_a_word_in_every_language() {
        use crate::model::EventAction;
        let actions = [
            EventAction::Enter,
            EventAction::Approve,
            EventAction::Close,
            EventAction::Correct,
            EventAction::Cancel,
        ];
        for labels in [&*SV, &*FI, &*EN] {
            for a in actions {
                // No action shows as its record name except the English ones,
                // which read as past participles.
                let word = labels.action(a.as_str());
                assert_ne!(word, a.as_str(), "{:?} {a:?}", labels.lang);
            }
        }
        assert_eq!(SV.action("approve"), "godkänd");
        assert_eq!(FI.action("enter"), "aloitettu");
        assert_eq!(SV.action("future-action"), "future-action");
    }

    #[test]
    fn english_keeps_the_wording_the_terminal_shows() {
        assert_eq!(
            EN.diff_summary(1, 1, 0, 0, 3, 1),
            "1 guideline changed (1 modified, 0 added, 0 removed): 3 changes in 1 field."
        );
        assert_eq!(
            EN.approval_phrase(Some("2021-10-05"), Some("SHM"), Some("VN/1/2021"), "2021-1"),
            "2021-10-05 by SHM, decision VN/1/2021, round 2021-1"
        );
        assert_eq!(
            SV.approval_phrase(None, None, None, "2021-1"),
            "datum saknas, omgång 2021-1"
        );
    }

    #[test]
    fn every_catalogue_names_the_dispositions_and_verdicts() {
        for l in [&*SV, &*FI, &*EN] {
            for d in crate::history::comments::DISPOSITIONS {
                assert!(!l.disposition(d).is_empty());
            }
            assert_eq!(l.disposition_or_unanswered("unanswered"), l.unanswered);
            assert_eq!(l.verdict("something-else"), "something-else");
        }
        assert_eq!(SV.disposition(Disposition::Partly), "delvis accepterad");
        assert_eq!(FI.disposition(Disposition::Noted), "merkitty tiedoksi");
        assert_eq!(FI.verdict("current"), "ajantasainen");
    }

    #[test]
    fn capitalized_handles_non_ascii() {
        assert_eq!(capitalized("ändrad"), "Ändrad");
        assert_eq!(capitalized(""), "");
    }
}

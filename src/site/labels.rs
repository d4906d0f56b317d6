//! The site's fixed wording, from the Fluent catalogues (`locales/<lang>.ftl`,
//! the `site-` messages; the id is the field's name with dashes); a language
//! without a catalogue gets English.

use std::sync::LazyLock;

use serde::Serialize;

use crate::i18n::Catalogue;

/// Every fixed word a page of the site shows.
#[derive(Debug, Serialize)]
pub struct SiteLabels {
    /// The language's name in itself.
    pub language_name: &'static str,
    /// Link: skip to the content.
    pub skip: &'static str,
    /// Navigation: home.
    pub home: &'static str,
    /// Navigation landmark's name.
    pub navigation: &'static str,
    /// The language switch's name.
    pub languages: &'static str,
    /// Heading: themes.
    pub themes: &'static str,
    /// Heading: actors.
    pub actors: &'static str,
    /// Heading: rounds.
    pub rounds: &'static str,
    /// Search.
    pub search: &'static str,
    /// The search box's label.
    pub search_label: &'static str,
    /// No match.
    pub no_results: &'static str,
    /// Matches: count follows.
    pub results: &'static str,
    /// Heading: every guideline (the search page without JavaScript).
    pub all_guidelines: &'static str,
    /// Without JavaScript, the list is the index.
    pub search_fallback: &'static str,
    /// The currency report.
    pub currency: &'static str,
    /// The changelog.
    pub changelog: &'static str,
    /// The Atom feed.
    pub feed: &'static str,
    /// In force since.
    pub in_force_since: &'static str,
    /// In force.
    pub in_force: &'static str,
    /// Never approved.
    pub not_approved: &'static str,
    /// In revision in round.
    pub in_revision: &'static str,
    /// Withdrawn.
    pub withdrawn: &'static str,
    /// Superseded.
    pub superseded: &'static str,
    /// Superseded by (a version).
    pub superseded_by: &'static str,
    /// Since (a date).
    pub since: &'static str,
    /// Next check due.
    pub next_due: &'static str,
    /// Decision.
    pub decision: &'static str,
    /// Body.
    pub body: &'static str,
    /// Date.
    pub date: &'static str,
    /// Stage.
    pub stage: &'static str,
    /// Round.
    pub round: &'static str,
    /// Open round.
    pub open_round: &'static str,
    /// The comment round's deadline.
    pub comment_deadline: &'static str,
    /// The comment round runs.
    pub comment_round: &'static str,
    /// Heading: the guideline's approval trail.
    pub trail: &'static str,
    /// Heading: the guideline's history (approved versions).
    pub history: &'static str,
    /// Version.
    pub version: &'static str,
    /// Word diff against the previous version.
    pub diff_previous: &'static str,
    /// The first approved version.
    pub first_version: &'static str,
    /// Heading: statements about the guideline.
    pub statements: &'static str,
    /// From (who sent a statement).
    pub from: &'static str,
    /// Answer.
    pub answer: &'static str,
    /// Not answered yet.
    pub unanswered: &'static str,
    /// Heading: the deviation register's entries for the guideline.
    pub deviations: &'static str,
    /// A deviation's state: active, pending, expired, ended.
    pub deviation_states: [&'static str; 4],
    /// Decided by (a deviation's deciding body).
    pub decided_by: &'static str,
    /// Ended (a deviation's end).
    pub deviation_ended: &'static str,
    /// The banner: text changed since approval.
    pub unapproved_banner: &'static str,
    /// A field changed since approval.
    pub unapproved_field: &'static str,
    /// Link: what changed since approval.
    pub unapproved_diff: &'static str,
    /// The banner: no text in this language.
    pub not_translated: &'static str,
    /// Link: the primary text.
    pub read_primary: &'static str,
    /// No version approved yet.
    pub no_versions: &'static str,
    /// Nothing recorded.
    pub none: &'static str,
    /// Banner of a version: this is the version in force.
    pub version_in_force: &'static str,
    /// Banner of a version: superseded.
    pub version_superseded: &'static str,
    /// Banner of a version: withdrawn.
    pub version_withdrawn: &'static str,
    /// Period: in force from.
    pub in_force_from: &'static str,
    /// Period: until.
    pub until: &'static str,
    /// Link: the text in force now.
    pub current_text: &'static str,
    /// Heading: stages and dates.
    pub stages: &'static str,
    /// Link: the diff of a round.
    pub round_diff: &'static str,
    /// Link: the summary of statements.
    pub round_comments: &'static str,
    /// Guidelines in scope.
    pub scope: &'static str,
    /// Opened.
    pub opened: &'static str,
    /// The round is open / approved / closed.
    pub state_open: &'static str,
    /// Approved.
    pub state_approved: &'static str,
    /// Closed.
    pub state_closed: &'static str,
    /// Cancelled.
    pub state_cancelled: &'static str,
    /// What the guidelines ask of an actor.
    pub actor_asks: &'static str,
    /// Machine-readable data.
    pub machine_readable: &'static str,
    /// The JSON export.
    pub export: &'static str,
    /// Its schema.
    pub schema: &'static str,
    /// The owner.
    pub owner: &'static str,
    /// Guideline (the statement field).
    pub statement: &'static str,
    /// Description.
    pub description: &'static str,
    /// Published by riktlinjer at (commit).
    pub published_from: &'static str,
    /// Guideline (word).
    pub guideline: &'static str,
    /// Feed entry: approved.
    pub feed_approved: &'static str,
    /// Feed entry: round opened.
    pub feed_opened: &'static str,
    /// Feed entry: comments until.
    pub feed_deadline: &'static str,
    /// Back to the site (on the report pages).
    pub back: &'static str,
    /// Heading: the collection's introduction.
    pub about: &'static str,
}

/// A catalogue's text as a `&'static str`: each language's words are read
/// once per process and live as long as it.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn load(cat: &'static Catalogue) -> SiteLabels {
    let state = |i: usize| leak(cat.text(&format!("site-deviation-state-{i}")));
    SiteLabels {
        language_name: leak(cat.text("site-language-name")),
        skip: leak(cat.text("site-skip")),
        home: leak(cat.text("site-home")),
        navigation: leak(cat.text("site-navigation")),
        languages: leak(cat.text("site-languages")),
        themes: leak(cat.text("site-themes")),
        actors: leak(cat.text("site-actors")),
        rounds: leak(cat.text("site-rounds")),
        search: leak(cat.text("site-search")),
        search_label: leak(cat.text("site-search-label")),
        no_results: leak(cat.text("site-no-results")),
        results: leak(cat.text("site-results")),
        all_guidelines: leak(cat.text("site-all-guidelines")),
        search_fallback: leak(cat.text("site-search-fallback")),
        currency: leak(cat.text("site-currency")),
        changelog: leak(cat.text("site-changelog")),
        feed: leak(cat.text("site-feed")),
        in_force_since: leak(cat.text("site-in-force-since")),
        in_force: leak(cat.text("site-in-force")),
        not_approved: leak(cat.text("site-not-approved")),
        in_revision: leak(cat.text("site-in-revision")),
        withdrawn: leak(cat.text("site-withdrawn")),
        superseded: leak(cat.text("site-superseded")),
        superseded_by: leak(cat.text("site-superseded-by")),
        since: leak(cat.text("site-since")),
        next_due: leak(cat.text("site-next-due")),
        decision: leak(cat.text("site-decision")),
        body: leak(cat.text("site-body")),
        date: leak(cat.text("site-date")),
        stage: leak(cat.text("site-stage")),
        round: leak(cat.text("site-round")),
        open_round: leak(cat.text("site-open-round")),
        comment_deadline: leak(cat.text("site-comment-deadline")),
        comment_round: leak(cat.text("site-comment-round")),
        trail: leak(cat.text("site-trail")),
        history: leak(cat.text("site-history")),
        version: leak(cat.text("site-version")),
        diff_previous: leak(cat.text("site-diff-previous")),
        first_version: leak(cat.text("site-first-version")),
        statements: leak(cat.text("site-statements")),
        from: leak(cat.text("site-from")),
        answer: leak(cat.text("site-answer")),
        unanswered: leak(cat.text("site-unanswered")),
        deviations: leak(cat.text("site-deviations")),
        decided_by: leak(cat.text("site-decided-by")),
        deviation_ended: leak(cat.text("site-deviation-ended")),
        unapproved_banner: leak(cat.text("site-unapproved-banner")),
        unapproved_field: leak(cat.text("site-unapproved-field")),
        unapproved_diff: leak(cat.text("site-unapproved-diff")),
        not_translated: leak(cat.text("site-not-translated")),
        read_primary: leak(cat.text("site-read-primary")),
        no_versions: leak(cat.text("site-no-versions")),
        none: leak(cat.text("site-none")),
        version_in_force: leak(cat.text("site-version-in-force")),
        version_superseded: leak(cat.text("site-version-superseded")),
        version_withdrawn: leak(cat.text("site-version-withdrawn")),
        in_force_from: leak(cat.text("site-in-force-from")),
        until: leak(cat.text("site-until")),
        current_text: leak(cat.text("site-current-text")),
        stages: leak(cat.text("site-stages")),
        round_diff: leak(cat.text("site-round-diff")),
        round_comments: leak(cat.text("site-round-comments")),
        scope: leak(cat.text("site-scope")),
        opened: leak(cat.text("site-opened")),
        state_open: leak(cat.text("site-state-open")),
        state_approved: leak(cat.text("site-state-approved")),
        state_closed: leak(cat.text("site-state-closed")),
        state_cancelled: leak(cat.text("site-state-cancelled")),
        actor_asks: leak(cat.text("site-actor-asks")),
        machine_readable: leak(cat.text("site-machine-readable")),
        export: leak(cat.text("site-export")),
        schema: leak(cat.text("site-schema")),
        owner: leak(cat.text("site-owner")),
        statement: leak(cat.text("site-statement")),
        description: leak(cat.text("site-description")),
        published_from: leak(cat.text("site-published-from")),
        guideline: leak(cat.text("site-guideline")),
        feed_approved: leak(cat.text("site-feed-approved")),
        feed_opened: leak(cat.text("site-feed-opened")),
        feed_deadline: leak(cat.text("site-feed-deadline")),
        back: leak(cat.text("site-back")),
        about: leak(cat.text("site-about")),
        deviation_states: [state(0), state(1), state(2), state(3)],
    }
}

/// The ids of the site's words, for the test that English has them all.
pub const IDS: &[&str] = &[
    "site-language-name",
    "site-skip",
    "site-home",
    "site-navigation",
    "site-languages",
    "site-themes",
    "site-actors",
    "site-rounds",
    "site-search",
    "site-search-label",
    "site-no-results",
    "site-results",
    "site-all-guidelines",
    "site-search-fallback",
    "site-currency",
    "site-changelog",
    "site-feed",
    "site-in-force-since",
    "site-in-force",
    "site-not-approved",
    "site-in-revision",
    "site-withdrawn",
    "site-superseded",
    "site-superseded-by",
    "site-since",
    "site-next-due",
    "site-decision",
    "site-body",
    "site-date",
    "site-stage",
    "site-round",
    "site-open-round",
    "site-comment-deadline",
    "site-comment-round",
    "site-trail",
    "site-history",
    "site-version",
    "site-diff-previous",
    "site-first-version",
    "site-statements",
    "site-from",
    "site-answer",
    "site-unanswered",
    "site-deviations",
    "site-decided-by",
    "site-deviation-ended",
    "site-unapproved-banner",
    "site-unapproved-field",
    "site-unapproved-diff",
    "site-not-translated",
    "site-read-primary",
    "site-no-versions",
    "site-none",
    "site-version-in-force",
    "site-version-superseded",
    "site-version-withdrawn",
    "site-in-force-from",
    "site-until",
    "site-current-text",
    "site-stages",
    "site-round-diff",
    "site-round-comments",
    "site-scope",
    "site-opened",
    "site-state-open",
    "site-state-approved",
    "site-state-closed",
    "site-state-cancelled",
    "site-actor-asks",
    "site-machine-readable",
    "site-export",
    "site-schema",
    "site-owner",
    "site-statement",
    "site-description",
    "site-published-from",
    "site-guideline",
    "site-feed-approved",
    "site-feed-opened",
    "site-feed-deadline",
    "site-back",
    "site-about",
    "site-deviation-state-0",
    "site-deviation-state-1",
    "site-deviation-state-2",
    "site-deviation-state-3",
];

static SV: LazyLock<SiteLabels> = LazyLock::new(|| load(Catalogue::of("sv")));
static FI: LazyLock<SiteLabels> = LazyLock::new(|| load(Catalogue::of("fi")));
static EN: LazyLock<SiteLabels> = LazyLock::new(|| load(Catalogue::of("en")));

/// The wording for `lang` (English for a language the site does not know).
pub fn of(lang: &str) -> &'static SiteLabels {
    match Catalogue::of(lang).lang() {
        "sv" => &SV,
        "fi" => &FI,
        _ => &EN,
    }
}

//! The fixed wording of the documents riktlinjer makes for readers outside
//! IT — the consultation diff, the summary of statements, the changelog and
//! the currency report — in Swedish, Finnish and English.
//!
//! One [`Labels`] value per language: plain words and headings are fields
//! (so templates read them from the context as `l.<field>`), phrases with
//! numbers or names are methods that write the whole sentence in the
//! language's own word order and agreement. [`Labels::of`] picks the
//! catalogue of a document language; any other language gets English.
//!
//! Guideline texts, titles, theme, actor and stage names are not here: they
//! come from the collection and the workflow in the document's language.
//! The terminal text output is for the secretariat's operators and stays
//! English (it uses [`EN`]); JSON keys and CSV headers are contracts and
//! stay English too.

use serde::Serialize;

use crate::diff::Status;
use crate::history::currency::Status as CurrencyStatus;
use crate::model::{Disposition, RoundKind};

/// A language with its own catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Swedish.
    Sv,
    /// Finnish.
    Fi,
    /// English (also for any language without a catalogue).
    En,
}

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
    /// Which language this is.
    #[serde(skip)]
    pub lang: Lang,

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
}

/// Swedish.
pub static SV: Labels = Labels {
    lang: Lang::Sv,
    title_field: "Rubrik",
    statement_field: "Riktlinje",
    description_field: "Beskrivning",
    added: "ny",
    removed: "borttagen",
    modified: "ändrad",
    unchanged: "oförändrad",
    number: "nummer",
    theme: "tema",
    and_word: "och",
    more_word: "till",
    working_tree: "arbetsversionen",
    round: "omgång",
    round_cap: "Omgång",
    review_round: "Omgång",
    md_legend: "Borttagen text är ~~överstruken~~, tillagd text är **fetstilad**.",
    legend_intro: "Varje ändrat fält visas sida vid sida, med den gällande texten till vänster och den nya texten till höger, och därefter i löpande text:",
    removed_text: "borttagen text",
    is_struck: "är överstruken",
    inserted_text: "tillagd text",
    is_underlined: "är understruken",
    changed_guidelines: "Ändrade riktlinjer",
    old_text: "Gällande text",
    new_text: "Ny text",
    no_text: "(ingen text)",
    inline: "Ändringarna i texten",
    disposition_header: "Behandling",
    statements_header: "Utlåtanden",
    organisation_header: "Organisation",
    accepted_header: "Accepterade",
    partly_header: "Delvis accepterade",
    rejected_header: "Avvisade",
    noted_header: "Noterade",
    unanswered_header: "Obesvarade",
    accepted: "accepterad",
    partly: "delvis accepterad",
    rejected: "avvisad",
    noted: "noterad",
    unanswered: "obesvarad",
    unanswered_statements: "Obesvarade utlåtanden",
    unanswered_from: " från ",
    unanswered_on: " om ",
    whole_set: "Riktlinjerna som helhet",
    received: "Inkom",
    late_note: "för sent: utanför utlåtanderundan",
    field: "fält",
    answer: "Svar",
    unanswered_caps: "OBESVARAT",
    no_answer_yet: "inget svar har registrerats ännu.",
    changed_in_answer: "Ändrat till följd av utlåtandet",
    no_text_changed: "ingen riktlinjetext ändrades",
    comment_round_note: "Anteckning om utlåtanderundan:",
    no_comment_round: "Omgången har inte haft någon utlåtanderunda.",
    changelog: "Ändringshistorik",
    unreleased: "Ej godkänt",
    cancel_out: "Texten är densamma som den godkända texten (ändringarna tar ut varandra).",
    added_heading: "Nya",
    revised_heading: "Reviderade",
    withdrawn_heading: "Upphävda",
    to_revise_heading: "Ska revideras",
    confirmed_heading: "Bekräftade som aktuella",
    unreadable: "Kan inte läsas som riktlinjer i den ena versionen (utelämnade; kör `riktlinjer check` i de versionerna)",
    unreadable_short: "Kan inte läsas som riktlinjer i den ena versionen (utelämnade)",
    pending_heading: "Omgångar utan registrerat godkännande",
    nothing_in_range: "Inga godkännanden, aktualitetskontroller eller ändringar av riktlinjerna i detta intervall.",
    approved_as_is: "Ingen ändring i texten: godkänd i befintlig form.",
    withdrawn_by_verdict: "upphävd genom aktualitetskontrollens bedömning",
    file_removed: "filen har tagits bort",
    no_body: "(organ ej registrerat)",
    no_decision: "(beslut ej registrerat)",
    no_date: "datum saknas",
    overdue_cap: "Försenade",
    overdue: "försenad",
    due: "förfaller",
    ok: "i tid",
    no_header: "Nr",
    guideline_header: "Riktlinje",
    status_header: "Status",
    approved_header: "Godkänd",
    last_check_header: "Senaste kontroll",
    next_check_header: "Nästa kontroll",
    changed_since_header: "Ändrad efter godkännandet",
    deviations_header: "Avvikelser",
    in_force: "i kraft",
    in_revision: "under revidering",
    withdrawn: "upphävd",
    date_not_recorded: "datum saknas",
    text_changed_since: "texten har ändrats sedan dess",
};

/// Finnish.
pub static FI: Labels = Labels {
    lang: Lang::Fi,
    title_field: "Otsikko",
    statement_field: "Linjaus",
    description_field: "Kuvaus",
    added: "uusi",
    removed: "poistettu",
    modified: "muutettu",
    unchanged: "ennallaan",
    number: "numero",
    theme: "teema",
    and_word: "ja",
    more_word: "muuta",
    working_tree: "työversio",
    round: "kierros",
    round_cap: "Kierros",
    review_round: "Kierros",
    md_legend: "Poistettu teksti on ~~yliviivattu~~, lisätty teksti on **lihavoitu**.",
    legend_intro: "Jokainen muuttunut kenttä näytetään rinnakkain, voimassa oleva teksti vasemmalla ja uusi teksti oikealla, ja sen jälkeen yhtenäisenä tekstinä:",
    removed_text: "poistettu teksti",
    is_struck: "on yliviivattu",
    inserted_text: "lisätty teksti",
    is_underlined: "on alleviivattu",
    changed_guidelines: "Muuttuneet linjaukset",
    old_text: "Voimassa oleva teksti",
    new_text: "Uusi teksti",
    no_text: "(ei tekstiä)",
    inline: "Muutokset tekstissä",
    disposition_header: "Käsittely",
    statements_header: "Lausunnot",
    organisation_header: "Organisaatio",
    accepted_header: "Hyväksytyt",
    partly_header: "Osittain hyväksytyt",
    rejected_header: "Hylätyt",
    noted_header: "Tiedoksi merkityt",
    unanswered_header: "Vastaamatta",
    accepted: "hyväksytty",
    partly: "osittain hyväksytty",
    rejected: "hylätty",
    noted: "merkitty tiedoksi",
    unanswered: "vastaamatta",
    unanswered_statements: "Vastaamattomat lausunnot",
    unanswered_from: ", ",
    unanswered_on: ": ",
    whole_set: "Linjaukset kokonaisuutena",
    received: "Saapunut",
    late_note: "myöhässä: lausuntokierroksen ulkopuolella",
    field: "kenttä",
    answer: "Vastaus",
    unanswered_caps: "VASTAAMATTA",
    no_answer_yet: "vastausta ei ole vielä kirjattu.",
    changed_in_answer: "Muutettu lausunnon johdosta",
    no_text_changed: "linjausten tekstiä ei muutettu",
    comment_round_note: "Lausuntokierrokseen liittyvä huomautus:",
    no_comment_round: "Kierroksella ei ole ollut lausuntokierrosta.",
    changelog: "Muutoshistoria",
    unreleased: "Hyväksymättä",
    cancel_out: "Teksti on sama kuin hyväksytty teksti (muutokset kumoavat toisensa).",
    added_heading: "Uudet",
    revised_heading: "Päivitetyt",
    withdrawn_heading: "Kumotut",
    to_revise_heading: "Päivitettävät",
    confirmed_heading: "Todettu ajantasaisiksi",
    unreadable: "Ei luettavissa linjauksina toisessa versiossa (jätetty pois; aja `riktlinjer check` näissä versioissa)",
    unreadable_short: "Ei luettavissa linjauksina toisessa versiossa (jätetty pois)",
    pending_heading: "Kierrokset ilman kirjattua hyväksyntää",
    nothing_in_range: "Tällä välillä ei ole hyväksyntöjä, ajantasaisuuden tarkistuksia eikä muutoksia linjauksiin.",
    approved_as_is: "Tekstiin ei tehty muutoksia: hyväksytty sellaisenaan.",
    withdrawn_by_verdict: "kumottu ajantasaisuuden tarkistuksen perusteella",
    file_removed: "tiedosto on poistettu",
    no_body: "(hyväksyjää ei kirjattu)",
    no_decision: "(päätöstä ei kirjattu)",
    no_date: "ei päivämäärää",
    overdue_cap: "Myöhässä",
    overdue: "myöhässä",
    due: "erääntyy",
    ok: "ajallaan",
    no_header: "Nro",
    guideline_header: "Linjaus",
    status_header: "Tila",
    approved_header: "Hyväksytty",
    last_check_header: "Viimeisin tarkistus",
    next_check_header: "Seuraava tarkistus",
    changed_since_header: "Muutettu hyväksynnän jälkeen",
    deviations_header: "Poikkeamat",
    in_force: "voimassa",
    in_revision: "päivitettävänä",
    withdrawn: "kumottu",
    date_not_recorded: "päivämäärä puuttuu",
    text_changed_since: "tekstiä on muutettu sen jälkeen",
};

/// English.
pub static EN: Labels = Labels {
    lang: Lang::En,
    title_field: "Title",
    statement_field: "Guideline",
    description_field: "Description",
    added: "added",
    removed: "removed",
    modified: "modified",
    unchanged: "unchanged",
    number: "number",
    theme: "theme",
    and_word: "and",
    more_word: "more",
    working_tree: "the working tree",
    round: "round",
    round_cap: "Round",
    review_round: "Review round",
    md_legend: "Removed text is ~~struck through~~, inserted text is **bold**.",
    legend_intro: "Each changed field is shown side by side, the old text on the left and the new text on the right, then inline:",
    removed_text: "removed text",
    is_struck: "is struck through",
    inserted_text: "inserted text",
    is_underlined: "is underlined",
    changed_guidelines: "Changed guidelines",
    old_text: "Old",
    new_text: "New",
    no_text: "(none)",
    inline: "Inline",
    disposition_header: "Disposition",
    statements_header: "Statements",
    organisation_header: "Organisation",
    accepted_header: "Accepted",
    partly_header: "Partly",
    rejected_header: "Rejected",
    noted_header: "Noted",
    unanswered_header: "Unanswered",
    accepted: "accepted",
    partly: "partly accepted",
    rejected: "rejected",
    noted: "noted",
    unanswered: "unanswered",
    unanswered_statements: "Unanswered statements",
    unanswered_from: " from ",
    unanswered_on: " on ",
    whole_set: "The guidelines as a whole",
    received: "Received",
    late_note: "late: outside the comment round",
    field: "field",
    answer: "Answer",
    unanswered_caps: "UNANSWERED",
    no_answer_yet: "no answer is recorded yet.",
    changed_in_answer: "Changed in answer",
    no_text_changed: "no guideline text changed",
    comment_round_note: "Note recorded with the comment round:",
    no_comment_round: "The round has had no comment round.",
    changelog: "Changelog",
    unreleased: "Unreleased (not approved)",
    cancel_out: "The text is the same as the approved text (the changes cancel out).",
    added_heading: "Added",
    revised_heading: "Revised",
    withdrawn_heading: "Withdrawn",
    to_revise_heading: "To be revised",
    confirmed_heading: "Confirmed current",
    unreadable: "Not readable as guidelines on one side (left out; run `riktlinjer check` at those commits)",
    unreadable_short: "Not readable as guidelines on one side (left out)",
    pending_heading: "Rounds without a recorded approval",
    nothing_in_range: "No approvals, currency checks or changes to guidelines/ in this range.",
    approved_as_is: "No change to the text: approved as it was.",
    withdrawn_by_verdict: "withdrawn by the currency check's verdict",
    file_removed: "its file was removed",
    no_body: "(no body recorded)",
    no_decision: "(no decision recorded)",
    no_date: "no date",
    overdue_cap: "Overdue",
    overdue: "overdue",
    due: "due",
    ok: "ok",
    no_header: "No.",
    guideline_header: "Guideline",
    status_header: "Status",
    approved_header: "Approved",
    last_check_header: "Last check",
    next_check_header: "Next check",
    changed_since_header: "Changed since approval",
    deviations_header: "Deviations",
    in_force: "in force",
    in_revision: "in revision",
    withdrawn: "withdrawn",
    date_not_recorded: "date not recorded",
    text_changed_since: "the text has changed since",
};

/// `one` when `n` is 1, else `many` (with the number in front).
fn n(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first letter in upper case (`ingen` → `Ingen`).
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Labels {
    /// The catalogue of a document language (`sv`, `fi`; English for any
    /// other).
    pub fn of(lang: &str) -> &'static Labels {
        match lang {
            "sv" => &SV,
            "fi" => &FI,
            _ => &EN,
        }
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
        match (self.lang, name) {
            (Lang::Sv, "current") => "aktuell",
            (Lang::Sv, "revise") => "ska revideras",
            (Lang::Sv, "withdraw") => "upphävs",
            (Lang::Fi, "current") => "ajantasainen",
            (Lang::Fi, "revise") => "päivitettävä",
            (Lang::Fi, "withdraw") => "kumotaan",
            _ => name,
        }
    }

    /// What an event did to its stage, by the action's name in the records
    /// (`enter`, `approve`, `close`, `correct`, `cancel`); another name as
    /// it is.
    pub fn action<'a>(&self, name: &'a str) -> &'a str {
        match (self.lang, name) {
            (Lang::Sv, "enter") => "inledd",
            (Lang::Sv, "approve") => "godkänd",
            (Lang::Sv, "close") => "avslutad",
            (Lang::Sv, "correct") => "rättad",
            (Lang::Sv, "cancel") => "inställd",
            (Lang::Fi, "enter") => "aloitettu",
            (Lang::Fi, "approve") => "hyväksytty",
            (Lang::Fi, "close") => "päätetty",
            (Lang::Fi, "correct") => "korjattu",
            (Lang::Fi, "cancel") => "peruttu",
            (Lang::En, "enter") => "entered",
            (Lang::En, "approve") => "approved",
            (Lang::En, "close") => "closed",
            (Lang::En, "correct") => "corrected",
            (Lang::En, "cancel") => "cancelled",
            _ => name,
        }
    }

    /// `16 guidelines`, `1 riktlinje`, `16 linjausta`.
    pub fn guidelines(&self, count: usize) -> String {
        match self.lang {
            Lang::Sv => n(count, "riktlinje", "riktlinjer"),
            Lang::Fi => n(count, "linjaus", "linjausta"),
            Lang::En => n(count, "guideline", "guidelines"),
        }
    }

    /// `2 commits` changed since an approval.
    pub fn commits(&self, count: usize) -> String {
        match self.lang {
            Lang::Sv => n(count, "ändring", "ändringar"),
            Lang::Fi => n(count, "muutos", "muutosta"),
            Lang::En => n(count, "commit", "commits"),
        }
    }

    /// `… and 2 more` (changes of a field not listed).
    pub fn and_more(&self, count: usize) -> String {
        format!("… {} {count} {}", self.and_word, self.more_word)
    }

    // --------------------------------------------------------------- diff

    /// `Changes from A to B` (A and B as the caller marks them up).
    pub fn changes_from_to(&self, from: &str, to: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Ändringar från {from} till {to}"),
            Lang::Fi => format!("Muutokset {from} – {to}"),
            Lang::En => format!("Changes from {from} to {to}"),
        }
    }

    /// A diff document's title: `Guidelines: changes from A to B`.
    pub fn changes_title(&self, title: &str, from: &str, to: &str) -> String {
        match self.lang {
            Lang::Sv => format!("{title}: ändringar från {from} till {to}"),
            Lang::Fi => format!("{title}: muutokset {from} – {to}"),
            Lang::En => format!("{title}: changes from {from} to {to}"),
        }
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
        match self.lang {
            Lang::Sv => format!(
                "{} berörs ({}, {}, {}): {} i {fields} fält.",
                n(total, "riktlinje", "riktlinjer"),
                n(modified, "ändrad", "ändrade"),
                n(added, "ny", "nya"),
                n(removed, "borttagen", "borttagna"),
                n(hunks, "ändring", "ändringar"),
            ),
            Lang::Fi => format!(
                "Muutoksia {total} linjauksessa ({}, {}, {}): {} {fields} kentässä.",
                n(modified, "muutettu", "muutettua"),
                n(added, "uusi", "uutta"),
                n(removed, "poistettu", "poistettua"),
                n(hunks, "muutos", "muutosta"),
            ),
            Lang::En => format!(
                "{} changed ({modified} modified, {added} added, {removed} removed): {} in {}.",
                n(total, "guideline", "guidelines"),
                n(hunks, "change", "changes"),
                n(fields, "field", "fields"),
            ),
        }
    }

    /// The summary of a diff without changes.
    pub fn no_changes(&self, from: &str, to: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Inga ändringar från {from} till {to}."),
            Lang::Fi => format!("Ei muutoksia: {from} – {to}."),
            Lang::En => format!("No changes from {from} to {to}."),
        }
    }

    /// How to work with the tracked changes of a Word document.
    pub fn tracked_note(&self, author: &str) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Varje ändring är en spårad ändring av {author}: godkänn eller avvisa ändringarna en och en i Word (fliken Granska) eller i LibreOffice (Redigera › Spåra ändringar)."
            ),
            Lang::Fi => format!(
                "Jokainen muutos on jäljitetty muutos (tekijä: {author}): hyväksy tai hylkää muutokset yksitellen Wordissa (Tarkista-välilehti) tai LibreOfficessa (Muokkaa › Muutosten jäljitys)."
            ),
            Lang::En => format!(
                "Every change is a tracked change by {author}: accept or reject each one in Word (Review) or LibreOffice (Edit › Track Changes)."
            ),
        }
    }

    // ------------------------------------------------ summary of statements

    /// The summary's title.
    pub fn statements_title(&self, round_title: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Sammandrag av utlåtandena: {round_title}"),
            Lang::Fi => format!("Lausuntotiivistelmä: {round_title}"),
            Lang::En => format!("Summary of statements: {round_title}"),
        }
    }

    /// The line that names the round.
    pub fn round_line(&self, id: &str, kind: RoundKind, opened: &str, scope: usize) -> String {
        let guidelines = self.guidelines(scope);
        match (self.lang, kind) {
            (Lang::Sv, RoundKind::Revision) => {
                format!("Omgång {id} (revideringsomgång), inledd {opened}, {guidelines}.")
            }
            (Lang::Sv, RoundKind::CurrencyCheck) => {
                format!("Omgång {id} (aktualitetskontroll), inledd {opened}, {guidelines}.")
            }
            (Lang::Fi, RoundKind::Revision) => {
                format!("Kierros {id} (päivityskierros), aloitettu {opened}, {guidelines}.")
            }
            (Lang::Fi, RoundKind::CurrencyCheck) => {
                format!("Kierros {id} (ajantasaisuuden tarkistus), aloitettu {opened}, {guidelines}.")
            }
            (Lang::En, RoundKind::Revision) => {
                format!("Review round {id} (revision round), opened {opened}, {guidelines}.")
            }
            (Lang::En, RoundKind::CurrencyCheck) => {
                format!("Review round {id} (currency-check round), opened {opened}, {guidelines}.")
            }
        }
    }

    /// When the comment round ran.
    pub fn comment_round_line(&self, opens: &str, closes: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Utlåtanderunda från {opens} till {closes}."),
            Lang::Fi => format!("Lausuntokierros {opens} – {closes}."),
            Lang::En => format!("Comment round {opens} to {closes}."),
        }
    }

    /// The round's approval.
    pub fn approved_line(&self, date: Option<&str>, body: Option<&str>, decision: Option<&str>) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Godkänd {} av {}, beslut {}.",
                date.unwrap_or("(datum saknas)"),
                body.unwrap_or("(organ ej registrerat)"),
                decision.unwrap_or("(beslutsnummer ej registrerat)")
            ),
            Lang::Fi => format!(
                "Hyväksytty {}, hyväksyjä {}, päätös {}.",
                date.unwrap_or("(päivämäärä puuttuu)"),
                body.unwrap_or("(ei kirjattu)"),
                decision.unwrap_or("(tunnus puuttuu)")
            ),
            Lang::En => format!(
                "Approved {} by {}, decision {}.",
                date.unwrap_or("(no date)"),
                body.unwrap_or("(no body recorded)"),
                decision.unwrap_or("(no reference recorded)")
            ),
        }
    }

    /// A round without an approval: its state and stage.
    pub fn not_approved_line(&self, closed: bool, stage: Option<&str>) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Inget godkännande har registrerats; omgången är {}, skede: {}.",
                if closed { "avslutad" } else { "öppen" },
                stage.unwrap_or("(inget)")
            ),
            Lang::Fi => format!(
                "Hyväksyntää ei ole kirjattu; kierros on {}, vaihe: {}.",
                if closed { "päättynyt" } else { "käynnissä" },
                stage.unwrap_or("(ei vaihetta)")
            ),
            Lang::En => format!(
                "No approval is recorded; the round is {} in stage {}.",
                if closed { "closed" } else { "open" },
                stage.unwrap_or("(none)")
            ),
        }
    }

    /// When and from what the summary was made.
    pub fn made_line(&self, date: &str, commit: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Sammanställt {date} ur uppgifterna i version {commit}."),
            Lang::Fi => format!("Koottu {date} version {commit} tiedoista."),
            Lang::En => format!("Made {date} from the records committed at {commit}."),
        }
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
        match self.lang {
            Lang::Sv => format!(
                "{} från {}; {}; {}, {}.",
                n(statements, "utlåtande", "utlåtanden"),
                n(organisations, "organisation", "organisationer"),
                n(late, "för sent inkommet", "för sent inkomna"),
                n(answered, "besvarat", "besvarade"),
                n(unanswered, "obesvarat", "obesvarade"),
            ),
            Lang::Fi => format!(
                "{} {organisations} organisaatiolta; myöhässä {late}; vastattu {answered}, vastaamatta {unanswered}.",
                n(statements, "lausunto", "lausuntoa"),
            ),
            Lang::En => format!(
                "{} from {}; {late} late; {answered} answered, {unanswered} unanswered.",
                n(statements, "statement", "statements"),
                n(organisations, "organisation", "organisations"),
            ),
        }
    }

    /// A round without statements.
    pub fn no_statements(&self, round: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Inga utlåtanden har registrerats för omgång {round}."),
            Lang::Fi => format!("Kierrokselle {round} ei ole kirjattu lausuntoja."),
            Lang::En => format!("No statements are recorded for round {round}."),
        }
    }

    /// The guidelines in the round's scope that no statement concerns.
    pub fn others_without_statements(&self, count: usize) -> String {
        match self.lang {
            Lang::Sv if count == 1 => "Inget utlåtande gäller den återstående riktlinjen i omgången.".into(),
            Lang::Sv => format!("Inget utlåtande gäller de övriga {count} riktlinjerna i omgången."),
            Lang::Fi => format!("Kierroksen {count} muusta linjauksesta ei ole annettu lausuntoja."),
            Lang::En => format!(
                "No statement concerns the other {} in the round's scope.",
                n(count, "guideline", "guidelines")
            ),
        }
    }

    // ---------------------------------------------------------- changelog

    /// The range a changelog is limited to.
    pub fn limited_to(&self, from: &str, to: &str, from_commit: &str, to_commit: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Begränsad till versionerna {from}..{to} ({from_commit}..{to_commit})."),
            Lang::Fi => format!("Rajattu versioihin {from}..{to} ({from_commit}..{to_commit})."),
            Lang::En => format!("Limited to the commits {from}..{to} ({from_commit}..{to_commit})."),
        }
    }

    /// Changes no approval covers, after an approval in round `round`
    /// (its text: `commit`).
    pub fn unreleased_since(&self, commits: usize, round: &str, commit: &str) -> String {
        match self.lang {
            Lang::Sv => format!(
                "{} av riktlinjerna omfattas inte av något godkännande. Nedan jämförs den nuvarande texten med texten som godkändes i omgång {round} (version {commit}).",
                n(commits, "ändring", "ändringar")
            ),
            Lang::Fi => format!(
                "Mikään hyväksyntä ei kata {commits} linjauksiin tehtyä muutosta. Alla nykyistä tekstiä verrataan kierroksella {round} hyväksyttyyn tekstiin (versio {commit})."
            ),
            Lang::En => format!(
                "{} changed guidelines/ and no approval covers {}; below, the text now against the text approved in round {round} (commit {commit}).",
                n(commits, "commit", "commits"),
                if commits == 1 { "it" } else { "them" }
            ),
        }
    }

    /// Changes when no approval is recorded at all.
    pub fn unreleased_all(&self, commits: usize) -> String {
        match self.lang {
            Lang::Sv => format!(
                "{} av riktlinjerna har sparats men inget godkännande har registrerats, så ingen riktlinje är godkänd ännu.",
                n(commits, "ändring", "ändringar")
            ),
            Lang::Fi => format!(
                "Linjauksiin on tallennettu {}, mutta hyväksyntää ei ole kirjattu, joten yhtäkään linjausta ei ole vielä hyväksytty.",
                n(commits, "muutos", "muutosta")
            ),
            Lang::En => format!(
                "{} changed guidelines/ and no approval is recorded, so every guideline is unreleased.",
                n(commits, "commit", "commits")
            ),
        }
    }

    /// The state of a round without an approval.
    pub fn pending_state(&self, closed: bool, stage: Option<&str>) -> String {
        match (self.lang, closed, stage) {
            (Lang::Sv, true, _) => "avslutad utan godkännande".into(),
            (Lang::Sv, false, Some(s)) => format!("öppen, skede: {s}"),
            (Lang::Sv, false, None) => "öppen".into(),
            (Lang::Fi, true, _) => "päättynyt ilman hyväksyntää".into(),
            (Lang::Fi, false, Some(s)) => format!("käynnissä, vaihe: {s}"),
            (Lang::Fi, false, None) => "käynnissä".into(),
            (Lang::En, true, _) => "closed without approval".into(),
            (Lang::En, false, Some(s)) => format!("open, in stage {s}"),
            (Lang::En, false, None) => "open".into(),
        }
    }

    /// The heading of a changelog entry.
    pub fn entry_heading(&self, round: &str, kind: RoundKind, date: Option<&str>) -> String {
        let date = date.unwrap_or(self.no_date);
        match (self.lang, kind) {
            (Lang::Sv, RoundKind::Revision) => format!("Omgång {round}: godkänd {date}"),
            (Lang::Sv, RoundKind::CurrencyCheck) => format!("Omgång {round}: aktualitetskontroll {date}"),
            (Lang::Fi, RoundKind::Revision) => format!("Kierros {round}: hyväksytty {date}"),
            (Lang::Fi, RoundKind::CurrencyCheck) => {
                format!("Kierros {round}: ajantasaisuuden tarkistus {date}")
            }
            (Lang::En, RoundKind::Revision) => format!("Round {round}: approved {date}"),
            (Lang::En, RoundKind::CurrencyCheck) => format!("Round {round}: currency check {date}"),
        }
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
        let body = body.unwrap_or(self.no_body);
        let decision = decision.unwrap_or(self.no_decision);
        match self.lang {
            Lang::Sv => {
                let head = format!("{title}. Godkänd av {body}, beslut {decision}; texten i version {text}");
                match compared {
                    Compared::Previous(p) => format!("{head} jämförs med texten som godkändes i omgång {p}."),
                    Compared::Base { guidelines, commit } => format!(
                        "{head}. Det första registrerade godkännandet ({}); texten jämförs med den som gällde när omgången inleddes (version {commit}).",
                        self.guidelines(guidelines)
                    ),
                    Compared::First { guidelines } => format!(
                        "{head}. Det första registrerade godkännandet ({}); alla riktlinjer i det är nya.",
                        self.guidelines(guidelines)
                    ),
                }
            }
            Lang::Fi => {
                let head = format!("{title}. Hyväksyjä {body}, päätös {decision}; version {text} teksti");
                match compared {
                    Compared::Previous(p) => format!("{head} verrattuna kierroksella {p} hyväksyttyyn tekstiin."),
                    Compared::Base { guidelines, commit } => format!(
                        "{head}. Ensimmäinen kirjattu hyväksyntä ({}); vertailukohtana on kierroksen alkaessa voimassa ollut teksti (versio {commit}).",
                        self.guidelines(guidelines)
                    ),
                    Compared::First { guidelines } => format!(
                        "{head}. Ensimmäinen kirjattu hyväksyntä ({}); kaikki sen linjaukset ovat uusia.",
                        self.guidelines(guidelines)
                    ),
                }
            }
            Lang::En => {
                let compared = match compared {
                    Compared::Previous(p) => format!("compared with the text approved in round {p}"),
                    Compared::Base { guidelines, commit } => format!(
                        "the first recorded approval ({}), compared with the text in force when the round opened (commit {commit})",
                        self.guidelines(guidelines)
                    ),
                    Compared::First { guidelines } => format!(
                        "the first recorded approval ({}); every guideline in it is new",
                        self.guidelines(guidelines)
                    ),
                };
                format!("{title}. Approved by {body}, decision {decision}; the text of commit {text}, {compared}.")
            }
        }
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
        match self.lang {
            Lang::Sv => format!(
                "{title}. Bedömningar{}: aktuella {confirmed}, ska revideras {to_revise}, upphävda {withdrawn}.",
                body.map(|b| format!(" av {b}")).unwrap_or_default()
            ),
            Lang::Fi => format!(
                "{title}. Arviot{}: ajantasaisia {confirmed}, päivitettäviä {to_revise}, kumottuja {withdrawn}.",
                body.map(|b| format!(" ({b})")).unwrap_or_default()
            ),
            Lang::En => format!(
                "{title}. Verdicts{}: {confirmed} confirmed current, {to_revise} to be revised, {withdrawn} withdrawn.",
                body.map(|b| format!(" by {b}")).unwrap_or_default()
            ),
        }
    }

    // ------------------------------------------------------------ currency

    /// The currency report's title: `Guidelines — currency as of DATE`.
    pub fn currency_title(&self, title: &str, as_of: &str) -> String {
        match self.lang {
            Lang::Sv => format!("{title} — aktualitet per {as_of}"),
            Lang::Fi => format!("{title} — ajantasaisuus, tilanne {as_of}"),
            Lang::En => format!("{title} — currency as of {as_of}"),
        }
    }

    /// The currency report's heading.
    pub fn currency_heading(&self, as_of: &str) -> String {
        match self.lang {
            Lang::Sv => format!("Riktlinjernas aktualitet per {as_of}"),
            Lang::Fi => format!("Linjausten ajantasaisuus, tilanne {as_of}"),
            Lang::En => format!("Currency of the guidelines as of {as_of}"),
        }
    }

    /// The interval of checks (the first half of a sentence; the word
    /// [`Labels::due`] and [`Labels::due_means`] follow after `; `).
    pub fn checked_every(&self, months: u32) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Varje riktlinje kontrolleras med {months} {} mellanrum",
                if months == 1 { "månads" } else { "månaders" }
            ),
            Lang::Fi => format!("Jokainen linjaus tarkistetaan {months} kuukauden välein"),
            Lang::En => format!("Each guideline is checked every {months} months"),
        }
    }

    /// What "due" means (after the word).
    pub fn due_means(&self, months: u32) -> String {
        match self.lang {
            Lang::Sv => format!(
                "betyder att kontrollen infaller inom {months} {}.",
                if months == 1 { "månad" } else { "månader" }
            ),
            Lang::Fi => format!("tarkoittaa, että tarkistus on tehtävä {months} kuukauden kuluessa."),
            Lang::En => format!("means the check falls within {months} months."),
        }
    }

    /// The guidelines by status.
    pub fn currency_totals(&self, total: usize, in_force: usize, in_revision: usize, withdrawn: usize) -> String {
        match self.lang {
            Lang::Sv => format!(
                "{}: {in_force} i kraft, {in_revision} under revidering, {}",
                self.guidelines(total),
                n(withdrawn, "upphävd", "upphävda")
            ),
            Lang::Fi => format!(
                "{}: voimassa {in_force}, päivitettävänä {in_revision}, kumottu {withdrawn}",
                self.guidelines(total)
            ),
            Lang::En => {
                format!("{total} guidelines: {in_force} in force, {in_revision} in revision, {withdrawn} withdrawn")
            }
        }
    }

    /// The counts of changed, unapproved and untranslated guidelines.
    pub fn changed_counts(&self, changed: usize, never_approved: usize, behind: usize) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Texten ändrad efter gällande godkännande: {changed}; inget registrerat godkännande: {never_approved}; översättningar som släpar efter: {behind}"
            ),
            Lang::Fi => format!(
                "Tekstiä muutettu voimassa olevan hyväksynnän jälkeen: {changed}; ei kirjattua hyväksyntää: {never_approved}; jäljessä olevia käännöksiä: {behind}"
            ),
            Lang::En => format!(
                "Text changed since the approval in force: {changed}; no approval recorded: {never_approved}; translations behind: {behind}"
            ),
        }
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
        let (by, decided) = match self.lang {
            Lang::Sv => (" av ", ", beslut "),
            Lang::Fi => (", hyväksyjä ", ", päätös "),
            Lang::En => (" by ", ", decision "),
        };
        if let Some(body) = body {
            s.push_str(by);
            s.push_str(body);
        }
        if let Some(decision) = decision {
            s.push_str(decided);
            s.push_str(decision);
        }
        s.push_str(&format!(", {} {round}", self.round));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_language_gets_english() {
        assert_eq!(Labels::of("sv").lang, Lang::Sv);
        assert_eq!(Labels::of("fi").lang, Lang::Fi);
        assert_eq!(Labels::of("en").lang, Lang::En);
        assert_eq!(Labels::of("de").lang, Lang::En);
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
        for labels in [&SV, &FI, &EN] {
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
        for l in [&SV, &FI, &EN] {
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

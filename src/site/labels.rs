//! The site's fixed wording in each language it knows (Swedish, Finnish,
//! English); another language falls back to English.

use serde::Serialize;

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

/// Swedish.
pub const SV: SiteLabels = SiteLabels {
    language_name: "svenska",
    skip: "Hoppa till innehållet",
    home: "Startsida",
    navigation: "Webbplatsens navigering",
    languages: "Språk",
    themes: "Teman",
    actors: "Aktörer",
    rounds: "Granskningsrundor",
    search: "Sök",
    search_label: "Sök i riktlinjerna",
    no_results: "Inga träffar.",
    results: "Träffar",
    all_guidelines: "Alla riktlinjer",
    search_fallback: "Sökningen behöver JavaScript; utan det är listan nedan hela registret.",
    currency: "Aktualitetsrapport",
    changelog: "Ändringslogg",
    feed: "Atom-flöde",
    in_force_since: "I kraft sedan",
    in_force: "I kraft",
    not_approved: "Inte godkänd",
    in_revision: "Under revision i rundan",
    withdrawn: "Upphävd",
    superseded: "Ersatt",
    superseded_by: "Ersatt av version",
    since: "sedan",
    next_due: "Nästa kontroll senast",
    decision: "Beslut",
    body: "Organ",
    date: "Datum",
    stage: "Skede",
    round: "Runda",
    open_round: "Pågående granskningsrunda",
    comment_deadline: "Utlåtanden senast",
    comment_round: "Utlåtanderunda",
    trail: "Godkännandespår",
    history: "Historik",
    version: "Version",
    diff_previous: "ändringar mot föregående version",
    first_version: "första godkända versionen",
    statements: "Utlåtanden om riktlinjen",
    from: "Från",
    answer: "Svar",
    unanswered: "Inte besvarat än",
    deviations: "Avvikelser från riktlinjen",
    deviation_states: ["gäller", "har inte börjat", "har gått ut", "avslutad"],
    decided_by: "Beslutad av",
    deviation_ended: "Avslutad",
    unapproved_banner: "Texten har ändrats sedan den godkändes. De markerade avsnitten är inte godkända.",
    unapproved_field: "Ändrad sedan godkännandet – inte godkänd",
    unapproved_diff: "Se ändringarna mot den godkända texten",
    not_translated: "Den här riktlinjen finns inte på svenska än.",
    read_primary: "Läs originaltexten",
    no_versions: "Ingen version har godkänts än.",
    none: "Inget registrerat.",
    version_in_force: "Den här versionen är i kraft.",
    version_superseded: "Den här versionen är inte längre i kraft: den har ersatts.",
    version_withdrawn: "Den här versionen är inte längre i kraft: riktlinjen är upphävd.",
    in_force_from: "I kraft från",
    until: "till",
    current_text: "Riktlinjens aktuella sida",
    stages: "Skeden och datum",
    round_diff: "Ändringarna i rundan (sida vid sida)",
    round_comments: "Sammandrag av utlåtandena",
    scope: "Riktlinjer i rundan",
    opened: "Öppnad",
    state_open: "pågår",
    state_approved: "godkänd",
    state_closed: "avslutad",
    state_cancelled: "inställd",
    actor_asks: "Vad riktlinjerna kräver av aktören",
    machine_readable: "Maskinläsbart",
    export: "Samlingen som JSON",
    schema: "JSON-schema",
    owner: "Ägare",
    statement: "Riktlinje",
    description: "Beskrivning",
    published_from: "Publicerad från version",
    guideline: "Riktlinje",
    feed_approved: "Godkänd",
    feed_opened: "Granskningsrunda öppnad",
    feed_deadline: "Utlåtanden senast",
    back: "Till webbplatsen",
    about: "Om riktlinjerna",
};

/// Finnish.
pub const FI: SiteLabels = SiteLabels {
    language_name: "suomi",
    skip: "Siirry sisältöön",
    home: "Etusivu",
    navigation: "Sivuston navigointi",
    languages: "Kieli",
    themes: "Teemat",
    actors: "Toimijat",
    rounds: "Käsittelykierrokset",
    search: "Haku",
    search_label: "Hae linjauksista",
    no_results: "Ei osumia.",
    results: "Osumat",
    all_guidelines: "Kaikki linjaukset",
    search_fallback: "Haku tarvitsee JavaScriptin; ilman sitä alla oleva luettelo on koko hakemisto.",
    currency: "Ajantasaisuusraportti",
    changelog: "Muutosloki",
    feed: "Atom-syöte",
    in_force_since: "Voimassa alkaen",
    in_force: "Voimassa",
    not_approved: "Ei hyväksytty",
    in_revision: "Päivitettävänä kierroksella",
    withdrawn: "Kumottu",
    superseded: "Korvattu",
    superseded_by: "Korvattu versiolla",
    since: "alkaen",
    next_due: "Seuraava tarkistus viimeistään",
    decision: "Päätös",
    body: "Elin",
    date: "Päivämäärä",
    stage: "Vaihe",
    round: "Kierros",
    open_round: "Käynnissä oleva käsittelykierros",
    comment_deadline: "Lausunnot viimeistään",
    comment_round: "Lausuntokierros",
    trail: "Hyväksymisen jäljet",
    history: "Historia",
    version: "Versio",
    diff_previous: "muutokset edelliseen versioon",
    first_version: "ensimmäinen hyväksytty versio",
    statements: "Linjausta koskevat lausunnot",
    from: "Lähettäjä",
    answer: "Vastaus",
    unanswered: "Ei vielä vastattu",
    deviations: "Poikkeamat linjauksesta",
    deviation_states: ["voimassa", "ei vielä alkanut", "päättynyt määräaikaan", "lopetettu"],
    decided_by: "Päättäjä",
    deviation_ended: "Lopetettu",
    unapproved_banner: "Tekstiä on muutettu hyväksymisen jälkeen. Merkityt kohdat eivät ole hyväksyttyjä.",
    unapproved_field: "Muutettu hyväksymisen jälkeen – ei hyväksytty",
    unapproved_diff: "Katso muutokset hyväksyttyyn tekstiin",
    not_translated: "Tätä linjausta ei ole vielä suomeksi.",
    read_primary: "Lue alkuperäinen teksti",
    no_versions: "Yhtään versiota ei ole vielä hyväksytty.",
    none: "Ei merkintöjä.",
    version_in_force: "Tämä versio on voimassa.",
    version_superseded: "Tämä versio ei ole enää voimassa: se on korvattu.",
    version_withdrawn: "Tämä versio ei ole enää voimassa: linjaus on kumottu.",
    in_force_from: "Voimassa",
    until: "–",
    current_text: "Linjauksen ajantasainen sivu",
    stages: "Vaiheet ja päivämäärät",
    round_diff: "Kierroksen muutokset (rinnakkain)",
    round_comments: "Lausuntotiivistelmä",
    scope: "Kierroksen linjaukset",
    opened: "Avattu",
    state_open: "käynnissä",
    state_approved: "hyväksytty",
    state_closed: "päättynyt",
    state_cancelled: "peruttu",
    actor_asks: "Mitä linjaukset edellyttävät toimijalta",
    machine_readable: "Koneluettava",
    export: "Kokoelma JSON-muodossa",
    schema: "JSON-skeema",
    owner: "Omistaja",
    statement: "Linjaus",
    description: "Kuvaus",
    published_from: "Julkaistu versiosta",
    guideline: "Linjaus",
    feed_approved: "Hyväksytty",
    feed_opened: "Käsittelykierros avattu",
    feed_deadline: "Lausunnot viimeistään",
    back: "Sivustolle",
    about: "Tietoa linjauksista",
};

/// English.
pub const EN: SiteLabels = SiteLabels {
    language_name: "English",
    skip: "Skip to the content",
    home: "Home",
    navigation: "Site navigation",
    languages: "Language",
    themes: "Themes",
    actors: "Actors",
    rounds: "Review rounds",
    search: "Search",
    search_label: "Search the guidelines",
    no_results: "No matches.",
    results: "Matches",
    all_guidelines: "All guidelines",
    search_fallback: "Search needs JavaScript; without it the list below is the whole index.",
    currency: "Currency report",
    changelog: "Changelog",
    feed: "Atom feed",
    in_force_since: "In force since",
    in_force: "In force",
    not_approved: "Not approved",
    in_revision: "In revision in round",
    withdrawn: "Withdrawn",
    superseded: "Superseded",
    superseded_by: "Superseded by version",
    since: "since",
    next_due: "Next check due by",
    decision: "Decision",
    body: "Body",
    date: "Date",
    stage: "Stage",
    round: "Round",
    open_round: "Review round in progress",
    comment_deadline: "Comments by",
    comment_round: "Comment round",
    trail: "Approval trail",
    history: "History",
    version: "Version",
    diff_previous: "changes against the previous version",
    first_version: "the first approved version",
    statements: "Statements about this guideline",
    from: "From",
    answer: "Answer",
    unanswered: "Not answered yet",
    deviations: "Deviations from this guideline",
    deviation_states: ["active", "not begun", "expired", "ended"],
    decided_by: "Decided by",
    deviation_ended: "Ended",
    unapproved_banner: "The text has changed since it was approved. The marked parts are not approved.",
    unapproved_field: "Changed since the approval – not approved",
    unapproved_diff: "See the changes against the approved text",
    not_translated: "This guideline is not available in English yet.",
    read_primary: "Read the original text",
    no_versions: "No version has been approved yet.",
    none: "Nothing recorded.",
    version_in_force: "This version is in force.",
    version_superseded: "This version is no longer in force: it has been superseded.",
    version_withdrawn: "This version is no longer in force: the guideline has been withdrawn.",
    in_force_from: "In force from",
    until: "until",
    current_text: "The guideline's current page",
    stages: "Stages and dates",
    round_diff: "The round's changes (side by side)",
    round_comments: "Summary of statements",
    scope: "Guidelines in the round",
    opened: "Opened",
    state_open: "in progress",
    state_approved: "approved",
    state_closed: "closed",
    state_cancelled: "cancelled",
    actor_asks: "What the guidelines ask of this actor",
    machine_readable: "Machine-readable",
    export: "The collection as JSON",
    schema: "JSON Schema",
    owner: "Owner",
    statement: "Guideline",
    description: "Description",
    published_from: "Published from version",
    guideline: "Guideline",
    feed_approved: "Approved",
    feed_opened: "Review round opened",
    feed_deadline: "Comments by",
    back: "Back to the site",
    about: "About the guidelines",
};

/// The wording for `lang` (English for a language the site does not know).
pub fn of(lang: &str) -> &'static SiteLabels {
    match lang {
        "sv" => &SV,
        "fi" => &FI,
        _ => &EN,
    }
}

//! The pages of the site, each rendered through the crate's one template
//! environment ([`crate::render::html::environment`], auto-escaped). The
//! report pages (diffs, currency, changelog, statements) are the report
//! renderers' own pages, given the site's Content-Security-Policy and a
//! link back.

use std::collections::{BTreeMap, HashMap, HashSet};

use base64::Engine;
use minijinja::{Environment, Value, context};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::Result;
use crate::diff::{self, Side};
use crate::history::comments;
use crate::history::summary::Version as BlobVersion;
use crate::model::{Collection, Guideline, PartialDate, RoundKind, RoundRecord, TextField};
use crate::render::field_label;
use crate::repo::Repo;
use crate::site::labels::{self, SiteLabels};
use crate::site::{Entry, Site, Version, VersionState, Writer};

/// The site's own style, after the shared one.
pub const SITE_STYLE: &str = include_str!("../../templates/site/site.css");
/// The search script (inline, allowed by its hash).
pub const SEARCH_JS: &str = include_str!("../../templates/site/search.js");

/// The Content-Security-Policy of every page: nothing from elsewhere, no
/// script but the search script (by its hash), the site's stylesheet only.
pub fn csp(script: Option<&str>) -> String {
    policy(script, "'self'")
}

/// The policy of a report page the site adopts: its renderer's inline style.
fn csp_inline_style() -> String {
    policy(None, "'unsafe-inline'")
}

fn policy(script: Option<&str>, styles: &str) -> String {
    let scripts = match script {
        Some(s) => format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
        ),
        None => "'none'".into(),
    };
    format!(
        "default-src 'none'; style-src {styles}; img-src 'self'; script-src {scripts}; base-uri 'none'; form-action 'none'"
    )
}

/// A path segment as it may stand in a link: everything but unreserved
/// characters percent-encoded.
pub fn segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A file name for a segment on disk (the same text the link decodes to).
fn on_disk(s: &str) -> String {
    s.replace(['/', '\\'], "_")
}

fn name_of_language(lang: &str) -> &'static str {
    match lang {
        "sv" => "svenska",
        "fi" => "suomi",
        "en" => "English",
        "se" => "davvisámegiella",
        "de" => "Deutsch",
        _ => "",
    }
}

fn date(d: Option<PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A page's place in a language tree: its path there (`samarbete/index.html`).
struct Place<'a> {
    lang: &'a str,
    path: String,
}

impl Place<'_> {
    /// From the page to the language tree's root.
    fn base(&self) -> String {
        "../".repeat(self.path.matches('/').count())
    }
}

#[derive(Serialize)]
struct Switch {
    lang: String,
    name: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct FieldView {
    label: String,
    text: String,
    actor: bool,
    changed: bool,
}

#[derive(Serialize)]
struct StatusView {
    kind: &'static str,
    round: Option<String>,
    date: Option<String>,
    body: Option<String>,
    decision: Option<String>,
    next_due: Option<String>,
}

#[derive(Serialize)]
struct VersionRow {
    round: String,
    href: String,
    diff: Option<String>,
    date: Option<String>,
    body: Option<String>,
    decision: Option<String>,
    state: &'static str,
}

#[derive(Serialize)]
struct TrailRow {
    round: String,
    round_href: String,
    stage: String,
    action: String,
    date: Option<String>,
    body: Option<String>,
    decision: Option<String>,
}

#[derive(Serialize)]
struct StatementView {
    round: String,
    code: String,
    from: String,
    received: String,
    field: Option<String>,
    text: String,
    answer: Option<(String, String)>,
}

#[derive(Serialize)]
struct DeviationView {
    code: String,
    /// `active`, `pending`, `expired`, `ended` (on the site's day).
    state: &'static str,
    project: String,
    actor: Option<String>,
    reason: String,
    decided_by: Option<String>,
    date: String,
    until: Option<String>,
    /// The end's date and reason.
    ended: Option<(String, String)>,
}

#[derive(Serialize)]
struct Link {
    number: u32,
    title: String,
    href: String,
    status: Option<StatusView>,
}

#[derive(Serialize)]
struct ThemeView {
    name: String,
    href: String,
    guidelines: Vec<Link>,
}

#[derive(Serialize)]
struct OpenRound {
    id: String,
    title: String,
    href: String,
    stage: Option<String>,
    comments: Option<(String, String)>,
}

#[derive(Serialize)]
struct SearchEntry {
    url: String,
    number: u32,
    title: String,
    text: String,
}

struct Renderer<'s, 'r> {
    site: &'s Site<'r>,
    /// This thread's handle on the repository.
    repo: &'s Repo,
    env: Environment<'static>,
    style: String,
    actor_order: Vec<String>,
    /// The published guidelines by blob (read once, for the summaries of statements).
    current: std::cell::OnceCell<Option<BlobVersion>>,
    /// Guideline id → its index in `site.entries`.
    by_id: HashMap<&'s str, usize>,
    /// Per round (as `site.rounds`): its events with corrections applied
    /// (the corrections left out), and its scope.
    round_events: Vec<Vec<crate::model::Event>>,
    scopes: Vec<HashSet<&'s str>>,
    /// The labels of each language as a template value (made once).
    labels: std::cell::RefCell<HashMap<String, Value>>,
    /// The guideline files of a commit by blob, by commit (round bases).
    versions: std::cell::RefCell<HashMap<String, Option<std::sync::Arc<BlobVersion>>>>,
}

impl<'s, 'r> Renderer<'s, 'r> {
    fn new(site: &'s Site<'r>, repo: &'s Repo) -> Renderer<'s, 'r> {
        Renderer {
            site,
            repo,
            env: crate::render::html::environment(),
            style: format!(
                "{}\n{}\n{}",
                crate::render::html::STYLE,
                SITE_STYLE,
                crate::render::html::DIFF_STYLE
            ),
            actor_order: site.collection.actors.iter().map(|a| a.id.clone()).collect(),
            current: std::cell::OnceCell::new(),
            by_id: site
                .entries
                .iter()
                .enumerate()
                .map(|(k, e)| (e.current.id.as_str(), k))
                .collect(),
            round_events: site
                .rounds
                .iter()
                .map(|r| {
                    crate::model::rules::effective_events(r.events.iter().map(|e| (e.stem.as_str(), &e.event)))
                        .into_iter()
                        .map(|(_, e)| e)
                        .filter(|e| e.action != crate::model::EventAction::Correct)
                        .collect()
                })
                .collect(),
            scopes: site
                .rounds
                .iter()
                .map(|r| r.round.guidelines.iter().map(String::as_str).collect())
                .collect(),
            labels: Default::default(),
            versions: Default::default(),
        }
    }
}

/// Write every file of the site.
pub fn write_site(site: &Site<'_>, repo: &Repo, w: &Writer) -> Result<()> {
    let r = Renderer::new(site, repo);
    w.file("style.css", r.style.as_bytes())?;
    w.file("index.html", &r.root_page()?)?;
    let export = crate::site::export::export(site);
    w.file("collection.json", &serde_json::to_vec_pretty(&export).map_err(io)?)?;
    w.file(
        "schema.json",
        &serde_json::to_vec_pretty(&crate::site::export::schema()).map_err(io)?,
    )?;
    // The changelog compares every approved text with the one before it:
    // the longest single part, so it is made on a thread of its own while
    // the pages are rendered.
    let other = repo.reopen()?;
    let (index, rounds, workflow, commit, languages) =
        (site.index, &site.rounds, &site.workflow, &site.commit, &site.languages);
    // Every approved text is parsed already (for its version page).
    let parsed = |blob: &str| site.texts.parsed(blob);
    let known = crate::history::summary::Known {
        collection: &site.collection,
        parsed: &parsed,
    };
    std::thread::scope(|scope| {
        let changelogs = scope.spawn(move || {
            languages
                .iter()
                .map(|lang| {
                    crate::history::changelog::changelog(
                        &other,
                        index,
                        &crate::history::changelog::Inputs {
                            rounds,
                            workflow,
                            to: commit.clone(),
                            range: None,
                            lang: lang.clone(),
                            known: Some(known),
                        },
                    )
                })
                .collect::<Result<Vec<_>>>()
        });
        for lang in &site.languages {
            r.language(lang, w)?;
        }
        let logs = changelogs
            .join()
            .map_err(|_| crate::Error::Output(std::io::Error::other("the changelog's thread failed")))??;
        for (lang, log) in site.languages.iter().zip(&logs) {
            r.changelog(lang, log, w)?;
        }
        Ok(())
    })
}

/// A template or serialization that fails is a bug, not the user's input.
fn io(e: impl std::fmt::Display) -> crate::Error {
    crate::Error::internal(e.to_string())
}

impl<'r> Renderer<'_, 'r> {
    fn labels_value(&self, lang: &str) -> Value {
        self.labels
            .borrow_mut()
            .entry(lang.to_string())
            .or_insert_with(|| Value::from_serialize(labels::of(lang)))
            .clone()
    }

    /// The guideline files of `commit` by blob, read once per commit.
    fn version_at(&self, commit: &str) -> Option<std::sync::Arc<BlobVersion>> {
        self.versions
            .borrow_mut()
            .entry(commit.to_string())
            .or_insert_with(|| BlobVersion::at(self.repo, commit).ok().map(std::sync::Arc::new))
            .clone()
    }

    fn render(&self, name: &str, place: &Place<'_>, title: &str, script: Option<&str>, ctx: Value) -> Result<Vec<u8>> {
        let site = self.site;
        let lang = place.lang;
        let base = place.base();
        let switch: Vec<Switch> = site
            .languages
            .iter()
            .map(|other| Switch {
                lang: other.clone(),
                name: match name_of_language(other) {
                    "" => other.clone(),
                    n => n.to_string(),
                },
                href: format!("{base}../{other}/{}", place.path),
                current: other == lang,
            })
            .collect();
        let canonical = site
            .options
            .base_url
            .as_ref()
            .map(|u| format!("{}/{lang}/{}", u.trim_end_matches('/'), place.path));
        let common = context! {
            lang => lang,
            l => self.labels_value(lang),
            site_title => site.collection.title_in(lang),
            page_title => title,
            base => base,
            root => format!("{base}../"),
            switch => switch,
            canonical => canonical,
            csp => csp(script),
            script => script,
            commit_short => format!("{:.7}", site.commit),
        };
        let template = self.env.get_template(name).map_err(io)?;
        let html = template.render(context! { ..ctx, ..common }).map_err(io)?;
        Ok(html.into_bytes())
    }

    /// The page at the site's root: the languages.
    fn root_page(&self) -> Result<Vec<u8>> {
        let site = self.site;
        let primary = site.languages[0].as_str();
        let languages: Vec<Switch> = site
            .languages
            .iter()
            .map(|l| Switch {
                lang: l.clone(),
                name: site.collection.title_in(l).to_string(),
                href: format!("{l}/index.html"),
                current: false,
            })
            .collect();
        let template = self.env.get_template("site/root.html").map_err(io)?;
        let html = template
            .render(context! {
                lang => primary,
                l => Value::from_serialize(labels::of(primary)),
                site_title => site.collection.title_in(primary),
                owner => site.collection.owner.get(primary),
                languages => languages,
                csp => csp(None),
            })
            .map_err(io)?;
        Ok(html.into_bytes())
    }

    fn status(&self, e: &Entry, row: Option<&crate::history::currency::CurrencyRow>) -> StatusView {
        use crate::history::currency::Status;
        let v = e.in_force();
        let kind = match (row.map(|r| r.status), &e.withdrawn, v) {
            (_, Some(_), _) | (Some(Status::Withdrawn), _, _) => "withdrawn",
            (Some(Status::InRevision), _, _) => "in-revision",
            (_, _, Some(_)) => "in-force",
            _ => "not-approved",
        };
        StatusView {
            kind,
            round: match kind {
                "withdrawn" => e.withdrawn.as_ref().map(|(r, _)| r.clone()),
                "in-revision" => row.and_then(|r| r.revision_round.clone()),
                _ => v.map(|v| v.round.clone()),
            },
            date: match kind {
                "withdrawn" => e.withdrawn.as_ref().and_then(|(_, d)| date(*d)),
                _ => v.and_then(|v| date(v.date)),
            },
            body: v.and_then(|v| v.body.clone()),
            decision: v.and_then(|v| v.decision.clone()),
            next_due: row.and_then(|r| r.next_due).map(|d| d.to_string()),
        }
    }

    fn fields(&self, g: &Guideline, lang: &str, approved: Option<&Guideline>) -> Vec<FieldView> {
        let Some(text) = g.texts.get(lang) else {
            return Vec::new();
        };
        text.fields(&self.actor_order)
            .filter(|(f, v)| *f != TextField::Title && !v.is_empty())
            .map(|(f, v)| FieldView {
                label: field_label(&f, lang, &self.site.collection),
                text: v.to_string(),
                actor: matches!(f, TextField::Actor(_)),
                changed: approved.is_some_and(|a| a.texts.get(lang).and_then(|t| t.get(&f)).unwrap_or("") != v),
            })
            .collect()
    }

    fn language(&self, lang: &str, w: &Writer) -> Result<()> {
        let site = self.site;
        let l = labels::of(lang);
        let report = crate::history::currency::currency(
            self.repo,
            site.index,
            &site.loaded,
            site.upto,
            site.options.today,
            lang,
        )?;
        let rows: BTreeMap<&str, &crate::history::currency::CurrencyRow> =
            report.guidelines.iter().map(|r| (r.id.as_str(), r)).collect();
        let prefix = format!("{lang}/");

        // The themes with their guidelines.
        let mut themes: Vec<ThemeView> = Vec::new();
        for e in &site.entries {
            let g = &e.current;
            let link = Link {
                number: g.number,
                title: g.title_in(lang).to_string(),
                href: format!("{}/index.html", segment(&g.id)),
                status: Some(self.status(e, rows.get(g.id.as_str()).copied())),
            };
            let name = site
                .collection
                .theme(&g.theme)
                .map(|t| t.name_in(lang).to_string())
                .unwrap_or_else(|| g.theme.clone());
            match themes.last_mut() {
                Some(t) if t.name == name => t.guidelines.push(link),
                _ => themes.push(ThemeView {
                    name,
                    href: format!("themes/{}/index.html", segment(&g.theme)),
                    guidelines: vec![link],
                }),
            }
        }
        let open: Vec<OpenRound> = site
            .rounds
            .iter()
            .filter(|r| r.closed().is_none() && r.cancelled().is_none() && r.approval().is_none())
            .map(|r| OpenRound {
                id: r.id.clone(),
                title: r.round.title.clone(),
                href: format!("rounds/{}/index.html", segment(&r.id)),
                stage: r.current_stage().map(|s| {
                    site.workflow
                        .stage(s)
                        .map(|st| st.name_in(lang).to_string())
                        .unwrap_or(s.to_string())
                }),
                comments: r
                    .comment_round(&site.workflow)
                    .map(|c| (c.opens.to_string(), c.closes.to_string())),
            })
            .collect();
        let actors: Vec<(String, String)> = site
            .collection
            .actors
            .iter()
            .map(|a| {
                (
                    a.name_in(lang).to_string(),
                    format!("actors/{}/index.html", segment(&a.id)),
                )
            })
            .collect();
        let rounds: Vec<(String, String, String)> = site
            .rounds
            .iter()
            .map(|r| {
                (
                    r.id.clone(),
                    r.round.title.clone(),
                    format!("rounds/{}/index.html", segment(&r.id)),
                )
            })
            .collect();
        let place = Place {
            lang,
            path: "index.html".into(),
        };
        let page = self.render(
            "site/home.html",
            &place,
            site.collection.title_in(lang),
            None,
            context! {
                owner => site.collection.owner.get(lang).or_else(|| site.collection.owner.values().next()),
                introduction => site.collection.introduction.get(lang).or_else(|| site.collection.introduction.values().next()),
                themes => themes,
                open => open,
                actors => actors,
                rounds => rounds,
                commit => site.commit,
            },
        )?;
        w.file(&format!("{prefix}index.html"), &page)?;

        // The guideline pages (most of the site) are rendered by two
        // threads, each taking the next guideline; this one first writes
        // the other pages.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let pages = |r: &Renderer<'_, '_>| -> Result<()> {
            loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(e) = site.entries.get(k) else { return Ok(()) };
                r.guideline(lang, e, rows.get(e.current.id.as_str()).copied(), w)?;
            }
        };
        let repo = self.repo.reopen()?;
        std::thread::scope(|scope| {
            let helper = scope.spawn(move || pages(&Renderer::new(site, &repo)));
            let mine = (|| {
                self.themes_and_actors(lang, w)?;
                for (k, r) in site.rounds.iter().enumerate() {
                    self.round(lang, k, r, w)?;
                }
                self.search(lang, w)?;
                pages(self)
            })();
            let theirs = helper
                .join()
                .unwrap_or_else(|_| Err(crate::Error::internal("a thread rendering the site's pages failed")));
            mine.and(theirs)
        })?;

        // The reports, as their own renderers write them.
        let mut buf = Vec::new();
        crate::render::html::currency(&mut buf, &site.collection, &report).map_err(crate::Error::Output)?;
        w.file(&format!("{prefix}currency.html"), &self.adopt(buf, "index.html", l))?;
        w.file(&format!("{prefix}feed.xml"), &crate::site::feed::feed(site, lang)?)?;
        Ok(())
    }

    /// The changelog page of a language tree, as `changelog` writes it.
    fn changelog(&self, lang: &str, log: &crate::history::changelog::Changelog, w: &Writer) -> Result<()> {
        let mut buf = Vec::new();
        crate::render::changelog::html(&mut buf, log).map_err(crate::Error::Output)?;
        let page = self.adopt(buf, "index.html", labels::of(lang));
        w.file(&format!("{lang}/changelog.html"), &page)
    }

    /// A report page of its own renderer, with the site's policy and a
    /// link back to the language tree's home (`home`, relative).
    fn adopt(&self, page: Vec<u8>, home: &str, l: &SiteLabels) -> Vec<u8> {
        let html = String::from_utf8(page).unwrap_or_default();
        let snippet = self
            .env
            .render_str(
                concat!(
                    r#"<meta http-equiv="Content-Security-Policy" content="{{ csp }}">"#,
                    "\n<style>body { overflow-wrap: break-word; } ",
                    "table { display: block; overflow-x: auto; max-width: 100%; } ",
                    "@media print { table { display: table; overflow: visible; } }</style>"
                ),
                context! { csp => csp_inline_style() },
            )
            .unwrap_or_default();
        let back = self
            .env
            .render_str(
                r#"<p class="back"><a href="{{ home }}">{{ label }}</a></p>"#,
                context! { home => home, label => l.back },
            )
            .unwrap_or_default();
        // A phone shows the page at its width, not at 980 px.
        let viewport = if html.contains("name=\"viewport\"") {
            ""
        } else {
            "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        };
        let html = html.replacen(
            "<meta charset=\"utf-8\">",
            &format!("<meta charset=\"utf-8\">\n{snippet}{viewport}"),
            1,
        );
        let html = html.replacen("<body>", &format!("<body>\n{back}"), 1);
        html.into_bytes()
    }

    fn trail(&self, lang: &str, id: &str, base: &str) -> Vec<TrailRow> {
        let site = self.site;
        let mut out = Vec::new();
        for (k, r) in site
            .rounds
            .iter()
            .enumerate()
            .filter(|(k, _)| self.scopes[*k].contains(id))
        {
            for e in &self.round_events[k] {
                out.push(TrailRow {
                    round: r.id.clone(),
                    round_href: format!("{base}rounds/{}/index.html", segment(&r.id)),
                    stage: site
                        .workflow
                        .stage(&e.stage)
                        .map(|s| s.name_in(lang).to_string())
                        .unwrap_or_else(|| e.stage.clone()),
                    action: crate::render::labels::Labels::of(lang)
                        .action(e.action.as_str())
                        .to_string(),
                    date: date(e.date),
                    body: e.body.clone(),
                    decision: e.decision.clone(),
                });
            }
            if let Some(v) = r.verdicts.get(id) {
                out.push(TrailRow {
                    round: r.id.clone(),
                    round_href: format!("{base}rounds/{}/index.html", segment(&r.id)),
                    stage: site.workflow.currency_check.name_in(lang).to_string(),
                    action: crate::render::labels::Labels::of(lang)
                        .verdict(v.verdict.as_str())
                        .to_string(),
                    date: Some(v.date.to_string()),
                    body: None,
                    decision: v.note.clone(),
                });
            }
        }
        out
    }

    fn statements(&self, id: &str) -> Vec<StatementView> {
        let mut out = Vec::new();
        for r in self.site.rounds.iter().filter(|r| r.cancelled().is_none()) {
            for s in &r.statements {
                if s.statement.guideline.as_deref() != Some(id) || r.withdrawn.contains_key(&s.code) {
                    continue;
                }
                out.push(StatementView {
                    round: r.id.clone(),
                    code: format!("S-{}", s.code),
                    from: s.statement.from.clone(),
                    received: s.statement.received.to_string(),
                    field: s.statement.field.clone(),
                    text: s.statement.text.clone(),
                    answer: r
                        .answers
                        .get(&s.code)
                        .map(|a| (a.disposition.as_str().to_string(), a.reply.clone())),
                });
            }
        }
        out
    }

    /// The register's deviations from guideline `id` (by its id, whatever
    /// its number now), each with where it stands on the site's day, in
    /// the language `lang` names the actors in.
    fn deviations(&self, lang: &str, id: &str) -> Vec<DeviationView> {
        let site = self.site;
        site.deviations
            .iter()
            .filter(|r| r.deviation.guideline == id)
            .map(|r| {
                let d = &r.deviation;
                DeviationView {
                    code: r.code.clone(),
                    state: crate::commands::deviation::DeviationState::of(d, r.ended.as_ref(), site.options.today)
                        .as_str(),
                    project: d.project.clone(),
                    actor: d.actor.as_ref().map(|a| {
                        site.collection
                            .actors
                            .iter()
                            .find(|actor| &actor.id == a)
                            .map(|actor| actor.name_in(lang).to_string())
                            .unwrap_or_else(|| a.clone())
                    }),
                    reason: d.reason.clone(),
                    decided_by: d.decided_by.clone(),
                    date: d.date.to_string(),
                    until: d.until.map(|u| u.to_string()),
                    ended: r.ended.as_ref().map(|e| (e.date.to_string(), e.reason.clone())),
                }
            })
            .collect()
    }

    fn diff_page(
        &self,
        lang: &str,
        old: (&Guideline, Side),
        new: (&Guideline, Side),
        date: chrono::DateTime<chrono::FixedOffset>,
    ) -> Vec<u8> {
        let d = self.diff_of(lang, old, new, date);
        let mut buf = Vec::new();
        let _ = crate::render::diff_html::write(&mut buf, &d);
        buf
    }

    /// The word diff of one guideline from `old` to `new`, in `lang`.
    fn diff_of(
        &self,
        lang: &str,
        old: (&Guideline, Side),
        new: (&Guideline, Side),
        date: chrono::DateTime<chrono::FixedOffset>,
    ) -> crate::diff::CollectionDiff {
        let view = |g| diff::View {
            collection: &self.site.collection,
            guidelines: vec![g],
        };
        let compared = diff::compare_views(
            &view(old.0),
            &view(new.0),
            &diff::Options {
                only: Some(vec![new.0.id.clone()]),
                languages: vec![lang.to_string()],
                display_lang: Some(lang.to_string()),
                ..diff::Options::default()
            },
        );
        compared.into_diff(old.1, new.1, String::new(), date)
    }

    fn guideline(
        &self,
        lang: &str,
        e: &Entry,
        row: Option<&crate::history::currency::CurrencyRow>,
        w: &Writer,
    ) -> Result<()> {
        let site = self.site;
        let l = labels::of(lang);
        let g = &e.current;
        let dir = on_disk(&g.id);
        let primary = site.collection.primary_language();
        let translated = g.texts.get(lang).is_some_and(|t| !t.statement.is_empty());
        let approved = e.in_force().and_then(|v| v.text.as_deref());
        let unapproved = e.unapproved();
        let place = Place {
            lang,
            path: format!("{}/index.html", segment(&g.id)),
        };
        let base = place.base();
        let versions: Vec<VersionRow> = e
            .versions
            .iter()
            .enumerate()
            .map(|(k, v)| VersionRow {
                round: v.round.clone(),
                href: format!("{}/index.html", segment(&v.round)),
                diff: (k > 0).then(|| format!("{}/index.html#changes", segment(&v.round))),
                date: date(v.date),
                body: v.body.clone(),
                decision: v.decision.clone(),
                state: state_name(&v.state),
            })
            .collect();
        let theme = site
            .collection
            .theme(&g.theme)
            .map(|t| t.name_in(lang))
            .unwrap_or(&g.theme);
        let title = format!("{}. {}", g.number, g.title_in(lang));
        let page = self.render(
            "site/guideline.html",
            &place,
            &title,
            None,
            context! {
                heading => title,
                id => g.id,
                theme => theme,
                theme_href => format!("{base}themes/{}/index.html", segment(&g.theme)),
                translated => translated,
                primary_href => format!("{base}../{primary}/{}/index.html", segment(&g.id)),
                primary_lang => primary,
                fields => self.fields(g, if translated { lang } else { primary }, if unapproved { approved } else { None }),
                fields_lang => if translated { lang } else { primary },
                unapproved => unapproved,
                status => self.status(e, row),
                versions => versions,
                trail => self.trail(lang, &g.id, &base),
                statements => self.statements(&g.id),
                deviations => self.deviations(lang, &g.id),
                ld => e.in_force().map(|v| crate::site::export::json_ld(site, v.text.as_deref().unwrap_or(g), v, lang)),
            },
        )?;
        w.file(&format!("{lang}/{dir}/index.html"), &page)?;

        if unapproved
            && let Some(v) = e.in_force()
            && let Some(a) = &v.text
        {
            let page = self.diff_page(
                lang,
                (
                    a,
                    Side {
                        commit: Some(v.commit.clone()),
                        name: Some(format!("{} {}", l.version, v.round)),
                        round: None,
                    },
                ),
                (
                    g,
                    Side {
                        commit: Some(site.commit.clone()),
                        name: None,
                        round: None,
                    },
                ),
                site.index.commit(site.upto).time,
            );
            w.file(
                &format!("{lang}/{dir}/unapproved.html"),
                &self.adopt(page, "index.html", l),
            )?;
        }

        for (k, v) in e.versions.iter().enumerate() {
            self.version(lang, e, k, v, w)?;
        }
        Ok(())
    }

    fn version(&self, lang: &str, e: &Entry, k: usize, v: &Version, w: &Writer) -> Result<()> {
        let site = self.site;
        let l = labels::of(lang);
        let g = &e.current;
        let dir = format!("{lang}/{}/{}", on_disk(&g.id), on_disk(&v.round));
        let place = Place {
            lang,
            path: format!("{}/{}/index.html", segment(&g.id), segment(&v.round)),
        };
        let primary = site.collection.primary_language();
        let text = v.text.as_deref().unwrap_or(g);
        let translated = text.texts.get(lang).is_some_and(|t| !t.statement.is_empty());
        let until = match &v.state {
            VersionState::InForce => None,
            VersionState::Superseded { since, .. } | VersionState::Withdrawn { since, .. } => date(*since),
        };
        let title = format!("{}. {} – {} {}", text.number, text.title_in(lang), l.version, v.round);
        // The word diff against the version before, on this page.
        let changes = match (k.checked_sub(1).map(|p| &e.versions[p]), &v.text) {
            (Some(prev), Some(new)) => prev.text.as_deref().map(|old| {
                let d = self.diff_of(
                    lang,
                    (
                        old,
                        Side {
                            commit: Some(prev.commit.clone()),
                            name: Some(format!("{} {}", l.version, prev.round)),
                            round: None,
                        },
                    ),
                    (
                        new,
                        Side {
                            commit: Some(v.commit.clone()),
                            name: Some(format!("{} {}", l.version, v.round)),
                            round: None,
                        },
                    ),
                    v.recorded_at,
                );
                crate::render::diff_html::embedded(&d)
            }),
            _ => None,
        };
        let page = self.render(
            "site/version.html",
            &place,
            &title,
            None,
            context! {
                heading => title,
                state => state_name(&v.state),
                superseded_by => match &v.state { VersionState::Superseded { by, .. } => Some((by.clone(), format!("../{}/index.html", segment(by)))), _ => None },
                withdrawn_by => match &v.state { VersionState::Withdrawn { round, .. } => Some(round.clone()), _ => None },
                from => date(v.date),
                until => until,
                body => v.body,
                decision => v.decision,
                round => v.round,
                round_href => format!("../../rounds/{}/index.html", segment(&v.round)),
                changes => changes,
                translated => translated,
                primary_href => format!("../../../{primary}/{}/{}/index.html", segment(&g.id), segment(&v.round)),
                fields => self.fields(text, if translated { lang } else { primary }, None),
                fields_lang => if translated { lang } else { primary },
                ld => crate::site::export::json_ld(site, text, v, lang),
            },
        )?;
        w.file(&format!("{dir}/index.html"), &page)?;
        Ok(())
    }

    fn themes_and_actors(&self, lang: &str, w: &Writer) -> Result<()> {
        let site = self.site;
        let l = labels::of(lang);
        for t in &site.collection.themes {
            let place = Place {
                lang,
                path: format!("themes/{}/index.html", segment(&t.id)),
            };
            let base = place.base();
            let items: Vec<(Link, String)> = site
                .entries
                .iter()
                .filter(|e| e.current.theme == t.id)
                .map(|e| {
                    let g = &e.current;
                    let statement = g
                        .texts
                        .get(lang)
                        .or_else(|| g.texts.values().next())
                        .map(|t| t.statement.clone())
                        .unwrap_or_default();
                    (
                        Link {
                            number: g.number,
                            title: g.title_in(lang).to_string(),
                            href: format!("{base}{}/index.html", segment(&g.id)),
                            status: None,
                        },
                        statement,
                    )
                })
                .collect();
            let name = t.name_in(lang);
            let page = self.render(
                "site/theme.html",
                &place,
                name,
                None,
                context! { heading => name, items => items, kind => l.themes },
            )?;
            w.file(&format!("{lang}/themes/{}/index.html", on_disk(&t.id)), &page)?;
        }
        for a in &site.collection.actors {
            let place = Place {
                lang,
                path: format!("actors/{}/index.html", segment(&a.id)),
            };
            let base = place.base();
            let items: Vec<(Link, String)> = site
                .entries
                .iter()
                .filter_map(|e| {
                    let g = &e.current;
                    let text = g
                        .texts
                        .get(lang)
                        .and_then(|t| t.actors.get(&a.id))
                        .filter(|t| !t.is_empty())
                        .or_else(|| g.texts.values().next().and_then(|t| t.actors.get(&a.id)))?;
                    Some((
                        Link {
                            number: g.number,
                            title: g.title_in(lang).to_string(),
                            href: format!("{base}{}/index.html", segment(&g.id)),
                            status: None,
                        },
                        text.clone(),
                    ))
                })
                .collect();
            let name = a.name_in(lang);
            let page = self.render(
                "site/theme.html",
                &place,
                name,
                None,
                context! { heading => name, items => items, kind => l.actors, intro => l.actor_asks },
            )?;
            w.file(&format!("{lang}/actors/{}/index.html", on_disk(&a.id)), &page)?;
        }
        Ok(())
    }

    fn round(&self, lang: &str, k: usize, r: &RoundRecord, w: &Writer) -> Result<()> {
        let site = self.site;
        let l = labels::of(lang);
        let dir = format!("{lang}/rounds/{}", on_disk(&r.id));
        let place = Place {
            lang,
            path: format!("rounds/{}/index.html", segment(&r.id)),
        };
        let base = place.base();
        let stages: Vec<TrailRow> = self.round_events[k]
            .iter()
            .map(|e| TrailRow {
                round: r.id.clone(),
                round_href: String::new(),
                stage: site
                    .workflow
                    .stage(&e.stage)
                    .map(|s| s.name_in(lang).to_string())
                    .unwrap_or_else(|| e.stage.clone()),
                action: crate::render::labels::Labels::of(lang)
                    .action(e.action.as_str())
                    .to_string(),
                date: match (e.opens, e.closes) {
                    (Some(o), Some(c)) => Some(format!("{o} – {c}")),
                    _ => date(e.date),
                },
                body: e.body.clone(),
                decision: e.decision.clone(),
            })
            .collect();
        let state = if r.cancelled().is_some() {
            l.state_cancelled
        } else if r.approval().is_some() {
            l.state_approved
        } else if r.closed().is_some() {
            l.state_closed
        } else {
            l.state_open
        };
        let scope: Vec<Link> = r
            .round
            .guidelines
            .iter()
            .filter_map(|id| self.by_id.get(id.as_str()).map(|&n| &site.entries[n]))
            .map(|e| Link {
                number: e.current.number,
                title: e.current.title_in(lang).to_string(),
                href: format!("{base}{}/index.html", segment(&e.current.id)),
                status: None,
            })
            .collect();

        // The diff the round makes: from its base to its approval (or to
        // the published text while it is open), its scope only.
        let to_commit = r
            .approval()
            .map(|a| a.event.content.commit.clone())
            .unwrap_or_else(|| site.commit.clone());
        let has_diff = r.round.kind == RoundKind::Revision;
        if has_diff {
            let from = self.scope_at(&r.round.base_commit, &r.round.guidelines);
            let to = match r.approval() {
                Some(a) => self.scope_of(&a.event.content.blobs, &r.round.guidelines),
                None => self.scope_at(&site.commit, &r.round.guidelines),
            };
            if let (Some(from), Some(to)) = (from, to) {
                let compared = diff::compare_views(
                    &from.view(&site.collection),
                    &to.view(&site.collection),
                    &diff::Options {
                        only: Some(r.round.guidelines.clone()),
                        languages: vec![lang.to_string()],
                        display_lang: Some(lang.to_string()),
                        ..diff::Options::default()
                    },
                );
                let time = r
                    .approval()
                    .map(|a| a.event.recorded_at)
                    .unwrap_or_else(|| site.index.commit(site.upto).time);
                let d = compared.into_diff(
                    Side {
                        commit: Some(r.round.base_commit.clone()),
                        name: Some("base".into()),
                        round: Some(r.id.clone()),
                    },
                    Side {
                        commit: Some(to_commit.clone()),
                        name: r.approval().map(|a| a.stem.clone()),
                        round: Some(r.id.clone()),
                    },
                    String::new(),
                    time,
                );
                let mut buf = Vec::new();
                crate::render::diff_html::write(&mut buf, &d).map_err(crate::Error::Output)?;
                w.file(&format!("{dir}/diff.html"), &self.adopt(buf, "index.html", l))?;
            }
        }
        // The summary of statements, as `report comments` writes it.
        let current = self
            .current
            .get_or_init(|| BlobVersion::at(self.repo, &site.commit).ok());
        let Some(current) = current else {
            return Err(crate::Error::worded(
                crate::i18n::Wording::new("site-index-unreadable").arg("commit", format!("{:.7}", site.commit)),
                vec![crate::i18n::Wording::new("site-index-unreadable-hint")],
            ));
        };
        let base_version = self.version_at(&r.round.base_commit);
        let rep = comments::report(
            self.repo,
            site.index,
            &comments::Inputs {
                round: r,
                workflow: &site.workflow,
                current,
                base: base_version.as_deref(),
                head: site.commit.clone(),
                today: site.options.today,
                lang: lang.to_string(),
            },
        )?;
        let mut buf = Vec::new();
        crate::render::comments::html(&mut buf, &rep).map_err(crate::Error::Output)?;
        w.file(&format!("{dir}/comments.html"), &self.adopt(buf, "index.html", l))?;

        let title = format!("{} {}: {}", l.round, r.id, r.round.title);
        let page = self.render(
            "site/round.html",
            &place,
            &title,
            None,
            context! {
                heading => title,
                state => state,
                opened => r.round.opened.to_string(),
                stages => stages,
                scope => scope,
                has_diff => has_diff,
                statements => r.statements.len(),
                note => r.round.note,
            },
        )?;
        w.file(&format!("{dir}/index.html"), &page)?;
        Ok(())
    }

    /// The guidelines `scope` of commit `commit`, each text parsed once
    /// for the whole site (`None` when the commit's collection does not read).
    fn scope_at(&self, commit: &str, scope: &[String]) -> Option<Scope> {
        let v = self.version_at(commit)?;
        let blobs: indexmap::IndexMap<String, String> = v.blobs.iter().map(|(k, b)| (k.clone(), b.clone())).collect();
        let guidelines = self.scope_of(&blobs, scope)?.guidelines;
        Some(Scope {
            collection: Some(v),
            guidelines,
        })
    }

    /// The guidelines `scope` with the blobs `blobs` names (read against
    /// the site's collection).
    fn scope_of(&self, blobs: &indexmap::IndexMap<String, String>, scope: &[String]) -> Option<Scope> {
        let site = self.site;
        let mut guidelines = Vec::new();
        for id in scope {
            let Some(blob) = blobs.get(id) else { continue };
            if let Some(g) = site.texts.get(self.repo, &site.collection, id, blob).ok()? {
                guidelines.push(g);
            }
        }
        Some(Scope {
            collection: None,
            guidelines,
        })
    }

    fn search(&self, lang: &str, w: &Writer) -> Result<()> {
        let site = self.site;
        let entries: Vec<SearchEntry> = site
            .entries
            .iter()
            .map(|e| {
                let g = &e.current;
                let t = g
                    .texts
                    .get(lang)
                    .filter(|t| !t.statement.is_empty())
                    .or_else(|| g.texts.values().next());
                let text = t
                    .map(|t| {
                        let mut s = vec![t.statement.as_str(), t.description.as_str()];
                        s.extend(t.actors.values().map(String::as_str));
                        s.join("\n")
                    })
                    .unwrap_or_default();
                SearchEntry {
                    url: format!("{}/index.html", segment(&g.id)),
                    number: g.number,
                    title: g.title_in(lang).to_string(),
                    text,
                }
            })
            .collect();
        w.file(
            &format!("{lang}/search-index.json"),
            &serde_json::to_vec(&entries).map_err(io)?,
        )?;
        let place = Place {
            lang,
            path: "search.html".into(),
        };
        let l = labels::of(lang);
        let page = self.render(
            "site/search.html",
            &place,
            l.search,
            Some(SEARCH_JS),
            context! { entries => entries },
        )?;
        w.file(&format!("{lang}/search.html"), &page)?;
        Ok(())
    }
}

fn state_name(s: &VersionState) -> &'static str {
    match s {
        VersionState::InForce => "in-force",
        VersionState::Superseded { .. } => "superseded",
        VersionState::Withdrawn { .. } => "withdrawn",
    }
}

/// Some guidelines of one version, shared with the site's parsed texts,
/// and that version's collection when it is not the site's own.
struct Scope {
    collection: Option<std::sync::Arc<BlobVersion>>,
    guidelines: Vec<std::sync::Arc<Guideline>>,
}

impl Scope {
    fn view<'a>(&'a self, site_collection: &'a Collection) -> diff::View<'a> {
        diff::View {
            collection: self.collection.as_ref().map_or(site_collection, |v| &v.collection),
            guidelines: self.guidelines.iter().map(|g| &**g).collect(),
        }
    }
}

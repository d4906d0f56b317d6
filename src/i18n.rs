//! Every word riktlinjer shows a person, from Fluent catalogues
//! (`locales/<lang>.ftl`, embedded at build time), after the shape of
//! uutils' `uucore::locale`: one bundle per language, English as the
//! fallback for a message a catalogue lacks, numbers and plurals through
//! [`FluentArgs`] and the catalogue's selectors.
//!
//! [`Catalogue::of`] picks a language's catalogue (`sv`, `fi`, `en`; any
//! other language gets English); [`Catalogue::get`] formats one message.
//! Another language is one more `.ftl` file and one line in [`LANGUAGES`].

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;

/// The languages with a catalogue, each with its Fluent source; the first
/// is the fallback.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en.ftl")),
    ("sv", include_str!("../locales/sv.ftl")),
    ("fi", include_str!("../locales/fi.ftl")),
];

/// One language's messages.
pub struct Catalogue {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue").field("lang", &self.lang).finish()
    }
}

static CATALOGUES: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|(lang, source)| Catalogue::parse(lang, source))
        .collect()
});

impl Catalogue {
    /// Build a catalogue from Fluent source. A syntax error leaves out the
    /// entries it spoils (the test of the catalogues makes sure there are
    /// none); it never stops the program.
    fn parse(lang: &'static str, source: &str) -> Catalogue {
        let id: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068/U+2069) around every placeable would end
        // up in terminals, CSV-adjacent text and documents.
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        // Ids are unique within one file (the test checks); an override
        // error cannot happen on a fresh bundle.
        let _ = bundle.add_resource(resource);
        Catalogue { lang, bundle }
    }

    /// The catalogue of a language (`sv`, `fi`, `en`, also as a locale
    /// such as `sv_FI.UTF-8`); English for any other.
    pub fn of(lang: &str) -> &'static Catalogue {
        let code = primary_subtag(lang);
        CATALOGUES.iter().find(|c| c.lang == code).unwrap_or(&CATALOGUES[0])
    }

    /// The English catalogue (the fallback).
    pub fn english() -> &'static Catalogue {
        &CATALOGUES[0]
    }

    /// The language's code (`sv`).
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Whether this catalogue has a message of its own (not the fallback's).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Format message `id` with `args`; a message this catalogue lacks comes
    /// from English, one English lacks too shows as its id (the catalogue
    /// test makes sure every id the code uses exists in English).
    pub fn get(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for cat in [self, Catalogue::english()] {
            if let Some(pattern) = cat.bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return cat.bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> String {
        self.get(id, None)
    }
}

/// `sv` of `sv`, `sv-FI`, `sv_FI.UTF-8`; lower case.
fn primary_subtag(lang: &str) -> String {
    lang.split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The terminal's language from the environment as a user's shell sets it:
/// `RIKTLINJER_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG` (the POSIX order
/// of precedence); a language without a catalogue, `C` or `POSIX` is
/// English. `get` reads one variable (so tests can pass a map).
pub fn language_from_env(get: impl Fn(&str) -> Option<String>) -> &'static str {
    for var in ["RIKTLINJER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = get(var).filter(|v| !v.is_empty()) {
            return Catalogue::of(&value).lang();
        }
    }
    Catalogue::english().lang()
}

/// Build [`FluentArgs`] from `name => value` pairs:
/// `args!["count" => 3, "from" => "a"]`.
#[macro_export]
macro_rules! fluent_args {
    ($($name:literal => $value:expr),* $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set($name, $crate::i18n::value($value)); )*
        args
    }};
}

/// A Fluent value of a number or a text.
pub fn value<'a>(v: impl IntoValue<'a>) -> FluentValue<'a> {
    v.into_value()
}

/// What [`fluent_args!`] accepts as a value.
pub trait IntoValue<'a> {
    /// The Fluent value.
    fn into_value(self) -> FluentValue<'a>;
}

impl<'a> IntoValue<'a> for &'a str {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::String(Cow::Borrowed(self))
    }
}

impl<'a> IntoValue<'a> for &'a String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::String(Cow::Borrowed(self.as_str()))
    }
}

impl<'a> IntoValue<'a> for String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::String(Cow::Owned(self))
    }
}

macro_rules! number_values {
    ($($t:ty),*) => {$(
        impl<'a> IntoValue<'a> for $t {
            fn into_value(self) -> FluentValue<'a> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_values!(usize, u32, u64, i64, i32);

/// A message as data: a catalogue id and its arguments, worded when it is
/// shown ([`Wording::in_catalogue`]), so that a result computed once (an
/// audit finding) can be printed in the operator's language while its JSON
/// keeps the English words. [`Wording::plain`] is a text that has no
/// message (yet): it reads the same in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
    plain: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Arg {
    Text(String),
    Count(usize),
    Words(Box<Wording>),
}

impl Wording {
    /// Message `id`, its arguments to be added with [`Wording::arg`] and
    /// [`Wording::count`].
    pub fn new(id: &'static str) -> Self {
        Wording {
            id,
            args: Vec::new(),
            plain: None,
        }
    }

    /// A text without a message: the same in every language.
    pub fn plain(text: impl Into<String>) -> Self {
        Wording {
            id: "",
            args: Vec::new(),
            plain: Some(text.into()),
        }
    }

    /// With the text variable `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// With the variable `name` worded in the same language as this.
    pub fn words(mut self, name: &'static str, words: Wording) -> Self {
        self.args.push((name, Arg::Words(Box::new(words))));
        self
    }

    /// With the number variable `name` (for the plural selectors).
    pub fn count(mut self, name: &'static str, n: usize) -> Self {
        self.args.push((name, Arg::Count(n)));
        self
    }

    /// The words in `cat`'s language.
    pub fn in_catalogue(&self, cat: &Catalogue) -> String {
        if let Some(text) = &self.plain {
            return text.clone();
        }
        let nested: Vec<String> = self
            .args
            .iter()
            .map(|(_, v)| match v {
                Arg::Words(w) => w.in_catalogue(cat),
                _ => String::new(),
            })
            .collect();
        let mut args = FluentArgs::new();
        for ((name, value), words) in self.args.iter().zip(&nested) {
            match value {
                Arg::Text(t) => args.set(*name, FluentValue::from(t.as_str())),
                Arg::Count(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Words(_) => args.set(*name, FluentValue::from(words.as_str())),
            }
        }
        cat.get(self.id, Some(&args))
    }

    /// The message id (empty for a [`Wording::plain`] text).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// Whether this is a [`Wording::plain`] text (the same in every language).
    pub fn is_plain(&self) -> bool {
        self.plain.is_some()
    }

    /// The English words (what JSON carries).
    pub fn english(&self) -> String {
        self.in_catalogue(Catalogue::english())
    }
}

/// A text without a message ([`Wording::plain`]).
impl From<&str> for Wording {
    fn from(text: &str) -> Self {
        Wording::plain(text)
    }
}

/// A text without a message ([`Wording::plain`]).
impl From<String> for Wording {
    fn from(text: String) -> Self {
        Wording::plain(text)
    }
}

/// The English words, as a library error's message is.
impl std::fmt::Display for Wording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    #[test]
    fn a_language_picks_its_catalogue_and_others_get_english() {
        assert_eq!(Catalogue::of("sv").lang(), "sv");
        assert_eq!(Catalogue::of("fi_FI.UTF-8").lang(), "fi");
        assert_eq!(Catalogue::of("sv-FI").lang(), "sv");
        assert_eq!(Catalogue::of("de").lang(), "en");
        assert_eq!(Catalogue::of("C").lang(), "en");
    }

    #[test]
    fn plurals_come_from_the_selectors_and_placeables_are_not_isolated() {
        let sv = Catalogue::of("sv");
        assert_eq!(
            sv.get("guidelines-count", Some(&fluent_args!["count" => 1usize])),
            "1 riktlinje"
        );
        assert_eq!(
            sv.get("guidelines-count", Some(&fluent_args!["count" => 16usize])),
            "16 riktlinjer"
        );
        let fi = Catalogue::of("fi");
        assert_eq!(
            fi.get("guidelines-count", Some(&fluent_args!["count" => 0usize])),
            "0 linjausta"
        );
        assert!(
            !sv.get("guidelines-count", Some(&fluent_args!["count" => 2usize]))
                .contains('\u{2068}')
        );
    }

    #[test]
    fn a_count_of_one_is_singular_in_every_catalogue() {
        let en = Catalogue::english();
        let check_ok = |cat: &Catalogue, n: usize| {
            cat.get(
                "check-ok",
                Some(&fluent_args![
                    "guidelines" => n, "themes" => n, "declared" => n, "actors" => n,
                    "languages" => "sv", "rounds" => n, "where" => "HEAD",
                ]),
            )
        };
        assert_eq!(
            check_ok(en, 1),
            "ok: 1 guideline in 1 theme (1), 1 actor, languages sv, 1 review round — no problems in HEAD"
        );
        assert!(check_ok(en, 2).contains(", 2 actors, "));
        assert!(check_ok(Catalogue::of("sv"), 1).contains(", 1 aktör, "));
        assert!(check_ok(Catalogue::of("fi"), 1).contains(", 1 toimija, "));
        assert!(check_ok(Catalogue::of("fi"), 3).contains(", 3 toimijaa, "));
        let one = |id: &str, var: &'static str| {
            let mut args = Args::new();
            args.set(var, FluentValue::from(1usize));
            en.get(id, Some(&args))
        };
        assert_eq!(one("fmt-ok", "total"), "ok: 1 file in canonical form");
        assert_eq!(one("status-comments-open", "days"), "open, 1 day left");
        assert_eq!(one("checked-every", "months"), "Each guideline is checked every month");
        assert_eq!(
            Catalogue::of("fi").get("status-comments-open", Some(&fluent_args!["days" => 1usize])),
            "avoinna, 1 päivä jäljellä"
        );
        // No English message says "1 <plural>" for a count of one.
        let (english, _) = messages(LANGUAGES[0].1);
        let mut found = Vec::new();
        for (id, vars) in &english {
            let mut args = Args::new();
            for v in vars {
                args.set(v.clone(), FluentValue::from(1usize));
            }
            let text = format!(" {}", en.get(id, Some(&args)));
            let plurals = [
                "guidelines",
                "files",
                "months",
                "actors",
                "days",
                "themes",
                "rounds",
                "cells",
                "statements",
            ];
            if plurals.iter().any(|p| text.contains(&format!(" 1 {p}"))) {
                found.push(format!("{id}: {text}"));
            }
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn a_wording_is_worded_in_each_language_and_a_plain_one_in_none() {
        let w = Wording::new("guidelines-count").count("count", 2);
        assert_eq!(w.english(), "2 guidelines");
        assert_eq!(w.in_catalogue(Catalogue::of("sv")), "2 riktlinjer");
        let p = Wording::plain("as it is");
        assert_eq!(p.in_catalogue(Catalogue::of("fi")), "as it is");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        let fi = Catalogue::parse("fi", "only-here = vain täällä\n");
        assert_eq!(fi.get("only-here", None), "vain täällä");
        assert_eq!(fi.get("added", None), "added");
        assert_eq!(fi.get("no-such-message", None), "no-such-message");
    }

    #[test]
    fn the_environment_picks_the_terminal_language_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(language_from_env(env(&[])), "en");
        assert_eq!(language_from_env(env(&[("LANG", "sv_FI.UTF-8")])), "sv");
        assert_eq!(
            language_from_env(env(&[("LANG", "sv_FI.UTF-8"), ("LC_MESSAGES", "fi_FI.UTF-8")])),
            "fi"
        );
        assert_eq!(
            language_from_env(env(&[("LC_ALL", "C"), ("LANG", "fi_FI.UTF-8")])),
            "en"
        );
        assert_eq!(
            language_from_env(env(&[("RIKTLINJER_LANG", "fi"), ("LC_ALL", "sv_SE.UTF-8")])),
            "fi"
        );
        assert_eq!(language_from_env(env(&[("LANG", ""), ("LC_ALL", "")])), "en");
    }

    /// Every message id of a catalogue with the variables it uses (sorted);
    /// the parse errors, if any.
    fn messages(source: &str) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
        use fluent_syntax::ast;
        fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
            for e in &p.elements {
                if let ast::PatternElement::Placeable { expression } = e {
                    expr(expression, vars);
                }
            }
        }
        fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Inline(i) => inline(i, vars),
                ast::Expression::Select { selector, variants } => {
                    inline(selector, vars);
                    for v in variants {
                        pattern(&v.value, vars);
                    }
                }
            }
        }
        fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
            match i {
                ast::InlineExpression::VariableReference { id } => {
                    vars.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, vars),
                _ => {}
            }
        }
        let (resource, errors) = match fluent_syntax::parser::parse(source) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors.iter().map(|e| format!("{e:?}")).collect()),
        };
        let mut out = BTreeMap::new();
        let mut errors = errors;
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern(v, &mut vars);
                }
                if out.insert(m.id.name.to_string(), vars).is_some() {
                    errors.push(format!("{} twice", m.id.name));
                }
            }
        }
        (out, errors)
    }

    #[test]
    fn every_catalogue_parses_and_has_the_ids_and_variables_of_english() {
        let (english, errors) = messages(LANGUAGES[0].1);
        assert!(errors.is_empty(), "en.ftl: {errors:?}");
        assert!(english.len() > 200, "{}", english.len());
        for (lang, source) in &LANGUAGES[1..] {
            let (theirs, errors) = messages(source);
            assert!(errors.is_empty(), "{lang}.ftl: {errors:?}");
            let missing: Vec<_> = english.keys().filter(|id| !theirs.contains_key(*id)).collect();
            let extra: Vec<_> = theirs.keys().filter(|id| !english.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}.ftl: missing {missing:?}, not in en.ftl {extra:?}"
            );
            for (id, vars) in &english {
                assert_eq!(&theirs[id], vars, "{lang}.ftl: the variables of {id}");
            }
        }
    }

    /// Ids the code builds at run time (`audit-kind-{kind}`,
    /// `status-disposition-{name}`), each family complete.
    fn built_ids() -> Vec<String> {
        use crate::history::audit::FindingKind::{self, *};
        let kinds = [
            IncompleteHistory,
            EventModified,
            EventDeleted,
            RecordModified,
            RecordDeleted,
            UnreadableRecord,
            StageOrder,
            DateOrder,
            InvalidCorrection,
            WorkflowChanged,
            HistoryRewritten,
            BindingInvalid,
            BindingMismatch,
            TextNotApproved,
            ApprovedGuidelineMissing,
            CollectionNotApproved,
            StatementUnanswered,
            RecordUnattributed,
            SignatureMissing,
            SignatureInvalid,
            ObjectCorrupt,
        ];
        // A new kind does not compile here until it is listed above.
        for k in kinds {
            match k {
                IncompleteHistory
                | EventModified
                | EventDeleted
                | RecordModified
                | RecordDeleted
                | UnreadableRecord
                | StageOrder
                | DateOrder
                | InvalidCorrection
                | WorkflowChanged
                | HistoryRewritten
                | BindingInvalid
                | BindingMismatch
                | TextNotApproved
                | ApprovedGuidelineMissing
                | CollectionNotApproved
                | StatementUnanswered
                | RecordUnattributed
                | SignatureMissing
                | SignatureInvalid
                | ObjectCorrupt => {}
            }
        }
        let kind = |k: FindingKind| serde_json::to_value(k).unwrap().as_str().unwrap().to_string();
        let mut ids: Vec<String> = kinds.into_iter().map(|k| format!("audit-kind-{}", kind(k))).collect();
        ids.extend(
            crate::history::comments::DISPOSITIONS
                .iter()
                .map(|d| format!("status-disposition-{}", d.as_str())),
        );
        use crate::model::RoundKind;
        for kind in [RoundKind::Revision, RoundKind::CurrencyCheck] {
            match kind {
                RoundKind::Revision | RoundKind::CurrencyCheck => ids.push(format!("status-kind-{kind}")),
            }
        }
        use crate::model::VerdictKind;
        for kind in [VerdictKind::Current, VerdictKind::Revise, VerdictKind::Withdraw] {
            match kind {
                VerdictKind::Current | VerdictKind::Revise | VerdictKind::Withdraw => {
                    ids.push(format!("round-verdict-{}", kind.as_str()))
                }
            }
        }
        ids.extend(crate::render::labels::FIELD_IDS.iter().map(|s| s.to_string()));
        ids.extend(crate::render::labels::PHRASE_IDS.iter().map(|s| s.to_string()));
        ids.extend(crate::site::labels::IDS.iter().map(|s| s.to_string()));
        ids
    }

    /// The ids in the source: the literal first argument of `text(`,
    /// `get(`, `t(`, `label(`, `has(` and `Wording::new(` in every file that
    /// uses the catalogue.
    fn ids_in_source() -> BTreeSet<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let is_id = |s: &str| {
            s.contains('-')
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        let mut ids = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            // This file's own tests use ids that are not in the catalogues.
            if file.ends_with("src/i18n.rs")
                || !text.contains("Catalogue") && !text.contains("fluent_args!") && !text.contains("Wording")
            {
                continue;
            }
            for call in ["text(\"", "get(\"", ".t(\"", "label(\"", "has(\"", "Wording::new(\""] {
                for (at, _) in text.match_indices(call) {
                    let rest = &text[at + call.len()..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if is_id(id) {
                        ids.insert(id.to_string());
                    }
                }
            }
            // Multi-line calls: `get(\n    "id",`.
            for (at, _) in text.match_indices("get(\n") {
                let rest = text[at + 5..].trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    if is_id(id) {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
        ids
    }

    /// The first string literal a user-facing print in `text` passes
    /// (`writeln!(out, "…")`, `ctx.warn(&format!("…"))`, `.line(style, "…")`…)
    /// that holds a word: the terminal's words must come from the catalogue.
    fn printed_literals(text: &str) -> Vec<(usize, String)> {
        let text = text.split("#[cfg(test)]").next().unwrap_or(text);
        let mut out = Vec::new();
        // (call, whether its first argument is a writer or style to skip)
        let calls = [
            ("writeln!(", true),
            ("write!(", true),
            (".line(", true),
            (".styled(", true),
            ("ctx.warn(", false),
            ("ctx.note(", false),
            ("eprint_line(", false),
        ];
        for (call, skip_first) in calls {
            for (at, _) in text.match_indices(call) {
                let mut rest = text[at + call.len()..].trim_start();
                if skip_first {
                    let Some(comma) = rest.find(',') else { continue };
                    rest = rest[comma + 1..].trim_start();
                }
                for wrapper in ["&format!(", "format!(", "&"] {
                    if let Some(r) = rest.strip_prefix(wrapper) {
                        rest = r.trim_start();
                        break;
                    }
                }
                let Some(body) = rest.strip_prefix('"') else { continue };
                let mut literal = String::new();
                let mut chars = body.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => literal.push(c),
                    }
                }
                // Placeholders are not words.
                let mut words = String::new();
                let mut depth = 0;
                for c in literal.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        c if depth == 0 => words.push(c),
                        _ => {}
                    }
                }
                let has_word = words.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 3);
                if has_word {
                    out.push((text[..at].lines().count(), literal));
                }
            }
        }
        out
    }

    #[test]
    fn the_command_modules_print_no_words_of_their_own() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        walk(&root.join("commands"), &mut files);
        for file in ["render/diff_text.rs", "cli.rs"] {
            files.push(root.join(file));
        }
        // Still English, each for a reason: `record()` has no context to
        // know the language (a rare failure after the commit is made).
        let allowed = [
            "warning: the fact is recorded (commit {}), but the working tree or index could not be brought up to it: {error}",
            "hint: run `git checkout HEAD -- {}` (or any riktlinjer recording command, which repairs it) before you commit anything else",
        ];
        let mut found = Vec::new();
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap();
            for (line, literal) in printed_literals(&text) {
                if !allowed.contains(&literal.as_str()) {
                    found.push(format!("{}:{line}: {literal:?}", file.display()));
                }
            }
        }
        assert!(
            found.is_empty(),
            "terminal words outside the catalogues (add a message to locales/*.ftl):\n{}",
            found.join("\n")
        );
        // The scan finds what it looks for.
        let sample =
            "fn f() { writeln!(out, \"wrote {} files\", n)?; ctx.warn(&format!(\"no {x}\")); ctx.note(\"{a}: {b}\"); }";
        assert_eq!(
            printed_literals(sample).into_iter().map(|(_, l)| l).collect::<Vec<_>>(),
            vec!["wrote {} files".to_string()]
        );
    }

    #[test]
    fn every_id_the_code_uses_is_in_the_english_catalogue() {
        let (english, _) = messages(LANGUAGES[0].1);
        let used = ids_in_source();
        assert!(used.len() > 100, "the scan found only {used:?}");
        let mut all: Vec<String> = used.into_iter().collect();
        all.extend(built_ids());
        let missing: Vec<_> = all.iter().filter(|id| !english.contains_key(*id)).collect();
        assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
    }
}

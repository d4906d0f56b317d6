//! `riktlinjer import`: read the published text into the guideline files.

use crate::fluent_args;
use std::io::Write;
use std::path::PathBuf;

use indexmap::IndexMap;

use crate::commands::{Ctx, with_terminal};
use crate::import::published;
use crate::model::{Guideline, GuidelineText, short_slug};
use crate::snapshot::Snapshot;
use crate::store;
use crate::{Error, Result};

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The published text (UTF-8), in the format of the publication's text export.
    pub file: PathBuf,
    /// The language of the text (default: the collection's primary language).
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long)]
    pub lang: Option<String>,
}

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Added,
    Changed,
    Unchanged,
}

/// Parse the whole file first, then write only the files whose content
/// changes. Nothing is committed.
pub fn run(ctx: &Ctx, args: Args) -> Result<u8> {
    let repo = ctx.repo()?;
    let root = repo.root().to_path_buf();
    let snapshot = Snapshot::of(&repo, None)?;
    let loaded = store::load(&snapshot)?;
    let collection = &loaded.collection;
    let lang = crate::render::pick_language(collection, args.lang.as_deref())?;

    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, e))?;
    let text = published::decode(&args.file, &bytes)?;
    let publication = published::parse(&args.file, &text, collection, &lang)?;

    let unreadable = loaded.files_seen - loaded.guidelines.len();
    if unreadable > 0 {
        return Err(Error::Invalid {
            problems: loaded.diagnostics.clone(),
        });
    }
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    let mut taken: Vec<String> = loaded.guidelines.iter().map(|g| g.id.clone()).collect();
    let mut planned: Vec<(Change, String, String, Guideline)> = Vec::new();
    for imported in &publication.guidelines {
        let existing = loaded.guidelines.iter().find(|g| g.number == imported.number);
        let mut guideline = match existing {
            Some(g) => g.clone(),
            None => {
                let base = short_slug(&imported.title);
                let base = if base.is_empty() {
                    format!("riktlinje-{}", imported.number)
                } else {
                    base
                };
                let mut id = base.clone();
                let mut k = 2;
                while taken.contains(&id) {
                    id = format!("{base}-{k}");
                    k += 1;
                }
                taken.push(id.clone());
                Guideline {
                    id,
                    number: imported.number,
                    theme: imported.theme.clone(),
                    texts: IndexMap::new(),
                }
            }
        };
        guideline.theme = imported.theme.clone();
        let mut actors = imported.actors.clone();
        actors.sort_by_cached_key(|k, _| actor_order.iter().position(|a| a == k).unwrap_or(usize::MAX));
        guideline.texts.insert(
            lang.clone(),
            GuidelineText {
                title: imported.title.clone(),
                statement: imported.statement.clone(),
                description: imported.description.clone(),
                actors,
            },
        );
        // Keep languages in collection order.
        guideline
            .texts
            .sort_by_cached_key(|k, _| collection.languages.iter().position(|l| l == k).unwrap_or(usize::MAX));
        let rel = format!("{}/{}.toml", store::GUIDELINES_DIR, guideline.id);
        let old = std::fs::read_to_string(root.join(&rel)).ok();
        let new =
            store::guideline_document(old.as_deref(), &guideline).map_err(|e| toml_problem(&rel, old.as_deref(), e))?;
        let change = match &old {
            None => Change::Added,
            Some(o) if *o == new => Change::Unchanged,
            Some(_) => Change::Changed,
        };
        planned.push((change, rel, new, guideline));
    }

    // The collection's title and introduction in this language.
    let index_path = root.join(store::INDEX_PATH);
    let index_old = std::fs::read_to_string(&index_path).map_err(|e| Error::io("read", &index_path, e))?;
    let mut index_doc: toml_edit::DocumentMut = index_old
        .parse()
        .map_err(|e: toml_edit::TomlError| toml_problem(store::INDEX_PATH, Some(&index_old), e))?;
    set_lang_text(&mut index_doc, "title", &lang, &publication.title);
    if !publication.introduction.is_empty() {
        set_lang_text(&mut index_doc, "introduction", &lang, &publication.introduction);
    }
    let index_new = store::format_document(&index_doc.to_string(), &["introduction"])
        .map_err(|e| toml_problem(store::INDEX_PATH, None, e))?;

    for (change, rel, new, _) in &planned {
        if *change != Change::Unchanged {
            store::write_atomic(&root.join(rel), new.as_bytes())?;
        }
    }
    let index_changed = index_new != index_old;
    if index_changed {
        store::write_atomic(&index_path, index_new.as_bytes())?;
    }

    let cat = ctx.catalogue();
    with_terminal(false, |out| {
        for (change, rel, _, g) in &planned {
            let id = match change {
                Change::Added => "import-added-file",
                Change::Changed => "import-changed-file",
                Change::Unchanged => continue,
            };
            let line = cat.get(
                id,
                Some(&fluent_args![
                    "file" => rel.as_str(),
                    "number" => g.number,
                    "title" => g.title_in(&lang),
                ]),
            );
            writeln!(out, "{line}")?;
        }
        if index_changed {
            writeln!(
                out,
                "{}",
                cat.get("import-changed-index", Some(&fluent_args!["file" => store::INDEX_PATH]))
            )?;
        }
        let added = planned.iter().filter(|p| p.0 == Change::Added).count();
        let changed = planned.iter().filter(|p| p.0 == Change::Changed).count();
        let unchanged = planned.iter().filter(|p| p.0 == Change::Unchanged).count();
        let line = cat.get(
            "import-summary",
            Some(&fluent_args![
                "count" => planned.len(),
                "lang" => lang.as_str(),
                "file" => args.file.display().to_string(),
                "added" => added,
                "changed" => changed,
                "unchanged" => unchanged,
                "collection" => if index_changed { "yes" } else { "no" },
            ]),
        );
        writeln!(out, "{line}")?;
        if added + changed > 0 || index_changed {
            writeln!(out, "{}", cat.text("import-not-committed"))?;
        }
        Ok(())
    })?;
    Ok(0)
}

fn set_lang_text(doc: &mut toml_edit::DocumentMut, table: &str, lang: &str, text: &str) {
    let root = doc.as_table_mut();
    if !root.get(table).is_some_and(toml_edit::Item::is_table_like) {
        root.insert(table, toml_edit::Item::Table(toml_edit::Table::new()));
    }
    if let Some(t) = root.get_mut(table).and_then(toml_edit::Item::as_table_like_mut) {
        if t.get(lang).and_then(toml_edit::Item::as_str) != Some(text) {
            t.insert(lang, toml_edit::value(text));
        }
    }
}

/// A file changed under our feet between reading and rewriting it.
fn toml_problem(rel: &str, text: Option<&str>, e: toml_edit::TomlError) -> Error {
    let (line, col) = store::line_col(text.unwrap_or(""), e.span().map(|s| s.start).unwrap_or(0));
    Error::Invalid {
        problems: vec![store::Diagnostic::new(rel, line, col, store::toml_syntax(e.message()))],
    }
}

//! The shipped guidelines against both published sources: every field of
//! every guideline is the PDF edition's text, and differs from the text
//! export only by its known typing errors.

use std::path::Path;

use riktlinjer::model::{Guideline, TextField};
use riktlinjer::snapshot::Snapshot;

use crate::common::fixture;

fn shipped() -> (riktlinjer::model::Collection, Vec<Guideline>) {
    let snapshot = Snapshot::WorkTree {
        root: Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf(),
    };
    let loaded = riktlinjer::store::load(&snapshot).unwrap().require_valid().unwrap();
    (loaded.collection, loaded.guidelines)
}

/// Letters and digits only, lower-cased: what survives any layout.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The PDF extraction without its page numbers ("6(22)").
fn pdf_letters() -> String {
    let text = std::fs::read_to_string(fixture("source/000_c68a3ef44543d0e3.txt")).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim();
            !(t.ends_with(')') && t.contains('(') && t.chars().all(|c| c.is_ascii_digit() || c == '(' || c == ')'))
        })
        .collect();
    letters(&kept.join("\n"))
}

/// Whether `needle` stands in `hay` whole, or in two pieces: a page break in
/// the PDF's table (guideline 7) puts the ends of its columns after all the
/// columns' beginnings.
fn in_at_most_two_pieces(hay: &str, needle: &str) -> bool {
    if hay.contains(needle) {
        return true;
    }
    let chars: Vec<char> = needle.chars().collect();
    (1..chars.len()).any(|cut| {
        let head: String = chars[..cut].iter().collect();
        let tail: String = chars[cut..].iter().collect();
        head.len() >= 20 && tail.len() >= 5 && hay.contains(&head) && hay.contains(&tail)
    })
}

#[test]
fn sixteen_guidelines_with_every_field() {
    let (collection, guidelines) = shipped();
    assert_eq!(guidelines.len(), 16);
    let numbers: Vec<u32> = guidelines.iter().map(|g| g.number).collect();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
    let actor_ids: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    assert_eq!(actor_ids.len(), 6);
    for g in &guidelines {
        let sv = &g.texts["sv"];
        for (field, text) in sv.fields(&actor_ids).filter(|(f, _)| *f != TextField::Title) {
            assert!(
                text.split_whitespace().count() >= 5,
                "guideline {} {field:?} is too short: {text:?}",
                g.number
            );
        }
        assert_eq!(sv.actors.len(), 6, "guideline {}", g.number);
    }
    let per_theme: Vec<usize> = collection
        .themes
        .iter()
        .map(|t| guidelines.iter().filter(|g| g.theme == t.id).count())
        .collect();
    assert_eq!(per_theme, [5, 4, 4, 3]);
}

#[test]
fn every_field_stands_in_the_pdf_edition() {
    let (collection, guidelines) = shipped();
    let pdf = pdf_letters();
    let actor_ids: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    let mut missing = Vec::new();
    for g in &guidelines {
        for (field, text) in g.texts["sv"].fields(&actor_ids) {
            if !in_at_most_two_pieces(&pdf, &letters(text)) {
                missing.push(format!("{} {field:?}", g.number));
            }
        }
    }
    assert!(missing.is_empty(), "not in the PDF edition: {missing:?}");
}

#[test]
fn no_layout_artefacts() {
    let (collection, guidelines) = shipped();
    let actor_ids: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    for g in &guidelines {
        for (field, text) in g.texts["sv"].fields(&actor_ids) {
            let words: Vec<&str> = text.split_whitespace().collect();
            for pair in words.windows(2) {
                // "social- och hälsovården" is Swedish; "informa- tion" is a broken line.
                if pair[0].ends_with('-') && pair[0].len() > 1 {
                    assert!(
                        ["och", "eller", "samt"].contains(&pair[1]),
                        "guideline {} {field:?}: hyphenation artefact `{} {}`",
                        g.number,
                        pair[0],
                        pair[1]
                    );
                }
            }
            assert!(!text.contains("(22)"), "guideline {} {field:?}: page number", g.number);
            assert!(
                !text.contains('\t') && !text.contains("---"),
                "guideline {} {field:?}: table residue",
                g.number
            );
            assert_eq!(text.trim(), text, "guideline {} {field:?}: stray spaces", g.number);
            assert!(!text.contains("  "), "guideline {} {field:?}: double space", g.number);
        }
    }
}

#[test]
fn differs_from_the_text_export_only_by_its_known_errors() {
    let (collection, guidelines) = shipped();
    let path = fixture("source/001_9e08dc07685ac769.txt");
    let text = riktlinjer::import::published::decode(&path, &std::fs::read(&path).unwrap()).unwrap();
    let export = riktlinjer::import::published::parse(&path, &text, &collection, "sv").unwrap();
    // The typing errors (wrong → right), and the export's few departures from
    // the PDF wording and its PDF hyphen artefacts.
    let mut allowed: Vec<(String, String)> = std::fs::read_to_string(fixture("corrections.tsv"))
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[2].to_string(), cols[3].to_string())
        })
        .collect();
    for (wrong, right) in [
        ("informationshanterings kvaliteten", "informationshanteringens kvalitet"),
        ("kunskap", "kännedom"),
        ("\"icke-auktoriserad\"", "”icke-auktoriserad”"),
        ("data-systemlösningar", "datasystemlösningar"),
        ("informations-systemlösningar", "informationssystemlösningar"),
        ("flerkana-liga", "flerkanaliga"),
    ] {
        allowed.push((wrong.into(), right.into()));
    }
    let actor_ids: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    let mut seen = Vec::new();
    for imported in &export.guidelines {
        let g = guidelines.iter().find(|g| g.number == imported.number).unwrap();
        let sv = &g.texts["sv"];
        for (field, shipped_text) in sv.fields(&actor_ids) {
            let export_text = match &field {
                TextField::Title => imported.title.as_str(),
                TextField::Statement => imported.statement.as_str(),
                TextField::Description => imported.description.as_str(),
                TextField::Actor(a) => imported.actors[a].as_str(),
            };
            let old: Vec<&str> = export_text.split_whitespace().collect();
            let new: Vec<&str> = shipped_text.split_whitespace().collect();
            for op in similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new) {
                if let similar::DiffOp::Equal { .. } = op {
                    continue;
                }
                let (o, n) = (op.old_range(), op.new_range());
                let strip = |s: String| s.trim_matches(|c: char| ",.;:".contains(c)).to_string();
                let pair = (strip(old[o].join(" ")), strip(new[n].join(" ")));
                assert!(
                    allowed.contains(&pair),
                    "guideline {} {field:?}: unexpected difference {pair:?}",
                    imported.number
                );
                seen.push(pair);
            }
        }
    }
    assert_eq!(
        seen.len(),
        allowed.len(),
        "every known correction is applied exactly once: {seen:?}"
    );
}

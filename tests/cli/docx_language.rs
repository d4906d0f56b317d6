//! The Word documents' language and table layout as LibreOffice reads them:
//! each document converted to ODT with `soffice --headless --convert-to odt`
//! and its `styles.xml` and `content.xml` read back.

use std::io::Read;
use std::path::Path;

use crate::common::*;
use crate::workflow::in_comment_round;

/// `styles.xml` and `content.xml` of the ODT LibreOffice makes of `docx`;
/// `None` when soffice is missing outside CI.
fn as_odt(docx: &Path) -> Option<(String, String)> {
    let soffice = crate::diff::soffice()?;
    let dir = tempfile::tempdir().unwrap();
    let profile = format!("file://{}", dir.path().join("profile").display());
    let out = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "odt", "--outdir"])
        .arg(dir.path())
        .arg(docx)
        .env("HOME", dir.path())
        .output()
        .expect("run soffice");
    let odt = dir.path().join(docx.file_stem().unwrap()).with_extension("odt");
    let file = std::fs::File::open(&odt).unwrap_or_else(|_| {
        panic!(
            "LibreOffice did not convert {}:\n{}{}",
            docx.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut part = |name: &str| {
        let mut xml = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
        xml
    };
    Some((part("styles.xml"), part("content.xml")))
}

/// Every `fo:language`/`fo:country` pair the ODT's parts name.
fn languages(xml: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
        Some(tag[start..].split('"').next()?.to_string())
    };
    xml.split("<style:text-properties")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find('>').unwrap_or(t.len())];
            Some((attr(tag, "fo:language")?, attr(tag, "fo:country").unwrap_or_default()))
        })
        .collect()
}

/// The document's language as LibreOffice reads it: the default paragraph
/// style's, and every other language the text is marked with.
fn assert_language(docx: &Path, language: &str, country: &str) {
    let Some((styles, content)) = as_odt(docx) else { return };
    let default = styles
        .split("<style:default-style style:family=\"paragraph\">")
        .nth(1)
        .expect("a default paragraph style");
    let default = &default[..default.find("</style:default-style>").unwrap()];
    assert_eq!(
        languages(default),
        [(language.to_string(), country.to_string())],
        "{default}"
    );
    let marked = languages(&content);
    assert!(!marked.is_empty(), "the runs carry no language: {content}");
    assert!(marked.iter().all(|(l, c)| l == language && c == country), "{marked:?}");
}

fn round_with_statements() -> TestRepo {
    let repo = in_comment_round();
    for (from, guideline, text) in [
        ("Kommunförbundet", "1", "Säg tydligt vem som ansvarar för samordningen."),
        (
            "Ålands landskapsregering",
            "2",
            "Organisationernas roller bör beskrivas.",
        ),
    ] {
        repo.run_ok(&[
            "comment",
            "add",
            "2026-1",
            "--from",
            from,
            "--date",
            "2026-02-10",
            "--guideline",
            guideline,
            "--text",
            text,
        ]);
    }
    repo
}

#[test]
fn the_summary_of_statements_is_swedish_or_finnish_in_libreoffice() {
    let repo = round_with_statements();
    let dir = tempfile::tempdir().unwrap();
    for (lang, language, country) in [("sv", "sv", "FI"), ("fi", "fi", "FI")] {
        let docx = dir.path().join(format!("utlatanden-{lang}.docx"));
        repo.run_ok(&[
            "report",
            "comments",
            "2026-1",
            "--format",
            "docx",
            "--lang",
            lang,
            "--out",
            docx.to_str().unwrap(),
        ]);
        assert_language(&docx, language, country);
    }
}

#[test]
fn the_diff_is_swedish_or_finnish_in_libreoffice() {
    let repo = TestRepo::example();
    repo.edit(
        "guidelines/samarbete.toml",
        "ska utvecklas i samarbete",
        "ska utvecklas i nära samarbete",
    );
    let dir = tempfile::tempdir().unwrap();
    for (args, language) in [(vec![], "sv"), (vec!["--lang", "fi"], "fi")] {
        let docx = dir.path().join(format!("diff-{language}.docx"));
        let mut all = vec!["diff", "--format", "docx", "--out", docx.to_str().unwrap()];
        all.extend(args);
        repo.run_ok(&all);
        assert_language(&docx, language, "FI");
    }
}

#[test]
fn table_columns_are_as_wide_as_their_words_in_libreoffice() {
    let repo = round_with_statements();
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("utlatanden.docx");
    repo.run_ok(&[
        "report",
        "comments",
        "2026-1",
        "--format",
        "docx",
        "--out",
        docx.to_str().unwrap(),
    ]);
    let Some((_, content)) = as_odt(&docx) else { return };
    // The organisation table: its first column (the names) is the widest,
    // and the count columns are not split evenly with it.
    let widths: Vec<f64> = content
        .split("style:column-width=\"")
        .skip(1)
        .map(|w| {
            // In the unit of LibreOffice's locale: cm or in.
            let value = w.split('"').next().unwrap();
            let (number, factor) = match value.strip_suffix("in") {
                Some(n) => (n, 2.54),
                None => (value.strip_suffix("cm").unwrap_or(value), 1.0),
            };
            number.parse::<f64>().unwrap_or_else(|_| panic!("{value}")) * factor
        })
        .collect();
    assert!(widths.len() >= 9, "two tables' columns: {widths:?}");
    let organisations = &widths[widths.len() - 7..];
    assert!(
        organisations[1..].iter().all(|w| *w < organisations[0]),
        "{organisations:?}"
    );
    // "Organisation" fits its column whole: 12 characters of 11 pt text.
    assert!(organisations[0] > 2.5, "{organisations:?}");
    let total: f64 = organisations.iter().sum();
    assert!((total - 17.0).abs() < 0.1, "the tables span the 17 cm of text: {total}");
}

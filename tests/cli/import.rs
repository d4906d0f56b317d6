//! Tests of `import`: the published text into guideline files.

use crate::common::*;

fn source_001() -> String {
    fixture("source/001_9e08dc07685ac769.txt").display().to_string()
}

#[test]
fn importing_the_published_export_gives_16_complete_guidelines_in_4_themes() {
    let repo = TestRepo::empty();
    let out = repo.run_ok(&["import", &source_001()]);
    assert!(
        out.contains("added   guidelines/samarbete.toml  (1 Samarbete)"),
        "{out}"
    );
    assert!(out.contains("imported 16 guidelines (sv) from "), "{out}");
    assert!(out.contains(": 16 added, 0 changed, 0 unchanged\n"), "{out}");
    assert!(out.contains("Nothing is committed yet"), "{out}");
    let check = repo.run_ok(&["check"]);
    assert!(
        check.starts_with("ok: 16 guidelines in 4 themes (4), 6 actors"),
        "{check}"
    );
    let json: serde_json::Value = serde_json::from_str(&repo.run_ok(&["list", "--format", "json"])).unwrap();
    let themes: std::collections::BTreeSet<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["theme"].as_str().unwrap())
        .collect();
    assert_eq!(themes.len(), 4);
    for n in 1..=16 {
        let g: serde_json::Value =
            serde_json::from_str(&repo.run_ok(&["show", &n.to_string(), "--format", "json"])).unwrap();
        let sv = &g["texts"]["sv"];
        for field in ["title", "statement", "description"] {
            assert!(!sv[field].as_str().unwrap().is_empty(), "guideline {n} lacks {field}");
        }
        let actors = sv["actors"].as_object().unwrap();
        assert_eq!(actors.len(), 6, "guideline {n}");
        assert!(
            actors.values().all(|t| t.as_str().unwrap().len() > 20),
            "guideline {n}: {actors:?}"
        );
    }
    // Nothing was committed.
    assert_eq!(repo.git(&["rev-list", "--count", "HEAD"]).trim(), "1");
}

#[test]
fn the_continued_actor_row_of_guideline_7_is_joined_word_by_word() {
    let repo = TestRepo::empty();
    repo.run_ok(&["import", &source_001()]);
    let g: serde_json::Value = serde_json::from_str(&repo.run_ok(&["show", "7", "--format", "json"])).unwrap();
    let actors = &g["texts"]["sv"]["actors"];
    let organiser = actors["serviceanordnare"].as_str().unwrap();
    assert!(
        organiser.contains("på så sätt att användbarheten bl.a. av information"),
        "{organiser}"
    );
    let professional = actors["yrkesutbildad_person"].as_str().unwrap();
    assert!(professional.contains("är aktuella, högklassiga"), "{professional}");
    assert!(!professional.contains("---"), "{professional}");
    // Guideline 5 has its labels on lines of their own.
    let g5: serde_json::Value = serde_json::from_str(&repo.run_ok(&["show", "5", "--format", "json"])).unwrap();
    assert!(
        g5["texts"]["sv"]["statement"]
            .as_str()
            .unwrap()
            .starts_with("Klienten ska erbjudas pålitlig")
    );
}

#[test]
fn reimport_matches_by_number_keeps_ids_and_rewrites_only_what_changed() {
    let repo = TestRepo::example();
    // Renaming a file changes the id; the number stays and import must keep the new id.
    repo.git(&["mv", "guidelines/samarbete.toml", "guidelines/samverkan.toml"]);
    repo.edit(
        "guidelines/enhetliga-indikatorer.toml",
        "number = 11",
        "# a comment the secretariat wrote\nnumber = 11",
    );
    repo.commit_all("Rename and annotate");
    let corrected = fixture("published-2021-sv-corrected.txt").display().to_string();
    let out = repo.run_ok(&["import", &corrected]);
    assert!(!out.contains("added   guidelines"), "{out}");
    assert!(!out.contains("samarbete.toml"), "{out}");
    // The shipped text has the PDF's wording where the export differs (2, 3, 4, 5): only those change.
    assert!(out.contains(": 0 added, 4 changed, 12 unchanged"), "{out}");
    assert!(
        out.contains("changed guidelines/minimering-av-kopieringen-av-information.toml  (4 "),
        "{out}"
    );
    assert!(
        repo.read("guidelines/enhetliga-indikatorer.toml")
            .starts_with("# a comment the secretariat wrote\n")
    );
    let status = repo.git(&["status", "--porcelain"]);
    assert!(
        !status.contains("enhetliga-indikatorer"),
        "an unchanged guideline was rewritten: {status}"
    );
    assert!(
        status.contains("guidelines/minimering-av-kopieringen-av-information.toml"),
        "{status}"
    );
    repo.run_ok(&["check"]);
    assert!(
        repo.run_ok(&["show", "1", "--format", "json"])
            .contains("\"id\": \"samverkan\"")
    );
}

#[test]
fn bad_files_are_refused_and_nothing_changes() {
    let repo = TestRepo::example();
    let before = repo.files();
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.txt", b"", "the file is empty"),
        (
            "binary.bin",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "this is a binary file, not a text file",
        ),
        (
            "other.toml",
            b"number = 1\ntheme = \"x\"\n",
            "this does not look like the published text of the guidelines",
        ),
        (
            "latin1.txt",
            b"GEMENSAMMA\n\nPunkt 1: Samarbete\n\nRiktlinje\tV\xe4lj\n",
            "line 5 is not UTF-8 text",
        ),
        (
            "truncated.txt",
            b"Titel\n\nGEMENSAMMA\n\nPunkt 1: Samarbete\n\nRiktlinje\tEn text.\n",
            "guideline 1 (Samarbete) lacks its `Beskrivning` row",
        ),
    ];
    for (name, content, expected) in cases {
        repo.write(&format!("../{name}"), content);
        let path = repo.path().join("..").join(name);
        let stderr = fails_with(repo.cmd().arg("import").arg(&path), 2);
        assert!(stderr.contains(expected), "{name}: {stderr}");
        assert!(stderr.contains("hint: nothing was changed"), "{name}: {stderr}");
        assert_eq!(repo.files(), before, "{name} changed files");
    }
}

#[test]
fn a_malformed_row_names_its_line() {
    let repo = TestRepo::empty();
    let text = std::fs::read_to_string(fixture("source/001_9e08dc07685ac769.txt")).unwrap();
    // Drop one actor cell of guideline 1 (line 111).
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let cells: Vec<&str> = lines[110].split('\t').collect();
    lines[110] = cells[..5].join("\t");
    repo.write("broken.txt", lines.join("\n"));
    let stderr = fails_with(repo.cmd().args(["import", "broken.txt"]), 2);
    assert!(
        stderr.contains(
            "broken.txt:111:1: the actor row of guideline 1 has 5 cells separated by tabs; expected 6 (one per actor)"
        ),
        "{stderr}"
    );
    assert_eq!(repo.git(&["status", "--porcelain", "guidelines"]), "");
}

#[test]
fn an_unknown_theme_heading_is_named() {
    let repo = TestRepo::empty();
    let text = std::fs::read_to_string(fixture("source/001_9e08dc07685ac769.txt")).unwrap();
    let text = text.replacen("SJÄLV- OCH EGENVÅRD", "SJÄLVVÅRD", 1);
    repo.write("other-theme.txt", text);
    let stderr = fails_with(repo.cmd().args(["import", "other-theme.txt"]), 2);
    assert!(stderr.contains("other-theme.txt:97:1: `SJÄLVVÅRD` looks like a theme heading, but guidelines/index.toml declares no such theme"), "{stderr}");
}

#[test]
fn import_reads_the_rows_by_the_labels_of_the_language_asked_for() {
    let repo = TestRepo::example();
    let before = repo.files();
    // The Swedish export is not the Finnish text (and `--lang fi` names the
    // terminal's language too: the refusal is in Finnish).
    let err = fails_with(repo.cmd().args(["import", &source_001(), "--lang", "fi"]), 2);
    assert!(
        err.contains("`Riktlinje` on rivin otsikko kielellä ruotsi, mutta tekstiä tuodaan kielellä suomi (`--lang fi`), jolla rivien otsikot ovat `Linjaus` ja `Kuvaus`; tuo tämä tiedosto valinnalla `--lang sv`"),
        "{err}"
    );
    assert_eq!(repo.files(), before, "nothing written");
    // The same layout with Finnish labels, themes and actors is read as Finnish.
    let mut text = std::fs::read_to_string(source_001()).unwrap();
    for (sv, fi) in [
        ("Riktlinje\t", "Linjaus\t"),
        ("Beskrivning\t", "Kuvaus\t"),
        ("\nRiktlinje\n", "\nLinjaus\n"),
        ("\nBeskrivning\n", "\nKuvaus\n"),
        (
            "Serviceanordnare\tServiceproducent\tYrkesutbildad person\tKlient\tNationella aktörer\tInformationssystemleverantörer",
            "Palvelunjärjestäjä\tPalveluntuottaja\tAmmattilainen\tAsiakas\tKansalliset toimijat\tTietojärjestelmätoimittajat",
        ),
        ("\nGEMENSAMMA\n", "\nYHTEISET\n"),
        ("\nKLIENT- OCH PATIENTINFORMATION\n", "\nASIAKAS- JA POTILASTIETO\n"),
        (
            "\nLEDNING, STYRNING OCH ÖVERVAKNING\n",
            "\nJOHTAMINEN, OHJAUS JA VALVONTA\n",
        ),
        ("\nSJÄLV- OCH EGENVÅRD\n", "\nITSE- JA OMAHOITO\n"),
    ] {
        text = text.replace(sv, fi);
    }
    let dir = tempfile::tempdir().unwrap();
    let fi = dir.path().join("linjaukset.txt");
    std::fs::write(&fi, text).unwrap();
    let err = fails_with(repo.cmd().args(["import", fi.to_str().unwrap(), "--lang", "sv"]), 2);
    assert!(err.contains("`Linjaus` är etiketten för en rad på finska"), "{err}");
    let out = repo.run_ok(&["import", fi.to_str().unwrap(), "--lang", "fi"]);
    // The command's `--lang` names the terminal's language too.
    assert!(out.contains("tuotiin 16 linjausta (fi)"), "{out}");
    let g = repo.json(&["show", "1", "--format", "json"]);
    assert!(
        !g["texts"]["fi"]["statement"].as_str().unwrap_or("").is_empty(),
        "{g:#}"
    );
}

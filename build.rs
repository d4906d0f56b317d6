//! Embeds the shipped guideline set (guidelines/ and reviews/workflow.toml)
//! in the binary, for `riktlinjer init --example`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let mut files: Vec<String> = Vec::new();
    println!("cargo:rerun-if-changed=guidelines");
    println!("cargo:rerun-if-changed=reviews/workflow.toml");
    if let Ok(entries) = std::fs::read_dir(root.join("guidelines")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".toml") && !name.starts_with('.') {
                println!("cargo:rerun-if-changed=guidelines/{name}");
                files.push(format!("guidelines/{name}"));
            }
        }
    }
    if root.join("reviews/workflow.toml").exists() {
        files.push("reviews/workflow.toml".into());
    }
    files.sort();
    let mut code = String::from(
        "/// The shipped files: (path relative to the repository root, content).\npub static EXAMPLE_FILES: &[(&str, &[u8])] = &[\n",
    );
    for f in &files {
        let full = root.join(f);
        writeln!(code, "    ({f:?}, include_bytes!({:?})),", full.display().to_string()).expect("write to string");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("example_files.rs");
    std::fs::write(out, code).expect("write example_files.rs");
}

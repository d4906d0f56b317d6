//! The published guideline set of the Ministry of Social Affairs and Health,
//! embedded in the binary so that `riktlinjer init --example` works anywhere.

include!(concat!(env!("OUT_DIR"), "/example_files.rs"));

/// The collection file (`guidelines/index.toml`) every new repository starts with.
pub fn index_toml() -> &'static [u8] {
    file("guidelines/index.toml").unwrap_or(DEFAULT_INDEX.as_bytes())
}

/// The workflow file every new repository starts with: the ministry's
/// process (preparation, KA-group treatment, comment round, for information
/// to the cooperation group, ministry approval) and the yearly currency check.
pub fn workflow_toml() -> &'static [u8] {
    file("reviews/workflow.toml").unwrap_or(include_bytes!("../reviews/workflow.toml"))
}

/// The shipped guideline files (`guidelines/<id>.toml`), without the index.
pub fn guideline_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    EXAMPLE_FILES
        .iter()
        .copied()
        .filter(|(path, _)| path.starts_with("guidelines/") && *path != "guidelines/index.toml")
}

fn file(path: &str) -> Option<&'static [u8]> {
    EXAMPLE_FILES.iter().find(|(p, _)| *p == path).map(|(_, c)| *c)
}

const DEFAULT_INDEX: &str = "languages = [\"sv\"]\nreview_interval_months = 12\n\n[title]\nsv = \"Riktlinjer\"\n\n[[themes]]\nid = \"allmant\"\nsv = \"Allmänt\"\n\n[[actors]]\nid = \"alla\"\nsv = \"Alla\"\n";

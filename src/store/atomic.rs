//! Atomic file writes: a temporary file in the same folder, flushed, then
//! renamed over the target, so a killed process leaves either the old or the
//! new file, never half of one.

use std::io::Write;
use std::path::Path;

use crate::{Error, Result};

/// The folder a file is written into (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Write `contents` to `path` atomically, creating parent folders (for the
/// repository's own files, whose folders the tool owns).
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = folder_of(path);
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    write_into(dir, path, contents)
}

/// Refuse an output path (`--out`) whose folder does not exist: the tool
/// never creates folders outside the repository's own. Call it before the
/// work, so a mistyped path costs nothing.
pub fn check_output_path(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    if dir.is_dir() {
        Ok(())
    } else {
        Err(Error::NoOutputFolder {
            path: path.to_path_buf(),
            folder: dir.to_path_buf(),
        })
    }
}

/// Write a document the user asked for (`--out PATH`) atomically, into a
/// folder that exists ([`check_output_path`]); nothing is created or
/// written otherwise.
pub fn write_output(path: &Path, contents: &[u8]) -> Result<()> {
    check_output_path(path)?;
    write_into(folder_of(path), path, contents)
}

fn write_into(dir: &Path, path: &Path, contents: &[u8]) -> Result<()> {
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io("write", path, e));
    }
    Ok(())
}

/// Like [`write_atomic`], but refuse when `path` already exists.
pub fn write_new_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    if path.exists() {
        return Err(Error::WouldOverwrite {
            path: path.to_path_buf(),
            what: "the file already exists".into(),
        });
    }
    write_atomic(path, contents)
}

/// An exclusive lock on recording in one repository, held while a command
/// reads the records and writes its fact, so that two commands cannot both
/// take the same event number. Released when dropped.
#[derive(Debug)]
pub struct Lock {
    path: std::path::PathBuf,
}

impl Lock {
    /// Take the lock file `path`, or say who holds it and what to do.
    pub fn acquire(path: &Path) -> Result<Lock> {
        match std::fs::OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(mut f) => {
                let _ = writeln!(f, "{}", std::process::id());
                Ok(Lock {
                    path: path.to_path_buf(),
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = std::fs::read_to_string(path).unwrap_or_default();
                Err(Error::Rule(format!(
                    "another riktlinjer command (process {}) is recording in this repository right now; wait for it to finish and try again. If none is running (it was killed), delete {}",
                    holder.trim(),
                    path.display()
                )))
            }
            Err(e) => Err(Error::io("create", path, e)),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("riktlinjer.lock");
        let first = Lock::acquire(&path).unwrap();
        let err = Lock::acquire(&path).unwrap_err().to_string();
        assert!(err.contains("is recording in this repository right now"), "{err}");
        drop(first);
        assert!(!path.exists());
        Lock::acquire(&path).unwrap();
    }

    #[test]
    fn an_output_into_a_missing_folder_is_refused_and_nothing_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/report.html");
        let err = write_output(&path, b"x").unwrap_err();
        assert!(matches!(&err, Error::NoOutputFolder { folder, .. } if folder == &dir.path().join("no/such")));
        assert!(!dir.path().join("no").exists());
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"").unwrap();
        assert!(
            write_output(&file.join("report.html"), b"x").is_err(),
            "a file is no folder"
        );
        write_output(&dir.path().join("report.html"), b"ok").unwrap();
        assert_eq!(std::fs::read(dir.path().join("report.html")).unwrap(), b"ok");
    }

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/a.toml");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("sub"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.toml")]);
        assert!(write_new_atomic(&path, b"three").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
    }
}

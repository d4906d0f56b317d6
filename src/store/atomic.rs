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

/// The recording lock of a repository (`.git/riktlinjer.lock`): an
/// operating-system lock on the file, so it is released whenever its holder
/// ends, even killed. The file names its holder (pid, host, start time)
/// while held and is emptied on release; a name found in it on acquiring
/// is a holder that ended without releasing (killed or crashed).
#[derive(Debug)]
pub struct Lock {
    file: std::fs::File,
    /// Set when the lock was taken over from a holder that had ended.
    pub took_over: Option<String>,
}

/// Who holds the lock, as its file says.
fn holder_text(content: &str) -> String {
    let field = |k: &str| {
        content
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    match (field("pid"), field("host"), field("started")) {
        (Some(pid), Some(host), Some(started)) => format!("process {pid} on {host}, since {started}"),
        (Some(pid), _, _) => format!("process {pid}"),
        _ => "another riktlinjer command".to_string(),
    }
}

fn host_name() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "this machine".into())
}

impl Lock {
    /// Take the lock file `path`, waiting up to `wait` for a live holder;
    /// `waiting` is told once who is waited for. Busy after the wait is
    /// [`Error::Busy`].
    pub fn acquire(path: &Path, wait: std::time::Duration, waiting: &mut dyn FnMut(&str)) -> Result<Lock> {
        use std::io::{Read, Seek};
        let deadline = std::time::Instant::now() + wait;
        let mut told = false;
        loop {
            let mut file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(path)
                .map_err(|e| Error::io("create", path, e))?;
            match fs4::FileExt::try_lock(&file) {
                Ok(()) => {
                    let mut previous = String::new();
                    let _ = file.read_to_string(&mut previous);
                    let took_over = (!previous.trim().is_empty()).then(|| {
                        format!(
                            "took over the recording lock of {}, which ended without releasing it (killed or crashed); run `riktlinjer check` if you are unsure its fact was recorded",
                            holder_text(&previous)
                        )
                    });
                    file.set_len(0).map_err(|e| Error::io("write", path, e))?;
                    file.rewind().map_err(|e| Error::io("write", path, e))?;
                    writeln!(
                        file,
                        "pid={}\nhost={}\nstarted={}",
                        std::process::id(),
                        host_name(),
                        crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
                    )
                    .and_then(|()| file.flush())
                    .map_err(|e| Error::io("write", path, e))?;
                    return Ok(Lock { file, took_over });
                }
                Err(fs4::TryLockError::WouldBlock) => {
                    let holder = holder_text(&std::fs::read_to_string(path).unwrap_or_default());
                    if std::time::Instant::now() >= deadline {
                        return Err(Error::Busy {
                            holder,
                            waited: wait.as_secs(),
                        });
                    }
                    if !told {
                        waiting(&format!(
                            "waiting for {holder}, which is recording in this repository (at most {} s; --wait SECONDS changes it)",
                            wait.as_secs()
                        ));
                        told = true;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(fs4::TryLockError::Error(e)) => return Err(Error::io("lock", path, e)),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Emptied: the next holder knows this one released it. Closing the
        // file releases the operating-system lock.
        let _ = self.file.set_len(0);
        let _ = fs4::FileExt::unlock(&self.file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_waited_for_released_on_drop_and_taken_over_after_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("riktlinjer.lock");
        let none = std::time::Duration::ZERO;
        let first = Lock::acquire(&path, none, &mut |_| {}).unwrap();
        assert!(first.took_over.is_none());
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains(&format!("pid={}", std::process::id()))
        );
        let mut told = Vec::new();
        let err = Lock::acquire(&path, std::time::Duration::from_millis(120), &mut |m| {
            told.push(m.to_string())
        })
        .unwrap_err();
        assert!(matches!(err, Error::Busy { .. }), "{err}");
        assert_eq!(err.exit_code(), 75);
        assert!(
            err.to_string().contains(&format!("process {}", std::process::id())),
            "{err}"
        );
        assert_eq!(told.len(), 1, "one line while waiting: {told:?}");
        assert!(told[0].starts_with("waiting for process"), "{told:?}");
        drop(first);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "", "released");
        assert!(Lock::acquire(&path, none, &mut |_| {}).unwrap().took_over.is_none());
        // A holder that ended without releasing left its name: taken over.
        std::fs::write(&path, "pid=999999\nhost=h\nstarted=2026-01-01T00:00:00+00:00\n").unwrap();
        let lock = Lock::acquire(&path, none, &mut |_| {}).unwrap();
        assert!(
            lock.took_over.as_deref().unwrap().contains("process 999999 on h"),
            "{:?}",
            lock.took_over
        );
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

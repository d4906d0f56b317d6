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
///
/// A path that exists must be a regular file: the new file takes its place
/// by a rename, which would replace a device (`/dev/full`), a named pipe,
/// a folder or a symbolic link itself rather than write into it.
pub fn check_output_path(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    if !dir.is_dir() {
        return Err(Error::NoOutputFolder {
            path: path.to_path_buf(),
            folder: dir.to_path_buf(),
        });
    }
    match std::fs::symlink_metadata(path) {
        Ok(m) if !m.file_type().is_file() => {
            let what = if m.file_type().is_symlink() {
                crate::error::NotAFile::Link
            } else if m.is_dir() {
                crate::error::NotAFile::Folder
            } else {
                crate::error::NotAFile::Special
            };
            Err(Error::OutputNotAFile {
                path: path.to_path_buf(),
                what,
            })
        }
        _ => Ok(()),
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
    let tmp = temp_path(dir, path);
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

/// Write `contents` to `path` through a temporary file and a rename, without
/// waiting for the disk: for copies of what a commit already holds (the
/// working-tree files of a recording), which a repair can always restore.
pub fn write_replaceable(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = folder_of(path);
    std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    let tmp = temp_path(dir, path);
    let result = std::fs::write(&tmp, contents).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io("write", path, e));
    }
    Ok(())
}

fn temp_path(dir: &Path, path: &Path) -> std::path::PathBuf {
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    dir.join(format!(".{file_name}.{}.tmp", std::process::id()))
}

/// The process that wrote the temporary file `name` of the atomic writer
/// (`.NAME.PID.tmp`), if `name` is one.
pub fn temp_file_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (_, pid) = rest.rsplit_once('.')?;
    pid.parse().ok()
}

/// Whether process `pid` of this host is running (a process of another user
/// counts as running).
pub fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Some(pid) = i32::try_from(pid).ok().and_then(rustix::process::Pid::from_raw) else {
            return false;
        };
        !matches!(
            rustix::process::test_kill_process(pid),
            Err(e) if e == rustix::io::Errno::SRCH
        )
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// This machine's name, as the lock records it.
fn host_name() -> String {
    #[cfg(unix)]
    {
        rustix::system::uname().nodename().to_string_lossy().into_owned()
    }
    #[cfg(not(unix))]
    {
        std::env::var("COMPUTERNAME").unwrap_or_default()
    }
}

/// Who holds (or last held) the recording lock, as its file says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holder {
    /// Process id.
    pub pid: Option<u32>,
    /// Host name.
    pub host: String,
    /// When it took the lock (RFC 3339).
    pub started: String,
    /// What it was recording (the command line, shortened).
    pub command: String,
    /// Git lock files (`index.lock`, `refs/heads/main.lock`) it had taken and
    /// not released: when the holder died, they are its leftovers.
    pub pending: Vec<std::path::PathBuf>,
}

impl Holder {
    fn parse(text: &str) -> Option<Holder> {
        if text.trim().is_empty() {
            return None;
        }
        let mut h = Holder::default();
        for line in text.lines() {
            let Some((key, value)) = line.split_once(' ') else {
                // The lock file of earlier versions held the bare pid.
                h.pid = h.pid.or(line.trim().parse().ok());
                continue;
            };
            match key {
                "pid" => h.pid = value.trim().parse().ok(),
                "host" => h.host = value.to_string(),
                "started" => h.started = value.to_string(),
                "command" => h.command = value.to_string(),
                "taking" => h.pending.push(value.into()),
                "released" => h.pending.retain(|p| p.as_os_str() != value),
                _ => {}
            }
        }
        Some(h)
    }

    /// `process 123 on host recording `round approve …` (since …)`, in English.
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::Catalogue::english())
    }

    /// The holder in `cat`'s language: its process, host, command and since when.
    pub fn describe_in(&self, cat: &crate::i18n::Catalogue) -> String {
        let pid = self.pid.map_or_else(|| "?".to_string(), |p| p.to_string());
        let mut parts = vec![cat.get("lock-holder-process", Some(&crate::fluent_args!["pid" => pid]))];
        if !self.host.is_empty() {
            parts.push(cat.get(
                "lock-holder-host",
                Some(&crate::fluent_args!["host" => self.host.as_str()]),
            ));
        }
        if !self.command.is_empty() {
            let command = self.command.as_str();
            parts.push(cat.get("lock-holder-command", Some(&crate::fluent_args!["command" => command])));
        }
        if !self.started.is_empty() {
            let started = self.started.as_str();
            parts.push(cat.get("lock-holder-since", Some(&crate::fluent_args!["started" => started])));
        }
        parts.join(" ")
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// What [`Lock::acquire`] found.
#[derive(Debug)]
pub enum LockEvent {
    /// Another process holds the lock; it is waited for.
    Waiting(Option<Holder>),
    /// The last holder ended without releasing the lock (it was killed); the
    /// lock is taken over.
    TookOver(Holder),
}

/// An exclusive lock on recording in one repository, held while a command
/// reads the records and writes its fact, so that two commands cannot both
/// take the same event number. The exclusion is the operating system's file
/// lock on `.git/riktlinjer.lock`, which ends with its process, so a killed
/// command never blocks the next; the file's text names the holder (for a
/// waiting command's message) and the git lock files it is taking (so that
/// the next holder can remove what a killed one left). Released when dropped.
#[derive(Debug)]
pub struct Lock {
    file: std::fs::File,
}

impl Lock {
    /// Take the lock file `path`, waiting up to `wait` for a live holder;
    /// `on_event` hears of the wait and of a takeover. After the timeout the
    /// error is [`Error::Busy`].
    pub fn acquire(path: &Path, wait: std::time::Duration, on_event: &mut dyn FnMut(LockEvent)) -> Result<Lock> {
        use std::io::Read;
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| Error::io("create", path, e))?;
        let deadline = std::time::Instant::now() + wait;
        let mut told = false;
        let mut pause = std::time::Duration::from_millis(5);
        loop {
            if try_lock(&file).map_err(|e| Error::io("lock", path, e))? {
                break;
            }
            let holder = Holder::parse(&std::fs::read_to_string(path).unwrap_or_default());
            if std::time::Instant::now() >= deadline {
                return Err(Error::Busy {
                    holder: holder.map(Box::new),
                    lock: path.to_path_buf(),
                    waited: wait.as_secs(),
                });
            }
            if !told {
                on_event(LockEvent::Waiting(holder));
                told = true;
            }
            std::thread::sleep(pause.min(deadline.saturating_duration_since(std::time::Instant::now())));
            pause = (pause * 2).min(std::time::Duration::from_millis(100));
        }
        let mut previous = String::new();
        let _ = file.read_to_string(&mut previous);
        if let Some(h) = Holder::parse(&previous) {
            on_event(LockEvent::TookOver(h));
        }
        let command: Vec<String> = std::env::args().skip(1).take(4).collect();
        let header = format!(
            "pid {}\nhost {}\nstarted {}\ncommand {}\n",
            std::process::id(),
            host_name(),
            chrono::Local::now().format("%Y-%m-%dT%H:%M:%S%:z"),
            command.join(" ").replace(['\n', '\r'], " ")
        );
        file.set_len(0)
            .and_then(|()| {
                use std::io::Seek;
                file.seek(std::io::SeekFrom::Start(0))?;
                file.write_all(header.as_bytes())
            })
            .map_err(|e| Error::io("write", path, e))?;
        Ok(Lock { file })
    }

    /// Note in the lock file `lock` (held by this process) that it is about
    /// to take the git lock file `path`: one small append, so a kill leaves
    /// the line whole or absent, and the next holder knows what to remove.
    pub fn taking(lock: &Path, path: &Path) {
        journal(lock, &format!("taking {}\n", path.display()));
    }

    /// Note that the git lock file `path` is released again.
    pub fn released(lock: &Path, path: &Path) {
        journal(lock, &format!("released {}\n", path.display()));
    }
}

fn journal(lock: &Path, line: &str) {
    if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(lock) {
        let _ = f.write_all(line.as_bytes());
    }
}

#[cfg(unix)]
fn try_lock(file: &std::fs::File) -> std::io::Result<bool> {
    use rustix::fs::{FlockOperation, flock};
    match flock(file, FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(true),
        Err(e) if e == rustix::io::Errno::WOULDBLOCK || e == rustix::io::Errno::INTR => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(unix))]
fn try_lock(_file: &std::fs::File) -> std::io::Result<bool> {
    Ok(true)
}

impl Drop for Lock {
    fn drop(&mut self) {
        // An empty file is a lock released in order; the file lock itself
        // ends when the file is closed.
        let _ = self.file.set_len(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn an_output_path_that_is_a_device_a_folder_or_a_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("report.csv");
        assert!(check_output_path(&file).is_ok(), "a new file");
        std::fs::write(&file, "old").unwrap();
        assert!(check_output_path(&file).is_ok(), "a regular file is replaced");
        for (path, what) in [
            (std::path::PathBuf::from("/dev/null"), "not a regular file"),
            (dir.path().to_path_buf(), "a folder"),
        ] {
            let e = check_output_path(&path).unwrap_err();
            assert!(e.to_string().contains(what), "{e}");
            assert_eq!(e.exit_code(), 2);
        }
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        let e = write_output(&link, b"new").unwrap_err();
        assert!(e.to_string().contains("a symbolic link"), "{e}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    }

    #[test]
    fn a_second_lock_waits_then_is_busy_and_a_released_lock_is_free() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("riktlinjer.lock");
        let first = Lock::acquire(&path, Duration::ZERO, &mut |_| panic!("free")).unwrap();
        Lock::taking(&path, Path::new("index.lock"));
        let mut events = Vec::new();
        let err = Lock::acquire(&path, Duration::from_millis(50), &mut |e| events.push(e)).unwrap_err();
        assert!(
            matches!(&err, Error::Busy { holder: Some(h), .. } if h.describe().contains(&format!("process {}", std::process::id()))),
            "{err}"
        );
        assert_eq!(err.exit_code(), 75);
        assert!(
            matches!(&events[..], [LockEvent::Waiting(Some(h))] if h.pending == vec![std::path::PathBuf::from("index.lock")]),
            "{events:?}"
        );
        drop(first);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
        Lock::acquire(&path, Duration::ZERO, &mut |e| panic!("{e:?}")).unwrap();
    }

    #[test]
    fn the_lock_of_a_holder_that_died_is_taken_over_with_its_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("riktlinjer.lock");
        // What a killed holder leaves: its text, but no file lock.
        std::fs::write(&path, "pid 999999\nhost h\nstarted t\ncommand comment add\ntaking /r/.git/index.lock\ntaking /r/.git/HEAD.lock\nreleased /r/.git/HEAD.lock\n").unwrap();
        let mut events = Vec::new();
        let _lock = Lock::acquire(&path, Duration::ZERO, &mut |e| events.push(e)).unwrap();
        match &events[..] {
            [LockEvent::TookOver(h)] => {
                assert_eq!(h.pid, Some(999_999));
                assert_eq!(h.pending, vec![std::path::PathBuf::from("/r/.git/index.lock")]);
                assert!(
                    h.describe().contains("process 999999 on h recording `comment add`"),
                    "{}",
                    h.describe()
                );
                let sv = h.describe_in(crate::i18n::Catalogue::of("sv"));
                assert_eq!(sv, "process 999999 på h registrerar `comment add` (sedan t)");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .starts_with(&format!("pid {}\n", std::process::id()))
        );
    }

    #[test]
    fn temp_files_name_their_owner() {
        assert_eq!(temp_file_owner(".S-1a2b3c.toml.4242.tmp"), Some(4242));
        assert_eq!(temp_file_owner("S-1a2b3c.toml"), None);
        assert_eq!(temp_file_owner(".x.tmp"), None);
        assert!(process_alive(std::process::id()));
        assert!(!process_alive(999_999_999));
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

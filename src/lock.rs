//! The repository lock: commands that write take it, so two planners (or ten parallel
//! `plan update`s) change the data one after the other and no change is lost.
//!
//! The lock is an OS file lock (`flock`) on `.plan.lock` in the data folder: the kernel
//! drops it when the process ends however it ends, so a crashed run never leaves a stale
//! lock. The file is removed on release; a run that opened the file just before it was
//! removed notices (the path no longer names the file it locked) and tries again.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

/// The lock file's name in the data folder (the loader skips dot files).
pub(crate) const FILE_NAME: &str = ".plan.lock";

/// How long to wait for another run to finish before giving up.
const TIMEOUT: Duration = Duration::from_secs(60);

/// The held lock; released when dropped.
#[derive(Debug)]
pub(crate) struct RepoLock {
    file: File,
    path: PathBuf,
}

impl RepoLock {
    /// Waits (with growing pauses, up to a minute) for the lock on the data folder `data`.
    pub(crate) fn acquire(data: &Path) -> Result<RepoLock> {
        let path = data.join(FILE_NAME);
        let started = Instant::now();
        let mut pause = Duration::from_millis(5);
        loop {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .with_context(|| {
                    crate::t!(
                        "error-lock-cannot-create",
                        path = path.display().to_string()
                    )
                })?;
            match file.try_lock() {
                Ok(()) if still_names(&path, &file) => return Ok(RepoLock { file, path }),
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {}
                Err(fs::TryLockError::Error(e)) => {
                    return Err(e).with_context(|| {
                        crate::t!("error-lock-failed", path = path.display().to_string())
                    });
                }
            }
            if started.elapsed() > TIMEOUT {
                bail!(
                    "{}",
                    crate::t!("error-lock-held", path = path.display().to_string())
                );
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }
}

impl Drop for RepoLock {
    fn drop(&mut self) {
        // Removed while still held, so no other run can have locked this file meanwhile.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// True if `path` is still the file that was locked (not removed and made anew meanwhile).
#[cfg(unix)]
fn still_names(path: &Path, file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(path), file.metadata()) {
        (Ok(on_disk), Ok(held)) => on_disk.ino() == held.ino() && on_disk.dev() == held.dev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_names(path: &Path, _file: &File) -> bool {
    path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = std::env::temp_dir().join(format!("plan-lock-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let first = RepoLock::acquire(&dir).unwrap();
        let waited = std::thread::scope(|s| {
            let second = s.spawn(|| {
                let start = Instant::now();
                let lock = RepoLock::acquire(&dir).unwrap();
                drop(lock);
                start.elapsed()
            });
            std::thread::sleep(Duration::from_millis(100));
            drop(first);
            second.join().unwrap()
        });
        assert!(waited >= Duration::from_millis(90), "{waited:?}");
        assert!(!dir.join(FILE_NAME).exists());
        fs::remove_dir_all(dir).unwrap();
    }
}

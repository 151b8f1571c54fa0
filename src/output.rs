//! Writing command output to a file safely: the whole output goes to a temporary file in the
//! target's folder, which is renamed over the target only once everything is written, so a
//! reader never sees a partial file and a failure leaves nothing behind. An existing file is
//! replaced only when the user said `--force`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context as _, Result, bail};

/// Writes `path` atomically with what `write` produces. Refuses an existing `path` unless
/// `force`; on any failure the temporary file is removed and `path` is left as it was.
pub fn write_atomically(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    if !force && path.exists() {
        bail!(
            "`{}` already exists; add --force to overwrite it",
            path.display()
        );
    }
    let (temp, file) = temp_file_beside(path)?;
    let written = (|| -> io::Result<()> {
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()
    })();
    let renamed = written
        .with_context(|| format!("could not write `{}`", path.display()))
        .and_then(|()| {
            fs::rename(&temp, path)
                .with_context(|| format!("could not move the output to `{}`", path.display()))
        });
    if renamed.is_err() {
        let _ = fs::remove_file(&temp);
    }
    renamed
}

/// Writes to `path` atomically when one is given, else to `stdout`.
pub fn to_file_or_stdout(
    path: Option<&Path>,
    force: bool,
    stdout: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    match path {
        Some(path) => write_atomically(path, force, write),
        None => Ok(write(stdout)?),
    }
}

/// A new, uniquely named hidden file in the folder `path` will be written to: a rename within
/// one folder (one file system) is atomic.
fn temp_file_beside(path: &Path) -> Result<(PathBuf, File)> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .with_context(|| format!("`{}` is not a file name", path.display()))?
        .to_string_lossy();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = folder.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("could not create a file in `{}`", folder.display()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(label: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("plan-output-{label}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_the_whole_file() {
        let dir = scratch("whole");
        let target = dir.join("report.md");
        write_atomically(&target, false, |w| w.write_all(b"# Report\n")).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "# Report\n");
        assert_eq!(names(&dir), ["report.md"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_failing_writer_leaves_nothing_behind() {
        let dir = scratch("failing");
        let target = dir.join("report.md");
        let err = write_atomically(&target, false, |w| {
            w.write_all(b"half a rep")?;
            w.flush()?;
            Err(io::Error::other("disk full"))
        })
        .unwrap_err();
        assert!(format!("{err:#}").contains("disk full"), "{err:#}");
        assert_eq!(names(&dir), Vec::<String>::new());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_existing_file_is_kept_unless_forced() {
        let dir = scratch("existing");
        let target = dir.join("out.csv");
        fs::write(&target, "old").unwrap();
        let err = write_atomically(&target, false, |w| w.write_all(b"new")).unwrap_err();
        assert!(err.to_string().contains("add --force"), "{err}");
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        // A failure under --force keeps the old file too.
        write_atomically(&target, true, |_| Err(io::Error::other("no"))).unwrap_err();
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        write_atomically(&target, true, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(names(&dir), ["out.csv"]);
        fs::remove_dir_all(dir).unwrap();
    }
}

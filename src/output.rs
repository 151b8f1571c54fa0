//! Writing files safely: every file goes to a temporary file in the target's folder first and
//! is moved into place only once fully written, so a reader never sees a partial file.
//! A new file never replaces one that appeared meanwhile (it is linked into place, which
//! fails if the name is taken); a replaced file keeps its permissions; several files are
//! written all or none; temporary files are removed on error and on Ctrl-C or SIGTERM.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context as _, Result, bail};

/// One change to a file, part of a [`commit`].
#[derive(Debug, Clone)]
pub(crate) enum FileWrite {
    /// Write a file that must not exist yet.
    Create { path: PathBuf, bytes: Vec<u8> },
    /// Replace a file, keeping its permissions (or create it).
    Replace { path: PathBuf, bytes: Vec<u8> },
    /// Delete a file.
    Delete { path: PathBuf },
}

/// Writes `path` atomically with what `write` produces. Refuses an existing `path` (also
/// one created while writing, or a dangling symbolic link) unless `force`; on any failure
/// the temporary file is removed and `path` is left as it was.
pub(crate) fn write_atomically(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    // A folder can be neither kept aside nor replaced: say what it is, not that it exists
    // (which would lead to --force) or what the file system says about copying it.
    if fs::metadata(path).is_ok_and(|meta| meta.is_dir()) {
        bail!(
            "{}",
            crate::t!("error-is-a-folder", path = path.display().to_string())
        );
    }
    if !force && fs::symlink_metadata(path).is_ok() {
        bail!(
            "{}",
            crate::t!("error-exists", path = path.display().to_string())
        );
    }
    // Written straight into the temporary file: a report can be hundreds of megabytes.
    let temp = staged(path, force, write)?;
    put(path, force, &temp).map(|_| ())
}

/// Writes to `path` atomically when one is given, else to `stdout`.
pub(crate) fn to_file_or_stdout(
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

/// Makes all the changes or none: every new text is written to a temporary file first; then
/// each change is made, and if one fails, those already made are undone.
pub(crate) fn commit(changes: &[FileWrite]) -> Result<()> {
    let mut staged = Vec::with_capacity(changes.len());
    for change in changes {
        staged.push(stage(change)?);
    }
    let mut done: Vec<Undo> = Vec::new();
    for (change, temp) in changes.iter().zip(&mut staged) {
        match apply(change, temp.take()) {
            Ok(undo) => done.push(undo),
            Err(err) => {
                for undo in done.into_iter().rev() {
                    undo.run();
                }
                return Err(err);
            }
        }
    }
    Ok(())
}

/// A written temporary file for a create or replace.
fn stage(change: &FileWrite) -> Result<Option<Temp>> {
    let (path, bytes, replace) = match change {
        FileWrite::Create { path, bytes } => (path, bytes, false),
        FileWrite::Replace { path, bytes } => (path, bytes, true),
        FileWrite::Delete { path } => {
            refuse_read_only(path)?;
            return Ok(None);
        }
    };
    staged(path, replace, |out| out.write_all(bytes)).map(Some)
}

/// A temporary file beside `path` holding what `write` writes, for a create, or a replace
/// (which keeps the permissions of the file it replaces).
fn staged(
    path: &Path,
    replace: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<Temp> {
    if replace {
        refuse_read_only(path)?;
    }
    let (temp, file) = Temp::beside(path)?;
    let written = (|| -> io::Result<()> {
        let mut out = BufWriter::with_capacity(1 << 16, file);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        if let (true, Ok(old)) = (replace, fs::metadata(path)) {
            file.set_permissions(old.permissions())?;
        }
        file.sync_all()
    })();
    written
        .with_context(|| crate::t!("error-could-not-write", path = path.display().to_string()))?;
    Ok(temp)
}

/// A file someone made read-only is not replaced behind their back (renaming over it would
/// succeed, as only the folder's permissions count for that).
fn refuse_read_only(path: &Path) -> Result<()> {
    match fs::metadata(path) {
        Ok(meta) if meta.permissions().readonly() => {
            bail!(
                "{}",
                crate::t!("error-read-only", path = path.display().to_string())
            )
        }
        _ => Ok(()),
    }
}

/// How to take back one change already made.
#[derive(Debug)]
enum Undo {
    /// A created file: remove it.
    Remove(PathBuf),
    /// A replaced or deleted file, kept under a temporary name: put it back.
    Restore {
        kept: Temp,
        path: PathBuf,
    },
    Nothing,
}

impl Undo {
    fn run(self) {
        match self {
            Undo::Remove(path) => {
                let _ = fs::remove_file(path);
            }
            Undo::Restore { kept, path } => {
                let _ = fs::rename(&kept.path, &path);
            }
            Undo::Nothing => {}
        }
    }
}

fn apply(change: &FileWrite, temp: Option<Temp>) -> Result<Undo> {
    match (change, temp) {
        (FileWrite::Create { path, .. }, Some(temp)) => put(path, false, &temp),
        (FileWrite::Replace { path, .. }, Some(temp)) => put(path, true, &temp),
        (FileWrite::Delete { path }, _) => {
            let kept = Temp::name_beside(path)?;
            fs::rename(path, &kept.path).with_context(|| {
                crate::t!("error-could-not-delete", path = path.display().to_string())
            })?;
            Ok(Undo::Restore {
                kept,
                path: path.clone(),
            })
        }
        (_, None) => Ok(Undo::Nothing),
    }
}

/// Puts a finished temporary file at `path`: as a new file, or in place of the file there.
fn put(path: &Path, replace: bool, temp: &Temp) -> Result<Undo> {
    if !replace {
        link_new(&temp.path, path)?;
        return Ok(Undo::Remove(path.to_path_buf()));
    }
    let kept = keep_old(path)?;
    fs::rename(&temp.path, path).with_context(|| {
        crate::t!(
            "error-could-not-move-output",
            path = path.display().to_string()
        )
    })?;
    Ok(match kept {
        Some(kept) => Undo::Restore {
            kept,
            path: path.to_path_buf(),
        },
        None => Undo::Remove(path.to_path_buf()),
    })
}

/// A second name for the file at `path` (if there is one), so it can be put back.
fn keep_old(path: &Path) -> Result<Option<Temp>> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    let kept = Temp::name_beside(path)?;
    fs::hard_link(path, &kept.path)
        .or_else(|_| fs::copy(path, &kept.path).map(|_| ()))
        .with_context(|| {
            crate::t!(
                "error-could-not-keep-copy",
                path = path.display().to_string()
            )
        })?;
    Ok(Some(kept))
}

/// Puts the finished temporary file at `path`, failing if anything is there already (also
/// a dangling symbolic link, also one created a moment ago by another program).
fn link_new(temp: &Path, path: &Path) -> Result<()> {
    match fs::hard_link(temp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => bail!(
            "{}",
            crate::t!("error-exists", path = path.display().to_string())
        ),
        // File systems without hard links: create the name exclusively and copy.
        Err(_) => {
            let mut file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .with_context(|| {
                    crate::t!("error-could-not-create", path = path.display().to_string())
                })?;
            file.write_all(&fs::read(temp)?)?;
            Ok(file.sync_all()?)
        }
    }
}

/// Temporary files in use, removed by the Ctrl-C/SIGTERM handler.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A temporary file, removed when dropped (and on Ctrl-C or SIGTERM).
#[derive(Debug)]
struct Temp {
    path: PathBuf,
}

impl Temp {
    /// A new, uniquely named hidden file in the folder of `path`: a rename within one
    /// folder (one file system) is atomic.
    fn beside(path: &Path) -> Result<(Temp, File)> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        static HANDLER: std::sync::Once = std::sync::Once::new();
        HANDLER.call_once(|| {
            // Another handler (a library user's) is left alone; temporary files then
            // remain removed on every path but a signal.
            let _ = ctrlc::set_handler(|| {
                remove_temps();
                std::process::exit(130);
            });
        });
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .with_context(|| crate::t!("error-not-a-file-name", path = path.display().to_string()))?
            .to_string_lossy();
        loop {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let temp = folder.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
            let mut temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
            match OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => {
                    temps.push(temp.clone());
                    return Ok((Temp { path: temp }, file));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(e).with_context(|| {
                        crate::t!(
                            "error-could-not-create-in",
                            folder = folder.display().to_string()
                        )
                    });
                }
            }
        }
    }

    /// A free temporary name beside `path`, for keeping an old file.
    fn name_beside(path: &Path) -> Result<Temp> {
        let (temp, file) = Temp::beside(path)?;
        drop(file);
        fs::remove_file(&temp.path)?;
        Ok(temp)
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        let mut temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
        let _ = fs::remove_file(&self.path);
        temps.retain(|p| p != &self.path);
    }
}

fn remove_temps() {
    let temps = TEMPS.lock().unwrap_or_else(|e| e.into_inner());
    for path in temps.iter() {
        let _ = fs::remove_file(path);
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
    fn a_folder_is_refused_as_a_folder_even_with_force() {
        let dir = scratch("folder");
        let target = dir.join("out");
        fs::create_dir(&target).unwrap();
        for force in [false, true] {
            let err = write_atomically(&target, force, |w| w.write_all(b"x")).unwrap_err();
            assert!(err.to_string().contains("is a folder, not a file"), "{err}");
            assert!(target.is_dir());
            assert_eq!(names(&dir), ["out"]);
        }
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

    #[cfg(unix)]
    #[test]
    fn force_keeps_permissions_and_no_force_refuses_dangling_links() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("perms");
        let target = dir.join("out.csv");
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&target, true, |w| w.write_all(b"new")).unwrap();
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let dangling = dir.join("dangling.csv");
        std::os::unix::fs::symlink(dir.join("nowhere"), &dangling).unwrap();
        write_atomically(&dangling, false, |w| w.write_all(b"x")).unwrap_err();
        assert!(!dir.join("nowhere").exists());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_created_file_never_replaces_one_that_appeared() {
        let dir = scratch("appeared");
        let target = dir.join("K12.yaml");
        let change = FileWrite::Create {
            path: target.clone(),
            bytes: b"new".to_vec(),
        };
        let temp = stage(&change).unwrap();
        fs::write(&target, "theirs").unwrap();
        apply(&change, temp).unwrap_err();
        assert_eq!(fs::read_to_string(&target).unwrap(), "theirs");
        assert_eq!(names(&dir), ["K12.yaml"]);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn several_files_are_written_all_or_none() {
        let dir = scratch("all-or-none");
        fs::write(dir.join("a"), "old a").unwrap();
        fs::write(dir.join("c"), "old c").unwrap();
        let err = commit(&[
            FileWrite::Replace {
                path: dir.join("a"),
                bytes: b"new a".to_vec(),
            },
            FileWrite::Delete {
                path: dir.join("c"),
            },
            FileWrite::Create {
                path: dir.join("b"),
                bytes: b"b".to_vec(),
            },
            FileWrite::Create {
                path: dir.join("a"),
                bytes: b"clash".to_vec(),
            },
        ]);
        assert!(err.is_err());
        assert_eq!(fs::read_to_string(dir.join("a")).unwrap(), "old a");
        assert_eq!(fs::read_to_string(dir.join("c")).unwrap(), "old c");
        assert_eq!(names(&dir), ["a", "c"]);
        fs::remove_dir_all(dir).unwrap();
    }
}

//! The `plan` binary: parse the command line, run, map the outcome to an exit status.

use std::process::ExitCode;

// Loading allocates millions of small strings and nodes on every core; mimalloc does that
// faster than the system allocator and with less fragmentation (validate on 100,000 items:
// 4.6-5.3 s -> 4.0 s, peak RSS 325 -> 315 MB).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    if closed_stdout::was_closed() {
        return plan::stdout_closed();
    }
    plan::main(std::env::args_os().collect())
}

/// Has mimalloc give freed memory back to the system at once and commit its arenas as they
/// are used, rather than a second later and all at once: a report or export holds the whole
/// repository while it writes, and what loading and rendering free would otherwise still be
/// counted in its peak (100,000 items: 455 -> 412 MB for `report`, 311 -> 278 MB for
/// `validate`, in about the same time). Set from `.init_array`, before the runtime allocates
/// anything: the first arena is made then.
mod allocator {
    // Option numbers of the mimalloc v3 that libmimalloc-sys builds (`mi_option_e` in
    // mimalloc.h); the test below checks their defaults, so a renumbering shows.
    const ARENA_EAGER_COMMIT: i32 = 4;
    const PURGE_DELAY: i32 = 15;

    extern "C" fn return_freed_memory_at_once() {
        // SAFETY: setting an option is a plain store that mimalloc reads when it needs it.
        unsafe {
            libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
    }

    // Not in the tests, which look at the options before they are set.
    #[cfg(all(target_os = "linux", not(test)))]
    #[used]
    #[unsafe(link_section = ".init_array")]
    static SET: extern "C" fn() = return_freed_memory_at_once;

    #[cfg(test)]
    mod tests {
        use libmimalloc_sys::mi_option_get;

        #[test]
        fn the_numbers_name_the_options_meant() {
            // SAFETY: reading an option only initialises it from the environment.
            let before = unsafe {
                (
                    mi_option_get(super::ARENA_EAGER_COMMIT),
                    mi_option_get(super::PURGE_DELAY),
                )
            };
            // mimalloc v3's defaults for exactly these two options (`options.c`).
            assert_eq!(before, (2, 1000), "mimalloc's option numbers changed");
            super::return_freed_memory_at_once();
            // SAFETY: as above.
            let after = unsafe {
                (
                    mi_option_get(super::ARENA_EAGER_COMMIT),
                    mi_option_get(super::PURGE_DELAY),
                )
            };
            assert_eq!(after, (0, 0));
        }
    }
}

/// Whether standard output was closed when the program started (`plan list >&-`). Before
/// `main`, the Rust runtime opens `/dev/null` in place of a closed standard output, so every
/// write would succeed unseen; a user's `>/dev/null` and a `/dev/null` the runtime opened
/// cannot be told apart afterwards (Python's `DEVNULL` and Node's `ignore` open it just as
/// the runtime does). So a function the loader runs before the runtime starts looks at
/// descriptor 1 first. Linux only; elsewhere this never says closed.
mod closed_stdout {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CLOSED: AtomicBool = AtomicBool::new(false);

    pub(crate) fn was_closed() -> bool {
        CLOSED.load(Ordering::Relaxed)
    }

    #[cfg(target_os = "linux")]
    unsafe extern "C" {
        fn fcntl(fd: i32, cmd: i32, ...) -> i32;
    }

    /// Runs from `.init_array`, before the runtime replaces a closed descriptor: touches
    /// nothing but one `fcntl` and an atomic.
    #[cfg(target_os = "linux")]
    extern "C" fn record() {
        const F_GETFD: i32 = 1;
        // SAFETY: F_GETFD only reads descriptor flags; -1 means descriptor 1 is not open.
        if unsafe { fcntl(1, F_GETFD) } == -1 {
            CLOSED.store(true, Ordering::Relaxed);
        }
    }

    #[cfg(target_os = "linux")]
    #[used]
    #[unsafe(link_section = ".init_array")]
    static RECORD: extern "C" fn() = record;
}

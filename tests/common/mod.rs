//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `../shared/data/`, or `None` (with a note on stderr) when a fresh clone has no
/// `../shared` beside it, so the calling test can skip.
pub fn shared_data(rel: &str) -> Option<PathBuf> {
    let p = root().join("../shared/data").join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "skipped: {} is absent (needs ../shared beside the repo)",
            p.display()
        );
        None
    }
}

//! lurewatch: finds deceptive overseas job adverts (scam-compound recruitment lures), explains
//! why, and feeds a review queue.
//!
//! Pipeline: `io` (read records) → `extract` (signals) → `model` (score) → `batch` / `explain`
//! (write results); `evaluate` measures the model. See ARCHITECTURE.md.

pub mod ad;
pub mod batch;
pub mod cli;
pub mod evaluate;
pub mod explain;
pub mod extract;
pub mod io;
pub mod model;

//! Output formats. Renderers take computed views and write them to a `Write` they are given;
//! they never decide what to show.

pub mod diagnostics;
pub mod style;

//! Output formats. Renderers take computed views and write them to a `Write` they are given;
//! they never decide what to show.

pub mod diagnostics;
pub mod graph;
pub mod items;
pub mod show;
pub mod style;

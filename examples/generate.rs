//! Writes a synthetic but realistic plan repository for the benchmark (`bench/run.sh`):
//! `cargo run --release --example generate -- ITEMS OUT [SEED]`.
//!
//! The same item count and seed always give the same files. Items spread over several
//! programmes with ~1 KB Markdown descriptions, 2–8 links (about a third across programmes,
//! one link in a hundred broken by a typo so suggestions are exercised), bodies, regions,
//! municipalities, places and status updates; bodies, regions, municipalities and documents
//! grow in proportion. Everything else validates cleanly.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// splitmix64: tiny, fast and the same on every platform, which is all a generator needs
/// (the crate's fuzz test draws its cases from it too).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when n is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).expect("below n, a usize")
    }

    fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }

    /// Between `low` and `high` distinct indices below `n`, in the order drawn.
    fn distinct(&mut self, low: usize, high: usize, n: usize) -> Vec<usize> {
        let count = self.range(low, high);
        let mut out: Vec<usize> = Vec::with_capacity(count);
        while out.len() < count.min(n) {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

const WORDS: &[&str] = &[
    "kompetanse",
    "arbeidsliv",
    "samarbeid",
    "innbyggere",
    "kommunene",
    "regionen",
    "utvikling",
    "bærekraft",
    "inkludering",
    "tilbud",
    "ungdom",
    "næringsliv",
    "lokalsamfunn",
    "møteplasser",
    "kultur",
    "frivillighet",
    "digitalisering",
    "tjenester",
    "fylkeskommunen",
    "satsingen",
    "prosjektet",
    "etablering",
    "utdanning",
    "opplæring",
    "attraktive",
    "fleksible",
    "desentraliserte",
    "styrke",
    "videreutvikle",
    "bidra",
    "sikre",
    "legge til rette for",
    "i dialog med",
    "på tvers av",
    "sammen med",
    "gjennom",
    "og",
    "for",
    "med",
    "i",
];

const SYLLABLES: &[&str] = &[
    "vest", "øst", "nord", "sør", "dal", "fjell", "li", "vik", "ås", "berg", "mo", "land", "heim",
    "stad", "by", "rud", "sand", "holm", "nes", "våg",
];

const BODY_KINDS: &[&str] = &[
    "county-council",
    "state-agency",
    "municipality",
    "regional-council",
    "university",
    "school",
    "research",
    "company",
    "development-company",
    "cluster",
    "voluntary",
    "museum",
    "network",
    "group",
];

const STATUSES: &[&str] = &["planned", "started", "ongoing", "completed"];

/// A place-like name from syllables (`Vestdalvik`) and its slug (`vestdalvik`).
fn place_name(rng: &mut Rng) -> (String, String) {
    let count = rng.range(2, 3);
    let mut name = String::new();
    for _ in 0..count {
        let syllable: &&str = rng.pick(SYLLABLES);
        name.push_str(syllable);
    }
    let mut chars = name.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    let name = format!("{}{}", first.unwrap_or_default(), chars.as_str());
    let slug = name
        .to_lowercase()
        .replace('æ', "ae")
        .replace('ø', "o")
        .replace('å', "a");
    (name, slug)
}

fn sentence(rng: &mut Rng) -> String {
    let count = rng.range(8, 18);
    let words: Vec<&str> = (0..count).map(|_| *rng.pick(WORDS)).collect();
    let text = words.join(" ");
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

/// About 1 KB of Markdown: paragraphs, now and then a list, emphasis and a link.
fn description(rng: &mut Rng) -> String {
    let mut out = String::new();
    while out.len() < 950 {
        if !out.is_empty() {
            out.push('\n');
        }
        if rng.chance(20) {
            for _ in 0..rng.range(2, 4) {
                let _ = writeln!(out, "- {}", sentence(rng));
            }
        } else {
            let mut paragraph: Vec<String> = (0..rng.range(2, 4)).map(|_| sentence(rng)).collect();
            if rng.chance(30) {
                paragraph[0] = format!("**{}**", paragraph[0]);
            }
            if rng.chance(15) {
                paragraph.push("Les mer på [nettsiden](https://example.org/plan).".into());
            }
            let _ = writeln!(out, "{}", paragraph.join(" "));
        }
    }
    out
}

/// Writes `text` as a block scalar indented by `indent` spaces.
fn block(out: &mut String, indent: usize, text: &str) {
    let pad = " ".repeat(indent);
    for line in text.lines() {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{pad}{line}");
        }
    }
}

fn list(out: &mut String, field: &str, values: &[String]) {
    if values.is_empty() {
        return;
    }
    let _ = writeln!(out, "{field}:");
    for v in values {
        let _ = writeln!(out, "  - \"{v}\"");
    }
}

struct Sizes {
    programmes: usize,
    municipalities: usize,
    regions: usize,
    bodies: usize,
    documents: usize,
}

impl Sizes {
    fn for_items(items: usize) -> Sizes {
        let municipalities = (items / 50).clamp(24, 2_000);
        Sizes {
            programmes: (items / 2_000).clamp(3, 50),
            municipalities,
            regions: (municipalities / 8).max(3),
            bodies: (items / 20).clamp(30, 5_000),
            documents: (items / 100).clamp(5, 1_000),
        }
    }
}

/// One programme's plan: id, theme codes and how many items each theme has.
struct ProgrammeShape {
    id: String,
    themes: Vec<char>,
    counts: Vec<usize>,
}

impl ProgrammeShape {
    fn item_ids(&self) -> Vec<(char, String)> {
        self.themes
            .iter()
            .zip(&self.counts)
            .flat_map(|(&t, &n)| (1..=n).map(move |i| (t, format!("{t}{i}"))))
            .collect()
    }
}

struct Generator {
    root: PathBuf,
    rng: Rng,
    bodies: Vec<String>,
    regions: Vec<String>,
    municipalities: Vec<String>,
    documents: Vec<String>,
}

impl Generator {
    fn write(&self, relative: &str, text: &str) -> Result<()> {
        let path = self.root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create `{}`", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write `{}`", path.display()))
    }

    fn header(kind: &str, depth: usize) -> String {
        format!(
            "# yaml-language-server: $schema={}schema/{kind}.schema.json\n",
            "../".repeat(depth)
        )
    }

    fn municipalities(&mut self, count: usize) -> Result<()> {
        for i in 0..count {
            // Four-digit official numbers: two-digit county, two-digit serial.
            let county = 10 + i / 90;
            let number = format!("{county:02}{:02}", 1 + i % 90);
            let (name, _) = place_name(&mut self.rng);
            let mut text = Self::header("municipality", 2);
            let _ = writeln!(text, "number: \"{number}\"");
            let _ = writeln!(text, "name: \"{name}\"");
            let _ = writeln!(text, "county: \"{county:02}\"");
            let _ = writeln!(text, "centrality: {}", self.rng.range(1, 6));
            self.write(&format!("municipalities/{number}.yaml"), &text)?;
            self.municipalities.push(number);
        }
        Ok(())
    }

    fn bodies(&mut self, count: usize) -> Result<()> {
        for i in 0..count {
            let (name, slug) = place_name(&mut self.rng);
            let kind = *self.rng.pick(BODY_KINDS);
            let id = format!("{slug}-{kind}-{i}");
            let mut text = Self::header("body", 2);
            let _ = writeln!(text, "id: {id}");
            let _ = writeln!(text, "name: \"{name} {kind} {i}\"");
            let _ = writeln!(text, "kind: {kind}");
            if kind == "municipality" {
                let m = self.rng.pick(&self.municipalities).clone();
                let _ = writeln!(text, "municipality: \"{m}\"");
            }
            if self.rng.chance(20) {
                let _ = writeln!(text, "aliases:\n  - \"{name} {i} alias\"");
            }
            self.write(&format!("bodies/{id}.yaml"), &text)?;
            self.bodies.push(id);
        }
        Ok(())
    }

    fn regions(&mut self, count: usize) -> Result<()> {
        let per = self.municipalities.len() / count;
        for i in 0..count {
            let (name, slug) = place_name(&mut self.rng);
            let id = format!("{slug}-{i}");
            let mut text = Self::header("region", 2);
            let _ = writeln!(text, "id: {id}");
            let _ = writeln!(text, "name: \"{name} {i}\"");
            let members = self.municipalities[i * per..(i + 1) * per].to_vec();
            let _ = writeln!(text, "county: \"{}\"", &members[0][..2]);
            list(&mut text, "municipalities", &members);
            let council = self.rng.pick(&self.bodies).clone();
            let _ = writeln!(text, "council: {council}");
            self.write(&format!("regions/{id}.yaml"), &text)?;
            self.regions.push(id);
        }
        Ok(())
    }

    fn documents(&mut self, count: usize) -> Result<()> {
        for i in 0..count {
            let (name, slug) = place_name(&mut self.rng);
            let id = format!("strategi-{slug}-{i}");
            let mut text = Self::header("document", 2);
            let _ = writeln!(text, "id: {id}");
            let _ = writeln!(text, "title: \"Strategi for {name}\"");
            let _ = writeln!(text, "kind: strategy");
            let owner = self.rng.pick(&self.bodies).clone();
            let _ = writeln!(text, "owner: {owner}");
            self.write(&format!("documents/{id}.yaml"), &text)?;
            self.documents.push(id);
        }
        Ok(())
    }

    fn programme(&mut self, shape: &ProgrammeShape, index: usize) -> Result<()> {
        let mut text = Self::header("programme", 3);
        let _ = writeln!(text, "id: {}", shape.id);
        let _ = writeln!(text, "name: \"Handlingsprogram {}\"", index + 1);
        let owner = self.rng.pick(&self.bodies).clone();
        let _ = writeln!(text, "owner: {owner}");
        let _ = writeln!(text, "language: nb");
        let _ = writeln!(text, "period:\n  start: \"2024\"\n  end: \"2030\"");
        let _ = writeln!(text, "themes:");
        for code in &shape.themes {
            let _ = writeln!(text, "  - code: {code}\n    name: \"Tema {code}\"");
        }
        let _ = writeln!(
            text,
            "levels:\n  - id: county\n    name: \"Fylkessatsinger\"\n  - id: district\n    name: \"Distriktssatsinger\""
        );
        let _ = writeln!(
            text,
            "sources:\n  - title: \"Handlingsprogram {}\"",
            index + 1
        );
        self.write(&format!("programmes/{}/programme.yaml", shape.id), &text)
    }

    /// One item; `targets` are all item ids by programme, for links.
    fn item(
        &mut self,
        shape: &ProgrammeShape,
        theme: char,
        id: &str,
        targets: &[(String, Vec<(char, String)>)],
        own: usize,
    ) -> Result<()> {
        let rng = &mut self.rng;
        let mut text = Self::header("item", 4);
        let _ = writeln!(text, "id: {id}");
        let _ = writeln!(text, "programme: {}", shape.id);
        let _ = writeln!(text, "theme: {theme}");
        let _ = writeln!(
            text,
            "level: {}",
            if rng.chance(70) { "county" } else { "district" }
        );
        let _ = writeln!(text, "title: \"{}\"", sentence(rng).trim_end_matches('.'));
        text.push_str("description: |\n");
        block(&mut text, 2, &description(rng));
        let bodies: Vec<String> = rng
            .distinct(1, 7, self.bodies.len())
            .into_iter()
            .map(|i| self.bodies[i].clone())
            .collect();
        let split = rng.range(1, 2).min(bodies.len());
        let _ = writeln!(text, "responsible:");
        for b in &bodies[..split] {
            let _ = writeln!(text, "  - {b}");
        }
        if bodies.len() > split {
            let _ = writeln!(text, "partners:");
            for b in &bodies[split..] {
                let _ = writeln!(text, "  - {b}");
            }
        }
        let mut links: Vec<String> = Vec::new();
        for _ in 0..rng.range(2, 8) {
            let across = rng.chance(30);
            let p = if across {
                rng.below(targets.len())
            } else {
                own
            };
            let (programme, ids) = &targets[p];
            let (_, target) = rng.pick(ids);
            let mut target = target.clone();
            if rng.chance(1) {
                // A typo: one more digit, as in `K33` for `K3`.
                target.push('7');
            }
            let link = if p == own {
                target
            } else {
                format!("{programme}:{target}")
            };
            if link != id && !links.contains(&link) {
                links.push(link);
            }
        }
        if !links.is_empty() {
            let _ = writeln!(text, "links:");
            for l in &links {
                let _ = writeln!(text, "  - {l}");
            }
        }
        if rng.chance(20) {
            let d = rng.pick(&self.documents);
            let _ = writeln!(text, "documents:\n  - {d}");
        }
        let term = *rng.pick(&["short", "long", "short-and-long"]);
        let _ = writeln!(text, "priority:\n  term: {term}\n  text: \"{term} sikt\"");
        let updates = rng.range(0, 3);
        let status = if rng.chance(2) {
            "removed"
        } else {
            *rng.pick(STATUSES)
        };
        let _ = writeln!(text, "status: {status}");
        let regions: Vec<String> = rng
            .distinct(0, 3, self.regions.len())
            .into_iter()
            .map(|i| self.regions[i].clone())
            .collect();
        if !regions.is_empty() {
            let _ = writeln!(text, "regions:");
            for r in &regions {
                let _ = writeln!(text, "  - {r}");
            }
        }
        let municipalities: Vec<String> = rng
            .distinct(0, 4, self.municipalities.len())
            .into_iter()
            .map(|i| self.municipalities[i].clone())
            .collect();
        list(&mut text, "municipalities", &municipalities);
        if rng.chance(10) {
            let (name, _) = place_name(rng);
            let m = rng.pick(&self.municipalities);
            let _ = writeln!(
                text,
                "places:\n  - name: \"{name}\"\n    municipality: \"{m}\"\n    kind: village"
            );
        }
        if updates > 0 {
            let _ = writeln!(text, "updates:");
            for u in 0..updates {
                let _ = writeln!(text, "  - date: \"{}-0{}-15\"", 2022 + u, rng.range(1, 9));
                if u + 1 == updates {
                    let _ = writeln!(text, "    status: {status}");
                }
                let _ = writeln!(text, "    text: |");
                block(&mut text, 6, &sentence(rng));
            }
        }
        let _ = writeln!(
            text,
            "sources:\n  - title: \"Handlingsprogram\"\n    section: \"{theme}\""
        );
        self.write(&format!("programmes/{}/items/{id}.yaml", shape.id), &text)
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (items, out, seed) = match args.as_slice() {
        [items, out] => (items, out, "1"),
        [items, out, seed] => (items, out, seed.as_str()),
        _ => bail!("usage: generate ITEMS OUT [SEED]"),
    };
    let items: usize = items.parse().context("ITEMS is a number")?;
    let seed: u64 = seed.parse().context("SEED is a number")?;
    println!("{}", generate(items, Path::new(out), seed)?);
    Ok(())
}

/// Writes a repository of `items` items into `out/data` (which must not exist) and says what
/// it wrote. Tests include this file to make repositories of their own.
pub(crate) fn generate(items: usize, out: &Path, seed: u64) -> Result<String> {
    let root = out.join("data");
    if root.exists() {
        bail!("`{}` exists; remove it first", root.display());
    }
    let sizes = Sizes::for_items(items);
    let mut g = Generator {
        root,
        rng: Rng(seed),
        bodies: Vec::new(),
        regions: Vec::new(),
        municipalities: Vec::new(),
        documents: Vec::new(),
    };
    g.municipalities(sizes.municipalities)?;
    g.bodies(sizes.bodies)?;
    g.regions(sizes.regions)?;
    g.documents(sizes.documents)?;
    let mut shapes = Vec::new();
    for p in 0..sizes.programmes {
        let (_, slug) = place_name(&mut g.rng);
        let themes: Vec<char> = "KALNT".chars().take(g.rng.range(3, 5)).collect();
        let share = items / sizes.programmes + usize::from(p < items % sizes.programmes);
        let counts = (0..themes.len())
            .map(|t| share / themes.len() + usize::from(t < share % themes.len()))
            .collect();
        shapes.push(ProgrammeShape {
            id: format!("{slug}-{p}"),
            themes,
            counts,
        });
    }
    let targets: Vec<(String, Vec<(char, String)>)> = shapes
        .iter()
        .map(|s| (s.id.clone(), s.item_ids()))
        .collect();
    for (p, shape) in shapes.iter().enumerate() {
        g.programme(shape, p)?;
        for (theme, id) in &targets[p].1 {
            g.item(shape, *theme, id, &targets, p)?;
        }
    }
    Ok(format!(
        "{items} items in {} programmes, {} bodies, {} regions, {} municipalities, {} documents: {}",
        sizes.programmes,
        sizes.bodies,
        sizes.regions,
        sizes.municipalities,
        sizes.documents,
        g.root.display()
    ))
}

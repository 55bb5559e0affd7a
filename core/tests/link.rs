//! The scenario link (docs/scenario-link.md): round trip on random states, robustness of the
//! decoder on random and mutated input, the committed v1 fixtures, one test per error.
//!
//! `LINK_FUZZ_CASES` sets the number of robustness cases (default 1,000,000) and
//! `LINK_FUZZ_SEED` their seed. `cargo test -p evt-core --test link -- --ignored
//! print_fixtures --nocapture` prints fixture lines for new states (append, never edit).

use evt_core::codec::link::{
    decode, encode, encode_checked, with_checksum, LinkError, LinkState, Theme, View, MAX_LINK_LEN,
};
use evt_core::data::{default_scenario, netherlands, netherlands_scenario, twente};
use evt_core::growth::{growth_path, Horizon, Start};
use evt_core::monitoring::{monitoring, Period, Record};
use evt_core::{compute, ComputeError, Lang, Method, Municipality, Scenario};
use proptest::prelude::*;
use std::collections::HashSet;
use std::time::Instant;

const MAX_COUNT: u64 = evt_core::scenario::MAX_COUNT;

// ---------------------------------------------------------------------------------------
// A small deterministic random generator (the property test drives it with proptest seeds;
// the robustness test needs far more cases than proptest's machinery handles quickly).

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn count(rng: &mut Rng) -> u64 {
    match rng.below(10) {
        0 | 1 => 0,
        2..=5 => rng.range(0, 49),
        6 | 7 => rng.range(0, 99_999),
        8 => rng.range(0, MAX_COUNT),
        _ => MAX_COUNT,
    }
}

fn opt_count(rng: &mut Rng) -> Option<u64> {
    if rng.chance(40) {
        None
    } else {
        Some(count(rng))
    }
}

fn bp(rng: &mut Rng) -> u32 {
    match rng.below(6) {
        0 => 0,
        1 => 1500,
        2 => 2000,
        3 => 10_000,
        _ => rng.range(0, 10_000) as u32,
    }
}

const NAME_PIECES: &[&str] = &[
    "Almelo",
    "a",
    "Z",
    " ",
    "é",
    "ß",
    "€",
    "😀",
    "中文",
    ";",
    "&",
    "=",
    "%",
    "#",
    ",",
    ":",
    ".",
    "!",
    "-",
    "_",
    "~",
    "%41",
    "<img src=x onerror=alert(1)>",
    "'s-Gravenhage",
    "\"",
    "\\",
    "\n",
    "\t",
    "\u{0}",
    "+",
    "/",
    "?",
    ";k=ffff",
    ";vs;",
    "evt1;",
    "%C3%28",
    "\u{200b}",
    "\u{fffd}",
];

/// A name of `lo..=100` characters.
fn text(rng: &mut Rng, lo: usize) -> String {
    let mut s = match rng.below(20) {
        0 => "é".repeat(100),
        1 => "😀".repeat(100),
        2 => "x".repeat(100),
        _ => {
            let mut s = String::new();
            for _ in 0..rng.range(1, 6) {
                let piece = *rng.pick(NAME_PIECES);
                s.push_str(piece);
            }
            s
        }
    };
    if s.chars().count() > 100 {
        s = s.chars().take(100).collect();
    }
    if lo == 0 && rng.chance(20) {
        s.clear();
    }
    s
}

fn id(rng: &mut Rng, used: &mut HashSet<String>) -> String {
    const ID_CHARS: &[u8] = b"ABCXYZabcxyz0123456789-";
    for _ in 0..20 {
        let id = match rng.below(6) {
            0 => format!("X{}", rng.below(1000)),
            1 => rng.pick(twente()).id.clone(),
            2 => rng.pick(netherlands()).id.clone(),
            3 => (0..rng.range(1, 40))
                .map(|_| char::from(*rng.pick(ID_CHARS)))
                .collect(),
            4 => (0..40).map(|_| char::from(*rng.pick(ID_CHARS))).collect(),
            _ => rng.pick(&["-", "0", "GM", "NL-", "k", "vs"]).to_string(),
        };
        if used.insert(id.clone()) {
            return id;
        }
    }
    let id = format!("U{}", used.len());
    used.insert(id.clone());
    id
}

fn municipality(rng: &mut Rng, used: &mut HashSet<String>, short_name: bool) -> Municipality {
    let id = id(rng, used);
    let name = if short_name {
        format!("G{}", used.len())
    } else {
        text(rng, 1)
    };
    let mut m = Municipality::new(id, name, count(rng));
    m.corporation_homes = opt_count(rng);
    m.vacancies = opt_count(rng);
    m.origin = opt_count(rng);
    m.realised = opt_count(rng);
    m.status_holders = opt_count(rng);
    m.extra_vacancies = opt_count(rng);
    m
}

fn edit(rng: &mut Rng, m: &mut Municipality) {
    for _ in 0..rng.range(1, 3) {
        match rng.below(8) {
            0 => m.name = text(rng, 1),
            1 => m.households = count(rng),
            2 => m.corporation_homes = opt_count(rng),
            3 => m.vacancies = opt_count(rng),
            4 => m.origin = opt_count(rng),
            5 => m.realised = opt_count(rng),
            6 => m.status_holders = opt_count(rng),
            _ => m.extra_vacancies = opt_count(rng),
        }
    }
}

/// Edits, removals, reorderings and added rows (appended or interleaved).
fn mutate_rows(rng: &mut Rng, s: &mut Scenario) {
    let mut used: HashSet<String> = s.municipalities.iter().map(|m| m.id.clone()).collect();
    for _ in 0..rng.below(6) {
        let n = s.municipalities.len();
        if n > 0 {
            let i = rng.below(n);
            edit(rng, &mut s.municipalities[i]);
        }
    }
    if rng.chance(30) {
        for _ in 0..rng.range(1, 3) {
            let n = s.municipalities.len();
            if n > 1 {
                let removed = s.municipalities.remove(rng.below(n));
                if rng.chance(50) {
                    used.remove(&removed.id);
                }
            }
        }
    }
    if rng.chance(10) {
        let n = s.municipalities.len();
        if n > 1 {
            s.municipalities.swap(rng.below(n), rng.below(n));
        }
    }
    if rng.chance(40) {
        for _ in 0..rng.range(1, 3) {
            let m = municipality(rng, &mut used, false);
            let n = s.municipalities.len();
            if s.municipalities.len() < 400 {
                if rng.chance(70) {
                    s.municipalities.push(m);
                } else {
                    s.municipalities.insert(rng.below(n + 1), m);
                }
            }
        }
    }
}

fn random_scenario(rng: &mut Rng) -> Scenario {
    let mut s = match rng.below(10) {
        0..=3 => {
            let mut s = default_scenario();
            mutate_rows(rng, &mut s);
            s
        }
        4 | 5 => {
            let all = netherlands();
            let k = match rng.below(4) {
                0 => rng.range(1, 342) as usize,
                1 => rng.range(1, 5) as usize,
                _ => 40,
            };
            let mut picked: Vec<usize> = (0..all.len()).collect();
            for i in 0..k {
                let j = i + rng.below(all.len() - i);
                picked.swap(i, j);
            }
            picked.truncate(k);
            if rng.chance(60) {
                picked.sort_unstable();
            }
            let mut s = netherlands_scenario();
            s.municipalities = picked.iter().map(|&i| all[i].to_municipality()).collect();
            s.region_name = text(rng, 0);
            mutate_rows(rng, &mut s);
            s
        }
        6 => {
            let mut s = netherlands_scenario();
            mutate_rows(rng, &mut s);
            s
        }
        _ => {
            let (n, short) = match rng.below(10) {
                0 => (0, false),
                1..=7 => (rng.range(1, 20) as usize, false),
                8 => (rng.range(20, 60) as usize, rng.chance(50)),
                _ => (rng.range(380, 400) as usize, true),
            };
            let mut used = HashSet::new();
            let municipalities = (0..n)
                .map(|_| municipality(rng, &mut used, short))
                .collect();
            let mut s = default_scenario();
            s.municipalities = municipalities;
            s.region_name = text(rng, 0);
            s
        }
    };
    if rng.chance(50) {
        let p = &mut s.params;
        p.urgents = count(rng);
        p.minimum_bp = bp(rng);
        p.signal_bp = bp(rng);
        p.cap_bp = if rng.chance(50) { None } else { Some(bp(rng)) };
        p.turnover_bp = bp(rng);
        p.growth_years = rng.range(1, 30) as u32;
        p.urgents_growth = count(rng);
    }
    s.method = *rng.pick(&Method::ALL);
    if rng.chance(30) {
        s.growth.start = *rng.pick(&[
            None,
            Some(Start::Origin),
            Some(Start::Realised),
            Some(Start::EqualPercentage),
        ]);
        s.growth.horizon = *rng.pick(&[Horizon::Households, Horizon::HouseholdsCapped]);
    }
    if rng.chance(30) && !s.municipalities.is_empty() {
        let large = s.municipalities.len() > 100;
        let periods = if large { 1 } else { rng.range(1, 4) };
        for _ in 0..periods {
            let period = Period {
                year: rng.range(2000, 2100) as i32,
                half: rng.range(1, 2) as u8,
            };
            for i in 0..s.municipalities.len() {
                if rng.chance(if large { 5 } else { 50 }) {
                    let municipality = s.municipalities[i].id.clone();
                    s.monitoring.push(Record {
                        period,
                        municipality,
                        applications: count(rng),
                        granted: count(rng),
                        housed: count(rng),
                        allocations: count(rng),
                        suitably: count(rng),
                    });
                }
            }
        }
        s.normalize_monitoring();
    }
    s
}

fn random_state(rng: &mut Rng) -> LinkState {
    let mut state = LinkState::new(random_scenario(rng));
    if rng.chance(25) {
        state.compare = Some(random_scenario(rng));
    }
    state.lang = *rng.pick(&[None, Some(Lang::Nl), Some(Lang::En)]);
    state.view = *rng.pick(&View::ALL);
    state.embed = rng.chance(20);
    if rng.chance(20) {
        let c = rng.next().to_le_bytes();
        state.theme.primary = Some([c[0], c[1], c[2]]);
    }
    if rng.chance(20) {
        const FONT: &[u8] = b"ABCabcxyz0129 -";
        let n = rng.range(1, 40);
        state.theme.font = Some((0..n).map(|_| char::from(*rng.pick(FONT))).collect());
    }
    if rng.chance(20) && !state.scenario.municipalities.is_empty() {
        let ids: Vec<String> = state
            .scenario
            .municipalities
            .iter()
            .map(|m| m.id.clone())
            .collect();
        state.mine = Some(rng.pick(&ids).clone());
    }
    state
}

fn check_round_trip(state: &LinkState) -> Result<(), TestCaseError> {
    let link = encode(state);
    prop_assert!(link.starts_with("#evt1;"), "{}", link);
    if link.len() - 1 > MAX_LINK_LEN {
        prop_assert_eq!(decode(&link), Err(LinkError::TooLong));
        prop_assert_eq!(encode_checked(state), Err(LinkError::TooLong));
        return Ok(());
    }
    prop_assert_eq!(encode_checked(state), Ok(link.clone()));
    let decoded = decode(&link);
    prop_assert_eq!(decoded.as_ref(), Ok(state), "{}", link);
    let decoded = decoded.unwrap();
    let without_hash = decode(&link[1..]);
    prop_assert_eq!(without_hash.as_ref(), Ok(&decoded));
    prop_assert_eq!(compute(&decoded.scenario), compute(&state.scenario));
    if let (Some(a), Some(b)) = (&decoded.compare, &state.compare) {
        prop_assert_eq!(compute(a), compute(b));
    }
    Ok(())
}

/// Round-trip cases; `PROPTEST_CASES` lowers it for mutation testing (scripts/mutants.sh).
fn round_trip_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: round_trip_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn decode_encode_is_identity(seed in any::<u64>()) {
        check_round_trip(&random_state(&mut Rng(seed)))?;
    }
}

// ---------------------------------------------------------------------------------------
// Robustness

const INSERTS: &[&str] = &[
    "99999999999999999999999",
    "18446744073709551616",
    "4294967296",
    "10000001",
    "10001",
    "0",
    "00",
    "-1",
    ";;",
    ";",
    "=",
    ";=5",
    "==",
    "%C3%28",
    "%FF",
    "%",
    "%G1",
    "%2",
    "%e9",
    "é",
    "😀",
    "\u{0}",
    " ",
    ";vs",
    ";vs=1",
    ";vs;b=0",
    ";a=X1:NA,H5",
    ";a=X1:NA",
    ";a=:NA,H1",
    ";r0=-",
    ";r3=V",
    ";r999999=-",
    ";r01=-",
    ";M=2026h1!",
    ";M=2026h3!1,1,1,1,1",
    ";M=1999h1!1,1,1,1,1",
    ";b=0",
    ";b=tw:0-13",
    ";b=nl:0-341",
    ";b=tw:13-0",
    ";d=cbs2099",
    ";d=",
    ";n=",
    ";l=en",
    ";e=1",
    ";tc=FFFFFF",
    ";tf=",
    ";k=0000",
    "k=",
    ",",
    ".",
    ":",
    "!",
    "-",
    "N",
    "H",
    "C-",
];

const PREFIXES: &[&str] = &[
    "",
    "#",
    "#evt0",
    "#evt2",
    "#evt99999999999",
    "#evt01",
    "#EVT1",
    "#evt",
    "##evt1",
    "evt1",
    "#evt1x",
    "#evt-1",
    "#evt+1",
    " #evt1",
];

const CHARS: &[char] = &[
    '0', '1', '5', '9', ';', '=', ':', ',', '.', '-', '!', '%', 'k', 'a', 'b', 'r', 'M', 'N', 'H',
    'C', 'V', 'h', 'z', 'é', '\u{0}', '#', ' ',
];

/// The link without `#` and `k=xxxx` (ends with `;`).
fn body(link: &str) -> &str {
    &link[1..link.len() - 6]
}

fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, s: &mut String) {
    let at = |rng: &mut Rng, s: &String| boundary(s, rng.below(s.len() + 1));
    match rng.below(9) {
        0 => {
            let i = at(rng, s);
            s.truncate(i);
        }
        1 => {
            // A bit flip; invalid UTF-8 becomes U+FFFD.
            if !s.is_empty() {
                let mut bytes = s.clone().into_bytes();
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
                *s = String::from_utf8_lossy(&bytes).into_owned();
            }
        }
        2 => {
            if !s.is_empty() {
                let i = boundary(s, rng.below(s.len()));
                let len = s[i..].chars().next().map_or(0, char::len_utf8);
                let c = *rng.pick(CHARS);
                s.replace_range(i..i + len, c.encode_utf8(&mut [0; 4]));
            }
        }
        3 | 4 => {
            let i = at(rng, s);
            let insert = *rng.pick(INSERTS);
            s.insert_str(i, insert);
        }
        5 => {
            let i = at(rng, s);
            let j = boundary(s, i + rng.below(12));
            s.replace_range(i..j, "");
        }
        6 => {
            // Repeat an item.
            let items: Vec<String> = s.split(';').map(str::to_string).collect();
            let item = rng.pick(&items).clone();
            let i = at(rng, s);
            s.insert_str(i, &format!(";{item}"));
        }
        7 => {
            // Swap two items.
            let mut items: Vec<&str> = s.split(';').collect();
            let n = items.len();
            items.swap(rng.below(n), rng.below(n));
            *s = items.join(";");
        }
        _ => {
            // Replace a number (not the version) by a huge or a boundary one.
            let from = boundary(s, 5 + rng.below(s.len().saturating_sub(5)));
            if let Some(i) = s[from..]
                .find(|c: char| c.is_ascii_digit())
                .map(|i| i + from)
            {
                let j = i + s[i..].bytes().take_while(u8::is_ascii_digit).count();
                let n = rng.pick(&[
                    "99999999999999999999999",
                    "10000000",
                    "10000001",
                    "10000",
                    "10001",
                    "30",
                    "31",
                    "0",
                    "400",
                    "342",
                    "14",
                ]);
                s.replace_range(i..j, n);
            }
        }
    }
}

/// One robustness case from the corpus.
fn fuzz_case(rng: &mut Rng, corpus: &[String]) -> String {
    let link = rng.pick(corpus);
    match rng.below(20) {
        // Random text after a valid prefix, with a valid checksum.
        0 => {
            let n = rng.below(80);
            let mut b = String::from("evt1;");
            for _ in 0..n {
                if rng.chance(20) {
                    let insert = *rng.pick(INSERTS);
                    b.push_str(insert);
                } else {
                    b.push(*rng.pick(CHARS));
                }
            }
            if rng.chance(50) {
                b.push(';');
            }
            with_checksum(&b)
        }
        // A wrong prefix on a valid body.
        1 => format!("{}{}", rng.pick(PREFIXES), &link[5.min(link.len())..]),
        // Mutations with the checksum recomputed, so the parser sees them.
        2..=13 => {
            let mut b = body(link).to_string();
            for _ in 0..rng.range(1, 3) {
                mutate(rng, &mut b);
            }
            with_checksum(&b)
        }
        // Mutations of the whole link, checksum as it falls.
        _ => {
            let mut s = link.clone();
            for _ in 0..rng.range(1, 3) {
                mutate(rng, &mut s);
            }
            s
        }
    }
}

fn fixture_links() -> Vec<(String, String)> {
    include_str!("fixtures/links-v1.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("//"))
        .map(|l| {
            let (link, expected) = l.split_once('\t').expect("link TAB expected");
            (link.to_string(), expected.to_string())
        })
        .collect()
}

fn check_robust(input: &str, stats: &mut Stats) {
    let result = std::panic::catch_unwind(|| decode(input))
        .unwrap_or_else(|_| panic!("decode panicked on {input:?}"));
    match result {
        Ok(state) => {
            stats.ok += 1;
            let again = encode(&state);
            assert_eq!(
                decode(&again).as_ref(),
                Ok(&state),
                "input {input:?} re-encoded as {again:?}"
            );
        }
        Err(e) => {
            let name = format!("{e:?}");
            let name = name.split(['(', ' ']).next().unwrap_or("").to_string();
            *stats.errors.entry(name).or_insert(0) += 1;
        }
    }
}

#[derive(Default)]
struct Stats {
    ok: u64,
    errors: std::collections::BTreeMap<String, u64>,
}

#[test]
fn decode_never_panics_on_random_and_mutated_input() {
    let cases: u64 = std::env::var("LINK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = std::env::var("LINK_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed);
    let started = Instant::now();
    let mut rng = Rng(seed);

    // Corpus: the fixtures and random states, mostly of Twente size.
    let mut corpus: Vec<String> = fixture_links().into_iter().map(|(l, _)| l).collect();
    let fixtures = corpus.len();
    while corpus.len() < 400 {
        let link = encode(&random_state(&mut rng));
        if link.len() <= 3000 || (link.len() <= MAX_LINK_LEN && rng.chance(3)) {
            corpus.push(link);
        }
    }
    let mut stats = Stats::default();
    let mut done: u64 = 0;

    // Every truncation of the fixtures, as they are and with a recomputed checksum.
    'outer: for link in &corpus[..fixtures] {
        for i in 0..=link.len() {
            if done >= cases {
                break 'outer;
            }
            if link.is_char_boundary(i) {
                check_robust(&link[..i], &mut stats);
                let b = body(link);
                if i <= b.len() && b.is_char_boundary(i) {
                    check_robust(&with_checksum(&b[..i]), &mut stats);
                    done += 1;
                }
                done += 1;
            }
        }
    }
    // Special inputs.
    let specials = [
        String::new(),
        "#".to_string(),
        "#".repeat(100_000),
        format!("#evt1;{}", "9".repeat(100_000)),
        with_checksum(&format!("evt1;{}", ";".repeat(70_000))),
        with_checksum(&format!("evt1;b=0;{}", "a=X:NA,H1;".repeat(6_000))),
        with_checksum(&format!("evt1;b=0;n={};", "%FF".repeat(20_000))),
        with_checksum(&format!("evt1;b=nl:{};", "0-341.".repeat(5_000))),
        with_checksum(&format!(
            "evt1;d=cbs2023;b=tw;M=2026h1!{};",
            ".".repeat(60_000)
        )),
        with_checksum("evt1;"),
        with_checksum("evt1"),
        with_checksum(""),
    ];
    for s in &specials {
        check_robust(s, &mut stats);
        done += 1;
    }
    while done < cases {
        let input = fuzz_case(&mut rng, &corpus);
        check_robust(&input, &mut stats);
        done += 1;
    }
    let elapsed = started.elapsed();
    let report = format!(
        "link fuzz: {done} cases in {:.1} s (seed {seed}): {} decoded, errors {:?}",
        elapsed.as_secs_f64(),
        stats.ok,
        stats.errors
    );
    println!("{report}");
    eprintln!("{report}");
    // The fuzzer reaches both sides: links that still decode (mutations that keep a link
    // valid) and many different refusals, not one error for everything.
    assert!(stats.ok > 0, "{report}");
    let refused: u64 = stats.errors.values().sum();
    assert_eq!(
        stats.ok + refused,
        done,
        "every case decoded or refused: {report}"
    );
    assert!(stats.errors.len() >= 8, "kinds of refusal: {report}");
    assert!(refused > done / 2, "{report}");
}

// ---------------------------------------------------------------------------------------
// Fixtures

fn scenario_figures(s: &Scenario) -> String {
    let mut out = match compute(s) {
        Ok(o) => {
            let rows: Vec<String> = o
                .rows
                .iter()
                .map(|r| {
                    format!(
                        "{}:{}:{}",
                        s.municipalities[r.index].id,
                        r.target,
                        r.status.code()
                    )
                })
                .collect();
            format!("{} {}", o.method.code(), rows.join(" "))
        }
        Err(ComputeError::Invalid(errors)) => format!("invalid:{}", errors.len()),
        Err(ComputeError::Unavailable(method, why)) => {
            format!("unavailable:{}:{why:?}", method.code())
        }
    };
    if !s.monitoring.is_empty() {
        let ids: Vec<String> = s.municipalities.iter().map(|m| m.id.clone()).collect();
        let households: Vec<u64> = s.municipalities.iter().map(|m| m.households).collect();
        let housed: u64 = s.monitoring.iter().map(|r| r.housed).sum();
        match monitoring(
            &s.monitoring,
            &ids,
            &households,
            s.params.minimum_bp,
            s.params.signal_bp,
        ) {
            Ok(m) => {
                let statuses: Vec<&str> = m.records.iter().map(|r| r.status.code()).collect();
                out.push_str(&format!(
                    " M:{}:{housed}:{}",
                    m.records.len(),
                    statuses.join(",")
                ));
            }
            Err(e) => out.push_str(&format!(" M:invalid:{}", e.len())),
        }
    }
    if s.growth != Default::default() || s.params.growth_years != 5 {
        match growth_path(s, s.growth_start(), s.growth.horizon) {
            Ok(g) => {
                let last = g.years.last().map(|y| {
                    y.cells
                        .iter()
                        .map(|c| c.target.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                });
                out.push_str(&format!(" G:{}", last.unwrap_or_default()));
            }
            Err(e) => out.push_str(&format!(" G:{e:?}")),
        }
    }
    out
}

/// What a fixture line expects: the page settings and the figures.
fn expected(state: &LinkState) -> String {
    let mut page = format!(
        "l={} v={} e={}",
        state.lang.map_or("-", Lang::code),
        state.view.code(),
        u8::from(state.embed)
    );
    if let Some([r, g, b]) = state.theme.primary {
        page.push_str(&format!(" tc={r:02x}{g:02x}{b:02x}"));
    }
    if let Some(font) = &state.theme.font {
        page.push_str(&format!(" tf={font}"));
    }
    let mut out = format!(
        "{page} | {} {}",
        state.scenario.region_name.replace(' ', "_"),
        scenario_figures(&state.scenario)
    );
    if let Some(c) = &state.compare {
        out.push_str(&format!(
            " | vs {} {}",
            c.region_name.replace(' ', "_"),
            scenario_figures(c)
        ));
    }
    out
}

fn position(s: &Scenario, name: &str) -> usize {
    s.municipalities
        .iter()
        .position(|m| m.name == name)
        .unwrap_or_else(|| panic!("{name}"))
}

/// The doc's example: 900 urgents, capped method, Enschede's vacancies 1 500, Losser's
/// origin 12, English.
fn doc_example_state() -> LinkState {
    let mut s = default_scenario();
    s.params.urgents = 900;
    s.method = Method::HouseholdsCapped;
    let enschede = position(&s, "Enschede");
    s.municipalities[enschede].vacancies = Some(1500);
    let losser = position(&s, "Losser");
    s.municipalities[losser].origin = Some(12);
    let mut state = LinkState::new(s);
    state.lang = Some(Lang::En);
    state
}

fn record(period: Period, id: &str, seed: u64) -> Record {
    let allocations = 40 + seed % 90;
    let housed = 4 + seed % 17;
    Record {
        period,
        municipality: id.to_string(),
        applications: housed + 5 + seed % 7,
        granted: housed + seed % 5,
        housed,
        allocations,
        suitably: housed - seed % 3,
    }
}

/// The states of the committed fixtures, in file order (new ones go at the end).
fn fixture_states() -> Vec<(&'static str, LinkState)> {
    let mut out = Vec::new();
    out.push(("default Twente", LinkState::new(default_scenario())));

    let mut s = default_scenario();
    s.params.urgents = 950;
    s.params.minimum_bp = 1600;
    s.params.cap_bp = Some(2500);
    s.method = Method::HouseholdsCapped;
    let origin = [120, 40, 25, 310, 30, 45, 140, 40, 22, 60, 38, 15, 35, 28];
    for (m, o) in s.municipalities.iter_mut().zip(origin) {
        m.origin = Some(o);
    }
    s.municipalities[3].vacancies = Some(1500);
    s.municipalities[6].households = 39_500;
    s.municipalities.remove(11); // Tubbergen
    let mut added = Municipality::new("X1", "Dorp \"De Zon\" & <b>Zuid</b>; 100% = #1 é", 4_200);
    added.vacancies = Some(90);
    added.origin = Some(9);
    s.municipalities.push(added);
    out.push(("edited Twente", LinkState::new(s)));

    out.push(("nl full", LinkState::new(netherlands_scenario())));

    let mut s = netherlands_scenario();
    let all = netherlands();
    s.municipalities = (0..40)
        .map(|i| all[(i * 97 + 11) % all.len()].to_municipality())
        .collect();
    s.municipalities[..10].sort_by(|a, b| a.name.cmp(&b.name));
    s.region_name = "Veertig gemeenten".to_string();
    out.push(("nl selection of 40", LinkState::new(s)));

    let mut s = default_scenario();
    s.region_name = "Proefregio".to_string();
    s.params.urgents = 120;
    let mut a = Municipality::new("P-1", "Noorddorp", 5_000);
    a.vacancies = Some(300);
    let mut b = Municipality::new("P-2", "Zuidstad", 22_000);
    b.corporation_homes = Some(6_000);
    let mut c = Municipality::new("P-3", "Oosthoek", 800);
    c.vacancies = Some(0);
    s.municipalities = vec![a, b, c];
    out.push(("b=0 explicit region", LinkState::new(s)));

    let mut s = default_scenario();
    s.params.growth_years = 10;
    s.params.urgents_growth = 20;
    let realised = [60, 12, 8, 230, 11, 20, 70, 14, 9, 30, 16, 4, 18, 10];
    for (m, r) in s.municipalities.iter_mut().zip(realised) {
        m.realised = Some(r);
    }
    s.municipalities[1].extra_vacancies = Some(15);
    s.growth.start = Some(Start::Realised);
    s.growth.horizon = Horizon::HouseholdsCapped;
    let mut state = LinkState::new(s);
    state.view = View::Growth;
    out.push(("growth settings", state));

    let mut s = default_scenario();
    for (half, period) in [(1, 2026), (2, 2026)].map(|(h, y)| (h, Period { year: y, half: h })) {
        for (i, m) in s.municipalities.iter().enumerate() {
            s.monitoring
                .push(record(period, &m.id, i as u64 * 7 + u64::from(half)));
        }
    }
    let mut state = LinkState::new(s);
    state.view = View::Monitoring;
    out.push(("monitoring 2 half-years x 14", state));

    let mut other = default_scenario();
    other.method = Method::HouseholdsCapped;
    other.params.cap_bp = Some(2500);
    let mut state = LinkState::new(default_scenario());
    state.compare = Some(other);
    state.view = View::Compare;
    out.push(("comparison", state));

    let mut state = LinkState::new(default_scenario());
    state.embed = true;
    state.theme = Theme {
        primary: Some([0x1f, 0x6f, 0xeb]),
        font: Some("Fira Sans".to_string()),
    };
    out.push(("embed and theme", state));

    out.push(("English (the doc's example)", doc_example_state()));

    let mut s = default_scenario();
    s.municipalities.swap(0, 3);
    let extra = Municipality::new("X2", "Tussendorp", 2_000);
    s.municipalities.insert(5, extra);
    s.municipalities[5].corporation_homes = Some(500);
    out.push(("Twente reordered, added row interleaved", LinkState::new(s)));

    let mut s = default_scenario();
    s.method = Method::HomeMunicipality;
    out.push(("home-municipality method without origin", LinkState::new(s)));
    out
}

#[test]
fn fixtures_open_with_the_same_figures() {
    let fixtures = fixture_links();
    assert!(fixtures.len() >= 12);
    for (link, want) in &fixtures {
        let state = decode(link).unwrap_or_else(|e| panic!("{link}: {e:?}"));
        assert_eq!(&expected(&state), want, "{link}");
        assert_eq!(decode(&encode(&state)).as_ref(), Ok(&state));
    }
}

#[test]
fn fixtures_cover_their_states() {
    // The first fixtures are the states above: they decode to exactly these states.
    let fixtures = fixture_links();
    for ((name, state), (link, _)) in fixture_states().iter().zip(&fixtures) {
        assert_eq!(decode(link).as_ref(), Ok(state), "{name}");
    }
}

#[test]
#[ignore = "prints fixture lines; append new ones to tests/fixtures/links-v1.txt"]
fn print_fixtures() {
    for (name, state) in fixture_states() {
        println!("// {name}");
        println!("{}\t{}", encode(&state), expected(&state));
    }
}

// ---------------------------------------------------------------------------------------
// Size

fn edited_twente() -> LinkState {
    // Five changed parameters and cells, the method and the language.
    let mut s = default_scenario();
    s.params.urgents = 950;
    s.params.signal_bp = 2200;
    s.municipalities[3].vacancies = Some(1500);
    s.municipalities[8].origin = Some(12);
    s.municipalities[6].households = 39_500;
    s.method = Method::HouseholdsCapped;
    let mut state = LinkState::new(s);
    state.lang = Some(Lang::En);
    state
}

#[test]
fn edited_twente_link_is_short() {
    let link = encode(&edited_twente());
    assert!(link.len() <= 300, "{} chars: {link}", link.len());
    assert!(link.contains(";d=cbs2023;b=tw;"), "{link}");
}

#[test]
fn typical_lengths() {
    let fixtures = fixture_states();
    let by_name = |name: &str| {
        let (_, state) = fixtures.iter().find(|(n, _)| *n == name).unwrap();
        encode(state).len()
    };
    let lengths = [
        ("default Twente", by_name("default Twente")),
        (
            "edited Twente (5 edits, method, language)",
            encode(&edited_twente()).len(),
        ),
        ("edited Twente fixture", by_name("edited Twente")),
        ("nl full", by_name("nl full")),
        ("nl selection of 40", by_name("nl selection of 40")),
        ("monitoring 2 x 14", by_name("monitoring 2 half-years x 14")),
        ("comparison", by_name("comparison")),
    ];
    for (name, len) in lengths {
        println!("link length, {name}: {len}");
        eprintln!("link length, {name}: {len}");
    }
    // Short enough for an e-mail, a QR code on paper (≤ 1 200 bytes with the address) and
    // far below MAX_LINK_LEN; each with room for the address in front.
    let limits = [40, 120, 400, 40, 260, 600, 100];
    for ((name, len), limit) in lengths.iter().zip(limits) {
        assert!(*len <= limit, "{name}: {len} > {limit}");
    }
    // Edits cost bytes: the edited link is longer than the default one.
    assert!(lengths[1].1 > lengths[0].1 && lengths[2].1 > lengths[1].1);
}

#[test]
fn encoder_picks_a_base_for_any_row_order() {
    // Base ids in an order that is no selection of one list, interleaved with added rows.
    let mut s = default_scenario();
    let nl = netherlands();
    s.municipalities.insert(2, nl[0].to_municipality());
    s.municipalities.push(nl[1].to_municipality());
    s.municipalities.swap(0, 5);
    let state = LinkState::new(s);
    assert_eq!(decode(&encode(&state)), Ok(state));

    // An added row reusing the id of a removed base row.
    let mut s = default_scenario();
    let almelo = s.municipalities.remove(0);
    s.municipalities
        .push(Municipality::new(almelo.id, "Nieuw Almelo", 10));
    let state = LinkState::new(s);
    assert_eq!(decode(&encode(&state)), Ok(state));

    // No rows at all.
    let mut s = default_scenario();
    s.municipalities.clear();
    let state = LinkState::new(s);
    let link = encode(&state);
    assert!(link.starts_with("#evt1;b=0;n=Twente;"), "{link}");
    assert_eq!(decode(&link), Ok(state));
}

#[test]
fn states_beyond_the_limits_are_refused_not_misread() {
    type Change = Box<dyn Fn(&mut LinkState)>;
    let cases: Vec<(&str, Change)> = vec![
        (
            "count",
            Box::new(|s| s.scenario.params.urgents = MAX_COUNT + 1),
        ),
        (
            "cell",
            Box::new(|s| s.scenario.municipalities[0].vacancies = Some(u64::MAX)),
        ),
        ("bp", Box::new(|s| s.scenario.params.signal_bp = 10_001)),
        ("years", Box::new(|s| s.scenario.params.growth_years = 0)),
        ("years", Box::new(|s| s.scenario.params.growth_years = 31)),
        (
            "empty name",
            Box::new(|s| s.scenario.municipalities[0].name.clear()),
        ),
        (
            "long name",
            Box::new(|s| s.scenario.municipalities[0].name = "x".repeat(101)),
        ),
        (
            "region",
            Box::new(|s| s.scenario.region_name = "x".repeat(101)),
        ),
        (
            "id",
            Box::new(|s| s.scenario.municipalities[0].id = "X1:NA,H5;u=5".into()),
        ),
        (
            "id",
            Box::new(|s| s.scenario.municipalities[0].id = String::new()),
        ),
        (
            "id",
            Box::new(|s| s.scenario.municipalities[0].id = "x".repeat(41)),
        ),
        (
            "dup id",
            Box::new(|s| s.scenario.municipalities[1].id = "GM0141".into()),
        ),
        (
            "too many",
            Box::new(|s| {
                s.scenario.municipalities = (0..401)
                    .map(|i| Municipality::new(format!("X{i}"), "G", 1))
                    .collect()
            }),
        ),
        ("font", Box::new(|s| s.theme.font = Some("a;b".into()))),
        ("font", Box::new(|s| s.theme.font = Some(String::new()))),
        (
            "period",
            Box::new(|s| {
                let id = s.scenario.municipalities[0].id.clone();
                s.scenario.monitoring.push(record(
                    Period {
                        year: 1999,
                        half: 1,
                    },
                    &id,
                    1,
                ));
            }),
        ),
        (
            "half",
            Box::new(|s| {
                let id = s.scenario.municipalities[0].id.clone();
                s.scenario.monitoring.push(record(
                    Period {
                        year: 2026,
                        half: 3,
                    },
                    &id,
                    1,
                ));
            }),
        ),
        (
            "too long",
            Box::new(|s| {
                s.scenario.municipalities = (0..400)
                    .map(|i| Municipality::new(format!("X{i}"), "😀".repeat(100), 1))
                    .collect()
            }),
        ),
    ];
    for (what, change) in cases {
        let mut state = LinkState::new(default_scenario());
        change(&mut state);
        let link = encode(&state);
        assert!(decode(&link).is_err(), "{what}: {link}");
    }
}

// ---------------------------------------------------------------------------------------
// The doc's example and one test per error

const DOC_EXAMPLE: &str = "#evt1;d=cbs2023;b=tw;l=en;m=cap;u=900;r3=V1500;r8=O12;k=";

#[test]
fn doc_example_decodes_as_documented() {
    let link = encode(&doc_example_state());
    assert!(link.starts_with(DOC_EXAMPLE), "{link}");
    let doc = include_str!("../../docs/scenario-link.md");
    assert!(
        doc.contains(&link),
        "docs/scenario-link.md should show {link}"
    );
    let state = decode(&link).unwrap();
    assert_eq!(state, doc_example_state());
    assert_eq!(state.scenario.municipalities[3].name, "Enschede");
    assert_eq!(state.scenario.municipalities[8].name, "Losser");
    // The doc's selection example.
    let sel = decode(&with_checksum("evt1;d=cbs2023;b=nl:5-9.120.3;")).unwrap();
    let ids: Vec<&str> = sel
        .scenario
        .municipalities
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    let nl = netherlands();
    let want: Vec<&str> = [5, 6, 7, 8, 9, 120, 3]
        .iter()
        .map(|&i| nl[i].id.as_str())
        .collect();
    assert_eq!(ids, want);
    assert_eq!(sel.scenario.region_name, "Nederland");
    // The doc's monitoring example.
    let m = decode(&with_checksum(
        "evt1;b=0;a=A:NA,H1,V1;a=B:NB,H1,V1;a=C:NC,H1,V1;M=2026h1!12,10,8,60,7..3,3,2,20,2;",
    ))
    .unwrap();
    let p = Period {
        year: 2026,
        half: 1,
    };
    assert_eq!(
        m.scenario.monitoring,
        vec![
            Record {
                period: p,
                municipality: "A".into(),
                applications: 12,
                granted: 10,
                housed: 8,
                allocations: 60,
                suitably: 7
            },
            Record {
                period: p,
                municipality: "C".into(),
                applications: 3,
                granted: 3,
                housed: 2,
                allocations: 20,
                suitably: 2
            },
        ]
    );
}

fn err(body: &str) -> LinkError {
    decode(&with_checksum(body)).unwrap_err()
}

fn key(k: &str) -> String {
    k.to_string()
}

#[test]
fn each_error_has_an_input() {
    use LinkError::*;
    assert_eq!(decode(""), Err(Empty));
    assert_eq!(decode("#"), Err(Empty));
    assert_eq!(decode("#foo"), Err(NotALink));
    assert_eq!(decode("#evtx;k=0000"), Err(NotALink));
    assert_eq!(decode("#evt01;k=0000"), Err(NotALink));
    assert_eq!(decode("#evt2;anything at all"), Err(NewerVersion(2)));
    assert_eq!(decode("evt99999999999"), Err(NewerVersion(u32::MAX)));
    assert_eq!(decode("#evt0;b=0;k=0000"), Err(UnsupportedVersion(0)));

    let good = encode(&LinkState::new(default_scenario()));
    assert_eq!(good, with_checksum("evt1;d=cbs2023;b=tw;"));
    assert!(decode(&good).is_ok());
    let mut wrong = good.clone();
    let last = if good.ends_with('0') { "1" } else { "0" };
    wrong.replace_range(good.len() - 1.., last);
    assert_eq!(decode(&wrong), Err(Checksum));
    assert_eq!(decode(&good[..good.len() - 1]), Err(Checksum));
    assert_eq!(decode(&format!("{good};u=5")), Err(Checksum));
    assert_eq!(decode("#evt1"), Err(Checksum));

    assert_eq!(err("evt1;b=0;zz=1;"), UnknownKey(key("zz")));
    assert_eq!(err("evt1;b=0;;"), UnknownKey(key("")));
    assert_eq!(err("evt1;b=0;vs;b=0;l=en;"), UnknownKey(key("l")));
    assert_eq!(err("evt1;b=0;u=5;u=6;"), DuplicateKey(key("u")));
    assert_eq!(err("evt1;b=0;vs;b=0;vs;"), DuplicateKey(key("vs")));
    assert_eq!(err("evt1;b=0;m=xyz;"), BadValue { key: key("m") });
    assert_eq!(err("evt1;b=0;u=05;"), BadValue { key: key("u") });
    assert_eq!(err("evt1;u=5;"), BadValue { key: key("b") });
    assert_eq!(err("evt1;b=tw;"), BadValue { key: key("d") });
    assert_eq!(err("evt1;b=0;u=10000001;"), OutOfRange { key: key("u") });
    assert_eq!(
        err("evt1;b=0;u=99999999999999999999999;"),
        OutOfRange { key: key("u") }
    );
    assert_eq!(err("evt1;b=0;gy=0;"), OutOfRange { key: key("gy") });
    assert_eq!(
        err("evt1;d=cbs2023;b=tw;r14=-;"),
        OutOfRange { key: key("r14") }
    );
    assert_eq!(err("evt1;b=0;n=%C3%28;"), BadEscape);
    assert_eq!(err("evt1;b=0;n=%FF;"), BadEscape);
    assert_eq!(err("evt1;b=0;n=%G1;"), BadEscape);
    assert_eq!(err("evt1;b=0;n=%;"), BadEscape);
    assert_eq!(
        err("evt1;d=cbs2099;b=tw;"),
        UnknownDataVersion(key("cbs2099"))
    );
    let many: String = (0..59).map(|i| format!("a=Y{i}:NY{i},H1;")).collect();
    assert_eq!(
        err(&format!("evt1;d=cbs2023;b=nl;{many}")),
        TooManyMunicipalities
    );
    assert_eq!(
        err("evt1;b=0;a=X1:NA,H1;a=X1:NB,H2;"),
        DuplicateId(key("X1"))
    );
    assert_eq!(
        err("evt1;d=cbs2023;b=tw;a=GM0141:NA,H1;"),
        DuplicateId(key("GM0141"))
    );
    assert_eq!(err("evt1;b=0;a=X1:NA;"), BadRow { key: key("a") });
    assert_eq!(err("evt1;b=0;a=X_1:NA,H1;"), BadRow { key: key("a") });
    assert_eq!(
        err("evt1;d=cbs2023;b=tw;r3=V1,V2;"),
        BadRow { key: key("r3") }
    );
    assert_eq!(err("evt1;d=cbs2023;b=tw;r3=;"), BadRow { key: key("r3") });
    let long = format!("evt1;b=0;n={};", "a".repeat(MAX_LINK_LEN));
    assert_eq!(decode(&with_checksum(&long)), Err(TooLong));
    // The limit is 64 KiB to the byte: a link of exactly that length is read (and refused
    // for what it says, here a bad checksum), one byte more is too long.
    assert_eq!(MAX_LINK_LEN, 65_536);
    let exact = format!("evt1;{}", "x".repeat(MAX_LINK_LEN - 5));
    assert_eq!(exact.len(), MAX_LINK_LEN);
    assert_ne!(decode(&exact), Err(TooLong));
    assert_eq!(decode(&format!("{exact}x")), Err(TooLong));

    // A page or parameter item may repeat its default; the result is the same state.
    let explicit = decode(&with_checksum(
        "evt1;d=cbs2023;b=tw:0-13;n=Twente;m=hh;u=800;pm=1500;ps=2000;pr=600;gy=5;gu=0;gh=hh;v=calc;",
    ));
    assert_eq!(explicit, Ok(LinkState::new(default_scenario())));
}

// ---------------------------------------------------------------------------------------
// encode_checked: the decoder's verdict without decoding

/// One change that puts a state at or just beyond one limit (or breaks a limit where the
/// encoder writes nothing: a record of a municipality not in the scenario, a record a later
/// one replaces).
fn break_limit(rng: &mut Rng, state: &mut LinkState) {
    let in_compare = state.compare.is_some() && rng.chance(25);
    let ids: Vec<String> = state
        .scenario
        .municipalities
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let s = match &mut state.compare {
        Some(c) if in_compare => c,
        _ => &mut state.scenario,
    };
    let big = |rng: &mut Rng| *rng.pick(&[MAX_COUNT, MAX_COUNT + 1, u64::MAX]);
    let bp = |rng: &mut Rng| *rng.pick(&[10_000, 10_001, u32::MAX]);
    let name = |rng: &mut Rng| match rng.below(4) {
        0 => String::new(),
        1 => "é".repeat(100),
        2 => "😀".repeat(101),
        _ => "x".repeat(101),
    };
    let n = s.municipalities.len();
    match rng.below(16) {
        0 => s.params.urgents = big(rng),
        1 => s.params.urgents_growth = big(rng),
        2 => match rng.below(4) {
            0 => s.params.minimum_bp = bp(rng),
            1 => s.params.signal_bp = bp(rng),
            2 => s.params.cap_bp = Some(bp(rng)),
            _ => s.params.turnover_bp = bp(rng),
        },
        3 => s.params.growth_years = *rng.pick(&[0, 1, 30, 31, u32::MAX]),
        4 => s.region_name = name(rng),
        5 if n > 0 => s.municipalities[rng.below(n)].name = name(rng),
        6 if n > 0 => {
            let m = &mut s.municipalities[rng.below(n)];
            let v = big(rng);
            match rng.below(7) {
                0 => m.households = v,
                1 => m.corporation_homes = Some(v),
                2 => m.vacancies = Some(v),
                3 => m.origin = Some(v),
                4 => m.realised = Some(v),
                5 => m.status_holders = Some(v),
                _ => m.extra_vacancies = Some(v),
            }
        }
        7 if n > 0 => {
            let other = s.municipalities[rng.below(n)].id.clone();
            s.municipalities[rng.below(n)].id = match rng.below(7) {
                0 => String::new(),
                1 => "A".repeat(40),
                2 => "A".repeat(41),
                3 => "X_1".into(),
                4 => "X 1".into(),
                5 => "Xé".into(),
                // Repeated (or the row's own id).
                _ => other,
            };
        }
        8 => {
            let target = *rng.pick(&[399, 400, 401]);
            let mut i = 0;
            while s.municipalities.len() < target {
                s.municipalities
                    .push(Municipality::new(format!("Y{i}"), "G", 1));
                i += 1;
            }
        }
        9 | 10 if n > 0 => {
            let period = Period {
                year: *rng.pick(&[1999, 2000, 2100, 2101, -1, 10_000]),
                half: *rng.pick(&[0, 1, 2, 3]),
            };
            let mut r = record(period, &s.municipalities[rng.below(n)].id, rng.next());
            if rng.chance(40) {
                r.suitably = big(rng);
            }
            if rng.chance(20) {
                r.municipality = "NOT-IN-SCENARIO".into();
            }
            s.monitoring.push(r.clone());
            if rng.chance(30) {
                // Replaced by a later record for the same period and row, or replacing one.
                let mut fine = r.clone();
                fine.suitably = 0;
                fine.period.year = 2026;
                fine.period.half = 1;
                r.period = fine.period;
                s.monitoring.push(if rng.chance(50) { fine } else { r });
            }
        }
        11 => {
            state.theme.font = Some(match rng.below(5) {
                0 => String::new(),
                1 => "a".repeat(40),
                2 => "a".repeat(41),
                3 => "Fira;Sans".into(),
                _ => "Fira Sans-2".into(),
            })
        }
        12 => {
            state.mine = Some(match rng.below(3) {
                0 if !ids.is_empty() => rng.pick(&ids).clone(),
                1 => "X 1".into(),
                _ => "NOT-IN-SCENARIO".into(),
            })
        }
        13 if rng.chance(10) => {
            // Near MAX_LINK_LEN.
            let rows = rng.range(50, 56) as usize;
            s.municipalities = (0..rows)
                .map(|i| Municipality::new(format!("L{i}"), "😀".repeat(100), 1))
                .collect();
            s.monitoring.clear();
        }
        _ => {}
    }
}

fn check_checked(state: &LinkState) -> Result<(), TestCaseError> {
    let link = encode(state);
    let decoded = decode(&link);
    let checked = encode_checked(state);
    prop_assert_eq!(
        checked.is_ok(),
        decoded.is_ok(),
        "{:?} {:?}",
        checked,
        decoded
    );
    if let Ok(checked) = &checked {
        prop_assert_eq!(checked, &link);
    }
    prop_assert_eq!(
        checked == Err(LinkError::TooLong),
        decoded == Err(LinkError::TooLong)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: round_trip_cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// For random states, most beyond one or more limits: `encode_checked` is `Ok(link)`
    /// exactly when the decoder reads `link`.
    #[test]
    fn encode_checked_agrees_with_decode(seed in any::<u64>()) {
        let mut rng = Rng(seed);
        let mut state = random_state(&mut rng);
        for _ in 0..rng.below(4) {
            break_limit(&mut rng, &mut state);
        }
        check_checked(&state)?;
    }
}

/// Three rows no base list has: every row an `a` item, so decode's row errors name `a` as
/// `encode_checked`'s do.
fn plain_state() -> LinkState {
    let rows = ["X1", "X2", "X3"]
        .iter()
        .map(|id| Municipality::new(*id, format!("G{id}"), 100))
        .collect();
    let mut s = default_scenario();
    s.municipalities = rows;
    s.region_name = "R".into();
    LinkState::new(s)
}

/// Each limit at its boundary and one step beyond: `encode_checked` gives what decoding the
/// link gives (the same error, or the link).
#[test]
fn encode_checked_at_each_limit() {
    use LinkError::*;
    type Change = Box<dyn Fn(&mut LinkState)>;
    let range = |k: &str| OutOfRange { key: key(k) };
    let row = |f: fn(&mut Municipality)| -> Change {
        Box::new(move |s: &mut LinkState| f(&mut s.scenario.municipalities[1]))
    };
    let at = |year: i32, half: u8, suitably: u64| -> Change {
        Box::new(move |s: &mut LinkState| {
            let mut r = record(Period { year, half }, "X2", 3);
            r.suitably = suitably;
            s.scenario.monitoring.push(r);
        })
    };
    let cases: Vec<(&str, Change, Result<(), LinkError>)> = vec![
        ("nothing", Box::new(|_| {}), Ok(())),
        (
            "u",
            Box::new(|s| s.scenario.params.urgents = MAX_COUNT),
            Ok(()),
        ),
        (
            "u",
            Box::new(|s| s.scenario.params.urgents = MAX_COUNT + 1),
            Err(range("u")),
        ),
        (
            "gu",
            Box::new(|s| s.scenario.params.urgents_growth = MAX_COUNT),
            Ok(()),
        ),
        (
            "gu",
            Box::new(|s| s.scenario.params.urgents_growth = MAX_COUNT + 1),
            Err(range("gu")),
        ),
        (
            "pm",
            Box::new(|s| s.scenario.params.minimum_bp = 10_000),
            Ok(()),
        ),
        (
            "pm",
            Box::new(|s| s.scenario.params.minimum_bp = 10_001),
            Err(range("pm")),
        ),
        (
            "ps",
            Box::new(|s| s.scenario.params.signal_bp = 10_001),
            Err(range("ps")),
        ),
        (
            "pc",
            Box::new(|s| s.scenario.params.cap_bp = Some(10_000)),
            Ok(()),
        ),
        (
            "pc",
            Box::new(|s| s.scenario.params.cap_bp = Some(10_001)),
            Err(range("pc")),
        ),
        (
            "pr",
            Box::new(|s| s.scenario.params.turnover_bp = u32::MAX),
            Err(range("pr")),
        ),
        (
            "gy",
            Box::new(|s| s.scenario.params.growth_years = 1),
            Ok(()),
        ),
        (
            "gy",
            Box::new(|s| s.scenario.params.growth_years = 30),
            Ok(()),
        ),
        (
            "gy",
            Box::new(|s| s.scenario.params.growth_years = 0),
            Err(range("gy")),
        ),
        (
            "gy",
            Box::new(|s| s.scenario.params.growth_years = 31),
            Err(range("gy")),
        ),
        (
            "n",
            Box::new(|s| s.scenario.region_name = "😀".repeat(100)),
            Ok(()),
        ),
        (
            "n",
            Box::new(|s| s.scenario.region_name = "x".repeat(101)),
            Err(range("n")),
        ),
        ("n", Box::new(|s| s.scenario.region_name.clear()), Ok(())),
        ("N", row(|m| m.name = "é".repeat(100)), Ok(())),
        ("N", row(|m| m.name = "é".repeat(101)), Err(range("a"))),
        ("N", row(|m| m.name.clear()), Err(BadRow { key: key("a") })),
        ("H", row(|m| m.households = MAX_COUNT), Ok(())),
        ("H", row(|m| m.households = MAX_COUNT + 1), Err(range("a"))),
        (
            "V",
            row(|m| m.vacancies = Some(MAX_COUNT + 1)),
            Err(range("a")),
        ),
        (
            "A",
            row(|m| m.extra_vacancies = Some(u64::MAX)),
            Err(range("a")),
        ),
        ("id", row(|m| m.id = "A".repeat(40)), Ok(())),
        (
            "id",
            row(|m| m.id = "A".repeat(41)),
            Err(BadRow { key: key("a") }),
        ),
        ("id", row(|m| m.id.clear()), Err(BadRow { key: key("a") })),
        (
            "id",
            row(|m| m.id = "X_2".into()),
            Err(BadRow { key: key("a") }),
        ),
        (
            "id",
            row(|m| m.id = "X1".into()),
            Err(DuplicateId("X1".into())),
        ),
        (
            "rows",
            Box::new(|s| {
                s.scenario.municipalities = (0..400)
                    .map(|i| Municipality::new(format!("X{i}"), "G", 1))
                    .collect()
            }),
            Ok(()),
        ),
        (
            "rows",
            Box::new(|s| {
                s.scenario.municipalities = (0..401)
                    .map(|i| Municipality::new(format!("X{i}"), "G", 1))
                    .collect()
            }),
            Err(TooManyMunicipalities),
        ),
        ("M", at(2000, 1, MAX_COUNT), Ok(())),
        ("M", at(2100, 2, 0), Ok(())),
        ("M", at(1999, 2, 0), Err(range("M"))),
        ("M", at(2101, 1, 0), Err(range("M"))),
        ("M", at(2026, 0, 0), Err(BadValue { key: key("M") })),
        ("M", at(2026, 3, 0), Err(BadValue { key: key("M") })),
        ("M", at(2026, 1, MAX_COUNT + 1), Err(range("M"))),
        (
            "M not written",
            Box::new(|s| {
                let bad = Period {
                    year: 1999,
                    half: 3,
                };
                s.scenario
                    .monitoring
                    .push(record(bad, "NOT-IN-SCENARIO", 1));
            }),
            Ok(()),
        ),
        (
            "M replaced",
            Box::new(|s| {
                let p = Period {
                    year: 2026,
                    half: 1,
                };
                let mut bad = record(p, "X1", 1);
                bad.housed = u64::MAX;
                s.scenario.monitoring.push(bad.clone());
                s.scenario.monitoring.push(record(p, "X1", 2));
            }),
            Ok(()),
        ),
        (
            "M replacing",
            Box::new(|s| {
                let p = Period {
                    year: 2026,
                    half: 1,
                };
                let mut bad = record(p, "X1", 1);
                bad.housed = u64::MAX;
                s.scenario.monitoring.push(record(p, "X1", 2));
                s.scenario.monitoring.push(bad);
            }),
            Err(range("M")),
        ),
        (
            "tf",
            Box::new(|s| s.theme.font = Some("a".repeat(40))),
            Ok(()),
        ),
        (
            "tf",
            Box::new(|s| s.theme.font = Some("Fira Sans-2".into())),
            Ok(()),
        ),
        (
            "tf",
            Box::new(|s| s.theme.font = Some("a".repeat(41))),
            Err(BadValue { key: key("tf") }),
        ),
        (
            "tf",
            Box::new(|s| s.theme.font = Some(String::new())),
            Err(BadValue { key: key("tf") }),
        ),
        (
            "tf",
            Box::new(|s| s.theme.font = Some("a;b".into())),
            Err(BadValue { key: key("tf") }),
        ),
        ("mg", Box::new(|s| s.mine = Some("X3".into())), Ok(())),
        (
            "mg",
            Box::new(|s| s.mine = Some("X4".into())),
            Err(BadValue { key: key("mg") }),
        ),
        (
            "mg of B",
            Box::new(|s| {
                let mut b = default_scenario();
                b.municipalities.push(Municipality::new("X9", "G", 1));
                s.compare = Some(b);
                s.mine = Some("X9".into());
            }),
            Err(BadValue { key: key("mg") }),
        ),
        (
            "B",
            Box::new(|s| {
                let mut b = plain_state().scenario;
                b.municipalities[0].name.clear();
                s.compare = Some(b);
            }),
            Err(BadRow { key: key("a") }),
        ),
        (
            "length",
            Box::new(|s| *s = state_of_length(MAX_LINK_LEN)),
            Ok(()),
        ),
        (
            "length",
            Box::new(|s| *s = state_of_length(MAX_LINK_LEN + 1)),
            Err(TooLong),
        ),
    ];
    for (what, change, expected) in cases {
        let mut state = plain_state();
        change(&mut state);
        let link = encode(&state);
        assert!(link.starts_with("#evt1;b=0;"), "{what}: {link}");
        let decoded = decode(&link).map(|_| ());
        assert_eq!(decoded, expected, "{what}: decode");
        assert_eq!(encode_checked(&state), expected.map(|()| link), "{what}");
    }
}

/// A state whose link (without `#`) is `len` bytes: rows of long names, then a region name
/// of `x` (1 byte) and spaces (`%20`, 3 bytes) for the last few.
fn state_of_length(len: usize) -> LinkState {
    let mut state = plain_state();
    state.scenario.region_name.clear();
    let length = |state: &LinkState| encode(state).len() - 1;
    let rows = &mut state.scenario.municipalities;
    rows.clear();
    let mut next = 0;
    let mut add = |state: &mut LinkState, name: String| {
        state
            .scenario
            .municipalities
            .push(Municipality::new(format!("L{next}"), name, 1));
        next += 1;
    };
    while length(&state) + 1300 < len {
        add(&mut state, "😀".repeat(100));
    }
    while length(&state) + 300 < len {
        add(&mut state, "x".repeat(100));
    }
    let rest = len - length(&state) - 3;
    state.scenario.region_name = " ".repeat(rest / 3) + &"x".repeat(rest % 3);
    assert_eq!(length(&state), len);
    state
}

/// Where the rows are a base list's (`r<i>` items), `encode_checked` and decoding agree on
/// each row limit too (the key differs: `a` here, the row's `r<i>` in the link).
#[test]
fn encode_checked_on_base_rows() {
    type Change = fn(&mut Municipality);
    let changes: [(Change, bool); 6] = [
        (|m| m.name.clear(), false),
        (|m| m.name = "x".repeat(100), true),
        (|m| m.name = "x".repeat(101), false),
        (|m| m.vacancies = Some(MAX_COUNT), true),
        (|m| m.vacancies = Some(MAX_COUNT + 1), false),
        (|m| m.households = MAX_COUNT + 1, false),
    ];
    for (change, ok) in changes {
        for i in [0, 5, 13] {
            let mut state = LinkState::new(default_scenario());
            change(&mut state.scenario.municipalities[i]);
            let link = encode(&state);
            assert!(link.contains(";b=tw;"), "{link}");
            assert_eq!(decode(&link).is_ok(), ok, "{link}");
            assert_eq!(encode_checked(&state).is_ok(), ok, "{link}");
        }
    }
}

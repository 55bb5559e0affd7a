//! Issue 15, item 1, "any region in one paste": a nine-municipality table of another region
//! (seven municipalities of the national data, two rows of the user's own) pasted into the
//! default Twente scenario becomes the region in one step, in the user's order, with the
//! parameters kept, and gives the same figures as the region typed in row by row.

use evt_core::codec::{apply_as_region, apply_with_new_rows, parse_table, RowRef};
use evt_core::data::{default_scenario, netherlands};
use evt_core::methods::compute_with;
use evt_core::numbers::Lang;
use evt_core::region::{make_region, national, National};
use evt_core::scenario::{Method, Municipality, Scenario};

/// The pasted table, in the user's (not alphabetical) order: name, households, vacated
/// homes, inflow by home municipality. "Vathorst-Noord (wijk)" and "Eemvallei (fusie 2027)"
/// are no CBS municipalities.
const TABLE: &str = "Gemeente\tHuishoudens\tVrijkomende woningen\tInstroom\n\
Soest\t21.035\t290\t40\n\
Amersfoort\t71.875\t1.350\t150\n\
Vathorst-Noord (wijk)\t6.200\t95\t12\n\
Baarn\t11.230\t180\t20\n\
Leusden\t13.750\t165\t18\n\
Eemvallei (fusie 2027)\t14.300\t160\t21\n\
Bunschoten\t8.755\t70\t10\n\
Woudenberg\t5.510\t75\t8\n\
Nijkerk\t18.370\t250\t30\n";

/// The same rows as figures: name, households, vacancies, inflow.
const ROWS: [(&str, u64, u64, u64); 9] = [
    ("Soest", 21_035, 290, 40),
    ("Amersfoort", 71_875, 1_350, 150),
    ("Vathorst-Noord (wijk)", 6_200, 95, 12),
    ("Baarn", 11_230, 180, 20),
    ("Leusden", 13_750, 165, 18),
    ("Eemvallei (fusie 2027)", 14_300, 160, 21),
    ("Bunschoten", 8_755, 70, 10),
    ("Woudenberg", 5_510, 75, 8),
    ("Nijkerk", 18_370, 250, 30),
];

/// The default scenario with the parameters a user of that region typed first: 120 urgent
/// home seekers, minimum 15 %, signal value 22,5 %, cap 25 %, turnover 5,5 %.
fn typed_parameters() -> Scenario {
    let mut s = default_scenario();
    s.params.urgents = 120;
    s.params.signal_bp = 2250;
    s.params.cap_bp = Some(2500);
    s.params.turnover_bp = 550;
    s
}

/// The region as a person types it: every Twente row removed, then nine rows added with
/// "Gemeente toevoegen" (ids `X1`…`X9`) and their figures typed.
fn typed_row_by_row(base: &Scenario) -> Scenario {
    let mut s = base.clone();
    s.municipalities.clear();
    for (name, households, vacancies, origin) in ROWS {
        let mut m = Municipality::new(s.next_added_id(), name, households);
        m.vacancies = Some(vacancies);
        m.origin = Some(origin);
        s.municipalities.push(m);
    }
    s
}

#[test]
fn a_table_of_another_region_is_offered_as_the_region_not_rejected() {
    let base = typed_parameters();
    let p = parse_table(TABLE, &base, Lang::Nl);
    assert!(p.rejected.is_empty(), "{:?}", p.rejected);
    assert!(p.changes.is_empty());
    assert!(!p.fits_region(), "no row is a Twente municipality");
    assert!(p.changes_region(&base));
    assert_eq!(p.new_rows.len(), 9);
    assert_eq!(p.order, (0..9).map(RowRef::New).collect::<Vec<_>>());
    // Seven recognised, with their national id and data; two of the user's own.
    let national: Vec<bool> = p.new_rows.iter().map(|r| r.national).collect();
    assert_eq!(
        national,
        [true, true, false, true, true, false, true, true, true]
    );
    let amersfoort = &p.new_rows[1].municipality;
    assert_eq!(amersfoort.id, "NL-amersfoort");
    assert_eq!(amersfoort.corporation_homes, Some(20_551));
    assert_eq!(amersfoort.vacancies, Some(1_350));
    assert_eq!(p.new_rows[2].municipality.id, "");
}

#[test]
fn one_paste_gives_the_same_figures_as_typing_row_by_row() {
    let base = typed_parameters();
    let pasted = apply_as_region(&parse_table(TABLE, &base, Lang::Nl), &base);
    let typed = typed_row_by_row(&base);

    // The user's order, the names as CBS writes them, the parameters and method kept.
    let names: Vec<&str> = pasted
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    let expected: Vec<&str> = ROWS.iter().map(|r| r.0).collect();
    assert_eq!(names, expected);
    assert_eq!(pasted.params, base.params);
    assert_eq!(pasted.method, base.method);
    assert_eq!(pasted.region_name, base.region_name);
    let ids: Vec<&str> = pasted
        .municipalities
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "NL-soest",
            "NL-amersfoort",
            "X1",
            "NL-baarn",
            "NL-leusden",
            "X2",
            "NL-bunschoten",
            "NL-woudenberg",
            "NL-nijkerk"
        ]
    );

    for method in Method::ALL {
        let a = compute_with(&pasted, method).expect("the pasted region computes");
        let b = compute_with(&typed, method).expect("the typed region computes");
        assert_eq!(a, b, "{method:?}");
    }
    // Not trivially so: the figures fill the region (120 urgent home seekers).
    let outcome = compute_with(&pasted, Method::Households).expect("computes");
    assert_eq!(outcome.totals.targets, 120);
    assert_eq!(outcome.totals.vacancies, 2_635);
}

#[test]
fn a_table_of_the_region_updates_it_and_adds_new_rows_at_the_end() {
    let base = typed_parameters();
    let text = "Gemeente\tHuishoudens\tVrijkomende woningen\n\
                Almelo\t33.370\t700\n\
                Enschede-Zuid (wijk)\t12.000\t200\n\
                Deventer\t\t900\n";
    let p = parse_table(text, &base, Lang::Nl);
    assert!(p.fits_region() && p.changes_region(&base));
    assert_eq!(p.changes.len(), 1);
    let s = apply_with_new_rows(&p, &base);
    assert_eq!(s.municipalities.len(), 16);
    assert_eq!(s.municipalities[14].id, "X1");
    // Deventer is recognised: its national households, the pasted vacancies.
    let deventer = &s.municipalities[15];
    assert_eq!(deventer.id, "NL-deventer");
    let row = netherlands()
        .iter()
        .find(|r| r.name == "Deventer")
        .expect("Deventer");
    assert_eq!(deventer.households, row.households);
    assert_eq!(deventer.vacancies, Some(900));
    assert_eq!(s.params, base.params);
    // As the region, only the three rows remain, in the pasted order.
    let r = apply_as_region(&p, &base);
    let names: Vec<&str> = r.municipalities.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Almelo", "Enschede-Zuid (wijk)", "Deventer"]);
    assert_eq!(r.municipalities[0].vacancies, Some(700));
    // The region itself, pasted as it is: nothing to make.
    let same = parse_table(
        &evt_core::codec::export_inputs_csv(&base, Lang::Nl),
        &base,
        Lang::Nl,
    );
    assert!(!same.changes_region(&base));
}

#[test]
fn national_names_codes_and_ambiguity() {
    let row = |name: &str| netherlands().iter().position(|r| r.name == name);
    assert_eq!(
        national("Amersfoort"),
        National::Row(row("Amersfoort").unwrap_or(0))
    );
    assert_eq!(
        national("GM0153"),
        National::Row(row("Enschede").unwrap_or(0))
    );
    assert_eq!(
        national("den haag"),
        National::Row(row("'s-Gravenhage (gemeente)").unwrap_or(0))
    );
    assert_eq!(national("Bergen"), National::Ambiguous);
    assert_eq!(national("Vathorst-Noord (wijk)"), National::Unknown);
    assert_eq!(national("Gemeente"), National::Unknown);
    assert_eq!(national(""), National::Unknown);
}

#[test]
fn make_region_keeps_parameters_order_and_typed_figures() {
    let mut base = typed_parameters();
    base.municipalities[3].vacancies = Some(1_700); // Enschede, typed
    let enschede = base.municipalities[3].clone();
    let own = Municipality::new("", "Wijk", 500);
    let amersfoort = netherlands()
        .iter()
        .find(|r| r.name == "Amersfoort")
        .map(|r| r.to_municipality())
        .expect("Amersfoort");
    let s = make_region("  Oost  ", &[amersfoort, enschede, own.clone(), own], &base);
    assert_eq!(s.region_name, "Oost");
    assert_eq!(s.params, base.params);
    let ids: Vec<&str> = s.municipalities.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["NL-amersfoort", "GM0153", "X1", "X2"]);
    assert_eq!(s.municipalities[1].vacancies, Some(1_700));
}

#[test]
fn a_new_row_never_takes_the_id_of_an_own_row_further_down() {
    // The region already has an own row `X1` ("Wijk"); the pasted table puts a new row
    // before it. The new row must not become `X1` too, and "Wijk" keeps `X1` (its
    // monitoring figures hang on it).
    let mut base = typed_parameters();
    base.municipalities
        .push(Municipality::new("X1", "Wijk", 500));
    let text = "Gemeente\tHuishoudens\n\
                Nieuwbouwwijk\t800\n\
                Wijk\t500\n\
                Almelo\t33.370\n";
    let p = parse_table(text, &base, Lang::Nl);
    let r = apply_as_region(&p, &base);
    let ids: Vec<(&str, &str)> = r
        .municipalities
        .iter()
        .map(|m| (m.name.as_str(), m.id.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("Nieuwbouwwijk", "X2"),
            ("Wijk", "X1"),
            ("Almelo", "GM0141")
        ]
    );
    let own = Municipality::new("", "Nog een", 10);
    let dup = Municipality::new("X1", "Dubbel", 10);
    let s = make_region("R", &[own, base.municipalities[14].clone(), dup], &base);
    let ids: Vec<&str> = s.municipalities.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["X2", "X1", "X3"]);
}

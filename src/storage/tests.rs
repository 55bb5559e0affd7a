//! Tests of local saving, natively with [`MemoryStore`].

use super::autosave::own_mark;
use super::entries::iso;
use super::*;
use crate::i18n::saved::copy_namer;
use chrono::NaiveDateTime;
use evt_core::data::default_scenario;
use evt_core::numbers::Lang;
use evt_core::scenario::Scenario;

fn at(h: u32, mi: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25)
        .and_then(|d| d.and_hms_opt(h, mi, 0))
        .expect("valid")
}

fn edited(urgents: u64) -> Scenario {
    let mut s = default_scenario();
    s.params.urgents = urgents;
    s
}

fn names(store: &dyn Store) -> Vec<String> {
    list(store).items.into_iter().map(|i| i.name).collect()
}

#[test]
fn autosave_round_trip_and_reload() {
    let store = MemoryStore::new();
    assert_eq!(load_autosave(&store), Ok(None));
    autosave(&store, &edited(900), at(14, 3)).expect("saved");
    let a = load_autosave(&store).expect("readable").expect("present");
    assert_eq!(a.scenario, edited(900));
    assert_eq!(a.saved_at, at(14, 3));
    // A reload without a link opens the autosaved work.
    let s = startup(&store, None, at(15, 0));
    assert_eq!(s.scenario_to_open, edited(900));
    assert_eq!((s.kept_unsaved, s.problem), (None, None));
    assert!(s.autosave_allowed);
}

#[test]
fn first_start_opens_the_default() {
    let s = startup(&MemoryStore::new(), None, at(9, 0));
    assert_eq!(s.scenario_to_open, default_scenario());
    assert_eq!((s.kept_unsaved, s.problem), (None, None));
}

#[test]
fn link_wins_and_keeps_unsaved_work() {
    let store = MemoryStore::new();
    autosave(&store, &edited(900), at(14, 3)).expect("saved");
    let s = startup(&store, Some(edited(1000)), at(15, 0));
    assert_eq!(s.scenario_to_open, edited(1000));
    let kept = s.kept_unsaved.expect("kept");
    assert_eq!(
        kept.saved_at,
        at(14, 3),
        "labelled with the work's own time"
    );
    let items = list(&store).items;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id, kept.id);
    assert_eq!(items[0].kind, Kind::UnsavedWork);
    assert_eq!(items[0].scenario, edited(900));
    assert!(s.autosave_allowed);
    // Opening the same link again adds nothing more.
    let again = startup(&store, Some(edited(1000)), at(15, 1));
    assert_eq!(again.kept_unsaved, None);
    assert_eq!(list(&store).items.len(), 1);
}

#[test]
fn link_keeps_nothing_that_is_already_safe() {
    let store = MemoryStore::new();
    // Same as the link.
    autosave(&store, &edited(1000), at(14, 0)).expect("saved");
    assert_eq!(
        startup(&store, Some(edited(1000)), at(15, 0)).kept_unsaved,
        None
    );
    // Same as a saved scenario.
    save_as(&store, "Variant", &edited(900), at(14, 1)).expect("saved");
    autosave(&store, &edited(900), at(14, 2)).expect("saved");
    assert_eq!(
        startup(&store, Some(edited(1000)), at(15, 0)).kept_unsaved,
        None
    );
    // The untouched default: not stored at all.
    autosave(&store, &default_scenario(), at(14, 3)).expect("saved");
    assert_eq!(store.get(AUTOSAVE_KEY), Ok(None));
    assert_eq!(
        startup(&store, Some(edited(1000)), at(15, 0)).kept_unsaved,
        None
    );
    assert_eq!(list(&store).items.len(), 1);
}

#[test]
fn save_as_validates_names() {
    let store = MemoryStore::new();
    let s = default_scenario();
    let item = save_as(&store, "  Variant A  ", &s, at(10, 0)).expect("saved");
    assert_eq!(item.name, "Variant A");
    assert_eq!(item.kind, Kind::Named);
    assert_eq!(
        save_as(&store, "   ", &s, at(10, 1)),
        Err(OpError::Name(NameError::Empty))
    );
    assert_eq!(
        save_as(&store, "variant a", &s, at(10, 1)),
        Err(OpError::Name(NameError::Taken))
    );
    let long = "x".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        save_as(&store, &long, &s, at(10, 1)),
        Err(OpError::Name(NameError::TooLong))
    );
    let max = "é".repeat(MAX_NAME_CHARS);
    assert!(
        save_as(&store, &max, &s, at(10, 1)).is_ok(),
        "chars, not bytes"
    );
    assert_eq!(names(&store), vec![max, "Variant A".to_string()]);
}

#[test]
fn ids_are_unique_and_stable() {
    let store = MemoryStore::new();
    let a = save_as(&store, "A", &edited(1), at(10, 0)).expect("saved");
    let b = save_as(&store, "B", &edited(2), at(10, 0)).expect("saved");
    assert_ne!(a.id, b.id);
    rename(&store, &a.id, "C").expect("renamed");
    assert_eq!(open(&store, &a.id).expect("found").name, "C");
}

#[test]
fn open_rename_delete() {
    let store = MemoryStore::new();
    let a = save_as(&store, "A", &edited(900), at(10, 0)).expect("saved");
    save_as(&store, "B", &edited(901), at(10, 1)).expect("saved");
    assert_eq!(open(&store, &a.id).expect("found").scenario, edited(900));
    assert_eq!(open(&store, "nope"), Err(OpError::NotFound));
    assert_eq!(
        rename(&store, &a.id, "b"),
        Err(OpError::Name(NameError::Taken))
    );
    assert_eq!(
        rename(&store, &a.id, " a ")
            .expect("same name, other case")
            .name,
        "a"
    );
    assert_eq!(rename(&store, "nope", "Z"), Err(OpError::NotFound));
    assert_eq!(delete(&store, &a.id).expect("deleted").name, "a");
    assert_eq!(delete(&store, &a.id), Err(OpError::NotFound));
    assert_eq!(names(&store), vec!["B"]);
}

#[test]
fn renaming_unsaved_work_makes_it_named() {
    let store = MemoryStore::new();
    let kept = keep_unsaved(&store, &edited(900), at(9, 0), at(10, 0))
        .expect("ok")
        .expect("kept");
    let item = rename(&store, &kept.id, "Mijn werk").expect("renamed");
    assert_eq!((item.kind, item.name.as_str()), (Kind::Named, "Mijn werk"));
}

#[test]
fn duplicate_makes_unique_copy_names() {
    let store = MemoryStore::new();
    let a = save_as(&store, "Plan", &edited(900), at(10, 0)).expect("saved");
    let c1 = duplicate(&store, &a.id, &copy_namer(Lang::Nl), at(10, 1)).expect("copied");
    let c2 = duplicate(&store, &a.id, &copy_namer(Lang::Nl), at(10, 1)).expect("copied");
    let c3 = duplicate(&store, &a.id, &copy_namer(Lang::En), at(10, 2)).expect("copied");
    assert_eq!(c1.name, "Plan (kopie)");
    assert_eq!(c2.name, "Plan (kopie 2)");
    assert_eq!(c3.name, "Plan (copy)");
    assert_eq!(c1.scenario, edited(900));
    assert_ne!(c1.id, c2.id);
    // Long names are shortened to fit.
    let long = save_as(&store, &"n".repeat(80), &edited(1), at(11, 0)).expect("saved");
    let copy = duplicate(&store, &long.id, &copy_namer(Lang::Nl), at(11, 1)).expect("copied");
    assert_eq!(copy.name.chars().count(), MAX_NAME_CHARS);
    assert!(copy.name.ends_with("… (kopie)"), "{}", copy.name);
    // Unsaved work is copied under its label.
    let kept = keep_unsaved(&store, &edited(5), at(14, 3), at(15, 0))
        .expect("ok")
        .expect("kept");
    let copy = duplicate(&store, &kept.id, &copy_namer(Lang::Nl), at(15, 1)).expect("copied");
    assert_eq!(copy.name, "niet-opgeslagen werk (25-11-2026 14:03) (kopie)");
    assert_eq!(copy.kind, Kind::Named);
    assert_eq!(
        duplicate(&store, "nope", &copy_namer(Lang::Nl), at(15, 2)),
        Err(OpError::NotFound)
    );
}

#[test]
fn disabled_storage_reports_and_the_app_still_starts() {
    let store = MemoryStore::disabled();
    let s = startup(&store, None, at(9, 0));
    assert_eq!(s.scenario_to_open, default_scenario());
    assert_eq!(s.problem, Some(Problem::Storage(StorageError::Unavailable)));
    let s = startup(&store, Some(edited(1000)), at(9, 0));
    assert_eq!(s.scenario_to_open, edited(1000), "the link still opens");
    assert_eq!(
        autosave(&store, &edited(1), at(9, 0)),
        Err(StorageError::Unavailable)
    );
    assert_eq!(
        save_as(&store, "A", &edited(1), at(9, 0)),
        Err(OpError::Problem(Problem::Storage(
            StorageError::Unavailable
        )))
    );
    assert_eq!(
        list(&store).problem,
        Some(Problem::Storage(StorageError::Unavailable))
    );
}

#[test]
fn full_storage_is_reported_and_nothing_is_lost() {
    let store = MemoryStore::with_quota(200);
    // (The untouched default is never written: it is work of one's own that fills up.)
    assert_eq!(
        autosave(&store, &edited(900), at(9, 0)),
        Err(StorageError::Full)
    );
    assert_eq!(
        save_as(&store, "A", &default_scenario(), at(9, 0)),
        Err(OpError::Problem(Problem::Storage(StorageError::Full)))
    );
    assert_eq!(store.raw(SAVED_KEY), None);
}

#[test]
fn link_with_full_storage_keeps_the_autosave_untouched() {
    let mut store = MemoryStore::new();
    autosave(&store, &edited(900), at(14, 3)).expect("saved");
    let before = store.raw(AUTOSAVE_KEY);
    store.set_quota(Some(10));
    let s = startup(&store, Some(edited(1000)), at(15, 0));
    assert_eq!(s.scenario_to_open, edited(1000));
    assert_eq!(s.kept_unsaved, None);
    assert_eq!(s.problem, Some(Problem::Storage(StorageError::Full)));
    assert!(
        !s.autosave_allowed,
        "the unkept work must not be overwritten"
    );
    assert_eq!(store.raw(AUTOSAVE_KEY), before);
}

#[test]
fn corrupt_list_is_backed_up_not_overwritten_silently() {
    let store = MemoryStore::new();
    store.put(SAVED_KEY, "{not json");
    let l = list(&store);
    assert!(l.items.is_empty());
    assert_eq!(
        l.problem,
        Some(Problem::Unreadable {
            key: SAVED_KEY,
            backed_up: true
        })
    );
    let backup = format!("{SAVED_KEY}{BACKUP_SUFFIX}.fx");
    assert_eq!(store.raw(&backup).as_deref(), Some("{not json"));
    // Writing now is safe: the damaged text is in the backup.
    save_as(&store, "A", &edited(1), at(9, 0)).expect("saved");
    assert_eq!(names(&store), vec!["A"]);
    assert_eq!(list(&store).problem, None);
    assert_eq!(store.raw(&backup).as_deref(), Some("{not json"));
    // Startup reports it.
    store.put(SAVED_KEY, "[]");
    assert!(matches!(
        startup(&store, None, at(9, 0)).problem,
        Some(Problem::Unreadable { .. })
    ));
}

#[test]
fn unreadable_list_without_room_for_a_backup_is_left_alone() {
    let mut store = MemoryStore::new();
    store.put(SAVED_KEY, "garbage garbage garbage");
    store.set_quota(Some(30));
    assert_eq!(
        list(&store).problem,
        Some(Problem::Unreadable {
            key: SAVED_KEY,
            backed_up: false
        })
    );
    assert!(matches!(
        save_as(&store, "A", &edited(1), at(9, 0)),
        Err(OpError::Problem(Problem::Unreadable {
            backed_up: false,
            ..
        }))
    ));
    assert_eq!(
        store.raw(SAVED_KEY).as_deref(),
        Some("garbage garbage garbage")
    );
}

#[test]
fn damaged_entries_are_skipped_and_the_rest_kept() {
    let store = MemoryStore::new();
    save_as(&store, "Good", &edited(1), at(9, 0)).expect("saved");
    let raw = store.raw(SAVED_KEY).expect("written");
    let damaged = raw.replacen(r#""items":["#, r#""items":[{"id":"x","name":3},"#, 1);
    store.put(SAVED_KEY, &damaged);
    let l = list(&store);
    assert_eq!(
        l.items.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(),
        vec!["Good"]
    );
    assert!(matches!(
        l.problem,
        Some(Problem::Unreadable {
            backed_up: true,
            ..
        })
    ));
}

#[test]
fn newer_format_is_not_read_and_is_backed_up() {
    let store = MemoryStore::new();
    store.put(SAVED_KEY, r#"{"format":2,"items":[]}"#);
    assert!(matches!(
        list(&store).problem,
        Some(Problem::Unreadable {
            backed_up: true,
            ..
        })
    ));
}

#[test]
fn corrupt_autosave_opens_default_and_is_backed_up() {
    let store = MemoryStore::new();
    store.put(AUTOSAVE_KEY, "{\"format\":1,\"saved_at\":\"nonsense\"}");
    let s = startup(&store, None, at(9, 0));
    assert_eq!(s.scenario_to_open, default_scenario());
    assert_eq!(
        s.problem,
        Some(Problem::Unreadable {
            key: AUTOSAVE_KEY,
            backed_up: true
        })
    );
    assert!(s.autosave_allowed, "backed up, so it may be overwritten");
    assert!(store
        .raw(&format!("{AUTOSAVE_KEY}{BACKUP_SUFFIX}.f1"))
        .is_some());
}

#[test]
fn iso_dates_round_trip() {
    let t = at(14, 3);
    assert_eq!(iso::format(&t), "2026-11-25T14:03:00");
    assert_eq!(iso::parse("2026-11-25T14:03:00"), Some(t));
    assert_eq!(iso::parse("2026-13-25T14:03:00"), None);
    assert_eq!(iso::parse("x"), None);
}

#[test]
fn store_ref_equality_is_identity() {
    let a = StoreRef::new(MemoryStore::new());
    assert_eq!(a, a.clone());
    assert_ne!(a, StoreRef::new(MemoryStore::new()));
    assert_eq!(StoreRef::browser(), StoreRef::browser());
}

fn tab<'a>(id: &'a str, session: &'a MemoryStore) -> Tab<'a> {
    Tab { id, session }
}

fn unsaved(store: &dyn Store) -> Vec<(Scenario, Option<String>)> {
    list(store)
        .items
        .into_iter()
        .filter(|i| i.kind == Kind::UnsavedWork)
        .map(|i| (i.scenario, i.from_tab))
        .collect()
}

#[test]
fn two_tabs_editing_and_closing_lose_neither_tabs_work() {
    // Two links opened from an e-mail in two tabs, edited alternately, both closed.
    let store = MemoryStore::new();
    let (sa, sb) = (MemoryStore::new(), MemoryStore::new());
    let (a, b) = (tab("ta", &sa), tab("tb", &sb));
    startup_in_tab(&store, Some(&a), Some(edited(901)), at(9, 0));
    startup_in_tab(&store, Some(&b), Some(edited(902)), at(9, 0));
    for (i, minute) in (1..=6).enumerate() {
        let n = 910 + i as u64;
        let (t, s) = if i % 2 == 0 {
            (&a, edited(n))
        } else {
            (&b, edited(n + 100))
        };
        autosave_in_tab(&store, t, &s, at(9, minute)).expect("written");
    }
    // Last edits: A 914, B 1015 (written last, in the slot).
    let slot = load_autosave(&store).expect("ok").expect("present");
    assert_eq!(slot.scenario, edited(1015));
    // A's newest work is in the list once (each newer version replaced the older one);
    // B's older versions left the list when B wrote its newer work into the slot.
    assert_eq!(unsaved(&store), vec![(edited(914), Some("ta".into()))]);
    // Reloading either tab opens its own work.
    let ra = startup_in_tab(&store, Some(&a), None, at(10, 0));
    assert_eq!(ra.scenario_to_open, edited(914));
    let rb = startup_in_tab(&store, Some(&b), None, at(10, 0));
    assert_eq!(rb.scenario_to_open, edited(1015));
    // A new tab opens the latest work; the other tab's is in the list.
    let sc = MemoryStore::new();
    let c = startup_in_tab(&store, Some(&tab("tc", &sc)), None, at(10, 1));
    assert_eq!(c.scenario_to_open, edited(1015));
}

#[test]
fn another_tabs_work_is_not_overwritten_when_it_cannot_be_kept() {
    let mut store = MemoryStore::new();
    let (sa, sb) = (MemoryStore::new(), MemoryStore::new());
    autosave_in_tab(&store, &tab("tb", &sb), &edited(902), at(9, 0)).expect("written");
    let before = store.raw(AUTOSAVE_KEY);
    store.set_quota(Some(before.as_ref().map_or(0, |b| b.len()) + 40));
    let r = autosave_in_tab(&store, &tab("ta", &sa), &edited(901), at(9, 1));
    assert_eq!(r, Err(StorageError::Full));
    assert_eq!(
        store.raw(AUTOSAVE_KEY),
        before,
        "B's work stays in the slot"
    );
    // A's own copy is in its session all the same.
    assert!(sa.raw(TAB_WORK_KEY).is_some());
}

#[test]
fn the_same_tab_overwrites_its_own_work_without_copies() {
    let store = MemoryStore::new();
    let sa = MemoryStore::new();
    for n in 1..=5 {
        let kept = autosave_in_tab(&store, &tab("ta", &sa), &edited(900 + n), at(9, 0));
        assert_eq!(kept, Ok(None));
    }
    assert!(list(&store).items.is_empty());
    // Slots of older releases (no tab recorded) count as this tab's.
    store.put(
        AUTOSAVE_KEY,
        &store
            .raw(AUTOSAVE_KEY)
            .expect("x")
            .replace(",\"tab\":\"ta\"", ""),
    );
    assert_eq!(
        autosave_in_tab(&store, &tab("tz", &sa), &edited(1), at(9, 1)),
        Ok(None)
    );
}

#[test]
fn a_link_opened_by_reloading_a_tab_keeps_that_tabs_work() {
    let store = MemoryStore::new();
    let sa = MemoryStore::new();
    autosave_in_tab(&store, &tab("ta", &sa), &edited(901), at(9, 0)).expect("written");
    // Another tab's work in the slot (that tab is still open); it kept ta's 901.
    autosave_in_tab(
        &store,
        &tab("tb", &MemoryStore::new()),
        &edited(902),
        at(9, 1),
    )
    .expect("written");
    let s = startup_in_tab(&store, Some(&tab("ta", &sa)), Some(edited(5)), at(9, 5));
    assert_eq!(s.scenario_to_open, edited(5));
    assert!(s.kept_unsaved.is_some());
    // Both kept: this tab's own work for good (no longer a copy tb supersedes), the other
    // tab's until it writes again.
    let mut kept = unsaved(&store);
    kept.sort_by_key(|(s, _)| s.params.urgents);
    assert_eq!(
        kept,
        vec![(edited(901), None), (edited(902), Some("tb".into()))]
    );
    autosave_in_tab(
        &store,
        &tab("tb", &MemoryStore::new()),
        &edited(903),
        at(9, 6),
    )
    .expect("written");
    assert_eq!(unsaved(&store), vec![(edited(901), None)]);
}

#[test]
fn a_tab_recognises_its_own_slot_without_parsing_it() {
    let store = MemoryStore::new();
    let sa = MemoryStore::new();
    autosave_in_tab(&store, &tab("ta", &sa), &edited(901), at(9, 0)).expect("written");
    let raw = store.raw(AUTOSAVE_KEY).expect("written");
    assert!(raw.ends_with(&own_mark("ta")), "{raw}");
    assert!(!raw.ends_with(&own_mark("t")));
    // The session copy is the same envelope.
    assert_eq!(sa.raw(TAB_WORK_KEY), Some(raw));
}

#[test]
fn tab_ids_survive_a_reload() {
    let session = MemoryStore::new();
    let id = tab_id(&session, || "t1".into());
    assert_eq!(id, "t1");
    assert_eq!(tab_id(&session, || "t2".into()), "t1");
    assert_eq!(tab_id(&MemoryStore::disabled(), || "t3".into()), "t3");
}

#[test]
fn unsaved_work_is_bounded_and_named_scenarios_are_not() {
    let store = MemoryStore::new();
    save_as(&store, "Named", &edited(1), at(8, 0)).expect("saved");
    for n in 0..15 {
        keep_unsaved(&store, &edited(100 + n), at(9, n as u32), at(9, n as u32)).expect("kept");
    }
    let items = list(&store).items;
    let kept: Vec<u64> = items
        .iter()
        .filter(|i| i.kind == Kind::UnsavedWork)
        .map(|i| i.scenario.params.urgents)
        .collect();
    assert_eq!(kept, (105..115).rev().collect::<Vec<_>>(), "the newest ten");
    assert!(items.iter().any(|i| i.name == "Named"));
    assert_eq!(items.len(), MAX_UNSAVED + 1);
}

#[test]
fn backups_are_kept_per_format_version() {
    let store = MemoryStore::new();
    store.put(AUTOSAVE_KEY, r#"{"format":2,"future":true}"#);
    assert!(load_autosave(&store).is_err());
    // A second unreadable payload, of another format, does not replace the first.
    store.put(AUTOSAVE_KEY, "{damaged");
    assert!(load_autosave(&store).is_err());
    assert_eq!(
        store.raw(&format!("{AUTOSAVE_KEY}.backup.f2")).as_deref(),
        Some(r#"{"format":2,"future":true}"#)
    );
    assert_eq!(
        store.raw(&format!("{AUTOSAVE_KEY}.backup.fx")).as_deref(),
        Some("{damaged")
    );
    assert_eq!(
        backup_key(SAVED_KEY, r#"{"format":1}"#),
        "evt.v1.saved.backup.f1"
    );
}

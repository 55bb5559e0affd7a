//! `<App>`: the editor provider, the language, the page layout.
use crate::address::{opening, NAV, PUBLIC_NAV};
use crate::components::chart::Chart;
use crate::components::chart_table::ChartTable;
#[cfg(evt_full)]
use crate::components::compare::{Choice, Compare};
use crate::components::data_tools::{clipboard_text, DataTools};
use crate::components::explanation::Explanation;
#[cfg(evt_full)]
use crate::components::growth_view::GrowthView;
use crate::components::input_table::InputTable;
use crate::components::later::Later;
#[cfg(evt_full)]
use crate::components::map::Map;
#[cfg(evt_full)]
use crate::components::map_card::MapCard;
#[cfg(evt_full)]
use crate::components::monitoring_view::{use_monitoring_keep, MonitoringKeep, MonitoringView};
#[cfg(not(evt_full))]
use crate::components::on_demand::{OnDemand, OnDemandPanel};
use crate::components::params::Params;
use crate::components::print_report::{PrintHub, PrintReport};
#[cfg(evt_full)]
use crate::components::region_builder::RegionBuilder;
use crate::components::results_table::ResultsTable;
#[cfg(evt_full)]
use crate::components::saved::{open_keeping_work, Saved};
use crate::components::share::Share;
use crate::components::summary::Summary;
use crate::components::what_if::WhatIf;
use crate::components::EditorCtx;
use crate::hooks::{
    app_session, app_store, use_before_print, use_hash_change, use_history_views, use_live_link,
    use_page_hide, use_shortcuts, Flush, HashChangeWork, PageSetters, StorageNote,
};
use crate::i18n::page::{link_error, notice_text, page_texts, view_name};
use crate::i18n::validation::problems;
use crate::i18n::Texts;
use crate::state::{Action, Editor};
use crate::storage;
use crate::view::result_rows;
use crate::web::EXPLANATION_PAGE;
use evt_core::codec::link::{self, LinkState, View};
use evt_core::numbers::Lang;
#[cfg(evt_full)]
use evt_core::Scenario;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    // Opened once: the link in the address (if any) wins over local work, which is kept in
    // "Mijn scenario's" rather than overwritten.
    let store = app_store();
    // This tab: its id and its own copy of the work (storage module, "Several tabs").
    let session = app_session();
    let tab_id = use_memo((), |_| storage::tab_id(&*session, crate::web::fresh_tab_id));
    let opening = use_memo((), |_| {
        let hash = crate::web::location_hash();
        let opening = opening(&crate::web::location_path(), &hash);
        // A link that cannot be opened replaces nothing: the visitor's own work opens (or the
        // default when there is none), with the message saying which.
        let link =
            (opening.from_link && opening.error.is_none()).then(|| opening.state.scenario.clone());
        let tab = storage::Tab {
            id: &tab_id,
            session: &*session,
        };
        let mut startup = storage::startup_in_tab(&*store, Some(&tab), link, storage::now());
        // A full module taking over from the first one: that one opened the link and kept
        // the work it replaced; say so again here (the work is in the list already).
        if let Some(id) = crate::takeover::take_start_kept() {
            startup.kept_unsaved = startup.kept_unsaved.or_else(|| {
                let items = storage::list(&*store).items;
                let item = items.into_iter().find(|i| i.id == id)?;
                Some(storage::Kept {
                    id: item.id,
                    saved_at: item.saved_at,
                })
            });
        }
        crate::takeover::remember_kept(startup.kept_unsaved.as_ref().map(|k| k.id.clone()));
        (opening, startup)
    });
    let (opening, startup) = (&opening.0, &opening.1);
    // Once every part has rendered, the app replaces the page prerendered at build time
    // (scripts/post-build.sh; see crate::boot); a full module taking over from the first one
    // then focuses or opens what was asked for.
    use_effect_with((), |_| {
        crate::takeover::take_over_when_ready(|| match crate::takeover::take_start_focus() {
            Some(id) if id.ends_with("-panel") => crate::web::open_details(&id),
            Some(id) => crate::web::focus(&id),
            None => {}
        });
    });
    let editor = use_reducer(|| {
        let fresh = || {
            Editor::new(
                startup.scenario_to_open.clone(),
                opening.state.lang.unwrap_or(Lang::Nl),
            )
        };
        // The full module taking over: the first one's editor, with what was typed.
        #[cfg(evt_full)]
        let editor = crate::takeover::take_start_session()
            .and_then(|s| Editor::restore(&s))
            .unwrap_or_else(fresh);
        #[cfg(not(evt_full))]
        let editor = fresh();
        editor
    });
    let storage_problem = use_state(|| None::<storage::Problem>);
    // What the storage line says: the work kept when a link opened (at the start or later,
    // pasted into the address bar), or another tab's work kept, and any problem doing so.
    let storage_note = use_state(|| StorageNote {
        kept: startup.kept_unsaved.clone(),
        other_tab: false,
        problem: startup.problem.clone(),
    });
    // Cleared when work could not be kept: from then on nothing overwrites it.
    let autosave_allowed = use_mut_ref(|| startup.autosave_allowed);
    // Typed monitoring text survives switching views.
    #[cfg(evt_full)]
    let monitoring_keep = use_monitoring_keep();
    let lang = editor.lang;
    let t = Texts::get(lang);
    let pt = page_texts(lang);
    // A public (e=1) link to a view the public mode does not have opens the answer.
    let view = use_state(|| match opening.state.view {
        v if opening.state.embed && !PUBLIC_NAV.contains(&v) => View::Calculator,
        v => v,
    });
    // Bumped when the compare view keeps work in "Mijn scenario's", so its list is read again.
    #[cfg(evt_full)]
    let saved_revision = use_state(|| 0u32);
    let compare_b = use_state(|| {
        opening
            .state
            .compare
            .clone()
            .map(|s| (None::<AttrValue>, Rc::new(s)))
    });
    let link_problem = use_state(|| {
        let opened_default = startup.scenario_to_open == evt_core::data::default_scenario();
        opening.error.clone().map(|e| (e, opened_default))
    });
    let page = use_state(|| (opening.state.embed, opening.state.theme.clone()));
    // The prerendered page took the public layout from web/early.js; from now on the app's
    // own mode decides (a link with e=1 that failed to open is not the public mode).
    use_effect_with(page.0, |embed| {
        crate::web::set_root_class("evt-embed", *embed)
    });
    let show_optional = use_state(|| false);
    // "Mijn gemeente" (the link's `mg`): one municipality shown first.
    // A link says it (or says none); a visit without a link uses this browser's choice.
    let mine = use_state(|| {
        let kept = || storage::mine(&*store, &startup.scenario_to_open);
        if opening.from_link {
            opening.state.mine.clone()
        } else {
            kept()
        }
        .map(AttrValue::from)
    });
    let chart_as_table = use_state(|| false);
    // A block pasted onto the input table goes to the paste preview (never applied at once).
    // (Also the table the first module handed over to this, the full one.)
    let pasted = use_state(|| crate::takeover::take_start_text().map(AttrValue::from));
    let printed = use_state(|| chrono::Local::now().naive_local());

    {
        let title = t.title;
        use_effect_with(lang, move |lang| {
            crate::web::set_document_lang(lang.code());
            crate::web::set_title(title);
        });
    }
    use_shortcuts(editor.dispatcher());
    {
        let theme = page.1.clone();
        use_effect_with(theme, |theme| {
            crate::web::set_theme(
                theme
                    .primary
                    .map(|c| {
                        let c = evt_core::theme::accessible_primary(c);
                        evt_core::theme::hex(c)
                    })
                    .as_deref(),
                theme.font.as_deref(),
            );
        });
    }

    // The link of the current state, built on demand.
    let link_of = {
        let editor = editor.clone();
        let view = *view;
        let compare_b = (*compare_b).clone();
        let page = (*page).clone();
        // Only a municipality that is (still) in the scenario.
        let mine = (*mine).clone().filter(|id| {
            editor
                .scenario()
                .municipalities
                .iter()
                .any(|m| m.id == **id)
        });
        move |embed: bool, for_view: Option<View>| {
            let view = for_view.unwrap_or(view);
            // The public mode has the answer, the map and the explanation only.
            let view = if embed && !PUBLIC_NAV.contains(&view) {
                View::Calculator
            } else {
                view
            };
            let compare_b = if embed { None } else { compare_b.clone() };
            link::encode(&LinkState {
                scenario: editor.scenario().clone(),
                // In the compare view B is always in the link (the default when none was
                // picked), so the comparison link shows the same two scenarios.
                compare: match (&compare_b, view) {
                    (Some((_, b)), _) => Some((**b).clone()),
                    (None, View::Compare) => Some(evt_core::data::default_scenario()),
                    (None, _) => None,
                },
                lang: Some(editor.lang),
                view,
                embed,
                theme: page.1.clone(),
                mine: mine.as_ref().map(|m| m.to_string()),
            })
        }
    };
    let written = use_mut_ref(String::new);
    let print_hub: PrintHub = use_mut_ref(|| None);
    // Writes the link into the address bar and autosaves: 300 ms after the last change, and
    // at once when the page is hidden (reload, closing the tab), so no edit is lost.
    let flush: Flush = {
        let link_of = link_of.clone();
        let written = written.clone();
        let print_hub = print_hub.clone();
        let editor = editor.clone();
        let autosave = autosave_allowed.clone();
        let page_embed = page.0;
        let set_problem = storage_problem.setter();
        let (store, session, tab_id) = (store.clone(), session.clone(), tab_id.clone());
        let note = storage_note.clone();
        #[cfg(evt_full)]
        let saved_revision = saved_revision.clone();
        Rc::new(move || {
            let hash = link_of(page_embed, None);
            // A scenario the link format cannot carry (a name cleared while typing) leaves
            // the address without a hash, so a reload opens the autosaved work instead.
            if link::decode(&hash).is_ok() {
                crate::web::replace_hash(&hash);
                // The printed report's link: the full calculator, not the public mode.
                let report = print_hub.borrow().clone();
                if let Some(report) = report {
                    let full = if page_embed {
                        link_of(false, None)
                    } else {
                        hash.clone()
                    };
                    report.emit(crate::web::app_url("", &full));
                }
                *written.borrow_mut() = hash;
            } else {
                crate::web::clear_hash();
                written.borrow_mut().clear();
                // No link for this scenario: none on paper either (not the previous one).
                let report = print_hub.borrow().clone();
                if let Some(report) = report {
                    report.emit(String::new());
                }
            }
            if *autosave.borrow() {
                let tab = storage::Tab {
                    id: &tab_id,
                    session: &*session,
                };
                match storage::autosave_in_tab(&*store, &tab, editor.scenario(), storage::now()) {
                    Ok(kept) => {
                        set_problem.set(None);
                        #[cfg(evt_full)]
                        if kept.is_some() {
                            saved_revision.set(*saved_revision + 1);
                        }
                        // Another tab's work was kept rather than overwritten: said once.
                        if kept.is_some() && !note.other_tab {
                            note.set(StorageNote {
                                kept,
                                other_tab: true,
                                problem: None,
                            });
                        }
                    }
                    Err(e) => set_problem.set(Some(storage::Problem::Storage(e))),
                }
            }
        })
    };
    let latest_flush = use_mut_ref(|| None::<Flush>);
    *latest_flush.borrow_mut() = Some(flush.clone());
    // The views and panels of the second module write the state into the address before it
    // takes over (components::on_demand).
    let flush_callback = {
        let latest = latest_flush.clone();
        Callback::from(move |()| {
            let flush = latest.borrow().clone();
            if let Some(f) = flush {
                f();
            }
        })
    };
    // When the full module takes over: the state as it is then (also edits made while it
    // loaded), written into the address and returned with what the link cannot carry.
    #[cfg(not(evt_full))]
    {
        let (flush, editor) = (flush_callback.clone(), editor.clone());
        crate::takeover::on_handover(move || {
            flush.emit(());
            editor.session()
        });
    }
    use_live_link(
        (
            editor.revision,
            lang,
            *view,
            compare_b.as_ref().map(|(_, b)| b.clone()),
            (*mine).clone(),
        ),
        flush,
    );
    use_page_hide(latest_flush.clone());
    use_history_views(view.setter(), written.clone());
    let latest_editor = use_mut_ref(|| None::<UseReducerHandle<Editor>>);
    *latest_editor.borrow_mut() = Some(editor.clone());
    use_hash_change(
        store.clone(),
        editor.dispatcher(),
        PageSetters {
            view: view.setter(),
            compare: compare_b.setter(),
            problem: link_problem.setter(),
            mine: mine.setter(),
            page: page.setter(),
            note: storage_note.setter(),
            #[cfg(evt_full)]
            saved_revision: saved_revision.clone(),
        },
        HashChangeWork {
            editor: latest_editor,
            autosave_allowed: autosave_allowed.clone(),
        },
        written,
    );
    let make_link = {
        let link_of = link_of.clone();
        let link_of = link_of.clone();
        Callback::from(move |embed: bool| link_of(embed, None))
    };

    let rows = use_memo(editor.last_valid.clone(), |c| {
        Rc::new(c.as_ref().map(|c| result_rows(c)).unwrap_or_default())
    });
    let stale = !editor.is_current();

    let on_lang = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            editor.dispatch(Action::SetLang(match editor.lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }))
        })
    };
    let simple = |action: Action| {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(action.clone()))
    };
    let toggle_chart = {
        let v = chart_as_table.clone();
        Callback::from(move |_: MouseEvent| v.set(!*v))
    };
    // Activating a bar opens that municipality's "Hoe berekend?" in the results table.
    let on_select_bar = use_callback((), |id: String, _| {
        crate::web::open_details(&format!("explain-{id}"))
    });
    // Activating a map tile shows that municipality's figures on the map.
    #[cfg(evt_full)]
    let map_pick = use_state(|| None::<AttrValue>);
    #[cfg(evt_full)]
    let on_map_select = {
        let map_pick = map_pick.clone();
        Callback::from(move |id: String| {
            map_pick.set(Some(id.into()));
            // In view (on a phone it is under the map); focus stays on the tile, whose
            // figures the details line announces.
            #[cfg(target_arch = "wasm32")]
            gloo::timers::callback::Timeout::new(0, || crate::web::reveal("map-card")).forget();
        })
    };
    #[cfg(evt_full)]
    let on_map_card_close = {
        let map_pick = map_pick.clone();
        Callback::from(move |()| {
            // Back to the tile the card was about (the button that had focus is gone).
            if let Some(id) = (*map_pick).clone() {
                crate::web::focus(&format!("map-tile-{id}"));
            }
            map_pick.set(None)
        })
    };
    let toggle_optional = {
        let show = show_optional.clone();
        Callback::from(move |_: MouseEvent| show.set(!*show))
    };

    let on_table_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: Event| {
            if let Some(text) = clipboard_text(&e) {
                if text.contains('\n') || text.contains('\t') {
                    e.prevent_default();
                    pasted.set(Some(text.into()));
                }
            }
        })
    };
    let on_pasted_consumed = {
        let pasted = pasted.clone();
        Callback::from(move |_| pasted.set(None))
    };
    use_before_print(printed.setter(), latest_flush.clone());
    let params_line = crate::components::params::params_line(editor.scenario(), lang);

    let problem_list = editor.problem.as_ref().map(|p| {
        let s = editor.scenario();
        problems(p, |id| s.name_of(id), lang)
    });
    let notice = editor.notice.as_ref().map(|n| notice_text(n, lang));

    // The skip link moves focus without touching the address bar's hash (the scenario link).
    let skip_target = if *view == View::Calculator && editor.last_valid.is_some() {
        "results"
    } else {
        "main"
    };
    let on_skip = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        crate::web::focus(skip_target);
    });
    let embed = page.0;
    // A change of view is a history entry (Back returns to the previous view, never to an
    // older scenario: see `use_history_views`); an edit never is. The tabs are real links:
    // opened in a new tab they show the same scenario in that view (the link is brought up
    // to date when a tab is pointed at or focused).
    let view_tab = |v: View| {
        let onclick = {
            let (view, link_of) = (view.clone(), link_of.clone());
            Callback::from(move |e: MouseEvent| {
                if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                    return;
                }
                e.prevent_default();
                if *view != v {
                    // Inside a host page's frame a view change would add to the host's
                    // history: there it replaces the entry.
                    if embed {
                        crate::web::replace_hash(&link_of(embed, Some(v)));
                    } else {
                        // The entry left behind is the app's, with the scenario of now (an
                        // edit of less than 300 ms ago included): Back restores its view.
                        crate::web::replace_hash(&link_of(embed, None));
                        crate::web::mark_history_entry();
                        crate::web::push_hash(&link_of(embed, Some(v)));
                    }
                    view.set(v);
                }
            })
        };
        let refresh = {
            let link_of = link_of.clone();
            move |target: Option<web_sys::EventTarget>| {
                use wasm_bindgen::JsCast;
                if let Some(a) =
                    target.and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
                {
                    a.set_href(&crate::web::page_url(&link_of(embed, Some(v))));
                }
            }
        };
        let (r1, r2) = (refresh.clone(), refresh);
        let onfocus = Callback::from(move |e: FocusEvent| r1(e.target()));
        let onpointerdown = Callback::from(move |e: PointerEvent| r2(e.target()));
        let page = if v == View::Explanation {
            EXPLANATION_PAGE
        } else {
            ""
        };
        let href = if v == View::Calculator || v == View::Explanation {
            crate::web::app_url(page, "")
        } else {
            crate::web::app_url(page, &format!("#v={}", v.code()))
        };
        html! {
            <li>
                <a class={classes!("view-tab", (*view == v).then_some("is-active"))}
                    id={format!("view-{}", v.code())} {href}
                    aria-current={if *view == v { "page" } else { "false" }}
                    {onclick} {onfocus} {onpointerdown}>{ view_name(v, lang) }</a>
            </li>
        }
    };
    let nav = html! {
        <nav class="view-nav" aria-label={pt.views_label}>
            <ul>
                { for NAV.into_iter().filter(|v| !embed || PUBLIC_NAV.contains(v)).map(view_tab) }
            </ul>
        </nav>
    };
    let link_message = (*link_problem).as_ref().map(|(e, opened_default)| {
        let close = {
            let p = link_problem.clone();
            Callback::from(move |_: MouseEvent| p.set(None))
        };
        html! {
            <div class="link-message" role="alert" id="link-message">
                <p>{ link_error(e, lang) }{ " " }{ if *opened_default { pt.link_default_opened } else { pt.link_kept_current } }</p>
                <button type="button" class="btn btn-quiet" id="link-message-close" onclick={close}>{ pt.dismiss }</button>
            </div>
        }
    });
    #[cfg(evt_full)]
    let saved_panel = html! {
        <details class="saved-panel" id="saved-panel">
            <summary>{ pt.saved_heading }</summary>
            <Saved store={store.clone()} problem={startup.problem.clone()} kept_unsaved={storage_note.kept.clone()} revision={*saved_revision} />
        </details>
    };
    #[cfg(not(evt_full))]
    let saved_panel = html! {
        <OnDemandPanel {lang} flush={flush_callback.clone()} id="saved-panel" class={classes!("saved-panel")} summary={pt.saved_heading} />
    };
    #[cfg(evt_full)]
    let region_panel = html! {
        <details class="panel region-panel" id="region-panel">
            <summary>{ pt.region_heading }</summary>
            <RegionBuilder />
        </details>
    };
    #[cfg(not(evt_full))]
    let region_panel = html! {
        <OnDemandPanel {lang} flush={flush_callback.clone()} id="region-panel" class={classes!("panel", "region-panel")} summary={pt.region_heading} />
    };
    // The public mode (embedded, `e=1`) shares the scenario, at the end of the page, but
    // neither saves nor embeds.
    let share =
        html! { <Share link={make_link.clone()} {lang} title={t.title} embed_code={!embed} /> };
    let scenario_bar = if embed {
        html! {}
    } else {
        html! {
            <div class="scenario-bar">
                { share.clone() }
                { saved_panel }
            </div>
        }
    };

    let on_mine = {
        let (mine, store) = (mine.clone(), store.clone());
        Callback::from(move |id: Option<AttrValue>| {
            storage::set_mine(&*store, id.as_deref());
            mine.set(id)
        })
    };
    let mine = (*mine).clone();
    let calculator = html! {
            <main id="main" class="layout calc" tabindex="-1">
                if let Some(c) = editor.last_valid.clone() {
                    <Summary computed={c.clone()} {lang} {stale} mine={mine.clone()} onmine={on_mine.clone()} />
                }
                <Params read_only={embed} />
                if let Some(c) = editor.last_valid.clone() {
                    // The public mode shows the chart (or its table) only.
                    if !embed {
                    <section class="panel results" id="results" aria-labelledby="results-heading"
                        data-ready="true" tabindex="-1">
                        <h2 id="results-heading">{ t.results_heading }</h2>
                        <Later>
                        <ResultsTable rows={rows.as_ref().clone()} totals={c.outcome.totals.clone()} {lang}
                            minimum_bp={c.scenario.params.minimum_bp} signal_bp={c.scenario.params.signal_bp} {stale}
                            mine={mine.clone()} />
                        </Later>
                    </section>
                    }
                    <section class="panel chart-panel" id="chart-panel" aria-labelledby="chart-heading"
                        data-ready={embed.then_some("true")}>
                        <div class="panel-head">
                            <h2 id="chart-heading">{ t.chart_heading }</h2>
                            <button type="button" class="btn btn-quiet" id="chart-toggle"
                                aria-controls="chart-view" onclick={toggle_chart}>
                                { if *chart_as_table { t.show_chart } else { t.show_table } }
                            </button>
                        </div>
                        <div id="chart-view"><Later>
                            if *chart_as_table {
                                <ChartTable id="chart-table" rows={rows.as_ref().clone()} {lang} />
                            } else {
                                <div id="chart">
                                <Chart rows={rows.as_ref().clone()} {lang} minimum_bp={c.scenario.params.minimum_bp}
                                    signal_bp={c.scenario.params.signal_bp} {stale} onselect={on_select_bar.clone()}
                                    mine={mine.clone()} tappable={!embed} />
                                </div>
                            }
                        </Later></div>
                    </section>
                }
                if !embed {
                <section class="panel inputs" aria-labelledby="inputs-heading">
                    <h2 id="inputs-heading">{ t.inputs_heading }</h2>
                    <div class="toolbar" role="toolbar" aria-label={t.inputs_heading}>
                        <button type="button" class="btn" id="undo" onclick={simple(Action::Undo)}
                            disabled={editor.undo.is_empty()} aria-keyshortcuts="Control+Z">{ t.undo }</button>
                        <button type="button" class="btn" id="redo" onclick={simple(Action::Redo)}
                            disabled={editor.redo.is_empty()} aria-keyshortcuts="Control+Shift+Z">{ t.redo }</button>
                        <button type="button" class="btn" id="add" onclick={simple(Action::AddMunicipality)}>{ t.add_municipality }</button>
                        <button type="button" class="btn" id="toggle-optional" onclick={toggle_optional}
                            aria-pressed={if *show_optional { "true" } else { "false" }}>
                            { if *show_optional { t.hide_optional } else { t.show_optional } }
                        </button>
                        <button type="button" class="btn btn-quiet" id="reset" onclick={simple(Action::Reset)}>{ t.reset }</button>
                    </div>
                    <p class="notice" role="status" id="notice">{ notice.clone().unwrap_or_default() }</p>
                    if let Some(list) = problem_list.clone() {
                        <div class="problems" role="alert" id="problems">
                            <ul>{ for list.into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                        </div>
                    }
                    <WhatIf />
                    <div onpaste={on_table_paste}>
                        <Later><InputTable show_optional={*show_optional} rows={rows.as_ref().clone()} {stale} /></Later>
                    </div>
                </section>
                <div class="col-full">
                    <Later><DataTools pasted={(*pasted).clone()} onpastedconsumed={on_pasted_consumed} flush={flush_callback.clone()} /></Later>
                </div>
                <div class="col-region">{ region_panel }</div>
                }
            </main>
    };
    let content = match *view {
        #[cfg(not(evt_full))]
        v @ (View::Map | View::Growth | View::Monitoring | View::Compare) => html! {
            <main id="main" class="layout-single" tabindex="-1">
                <OnDemand {lang} flush={flush_callback.clone()} focus={format!("view-{}", v.code())} />
            </main>
        },
        #[cfg(evt_full)]
        View::Growth => {
            html! { <main id="main" class="layout-single" tabindex="-1" data-ready="true"><GrowthView /></main> }
        }
        #[cfg(evt_full)]
        View::Monitoring => html! {
            <main id="main" class="layout-single" tabindex="-1" data-ready="true">
                <ContextProvider<MonitoringKeep> context={monitoring_keep.clone()}>
                    <MonitoringView />
                </ContextProvider<MonitoringKeep>>
            </main>
        },
        #[cfg(evt_full)]
        View::Compare => {
            let default = Rc::new(evt_core::data::default_scenario());
            let mut choices = vec![Choice {
                key: "default".into(),
                label: pt.compare_default.into(),
                scenario: default.clone(),
            }];
            choices.extend(storage::list(&*store).items.into_iter().map(|item| Choice {
                key: item.id.into(),
                label: match item.kind {
                    storage::Kind::Named => item.name.into(),
                    storage::Kind::UnsavedWork => {
                        crate::i18n::saved::unsaved_label(item.saved_at, lang).into()
                    }
                },
                scenario: Rc::new(item.scenario),
            }));
            let (b_key, b) = (*compare_b)
                .clone()
                .unwrap_or_else(|| (Some("default".into()), default));
            let onpick = {
                let compare_b = compare_b.clone();
                Callback::from(move |(key, s): (Option<AttrValue>, Rc<Scenario>)| {
                    compare_b.set(Some((key, s)))
                })
            };
            let onpick_a = {
                let (store, editor) = (store.clone(), editor.clone());
                let saved_revision = saved_revision.clone();
                Callback::from(move |c: Choice| {
                    let kept = open_keeping_work(&*store, &editor, (*c.scenario).clone()).is_some();
                    if kept {
                        saved_revision.set(saved_revision.wrapping_add(1).max(1));
                    }
                    kept
                })
            };
            html! {
                <main id="main" class="layout-single" tabindex="-1" data-ready="true">
                    <Compare a={Rc::new(editor.scenario().clone())} {b} {b_key} {choices} {lang} {onpick} {onpick_a} />
                </main>
            }
        }
        View::Explanation => {
            html! { <main id="main" class="layout-single" tabindex="-1" data-ready="true"><Later><Explanation mine={mine.clone()} /></Later></main> }
        }
        #[cfg(evt_full)]
        View::Map => html! {
            <main id="main" class="layout-single" tabindex="-1">
                if let Some(c) = editor.last_valid.clone() {
                    <Summary computed={c.clone()} {lang} {stale} mine={mine.clone()} onmine={on_mine.clone()} />
                    <section class="panel map-panel" id="map-panel" aria-labelledby="map-heading" data-ready="true">
                        <h2 id="map-heading">{ pt.map_heading }</h2>
                        <Later>
                        <Map rows={rows.as_ref().clone()} {lang} minimum_bp={c.scenario.params.minimum_bp}
                            signal_bp={c.scenario.params.signal_bp} {stale} onselect={on_map_select.clone()}
                            mine={mine.clone()} />
                        </Later>
                        if let Some(id) = (*map_pick).clone() {
                            <MapCard rows={rows.as_ref().clone()} {id} {lang} onclose={on_map_card_close.clone()} />
                        }
                        <Later><ChartTable id="map-table" rows={rows.as_ref().clone()} {lang} /></Later>
                    </section>
                } else {
                    <div class="problems" role="alert" data-ready="true">
                        <ul>{ for problem_list.clone().unwrap_or_default().into_iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    </div>
                }
            </main>
        },
        View::Calculator => calculator,
    };
    let subtitle = {
        let s = editor.scenario();
        let default_region = s.region_name == "Twente"
            && s.municipalities.len() == 14
            && s.municipalities
                .iter()
                .zip(evt_core::data::twente())
                .all(|(m, d)| m.id == d.id);
        if default_region {
            t.subtitle.to_string()
        } else {
            crate::i18n::page::region_subtitle(&s.region_name, s.municipalities.len(), lang)
        }
    };

    html! {
        <ContextProvider<EditorCtx> context={editor.clone()}>
        <div class={classes!("app", embed.then_some("is-embed"))} lang={t.lang_attr}>
            <a class="skip-link" href={format!("#{skip_target}")} onclick={on_skip}>{ t.skip_link }</a>
            <header class="app-header">
                <div class="app-title">
                    <h1>{ t.title }</h1>
                    <p class="subtitle" id="subtitle">{ subtitle }</p>
                </div>
                <button type="button" class="btn btn-lang" id="lang-toggle" onclick={on_lang}
                    lang={if lang == Lang::Nl { "en" } else { "nl" }} aria-label={t.switch_lang_label}>
                    { t.switch_lang }
                </button>
            </header>
            { nav }
            { scenario_bar }
            { for link_message }
            if let Some(text) = crate::i18n::saved::note_message(storage_note.kept.as_ref(), storage_note.other_tab, storage_note.problem.as_ref(), lang) {
                <p class="storage-message" role="status" id="storage-message">{ text }</p>
            }
            if let Some(p) = &*storage_problem {
                <p class="storage-message" role="alert" id="storage-problem">{ crate::i18n::saved::storage_message(p, lang) }</p>
            }
            <PrintReport hub={print_hub.clone()} {lang} printed={crate::i18n::printed_at(*printed, lang)}
                params={params_line} />
            { content }
            // One markup in both modes (the embed hides the heading and the privacy line in
            // CSS), so a page prerendered without e=1 takes the embed layout before paint.
            <footer class="app-footer">
                if embed {
                    <div class="scenario-bar">{ share }</div>
                    <p class="open-full"><a id="open-full" target="_blank" rel="noopener"
                        href={crate::web::app_url("", &link_of(false, Some(View::Calculator)))}>
                        { crate::i18n::layout::layout_texts(lang).public_open_full }</a></p>
                }
                <h2>{ t.sources_heading }</h2>
                <p>{ t.sources_text }</p>
                <p class="privacy">{ t.privacy }</p>
            </footer>
        </div>
        </ContextProvider<EditorCtx>>
    }
}

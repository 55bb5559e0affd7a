//! `<App>`: the editor provider, the language, the page layout.
use crate::address::{opening, PUBLIC_NAV};
use crate::components::calculator::Calculator;
#[cfg(evt_full)]
use crate::components::compare_view::CompareView;
#[cfg(evt_explanation)]
use crate::components::explanation::Explanation;
#[cfg(evt_full)]
use crate::components::growth_view::GrowthView;
#[cfg(evt_explanation)]
use crate::components::later::Later;
#[cfg(evt_full)]
use crate::components::map_view::MapView;
#[cfg(evt_full)]
use crate::components::monitoring_view::{use_monitoring_keep, MonitoringKeep, MonitoringView};
#[cfg(not(evt_full))]
use crate::components::on_demand::{OnDemand, OnDemandPanel};
use crate::components::print_report::{PrintHub, PrintReport};
#[cfg(evt_full)]
use crate::components::saved::Saved;
use crate::components::share::Share;
use crate::components::view_nav::ViewNav;
use crate::components::EditorCtx;
use crate::hooks::{
    app_session, app_store, use_before_print, use_hash_change, use_history_views, use_live_link,
    use_page_hide, use_shortcuts, Flush, HashChangeWork, PageSetters, StorageNote,
};
use crate::i18n::page::{link_error, notice_text, page_texts};
use crate::i18n::validation::problems;
use crate::i18n::Texts;
use crate::state::{Action, Editor};
use crate::storage;
use crate::view::result_rows;
use evt_core::codec::link::{self, LinkState, View};
use evt_core::numbers::Lang;
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
    // The monitoring view's added half-years, new-half-year text and paste box survive
    // switching views (its typed figures are the editor's drafts).
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

    // The region's own name in the title and the heading.
    let title = crate::i18n::page::page_title(&editor.scenario().region_name, lang);
    use_effect_with((lang, title.clone()), move |(lang, title)| {
        crate::web::set_document_lang(lang.code());
        crate::web::set_title(title);
    });
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

    // What the link of the current state carries, built on demand.
    let state_of = {
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
            LinkState {
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
            }
        }
    };
    let link_of = {
        let state_of = state_of.clone();
        move |embed: bool, for_view: Option<View>| link::encode(&state_of(embed, for_view))
    };
    let written = use_mut_ref(String::new);
    let print_hub: PrintHub = use_mut_ref(|| None);
    // Writes the link into the address bar and autosaves: 300 ms after the last change, and
    // at once when the page is hidden (reload, closing the tab), so no edit is lost.
    let flush: Flush = {
        let link_of = link_of.clone();
        let state_of = state_of.clone();
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
            // A scenario the link format cannot carry (a name cleared while typing) leaves
            // the address without a hash, so a reload opens the autosaved work instead.
            if let Ok(hash) = link::encode_checked(&state_of(page_embed, None)) {
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
        let state_of = state_of.clone();
        Callback::from(move |embed: bool| link::encode_checked(&state_of(embed, None)))
    };

    let rows = use_memo(editor.last_valid.clone(), |c| {
        Rc::new(c.as_ref().map(|c| result_rows(c)).unwrap_or_default())
    });

    let on_lang = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            editor.dispatch(Action::SetLang(match editor.lang {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            }))
        })
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
    let nav = html! {
        <ViewNav view={*view} {lang} {embed} onselect={view.setter().to_callback()}
            link_of={{
                let link_of = link_of.clone();
                Callback::from(move |v: Option<View>| link_of(embed, v))
            }} />
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
    // The public mode (embedded, `e=1`) shares the scenario, at the end of the page, but
    // neither saves nor embeds.
    let share = html! { <Share link={make_link.clone()} {lang} title={title.clone()} embed_code={!embed} /> };
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
        <Calculator rows={rows.as_ref().clone()} {embed} mine={mine.clone()} onmine={on_mine.clone()}
            problems={problem_list.clone()} notice={notice.clone()} show_optional={show_optional.clone()}
            chart_as_table={chart_as_table.clone()} pasted={pasted.clone()} flush={flush_callback.clone()} />
    };
    let content = match *view {
        #[cfg(not(evt_full))]
        v @ (View::Map | View::Growth | View::Monitoring | View::Compare) => html! {
            <main id="main" class="layout-single" tabindex="-1">
                <OnDemand {lang} flush={flush_callback.clone()} focus={format!("view-{}", v.code())} />
            </main>
        },
        // The first module: the explanation is in the explanation page's module and the full one.
        #[cfg(not(evt_explanation))]
        View::Explanation => html! {
            <main id="main" class="layout-single" tabindex="-1">
                <OnDemand {lang} flush={flush_callback.clone()} focus={format!("view-{}", View::Explanation.code())} />
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
        View::Compare => html! {
            <CompareView store={store.clone()} compare_b={compare_b.clone()} saved_revision={saved_revision.clone()} />
        },
        #[cfg(evt_explanation)]
        View::Explanation => {
            html! { <main id="main" class="layout-single" tabindex="-1" data-ready="true"><Later><Explanation mine={mine.clone()} onmine={Some(on_mine.clone())} /></Later></main> }
        }
        #[cfg(evt_full)]
        View::Map => html! {
            <MapView rows={rows.as_ref().clone()} mine={mine.clone()} onmine={on_mine.clone()} problems={problem_list.clone()} />
        },
        View::Calculator => calculator,
    };
    let subtitle = crate::i18n::page::page_subtitle(editor.scenario(), lang);
    let print_region = crate::i18n::layout::print_region(
        &editor.scenario().region_name,
        editor.scenario().municipalities.len(),
        lang,
    );

    html! {
        <ContextProvider<EditorCtx> context={editor.clone()}>
        <div class={classes!("app", embed.then_some("is-embed"))} lang={t.lang_attr}>
            <a class="skip-link" href={format!("#{skip_target}")} onclick={on_skip}>{ t.skip_link }</a>
            <header class="app-header">
                <div class="app-title">
                    <h1 id="page-title">{ title.clone() }</h1>
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
                params={params_line} region={print_region} />
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
                // The explanation has its own, fuller sources: "Bronnen" once on the page.
                if *view != View::Explanation {
                    <h2>{ t.sources_heading }</h2>
                    <p>{ t.sources_text }</p>
                }
                <p class="privacy">{ t.privacy }</p>
            </footer>
        </div>
        </ContextProvider<EditorCtx>>
    }
}

//! The half-yearly monitoring view (SPEC "Half-yearly monitoring", afspraak 4): enter or
//! paste per half-year and municipality the urgency applications, decisions granted,
//! statutory urgents housed, all allocations and how many were housed suitably (afspraak
//! 1a/1b); see the realised percentage with its status, the half-years above the signal
//! value (two in a row: a topic for the administrative consultation, afspraak 3 and 4c), the
//! cumulative housed against the households horizon, the share housed suitably, the date
//! of the evaluation after three years (afspraak 4b), a chart over the half-years with its
//! table twin, and CSV import/export.
//!
//! The figures live in the scenario (`Action::SetMonitoring`, one undo step per change);
//! text that does not parse stays in the cell with its message until it is corrected. The
//! calculation is `evt_core::monitoring`; records that contradict each other are listed and
//! left out of the results until corrected.

use super::monitoring_chart::{ChartPoint, MonitoringChart};
use super::number_field::NumberCell;
use super::paste_box::{
    file_import, oninput_clears_preview, onpaste_previews, paste_texts, PasteBox, PasteLines,
};
use super::EditorCtx;
use crate::i18n::monitoring::{
    agenda_item, agenda_short, ahead, ahead_word, applied_text, change_line, column_label,
    entry_caption, evaluation_text, monitoring_error, note, ordinal_text, period_error,
    rejected_line, removed_text, results_caption, summary, MonTexts, PeriodSummary,
};
use crate::i18n::{number_error, status_label, status_symbol};
use crate::state::Action;
use crate::view::percent_tenths;
use evt_core::codec::monitoring::{
    apply_monitoring, export_monitoring_csv, parse_monitoring, MonColumn, MonitoringPreview,
};
use evt_core::methods::{status, Status};
use evt_core::monitoring::{
    monitoring, validate_monitoring, Cumulative, Monitoring, MonitoringError, Period, Record,
    RecordResult,
};
use evt_core::numbers::{
    format_count, format_percent_or_dash, format_percent_tenths, parse_count, Lang, NumberError,
};
use evt_core::ratio::Ratio;
use evt_core::Scenario;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Gaps are drawn as empty slots up to this many half-years; a longer span shows only the
/// half-years with figures.
const MAX_SPAN: usize = 40;

// ---------------------------------------------------------------------------------------------
// View model (pure)
// ---------------------------------------------------------------------------------------------

/// Everything the view shows, derived once per scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct MonModel {
    /// The region's municipalities: id and name, in order.
    pub municipalities: Vec<(String, String)>,
    /// The results of the records that add up (`evt_core::monitoring::monitoring`).
    pub result: Monitoring,
    /// Records that contradict each other, left out of `result`.
    pub errors: Vec<MonitoringError>,
    /// Half-years of all records (also those with errors), in order.
    pub periods: Vec<Period>,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    /// Position in `result.records` by municipality and half-year.
    index: HashMap<(String, Period), usize>,
}

/// The figures of one municipality in one half-year, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct MonRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub record: Option<&'a Record>,
    pub result: Option<&'a RecordResult>,
    /// How many half-years in a row (ending here) above the signal value; 0 when not above.
    pub run: usize,
    pub cumulative: Option<&'a Cumulative>,
}

impl MonModel {
    pub fn new(s: &Scenario) -> MonModel {
        let ids: Vec<String> = s.municipalities.iter().map(|m| m.id.clone()).collect();
        let households: Vec<u64> = s.municipalities.iter().map(|m| m.households).collect();
        let errors = validate_monitoring(&s.monitoring, &ids);
        let bad: HashSet<(&str, Period)> = errors.iter().map(error_key).collect();
        let valid: Vec<Record> = s
            .monitoring
            .iter()
            .filter(|r| !bad.contains(&(r.municipality.as_str(), r.period)))
            .cloned()
            .collect();
        let (minimum_bp, signal_bp) = (s.params.minimum_bp, s.params.signal_bp);
        let result =
            monitoring(&valid, &ids, &households, minimum_bp, signal_bp).unwrap_or(Monitoring {
                periods: Vec::new(),
                records: Vec::new(),
                cumulative: Vec::new(),
                evaluation_date: None,
            });
        let periods: Vec<Period> = s
            .monitoring
            .iter()
            .map(|r| r.period)
            .filter(|p| p.is_valid())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let index = result
            .records
            .iter()
            .enumerate()
            .map(|(i, r)| ((r.municipality.clone(), r.period), i))
            .collect();
        MonModel {
            municipalities: s
                .municipalities
                .iter()
                .map(|m| (m.id.clone(), m.name.clone()))
                .collect(),
            result,
            errors,
            periods,
            minimum_bp,
            signal_bp,
            index,
        }
    }

    fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.municipalities
            .iter()
            .find(|(i, _)| i == id)
            .map_or(id, |(_, n)| n.as_str())
    }

    fn result_of(&self, id: &str, period: Period) -> Option<&RecordResult> {
        self.index
            .get(&(id.to_string(), period))
            .and_then(|&i| self.result.records.get(i))
    }

    /// Half-years in a row above the signal value, ending at `period` (core's
    /// `consecutive_above` is `run ≥ 2`).
    pub fn run(&self, id: &str, period: Period) -> usize {
        let mut run = 0;
        let mut p = period;
        while let Some(r) = self.result_of(id, p) {
            if r.status != Status::AboveSignal {
                break;
            }
            run += 1;
            let Some(prev) = previous(p) else { break };
            p = prev;
        }
        run
    }

    /// One row per municipality for `period`.
    pub fn rows<'a>(&'a self, s: &'a Scenario, period: Period) -> Vec<MonRow<'a>> {
        self.municipalities
            .iter()
            .map(|(id, name)| MonRow {
                id,
                name,
                record: s
                    .monitoring
                    .iter()
                    .find(|r| r.period == period && r.municipality == *id),
                result: self.result_of(id, period),
                run: self.run(id, period),
                cumulative: self
                    .result
                    .cumulative
                    .iter()
                    .find(|c| c.through == period && c.municipality == *id),
            })
            .collect()
    }

    /// The region's housed and allocations in `period` (records that add up only).
    pub fn region(&self, s: &Scenario, period: Period) -> Option<(u64, u64)> {
        let bad: HashSet<(&str, Period)> = self.errors.iter().map(error_key).collect();
        let records: Vec<&Record> = s
            .monitoring
            .iter()
            .filter(|r| r.period == period && !bad.contains(&(r.municipality.as_str(), period)))
            .collect();
        (!records.is_empty()).then(|| {
            (
                records.iter().map(|r| r.housed).sum(),
                records.iter().map(|r| r.allocations).sum(),
            )
        })
    }

    /// The slots of the chart: every half-year from the first to the last (gaps included)
    /// when the span is at most [`MAX_SPAN`], else only those with figures.
    pub fn slots(&self) -> Vec<Period> {
        let (Some(&first), Some(&last)) = (self.periods.first(), self.periods.last()) else {
            return Vec::new();
        };
        let mut all = vec![first];
        let mut p = first;
        while p < last && all.len() <= MAX_SPAN {
            p = p.next();
            all.push(p);
        }
        if all.len() > MAX_SPAN {
            self.periods.clone()
        } else {
            all
        }
    }

    /// The chart's points for a municipality, or for the region when `id` is `None`.
    pub fn series(&self, s: &Scenario, id: Option<&str>) -> Vec<ChartPoint> {
        self.slots()
            .into_iter()
            .map(|period| match id {
                Some(id) => match self.result_of(id, period) {
                    Some(r) => {
                        let record = s
                            .monitoring
                            .iter()
                            .find(|x| x.period == period && x.municipality == id);
                        ChartPoint {
                            period,
                            figures: record.map(|x| (x.housed, x.allocations)),
                            percent_tenths: r.percent.map(percent_tenths),
                            status: r.status,
                            consecutive: r.consecutive_above,
                        }
                    }
                    None => gap(period),
                },
                None => match self.region(s, period) {
                    Some((housed, allocations)) => ChartPoint {
                        period,
                        figures: Some((housed, allocations)),
                        percent_tenths: Ratio::new(u128::from(housed), u128::from(allocations))
                            .map(percent_tenths),
                        status: status(housed, allocations, self.minimum_bp, self.signal_bp),
                        consecutive: false,
                    },
                    None => gap(period),
                },
            })
            .collect()
    }

    /// Runs of two or more half-years in a row above the signal value, per municipality in
    /// region order: the topics for the administrative consultation (afspraak 3 and 4c).
    pub fn agenda(&self) -> Vec<(&str, Vec<(Period, u64)>)> {
        let mut out = Vec::new();
        for (id, name) in &self.municipalities {
            let mut run: Vec<(Period, u64)> = Vec::new();
            let mut flush = |run: &mut Vec<(Period, u64)>| {
                if run.len() >= 2 {
                    out.push((name.as_str(), std::mem::take(run)));
                }
                run.clear();
            };
            for r in self.result.records.iter().filter(|r| r.municipality == *id) {
                let adjacent = run.last().is_some_and(|(p, _)| p.next() == r.period);
                if r.status == Status::AboveSignal {
                    if !adjacent {
                        flush(&mut run);
                    }
                    run.push((r.period, r.percent.map(percent_tenths).unwrap_or(0)));
                } else {
                    flush(&mut run);
                }
            }
            flush(&mut run);
        }
        out
    }

    /// The summary of one half-year.
    pub fn summary(&self, s: &Scenario, period: Period) -> PeriodSummary<'_> {
        let of = |want: Status| -> Vec<&str> {
            self.result
                .records
                .iter()
                .filter(|r| r.period == period && r.status == want)
                .map(|r| self.name_of(&r.municipality))
                .collect()
        };
        PeriodSummary {
            period,
            with_figures: self
                .result
                .records
                .iter()
                .filter(|r| r.period == period)
                .count(),
            municipalities: self.municipalities.len(),
            above: of(Status::AboveSignal),
            consecutive: self
                .result
                .records
                .iter()
                .filter(|r| r.period == period && r.consecutive_above)
                .map(|r| self.name_of(&r.municipality))
                .collect(),
            below: of(Status::BelowMinimum),
            region_tenths: self
                .region(s, period)
                .and_then(|(h, a)| Ratio::new(u128::from(h), u128::from(a)))
                .map(percent_tenths),
            signal_bp: self.signal_bp,
            minimum_bp: self.minimum_bp,
        }
    }
}

fn gap(period: Period) -> ChartPoint {
    ChartPoint {
        period,
        figures: None,
        percent_tenths: None,
        status: Status::NotApplicable,
        consecutive: false,
    }
}

fn previous(p: Period) -> Option<Period> {
    let prev = if p.half == 2 {
        Period {
            year: p.year,
            half: 1,
        }
    } else {
        Period {
            year: p.year.checked_sub(1)?,
            half: 2,
        }
    };
    prev.is_valid().then_some(prev)
}

fn error_key(e: &MonitoringError) -> (&str, Period) {
    use MonitoringError as E;
    match e {
        E::InvalidPeriod {
            municipality,
            period,
        }
        | E::DuplicatePeriod {
            municipality,
            period,
        }
        | E::UnknownMunicipality {
            municipality,
            period,
        }
        | E::SuitablyAboveHoused {
            municipality,
            period,
        }
        | E::HousedAboveAllocations {
            municipality,
            period,
        }
        | E::CountTooLarge {
            municipality,
            period,
        } => (municipality.as_str(), *period),
    }
}

/// The records with one figure set (`Some`) or cleared (`None`). Clearing a figure makes it
/// 0; a record whose figures are then all 0 is removed (clearing every cell removes the
/// half-year of that municipality). Setting a figure of a missing record creates it.
pub fn set_figure(
    records: &[Record],
    period: Period,
    id: &str,
    column: MonColumn,
    value: Option<u64>,
) -> Vec<Record> {
    let mut out = records.to_vec();
    let pos = out
        .iter()
        .position(|r| r.period == period && r.municipality == id);
    match (pos, value) {
        (Some(i), v) => {
            column.set(&mut out[i], v.unwrap_or(0));
            let r = &out[i];
            let all_zero = MonColumn::COUNTS.iter().all(|c| c.get(r) == Some(0));
            if v.is_none() && all_zero {
                out.remove(i);
            }
        }
        (None, Some(v)) => {
            let mut r = Record {
                period,
                municipality: id.to_string(),
                applications: 0,
                granted: 0,
                housed: 0,
                allocations: 0,
                suitably: 0,
            };
            column.set(&mut r, v);
            out.push(r);
        }
        (None, None) => {}
    }
    out
}

/// Stable short code of a count column for element ids.
pub fn column_code(column: MonColumn) -> &'static str {
    match column {
        MonColumn::Applications => "app",
        MonColumn::Granted => "granted",
        MonColumn::Housed => "housed",
        MonColumn::Allocations => "alloc",
        MonColumn::Suitably => "suit",
        MonColumn::Period => "period",
        MonColumn::Name => "name",
        MonColumn::Code => "code",
    }
}

// ---------------------------------------------------------------------------------------------
// Drafts: typed text that does not (yet) parse, kept per cell so it is never lost
// ---------------------------------------------------------------------------------------------

type DraftKey = (Period, String, MonColumn);

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drafts(HashMap<DraftKey, String>);

pub enum DraftAction {
    Set(DraftKey, String),
    Remove(DraftKey),
    RemovePeriod(Period),
}

impl Reducible for Drafts {
    type Action = DraftAction;

    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            DraftAction::Set(k, v) => {
                if next.0.get(&k) == Some(&v) {
                    return self;
                }
                next.0.insert(k, v);
            }
            DraftAction::Remove(k) => {
                if next.0.remove(&k).is_none() {
                    return self;
                }
            }
            DraftAction::RemovePeriod(p) => next.0.retain(|k, _| k.0 != p),
        }
        Rc::new(next)
    }
}

// ---------------------------------------------------------------------------------------------
// The view
// ---------------------------------------------------------------------------------------------

/// What the view keeps while it is not shown: typed text that does not parse yet, half-years
/// added without figures, and the paste box. The page provides it as a context so switching
/// views never loses what was typed; without the context (rendering tests) the view keeps its
/// own.
#[derive(Clone, PartialEq)]
pub struct MonitoringKeep {
    pub drafts: UseReducerHandle<Drafts>,
    pub added: UseStateHandle<Vec<Period>>,
    pub new_period: UseStateHandle<String>,
    pub paste_text: UseStateHandle<String>,
}

#[hook]
pub fn use_monitoring_keep() -> MonitoringKeep {
    MonitoringKeep {
        drafts: use_reducer(Drafts::default),
        added: use_state(Vec::<Period>::new),
        new_period: use_state(String::new),
        paste_text: use_state(String::new),
    }
}

#[component]
pub fn MonitoringView() -> Html {
    let editor = use_context::<EditorCtx>();
    let own = use_monitoring_keep();
    let keep = use_context::<MonitoringKeep>().unwrap_or(own);
    let drafts = keep.drafts;
    let added = keep.added;
    let selected = use_state(|| None::<Period>);
    let new_period = keep.new_period;
    let period_problem = use_state(|| None::<String>);
    let period_notice = use_state(|| None::<&'static str>);
    let paste_text = keep.paste_text;
    let preview = use_state(|| None::<MonitoringPreview>);
    let notice = use_state(String::new);
    let series = use_state(String::new);
    let as_table = use_state(|| false);
    // Recomputed once per change of the editor (every change bumps its revision).
    let model = {
        let editor = editor.clone();
        use_memo(editor.as_ref().map(|e| e.revision), move |_| {
            editor.map(|e| MonModel::new(e.scenario()))
        })
    };
    // The half-years to choose from: those with figures and those just added.
    let periods: Vec<Period> = model
        .as_ref()
        .as_ref()
        .map(|m| m.periods.clone())
        .unwrap_or_default()
        .into_iter()
        .chain(added.iter().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let current = (*selected)
        .filter(|p| periods.contains(p))
        .or_else(|| periods.last().copied());

    // `selected` on an option does not move a select the user has already changed: set the
    // value itself when the chosen half-year changes (after a paste, an add or a removal).
    let period_ref = use_node_ref();
    {
        let period_ref = period_ref.clone();
        use_effect_with(current, move |current| {
            if let (Some(el), Some(p)) = (period_ref.cast::<HtmlSelectElement>(), current) {
                el.set_value(&p.to_string());
            }
        });
    }

    let (Some(editor), Some(model)) = (editor, model.as_ref().as_ref()) else {
        return html! {};
    };
    let lang = editor.lang;
    let t = MonTexts::get(lang);
    let s = editor.scenario();

    // --- callbacks -------------------------------------------------------------------------
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            selected.set(Period::parse(&el.value()).ok());
        })
    };
    let on_new_period_input = {
        let new_period = new_period.clone();
        let period_problem = period_problem.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            new_period.set(el.value());
            period_problem.set(None);
        })
    };
    let add_period = {
        let new_period = new_period.clone();
        let period_problem = period_problem.clone();
        let period_notice = period_notice.clone();
        let added = added.clone();
        let selected = selected.clone();
        let periods = periods.clone();
        move || match Period::parse(&new_period) {
            Ok(p) => {
                if periods.contains(&p) {
                    period_notice.set(Some(MonTexts::get(lang).period_exists));
                } else {
                    let mut v = (*added).clone();
                    v.push(p);
                    added.set(v);
                    period_notice.set(None);
                }
                selected.set(Some(p));
                new_period.set(String::new());
                period_problem.set(None);
            }
            Err(e) => {
                period_notice.set(None);
                period_problem.set(Some(period_error(&e, &new_period, lang)));
            }
        }
    };
    let on_add_period = {
        let add = add_period.clone();
        Callback::from(move |_: MouseEvent| add())
    };
    let on_new_period_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            add_period();
        }
    });
    let on_remove_period = {
        let editor = editor.clone();
        let added = added.clone();
        let drafts = drafts.dispatcher();
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(p) = current else { return };
            let records: Vec<Record> = editor
                .scenario()
                .monitoring
                .iter()
                .filter(|r| r.period != p)
                .cloned()
                .collect();
            editor.dispatch(Action::SetMonitoring(records));
            added.set(added.iter().copied().filter(|q| *q != p).collect());
            drafts.dispatch(DraftAction::RemovePeriod(p));
            notice.set(removed_text(p, editor.lang));
        })
    };
    let on_undo = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(Action::Undo))
    };
    let on_redo = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.dispatch(Action::Redo))
    };

    let show_preview = {
        let preview = preview.clone();
        let paste_text = paste_text.clone();
        let editor = editor.clone();
        move |text: String| {
            preview.set(Some(parse_monitoring(
                &text,
                editor.scenario(),
                editor.lang,
                current,
            )));
            paste_text.set(text);
        }
    };
    let on_paste_input = oninput_clears_preview(&paste_text, &preview);
    let on_paste = onpaste_previews(show_preview.clone());
    let on_preview = {
        let show = show_preview.clone();
        let paste_text = paste_text.clone();
        Callback::from(move |_: MouseEvent| show((*paste_text).clone()))
    };
    let file_problem = use_state(|| None::<evt_core::codec::bytes::FileProblem>);
    let on_file = {
        let show = show_preview.clone();
        let file_problem = file_problem.clone();
        Callback::from(move |e: Event| {
            let (show, file_problem) = (show.clone(), file_problem.clone());
            crate::web::read_file_text(&e, move |text| match text {
                Ok(text) => {
                    file_problem.set(None);
                    show(text);
                    crate::web::open_details("mon-paste-panel");
                }
                Err(p) => file_problem.set(Some(p)),
            });
        })
    };
    let on_apply = {
        let preview = preview.clone();
        let paste_text = paste_text.clone();
        let editor = editor.clone();
        let selected = selected.clone();
        let notice = notice.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &*preview {
                editor.dispatch(Action::SetMonitoring(apply_monitoring(
                    p,
                    editor.scenario(),
                )));
                if let Some(last) = p.periods().last() {
                    selected.set(Some(*last));
                }
                notice.set(applied_text(p.changes.len(), editor.lang));
            }
            preview.set(None);
            paste_text.set(String::new());
        })
    };
    let on_cancel = {
        let preview = preview.clone();
        Callback::from(move |_: MouseEvent| preview.set(None))
    };
    let on_export = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = export_monitoring_csv(editor.scenario(), editor.lang);
            crate::web::download("monitoring.csv", "text/csv;charset=utf-8", &csv);
        })
    };
    let on_series = {
        let series = series.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            series.set(el.value());
        })
    };
    let on_toggle = {
        let as_table = as_table.clone();
        Callback::from(move |_: MouseEvent| as_table.set(!*as_table))
    };

    // --- overview ---------------------------------------------------------------------------
    let evaluation = match (model.result.evaluation_date, model.result.periods.first()) {
        (Some(d), Some(first)) => evaluation_text(d, *first, lang),
        _ => t.evaluation_pending.to_string(),
    };
    let summary_text = model
        .result
        .periods
        .last()
        .map(|p| {
            summary(
                &model.summary(
                    s,
                    current
                        .filter(|c| model.result.periods.contains(c))
                        .unwrap_or(*p),
                ),
                lang,
            )
        })
        .unwrap_or_else(|| t.no_data.to_string());
    let agenda = model.agenda();
    let problems: Vec<String> = model
        .errors
        .iter()
        .map(|e| monitoring_error(e, model.name_of(error_key(e).0), lang))
        .collect();

    let intro = html! {
        <section class="panel mon-intro" aria-labelledby="mon-heading">
            <h2 id="mon-heading">{ t.heading }</h2>
            <p class="mon-lead">{ t.intro }</p>
            <p class="mon-summary" id="mon-summary" aria-live="polite">{ summary_text }</p>
            <p class="mon-evaluation" id="mon-evaluation">
                <strong>{ format!("{}: ", t.evaluation_label) }</strong>
                <span id="mon-evaluation-date">{ evaluation }</span>
            </p>
            <div class="mon-agenda" id="mon-agenda">
                <h3>{ t.agenda_heading }</h3>
                if agenda.is_empty() {
                    <p>{ t.agenda_none }</p>
                } else {
                    <ul>
                        { for agenda.iter().map(|(name, runs)| html! {
                            <li><span class="mon-flag-agenda" aria-hidden="true">{ "▲▲" }</span>{ " " }{ agenda_item(name, runs, lang) }</li>
                        }) }
                    </ul>
                }
            </div>
            if !problems.is_empty() {
                <div class="problems" role="alert" id="mon-problems">
                    <p>{ t.problems_intro }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                </div>
            }
        </section>
    };

    // --- entry ------------------------------------------------------------------------------
    let period_describedby = if period_problem.is_some() {
        "mon-new-period-help mon-new-period-error"
    } else {
        "mon-new-period-help"
    };
    let entry_table = current.map(|period| {
        let row_errors: HashMap<&str, String> = model
            .errors
            .iter()
            .filter(|e| error_key(e).1 == period)
            .map(|e| {
                let id = error_key(e).0;
                (id, monitoring_error(e, model.name_of(id), lang))
            })
            .collect();
        let rows = s.municipalities.iter().map(|m| {
            let record = s
                .monitoring
                .iter()
                .find(|r| r.period == period && r.municipality == m.id);
            let row_error = row_errors.get(m.id.as_str()).cloned();
            let row_error_id = format!("mon-row-error-{}", m.id);
            let cells = MonColumn::COUNTS.iter().map(|&column| {
                let key: DraftKey = (period, m.id.clone(), column);
                let text = drafts.0.get(&key).cloned().unwrap_or_else(|| {
                    record
                        .and_then(|r| column.get(r))
                        .map(|v| format_count(v, lang))
                        .unwrap_or_default()
                });
                let error = match parse_count(&text, lang) {
                    Ok(_) | Err(NumberError::Empty) => None,
                    Err(e) => Some(number_error(&e, lang)),
                };
                let oninput = {
                    let drafts = drafts.dispatcher();
                    let key = key.clone();
                    Callback::from(move |e: InputEvent| {
                        let el: HtmlInputElement = e.target_unchecked_into();
                        drafts.dispatch(DraftAction::Set(key.clone(), el.value()));
                    })
                };
                let onchange = {
                    let drafts = drafts.dispatcher();
                    let editor = editor.clone();
                    let key = key.clone();
                    Callback::from(move |e: Event| {
                        let el: HtmlInputElement = e.target_unchecked_into();
                        let text = el.value();
                        let value = match parse_count(&text, editor.lang) {
                            Ok(v) => Some(v),
                            Err(NumberError::Empty) => None,
                            Err(_) => {
                                // Keep what was typed, with its message.
                                drafts.dispatch(DraftAction::Set(key.clone(), text));
                                return;
                            }
                        };
                        let (period, id, column) = key.clone();
                        let records =
                            set_figure(&editor.scenario().monitoring, period, &id, column, value);
                        editor.dispatch(Action::SetMonitoring(records));
                        drafts.dispatch(DraftAction::Remove(key.clone()));
                    })
                };
                NumberCell {
                    id: format!("mon-in-{}-{}", column_code(column), m.id),
                    td_class: classes!("mon-cell"),
                    label: format!("{}: {}, {}", column_label(column, lang), m.name, period),
                    inputmode: Some("numeric"),
                    value: text,
                    error,
                    describedby: row_error.as_ref().map(|_| row_error_id.clone()),
                    invalid: row_error.is_some(),
                    oninput,
                    onchange,
                    ..NumberCell::default()
                }
                .view()
            });
            html! {
                <tr key={m.id.clone()} data-id={m.id.clone()}>
                    <th scope="row">
                        { m.name.clone() }
                        if let Some(msg) = row_error.clone() {
                            <span class="error" id={row_error_id.clone()}>{ msg }</span>
                        }
                    </th>
                    { for cells }
                </tr>
            }
        });
        html! {
            <div class="table-scroll" role="region" aria-labelledby="mon-entry-caption" tabindex="0">
                <table class="mon-entry-table" id="mon-entry-table">
                    <caption id="mon-entry-caption">{ entry_caption(period, lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_name }</th>
                            { for MonColumn::COUNTS.iter().map(|&c| html! { <th scope="col">{ column_label(c, lang) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        }
    });

    let paste_box = PasteBox {
        prefix: "mon-",
        rows: "6",
        texts: paste_texts!(t),
        text: (*paste_text).clone(),
        preview: preview.as_ref().map(|p| PasteLines {
            changes: p.changes.iter().map(|c| change_line(c, lang)).collect(),
            notes: p.notes.iter().map(|n| note(n, lang)).collect(),
            rejected: p.rejected.iter().map(|r| rejected_line(r, lang)).collect(),
        }),
        oninput: on_paste_input,
        onpaste: on_paste,
        onpreview: on_preview,
        onapply: on_apply,
        oncancel: on_cancel,
    }
    .view();

    let entry = html! {
        <section class="panel mon-entry" aria-labelledby="mon-entry-heading">
            <h2 id="mon-entry-heading">{ t.entry_heading }</h2>
            <div class="toolbar" role="toolbar" aria-label={t.entry_heading}>
                <button type="button" class="btn" id="mon-undo" onclick={on_undo}
                    disabled={editor.undo.is_empty()} aria-keyshortcuts="Control+Z">{ t.undo }</button>
                <button type="button" class="btn" id="mon-redo" onclick={on_redo}
                    disabled={editor.redo.is_empty()} aria-keyshortcuts="Control+Shift+Z">{ t.redo }</button>
                <button type="button" class="btn" id="mon-export-csv" onclick={on_export}
                    disabled={s.monitoring.is_empty()}>{ t.export_csv }</button>
                { file_import("mon-import-csv", t.import_csv, on_file, file_problem.map(|p| crate::i18n::file_problem(p, lang))) }
            </div>
            <p class="notice" role="status" id="mon-notice">{ (*notice).clone() }</p>
            <div class="mon-period-bar">
                if !periods.is_empty() {
                    <div class="mon-field">
                        <label for="mon-period">{ t.period_label }</label>
                        <select id="mon-period" ref={period_ref} onchange={on_select}>
                            { for periods.iter().map(|p| html! {
                                <option value={p.to_string()} selected={Some(*p) == current}>{ p.to_string() }</option>
                            }) }
                        </select>
                    </div>
                }
                <div class="mon-field mon-add-period">
                    <label for="mon-new-period">{ t.new_period_label }</label>
                    <div class="mon-add-row">
                        <input type="text" id="mon-new-period" autocomplete="off" spellcheck="false"
                            aria-describedby={period_describedby}
                            aria-invalid={period_problem.is_some().then_some("true")}
                            value={(*new_period).clone()} oninput={on_new_period_input} onkeydown={on_new_period_key} />
                        <button type="button" class="btn" id="mon-add-period" onclick={on_add_period}>{ t.add_period }</button>
                    </div>
                    <p class="help" id="mon-new-period-help">{ t.new_period_help }</p>
                    if let Some(msg) = (*period_problem).clone() {
                        <p class="error" id="mon-new-period-error" role="alert">{ msg }</p>
                    }
                    if let Some(msg) = *period_notice {
                        <p class="notice" role="status" id="mon-period-notice">{ msg }</p>
                    }
                </div>
                if current.is_some() {
                    <button type="button" class="btn btn-quiet" id="mon-remove-period" onclick={on_remove_period}>
                        { t.remove_period }
                    </button>
                }
            </div>
            { entry_table.unwrap_or_else(|| html! { <p id="mon-entry-empty">{ t.entry_empty }</p> }) }
            { paste_box }
        </section>
    };

    // --- results of the chosen half-year ------------------------------------------------------
    let results = current.map(|period| {
        let rows = model.rows(s, period);
        let region = model.region(s, period);
        html! {
            <section class="panel mon-results" aria-labelledby="mon-results-heading">
                <h2 id="mon-results-heading">{ format!("{} {period}", t.results_heading) }</h2>
                <ResultsTable rows={rows_view(&rows, lang)} region={region_view(model, s, period, region, lang)}
                    caption={results_caption(period, model.result.periods.first().copied(), lang)} {lang} />
            </section>
        }
    });

    // --- chart over the half-years ------------------------------------------------------------
    let chart = (!model.result.periods.is_empty()).then(|| {
        let id = (!series.is_empty()).then(|| series.as_str());
        let points = Rc::new(model.series(s, id));
        let series_name = id
            .map(|id| model.name_of(id).to_string())
            .unwrap_or_else(|| {
                let region = s.region_name.trim();
                if region.is_empty() {
                    t.region_series.to_string()
                } else {
                    format!("{} ({region})", t.region_series)
                }
            });
        html! {
            <section class="panel mon-chart-panel" aria-labelledby="mon-chart-heading">
                <div class="panel-head">
                    <h2 id="mon-chart-heading">{ t.chart_heading }</h2>
                    <button type="button" class="btn btn-quiet" id="mon-chart-toggle" aria-controls="mon-chart-view" onclick={on_toggle}>
                        { if *as_table { t.show_chart } else { t.show_table } }
                    </button>
                </div>
                <div class="mon-field mon-series">
                    <label for="mon-series">{ t.series_label }</label>
                    <select id="mon-series" onchange={on_series}>
                        <option value="" selected={series.is_empty()}>{ t.region_series }</option>
                        { for model.municipalities.iter().map(|(id, name)| html! {
                            <option value={id.clone()} selected={*series == *id}>{ name.clone() }</option>
                        }) }
                    </select>
                </div>
                <div id="mon-chart-view">
                    if *as_table {
                        <SeriesTable points={points.clone()} series={AttrValue::from(series_name.clone())} {lang} />
                    } else {
                        <MonitoringChart {points} series={AttrValue::from(series_name)} {lang}
                            minimum_bp={model.minimum_bp} signal_bp={model.signal_bp} />
                    }
                </div>
            </section>
        }
    });

    let overview = (!model.result.periods.is_empty()).then(|| overview_table(model, lang));

    html! {
        <div class="mon" id="mon-view">
            { intro }
            { entry }
            { for results }
            { for chart }
            { for overview }
        </div>
    }
}

// ---------------------------------------------------------------------------------------------
// Results table
// ---------------------------------------------------------------------------------------------

/// One results row as text, so the table component compares cheaply.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultLine {
    pub id: String,
    pub name: String,
    pub housed: String,
    pub allocations: String,
    pub percent: String,
    pub status: Option<Status>,
    /// Half-years in a row above the signal value (0: not above).
    pub run: usize,
    pub consecutive: bool,
    pub suitable: String,
    pub cumulative: String,
    pub horizon: String,
    pub ahead: Option<i64>,
}

fn rows_view(rows: &[MonRow], lang: Lang) -> Rc<Vec<ResultLine>> {
    let c = |v: u64| format_count(v, lang);
    Rc::new(
        rows.iter()
            .map(|r| {
                let result = r.result;
                ResultLine {
                    id: r.id.to_string(),
                    name: r.name.to_string(),
                    housed: r
                        .record
                        .filter(|_| result.is_some())
                        .map(|x| c(x.housed))
                        .unwrap_or_default(),
                    allocations: r
                        .record
                        .filter(|_| result.is_some())
                        .map(|x| c(x.allocations))
                        .unwrap_or_default(),
                    percent: result
                        .and_then(|x| x.percent)
                        .map(|p| format_percent_tenths(percent_tenths(p), lang))
                        .unwrap_or_default(),
                    status: result.map(|x| x.status),
                    run: r.run,
                    consecutive: result.is_some_and(|x| x.consecutive_above),
                    suitable: match (result.and_then(|x| x.suitable_share), r.record) {
                        (Some(share), Some(rec)) => format!(
                            "{} ({} / {})",
                            format_percent_tenths(percent_tenths(share), lang),
                            c(rec.suitably),
                            c(rec.housed)
                        ),
                        _ => String::new(),
                    },
                    cumulative: r.cumulative.map(|x| c(x.housed)).unwrap_or_default(),
                    horizon: r.cumulative.map(|x| c(x.horizon)).unwrap_or_default(),
                    ahead: r.cumulative.map(|x| x.ahead),
                }
            })
            .collect(),
    )
}

fn region_view(
    model: &MonModel,
    s: &Scenario,
    period: Period,
    region: Option<(u64, u64)>,
    lang: Lang,
) -> ResultLine {
    let c = |v: u64| format_count(v, lang);
    let records: Vec<&Record> = s
        .monitoring
        .iter()
        .filter(|r| r.period == period && model.result_of(&r.municipality, period).is_some())
        .collect();
    let (suitably, housed): (u64, u64) = records
        .iter()
        .fold((0, 0), |(a, b), r| (a + r.suitably, b + r.housed));
    let cumulative: Vec<&Cumulative> = model
        .result
        .cumulative
        .iter()
        .filter(|x| x.through == period)
        .collect();
    let region_name = s.region_name.trim();
    ResultLine {
        id: String::new(),
        name: if region_name.is_empty() {
            MonTexts::get(lang).region_total.to_string()
        } else {
            format!("{} {region_name}", MonTexts::get(lang).region_total)
        },
        housed: region.map(|(h, _)| c(h)).unwrap_or_default(),
        allocations: region.map(|(_, a)| c(a)).unwrap_or_default(),
        percent: region
            .and_then(|(h, a)| Ratio::new(u128::from(h), u128::from(a)))
            .map(|r| format_percent_tenths(percent_tenths(r), lang))
            .unwrap_or_default(),
        status: region.map(|(h, a)| status(h, a, model.minimum_bp, model.signal_bp)),
        run: 0,
        consecutive: false,
        suitable: Ratio::new(u128::from(suitably), u128::from(housed))
            .map(|r| {
                format!(
                    "{} ({} / {})",
                    format_percent_tenths(percent_tenths(r), lang),
                    c(suitably),
                    c(housed)
                )
            })
            .unwrap_or_default(),
        cumulative: if cumulative.is_empty() {
            String::new()
        } else {
            c(cumulative.iter().map(|x| x.housed).sum())
        },
        horizon: if cumulative.is_empty() {
            String::new()
        } else {
            c(cumulative.iter().map(|x| x.horizon).sum())
        },
        ahead: None,
    }
}

#[derive(Properties, PartialEq)]
struct ResultsTableProps {
    rows: Rc<Vec<ResultLine>>,
    region: ResultLine,
    caption: String,
    lang: Lang,
}

#[component]
fn ResultsTable(props: &ResultsTableProps) -> Html {
    let lang = props.lang;
    let t = MonTexts::get(lang);
    let none = t.no_figures;
    // Status in words and a symbol; above the signal value also which half-year in a row,
    // and from the second on the agenda flag (afspraak 3 and 4c).
    let status_cell = |r: &ResultLine| match r.status {
        Some(st) => html! {
            <td class={classes!("status", "mon-status", format!("status-{}", st.code()))}>
                <span class="status-symbol" aria-hidden="true">{ status_symbol(st) }</span>{ " " }{ status_label(st, lang) }
                if st == Status::AboveSignal && r.run > 0 {
                    <span class="mon-run">{ format!(" ({})", ordinal_text(r.run, lang)) }</span>
                }
                if r.consecutive {
                    { " " }<strong class="mon-flag-agenda">{ format!("▲▲ {}", t.agenda_flag) }</strong>
                }
            </td>
        },
        None => html! { <td></td> },
    };
    let ahead_cell = |a: Option<i64>| match a {
        Some(a) => html! {
            <td class={classes!("num", "mon-ahead", (a < 0).then_some("mon-ahead--behind"))}>
                { format!("{} {}", ahead(a, lang), ahead_word(a, lang)) }
            </td>
        },
        None => html! { <td class="num"></td> },
    };
    let rows = props.rows.iter().map(|r| {
        let has = r.status.is_some();
        html! {
            <tr key={r.id.clone()} data-id={r.id.clone()} class={classes!(r.consecutive.then_some("mon-row--agenda"))}>
                <th scope="row">{ r.name.clone() }</th>
                if has {
                    <td class="num">{ r.housed.clone() }</td>
                    <td class="num">{ r.allocations.clone() }</td>
                    <td class="num mon-percent">{ if r.percent.is_empty() { "–".to_string() } else { r.percent.clone() } }</td>
                } else {
                    <td class="mon-none" colspan="3">{ none }</td>
                }
                { status_cell(r) }
                <td class="num">{ if r.suitable.is_empty() { "–".to_string() } else { r.suitable.clone() } }</td>
                <td class="num">{ r.cumulative.clone() }</td>
                <td class="num">{ r.horizon.clone() }</td>
                { ahead_cell(r.ahead) }
            </tr>
        }
    });
    let region = &props.region;
    html! {
        <div class="table-scroll" role="region" aria-labelledby="mon-results-caption" tabindex="0">
            <table class="mon-results-table" id="mon-results-table">
                <caption id="mon-results-caption">{ props.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_name }</th>
                        <th scope="col">{ column_label(MonColumn::Housed, lang) }</th>
                        <th scope="col">{ column_label(MonColumn::Allocations, lang) }</th>
                        <th scope="col">{ t.col_percent }</th>
                        <th scope="col">{ t.col_status }</th>
                        <th scope="col">{ t.col_suitable }</th>
                        <th scope="col">{ t.col_cumulative }</th>
                        <th scope="col">{ t.col_horizon }</th>
                        <th scope="col">{ t.col_ahead }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr id="mon-results-total">
                        <th scope="row">{ region.name.clone() }</th>
                        <td class="num">{ region.housed.clone() }</td>
                        <td class="num">{ region.allocations.clone() }</td>
                        <td class="num">{ region.percent.clone() }</td>
                        { status_cell(region) }
                        <td class="num">{ region.suitable.clone() }</td>
                        <td class="num">{ region.cumulative.clone() }</td>
                        <td class="num">{ region.horizon.clone() }</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

// ---------------------------------------------------------------------------------------------
// The chart's table twin and the overview of all half-years
// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct SeriesTableProps {
    points: Rc<Vec<ChartPoint>>,
    series: AttrValue,
    lang: Lang,
}

/// The chart as a table: the same points, in the same order.
#[component]
fn SeriesTable(props: &SeriesTableProps) -> Html {
    let lang = props.lang;
    let t = MonTexts::get(lang);
    let rows = props.points.iter().map(|p| {
        let (housed, allocations) = p
            .figures
            .map(|(h, a)| (format_count(h, lang), format_count(a, lang)))
            .unwrap_or_default();
        html! {
            <tr key={p.period.to_string()}>
                <th scope="row">{ p.period.to_string() }</th>
                if p.figures.is_some() {
                    <td class="num">{ housed }</td>
                    <td class="num">{ allocations }</td>
                    <td class="num">{ format_percent_or_dash(p.percent_tenths, lang) }</td>
                    <td class="status">
                        <span class="status-symbol" aria-hidden="true">{ status_symbol(p.status) }</span>{ " " }{ status_label(p.status, lang) }
                        if p.consecutive {
                            { " — " }<strong class="mon-flag-agenda">{ t.agenda_flag }</strong>
                        }
                    </td>
                } else {
                    <td class="mon-none" colspan="4">{ t.no_figures }</td>
                }
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-labelledby="mon-chart-table-caption" tabindex="0">
            <table class="mon-chart-table" id="mon-chart-table">
                <caption id="mon-chart-table-caption">{ format!("{} — {}", t.chart_heading, props.series) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_period }</th>
                        <th scope="col">{ column_label(MonColumn::Housed, lang) }</th>
                        <th scope="col">{ column_label(MonColumn::Allocations, lang) }</th>
                        <th scope="col">{ t.col_percent }</th>
                        <th scope="col">{ t.col_status }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// Per municipality and half-year: the percentage, ▲ above the signal value, ▲▲ and
/// "agendapunt" for the second in a row.
fn overview_table(model: &MonModel, lang: Lang) -> Html {
    let t = MonTexts::get(lang);
    let periods = &model.result.periods;
    let rows = model.municipalities.iter().map(|(id, name)| {
        let cells = periods.iter().map(|&p| match model.result_of(id, p) {
            None => html! { <td class="mon-none">{ "–" }</td> },
            Some(r) => {
                let pct = r
                    .percent
                    .map(|x| format_percent_tenths(percent_tenths(x), lang))
                    .unwrap_or_else(|| "–".into());
                let (symbol, hidden) = match (r.status, r.consecutive_above) {
                    (Status::AboveSignal, true) => ("▲▲", Some(t.agenda_flag)),
                    (Status::AboveSignal, false) => ("▲", Some(t.above_flag)),
                    (Status::BelowMinimum, _) => ("▼", Some(status_label(Status::BelowMinimum, lang))),
                    _ => ("", None),
                };
                html! {
                    <td class={classes!("num", format!("status-{}", r.status.code()), r.consecutive_above.then_some("mon-cell--agenda"))}>
                        { pct }
                        if !symbol.is_empty() {
                            { " " }<span aria-hidden="true">{ symbol }</span>
                        }
                        if r.consecutive_above {
                            { " " }<span class="mon-flag-agenda mon-flag-short">{ agenda_short(lang) }</span>
                        } else if let Some(h) = hidden {
                            <span class="visually-hidden">{ format!(" ({h})") }</span>
                        }
                    </td>
                }
            }
        });
        html! {
            <tr key={id.clone()} data-id={id.clone()}>
                <th scope="row">{ name.clone() }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <section class="panel mon-overview" aria-labelledby="mon-overview-heading">
            <h2 id="mon-overview-heading">{ t.overview_heading }</h2>
            <div class="table-scroll" role="region" aria-labelledby="mon-overview-caption" tabindex="0">
                <table class="mon-overview-table" id="mon-overview-table">
                    <caption id="mon-overview-caption">{ t.overview_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_name }</th>
                            { for periods.iter().map(|p| html! { <th scope="col">{ p.to_string() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </section>
    }
}

//! The results table: target, percentage, status (text plus symbol), shares, difference to
//! the households horizon and room for regular home seekers; sortable by every column, with
//! a region row that says, in the summary's words, what the region comes to under the cap or
//! the statutory fallback (housed and not housed of U, unused places). The chart reads the
//! same rows.
use super::explain::Explain;
use crate::i18n::summary::region_outcome_sentence;
use crate::i18n::{status_label, status_symbol, Texts};
use crate::view::{RegionOutcome, ResultRow};
use evt_core::methods::{Status, Totals};
use evt_core::numbers::{
    format_count, format_percent_or_dash, format_signed, format_signed_percent_tenths, Lang,
};
use std::cmp::Ordering;
use std::rc::Rc;
use yew::prelude::*;

/// Sortable columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Households,
    Vacancies,
    Target,
    Percent,
    Status,
    HouseholdShare,
    UrgentShare,
    Diff,
    Room,
}

impl Column {
    /// The four that answer the question first (always visible), then the others (on
    /// narrow tables behind "Alle kolommen tonen").
    const ALL: [Column; 10] = [
        Column::Name,
        Column::Target,
        Column::Percent,
        Column::Status,
        Column::Households,
        Column::Vacancies,
        Column::HouseholdShare,
        Column::UrgentShare,
        Column::Diff,
        Column::Room,
    ];

    fn label(self, t: &Texts) -> &'static str {
        match self {
            Column::Name => t.col_name,
            Column::Households => t.col_households,
            Column::Vacancies => t.col_vacancies,
            Column::Target => t.col_target,
            Column::Percent => t.col_percent,
            Column::Status => t.col_status,
            Column::HouseholdShare => t.col_household_share,
            Column::UrgentShare => t.col_urgent_share,
            Column::Diff => t.col_diff,
            Column::Room => t.col_room,
        }
    }

    fn is_key(self) -> bool {
        matches!(
            self,
            Column::Name | Column::Target | Column::Percent | Column::Status
        )
    }

    fn code(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Households => "hh",
            Column::Vacancies => "vac",
            Column::Target => "target",
            Column::Percent => "pct",
            Column::Status => "status",
            Column::HouseholdShare => "hh-share",
            Column::UrgentShare => "u-share",
            Column::Diff => "diff",
            Column::Room => "room",
        }
    }

    fn compare(self, a: &ResultRow, b: &ResultRow) -> Ordering {
        match self {
            Column::Name => evt_core::text::lower(&a.name).cmp(&evt_core::text::lower(&b.name)),
            Column::Households => a.households.cmp(&b.households),
            Column::Vacancies => a.vacancies.cmp(&b.vacancies),
            Column::Target => a.target.cmp(&b.target),
            Column::Percent => a.percent_tenths.cmp(&b.percent_tenths),
            Column::Status => a.status.cmp(&b.status),
            Column::HouseholdShare => a.households.cmp(&b.households),
            Column::UrgentShare => a.target.cmp(&b.target),
            Column::Diff => a.diff_to_horizon.cmp(&b.diff_to_horizon),
            Column::Room => a.room.cmp(&b.room),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsTableProps {
    pub rows: Rc<Vec<ResultRow>>,
    pub totals: Totals,
    /// Housed, not housed and unused places of the region (the region row's last line).
    pub outcome: RegionOutcome,
    /// The region's name, for the caption.
    #[prop_or_default]
    pub region: AttrValue,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    #[prop_or_default]
    pub stale: bool,
    /// "Mijn gemeente": its row is highlighted.
    #[prop_or_default]
    pub mine: Option<AttrValue>,
}

#[component]
pub fn ResultsTable(props: &ResultsTableProps) -> Html {
    let lang = props.lang;
    let t = Texts::get(lang);
    // (column, descending); None = region order.
    let sort = use_state(|| None::<(Column, bool)>);
    let all_columns = use_state(|| false);
    let lt = crate::i18n::layout::layout_texts(lang);
    let all = &props.rows;
    let rows: Vec<&ResultRow> = match *sort {
        Some((col, desc)) => evt_core::sort::stable_order(all.len(), &|a, b| {
            let (a, b) = (&all[a], &all[b]);
            let o = col.compare(a, b).then_with(|| a.name.cmp(&b.name));
            if desc {
                o.reverse()
            } else {
                o
            }
        })
        .into_iter()
        .map(|i| &all[i])
        .collect(),
        None => all.iter().collect(),
    };
    let header = Column::ALL.iter().map(|&col| {
        let state = sort.and_then(|(c, d)| (c == col).then_some(d));
        let aria_sort = match state {
            Some(true) => "descending",
            Some(false) => "ascending",
            None => "none",
        };
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| {
                // First click: the natural direction (names A→Z, figures high→low).
                let first_desc = col != Column::Name;
                sort.set(Some(match *sort {
                    Some((c, d)) if c == col => (col, !d),
                    _ => (col, first_desc),
                }));
            })
        };
        let arrow = match state {
            Some(true) => "↓",
            Some(false) => "↑",
            None => "↕",
        };
        html! {
            <th scope="col" aria-sort={aria_sort} class={classes!(format!("col-{}", col.code()), (!col.is_key()).then_some("col-extra"))}>
                <button type="button" class="sort" {onclick} data-sort={col.code()}>
                    if let Some(short) = match col {
                        Column::Target => Some(lt.col_target_short),
                        Column::Percent => Some(lt.col_percent_short),
                        _ => None,
                    } {
                        <span class="label-long">{ col.label(t) }</span>
                        <span class="label-short" aria-hidden="true">{ short }</span>
                    } else {
                        { col.label(t) }
                    }
                    <span class="sort-arrow" aria-hidden="true">{ arrow }</span>
                    if let Some(d) = state {
                        <span class="visually-hidden">{ format!(", {}", if d { t.sorted_descending } else { t.sorted_ascending }) }</span>
                    }
                </button>
            </th>
        }
    });
    let pct = |v: Option<u64>| format_percent_or_dash(v, lang);
    let body = rows.iter().map(|r| {
        html! {
            <ResultLine key={r.id.clone()} row={(*r).clone()} {lang}
                minimum_bp={props.minimum_bp} signal_bp={props.signal_bp}
                mine={props.mine.as_deref() == Some(r.id.as_str())} />
        }
    });
    let tot = &props.totals;
    let toggle = {
        let all = all_columns.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    html! {
        <div class={classes!("results-wrap", all_columns.then_some("show-all"))}>
        <div class="columns-bar">
            <button type="button" class="btn btn-quiet" id="columns-toggle" onclick={toggle}
                aria-pressed={if *all_columns { "true" } else { "false" }} aria-controls="results-table">
                { if *all_columns { lt.fewer_columns } else { lt.all_columns } }
            </button>
            <p class="scroll-hint" id="results-scroll-hint">{ lt.scroll_hint }</p>
        </div>
        <div class={classes!("table-scroll", props.stale.then_some("is-stale"))} role="region" aria-labelledby="results-caption" tabindex="0">
            <table class="results-table" id="results-table">
                <caption id="results-caption">{ crate::i18n::page::results_caption(&props.region, lang) }</caption>
                <thead><tr>{ for header }</tr></thead>
                <tbody>{ for body }</tbody>
                <tfoot>
                    <tr>
                        <th scope="row" class="col-name">{ t.totals_row }</th>
                        <td class="num" id="total-target">{ format_count(tot.targets, lang) }</td>
                        <td class="num">{ pct(tot.percent_tenths()) }</td>
                        <td class="status">
                            { format!("{} {} {}; {} {} {}",
                                status_symbol(Status::AboveSignal), tot.above_signal, status_label(Status::AboveSignal, lang),
                                status_symbol(Status::BelowMinimum), tot.below_minimum, status_label(Status::BelowMinimum, lang)) }
                            if props.outcome.is_told() {
                                <span class="region-outcome" id="total-outcome">{ region_outcome_sentence(&props.outcome, lang) }</span>
                            }
                        </td>
                        <td class="num col-extra">{ format_count(tot.households, lang) }</td>
                        <td class="num col-extra">{ format_count(tot.vacancies, lang) }</td>
                        <td class="num col-extra">{ pct(Some(1000)) }</td>
                        <td class="num col-extra">{ pct((tot.targets > 0).then_some(1000)) }</td>
                        <td class="col-extra"></td>
                        <td class="num col-extra">{ format_signed(tot.room, lang) }</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultLineProps {
    pub row: ResultRow,
    pub lang: Lang,
    pub minimum_bp: u32,
    pub signal_bp: u32,
    #[prop_or_default]
    pub mine: bool,
}

/// One result row; a component so rows whose figures did not change skip rendering.
#[component]
pub fn ResultLine(props: &ResultLineProps) -> Html {
    let (r, lang) = (&props.row, props.lang);
    let t = Texts::get(lang);
    let pct = |v: Option<u64>| format_percent_or_dash(v, lang);
    html! {
        <tr data-id={r.id.clone()} class={classes!(format!("status-{}", r.status.code()), props.mine.then_some("is-mine"))}>
            <th scope="row" class="col-name">
                <span class="name">{ r.name.clone() }</span>
                if props.mine {
                    <span class="badge-mine">{ crate::i18n::layout::layout_texts(lang).mine_badge }</span>
                }
                <Explain row={r.clone()} {lang} minimum_bp={props.minimum_bp} signal_bp={props.signal_bp} />
            </th>
            <td class="num target">{ format_count(r.target, lang) }</td>
            <td class="num pct" data-bench-output={"true"}>{ pct(r.percent_tenths) }</td>
            <td class={classes!("status", format!("status-{}", r.status.code()))}>
                <span class="status-symbol" aria-hidden="true">{ status_symbol(r.status) }</span>
                { " " }<span class="label-long">{ status_label(r.status, lang) }</span>
                <span class="label-short" aria-hidden="true">{ crate::i18n::layout::status_short(r.status, lang) }</span>
            </td>
            <td class="num col-extra">{ format_count(r.households, lang) }</td>
            <td class="num col-extra">
                { format_count(r.vacancies, lang) }
                if r.estimated { <span class="badge-estimate" title={t.estimate_title}>{ t.estimate }</span> }
            </td>
            <td class="num col-extra">{ pct(r.household_share_tenths) }</td>
            <td class="num col-extra">{ pct(r.urgent_share_tenths) }</td>
            <td class="num col-extra">{ r.diff_to_horizon.map(|d| format_signed(d, lang)).unwrap_or_else(|| "–".into()) }</td>
            <td class={classes!("num", "col-extra", (r.room < 0).then_some("negative"))}>
                { format_signed(r.room, lang) }
                if let Some(rt) = r.room_tenths { <span class="sub">{ format!(" ({})", format_signed_percent_tenths(rt, lang)) }</span> }
            </td>
        </tr>
    }
}

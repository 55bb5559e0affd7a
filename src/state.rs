//! The one reducer that owns what the user edits (DESIGN: "One reducer owns the scenario").
//!
//! What the user typed is kept verbatim as a *draft* next to the parsed scenario, so nothing
//! typed is ever lost: a draft that does not parse shows its error at the cell while the last
//! valid results stay visible. Undo and redo restore scenario and drafts together; typing
//! in one cell is one undo step. The monitoring figures are cells like the others
//! ([`Key::Monitoring`], `state/monitoring.rs`).

use evt_core::methods::{compute, ComputeError, Outcome};
#[cfg(evt_full)]
use evt_core::monitoring::{Period, Record};
use evt_core::numbers::{Lang, NumberError};
use evt_core::scenario::{GrowthSettings, Method, Municipality, Scenario};
use evt_core::validate::{Field, Param, ValidationError};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

mod key;
pub mod monitoring;

use key::{parse_cell, parse_key, parse_param};
pub use key::{Figure, Key};

/// Undo steps kept.
const HISTORY: usize = 100;

/// What undo/redo restores. The scenario is shared: the undo stack, the last valid result
/// and the next state point at one copy, and an edit copies it once (copy-on-write,
/// [`Rc::make_mut`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub scenario: Rc<Scenario>,
    pub drafts: BTreeMap<Key, String>,
}

/// A scenario that computed, with its outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub scenario: Rc<Scenario>,
    pub outcome: Outcome,
}

/// The editor state.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    pub current: Snapshot,
    /// Shared snapshots: cloning the editor on every keystroke copies pointers, not scenarios.
    pub undo: Vec<Rc<Snapshot>>,
    pub redo: Vec<Rc<Snapshot>>,
    /// The key typed into last, so consecutive keystrokes in one cell are one undo step.
    last_edit: Option<Key>,
    pub lang: Lang,
    /// Parse errors of drafts.
    pub parse_errors: BTreeMap<Key, NumberError>,
    /// Why the current scenario has no outcome (validation or unavailable method).
    pub problem: Option<ComputeError>,
    /// The last scenario that computed; shown while the current one has errors.
    pub last_valid: Option<Rc<Computed>>,
    /// A short message for the live region ("Almelo verwijderd").
    pub notice: Option<Notice>,
    /// Incremented on every change, so views can announce recalculations.
    pub revision: u64,
}

/// Transient messages.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Removed(String),
    Added(String),
    Reset,
    Undone,
    Redone,
    Applied(usize),
    /// A pasted table was made the region: this many municipalities, in its order.
    RegionMade(usize),
}

/// Everything the interface can do to the editor.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Text typed into a municipality cell.
    SetCell {
        id: String,
        field: Field,
        text: String,
    },
    /// Text typed into a parameter.
    SetParam {
        param: Param,
        text: String,
    },
    /// Leaving a field: a valid draft gives way to the canonical notation.
    Commit(Key),
    SetMethod(Method),
    AddMunicipality,
    RemoveMunicipality(String),
    /// Replace the whole scenario (paste applied, import, defaults).
    Replace {
        scenario: Scenario,
        notice: Option<Notice>,
    },
    /// A pasted table or file applied (changes and new rows, or made the region): one undo
    /// step. Unlike [`Action::Replace`] it keeps the text typed into the parameters, so a
    /// parameter typed before the paste (also one that does not parse yet) stays as typed.
    Import {
        scenario: Scenario,
        notice: Option<Notice>,
    },
    Reset,
    Undo,
    Redo,
    SetLang(Lang),
    /// The growth view's start and horizon.
    SetGrowth(GrowthSettings),
    /// Replace the monitoring figures (pasted or imported); one undo step. Only the full
    /// module has the monitoring view, so only it has the monitoring actions.
    #[cfg(evt_full)]
    SetMonitoring(Vec<Record>),
    /// Text typed into a cell of the monitoring entry table.
    #[cfg(evt_full)]
    SetMonitoringCell {
        period: Period,
        id: String,
        figure: Figure,
        text: String,
    },
    /// Remove a half-year: its figures and what was typed into it; one undo step.
    #[cfg(evt_full)]
    RemoveMonitoringPeriod(Period),
}

/// What the editor holds that a scenario link cannot carry: the text typed into cells that
/// does not parse (drafts), undo and redo, the last results that computed. The full module
/// takes over from the first one with it (`crate::boot`), so nothing typed is lost there.
#[derive(serde::Serialize, serde::Deserialize)]
struct Session {
    current: SessionSnapshot,
    undo: Vec<SessionSnapshot>,
    redo: Vec<SessionSnapshot>,
    last_valid: Option<Scenario>,
    lang: Lang,
}

/// A [`Snapshot`] with its drafts as a list (JSON object keys must be strings).
#[derive(serde::Serialize, serde::Deserialize)]
struct SessionSnapshot {
    scenario: Scenario,
    drafts: Vec<(Key, String)>,
}

impl From<&Snapshot> for SessionSnapshot {
    fn from(s: &Snapshot) -> Self {
        SessionSnapshot {
            scenario: (*s.scenario).clone(),
            drafts: s.drafts.clone().into_iter().collect(),
        }
    }
}

impl From<SessionSnapshot> for Snapshot {
    fn from(s: SessionSnapshot) -> Self {
        Snapshot {
            scenario: Rc::new(s.scenario),
            drafts: s.drafts.into_iter().collect(),
        }
    }
}

impl Editor {
    /// The editor's session as text, for [`Editor::restore`].
    pub fn session(&self) -> String {
        serde_json::to_string(&Session {
            current: (&self.current).into(),
            undo: self.undo.iter().map(|s| s.as_ref().into()).collect(),
            redo: self.redo.iter().map(|s| s.as_ref().into()).collect(),
            last_valid: self.last_valid.as_ref().map(|c| (*c.scenario).clone()),
            lang: self.lang,
        })
        .unwrap_or_default()
    }

    /// The editor a [`Editor::session`] describes, computed afresh; `None` for text that
    /// is not one.
    pub fn restore(session: &str) -> Option<Editor> {
        let s: Session = serde_json::from_str(session).ok()?;
        let mut e = Editor::new(s.current.scenario.clone(), s.lang);
        e.current = s.current.into();
        e.undo = s.undo.into_iter().map(|s| Rc::new(s.into())).collect();
        e.redo = s.redo.into_iter().map(|s| Rc::new(s.into())).collect();
        e.last_valid = s.last_valid.and_then(|scenario| {
            let outcome = compute(&scenario).ok()?;
            Some(Rc::new(Computed {
                scenario: Rc::new(scenario),
                outcome,
            }))
        });
        e.recompute();
        Some(e)
    }

    pub fn new(scenario: Scenario, lang: Lang) -> Editor {
        let mut e = Editor {
            current: Snapshot {
                scenario: Rc::new(scenario),
                drafts: BTreeMap::new(),
            },
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            lang,
            parse_errors: BTreeMap::new(),
            problem: None,
            last_valid: None,
            notice: None,
            revision: 0,
        };
        e.recompute();
        e
    }

    pub fn scenario(&self) -> &Scenario {
        &self.current.scenario
    }

    /// Whether the shown results belong to the current input.
    pub fn is_current(&self) -> bool {
        self.parse_errors.is_empty() && self.problem.is_none()
    }

    /// The text an input shows: the draft, or the value in the language's notation.
    pub fn text(&self, key: &Key) -> String {
        if let Some(d) = self.current.drafts.get(key) {
            return d.clone();
        }
        let s = &self.current.scenario;
        match key {
            Key::Param(p) => param_text(s, *p, self.lang),
            Key::Cell(id, Field::Vacancies) => s
                .find(id)
                .map(|m| {
                    // The estimate is shown as the value; the view marks it "schatting".
                    let (v, source) = m.effective_vacancies(s.params.turnover_bp);
                    match source {
                        evt_core::scenario::VacancySource::Missing => String::new(),
                        _ => evt_core::numbers::format_count(v, self.lang),
                    }
                })
                .unwrap_or_default(),
            Key::Cell(id, f) => s
                .find(id)
                .map(|m| cell_text(m, *f, self.lang))
                .unwrap_or_default(),
            Key::Monitoring { period, id, figure } => self.figure_text(*period, id, *figure),
        }
    }

    /// Validation errors (not parse errors) about one cell.
    pub fn cell_errors(&self, id: &str, field: Field) -> Vec<&ValidationError> {
        match &self.problem {
            Some(ComputeError::Invalid(errors)) => errors
                .iter()
                .filter(|e| e.municipality() == Some(id) && e.field() == Some(field))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Validation errors (not parse errors) about one parameter.
    pub fn param_errors(&self, param: Param) -> Vec<&ValidationError> {
        match &self.problem {
            Some(ComputeError::Invalid(errors)) => errors
                .iter()
                .filter(|e| match e {
                    ValidationError::ParamOutOfRange { param: p, .. } => *p == param,
                    ValidationError::SignalBelowMinimum { .. } => param == Param::Signal,
                    _ => false,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The scenario to change: copied here once per edit if anything else still shares it.
    fn scenario_mut(&mut self) -> &mut Scenario {
        Rc::make_mut(&mut self.current.scenario)
    }

    fn push_history(&mut self, key: Option<Key>) {
        let coalesce = key.is_some() && key == self.last_edit;
        if !coalesce {
            self.undo.push(Rc::new(self.current.clone()));
            if self.undo.len() > HISTORY {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last_edit = key;
    }

    fn recompute(&mut self) {
        self.revision += 1;
        // Inserted one by one: collecting into a map sorts first, which would put one more
        // instance of the standard sort into the first wasm module.
        self.parse_errors = BTreeMap::new();
        for (k, text) in &self.current.drafts {
            // A monitoring figure is no input of the distribution: its message shows at its
            // cell (`monitoring_error`) and leaves these results current.
            if matches!(k, Key::Monitoring { .. }) {
                continue;
            }
            if let Err(e) = parse_key(k, text, self.lang) {
                self.parse_errors.insert(k.clone(), e);
            }
        }
        match compute(&self.current.scenario) {
            Ok(outcome) => {
                self.problem = None;
                if self.parse_errors.is_empty() {
                    self.last_valid = Some(Rc::new(Computed {
                        scenario: Rc::clone(&self.current.scenario),
                        outcome,
                    }));
                }
            }
            Err(e) => self.problem = Some(e),
        }
    }

    fn apply(&mut self, action: Action) -> bool {
        self.notice = None;
        match action {
            Action::SetCell { id, field, text } => {
                let key = Key::Cell(id.clone(), field);
                if self.current.drafts.get(&key) == Some(&text) {
                    return false;
                }
                let Some(index) = self.current.scenario.position(&id) else {
                    return false;
                };
                self.push_history(Some(key.clone()));
                // Text that does not parse stays a draft and leaves the scenario (uncopied).
                if field == Field::Name {
                    self.scenario_mut().municipalities[index].name = text.clone();
                } else if let Ok(v) = parse_cell(field, &text, self.lang) {
                    self.scenario_mut().municipalities[index].set_count(field, v);
                }
                self.current.drafts.insert(key, text);
            }
            Action::SetParam { param, text } => {
                let key = Key::Param(param);
                if self.current.drafts.get(&key) == Some(&text) {
                    return false;
                }
                self.push_history(Some(key.clone()));
                if let Ok(v) = parse_param(param, &text, self.lang) {
                    set_param(self.scenario_mut(), param, v);
                }
                self.current.drafts.insert(key, text);
            }
            Action::Commit(key) => {
                let valid = match self.current.drafts.get(&key) {
                    Some(text) => parse_key(&key, text, self.lang).is_ok(),
                    None => return false,
                };
                if !valid || matches!(key, Key::Cell(_, Field::Name)) {
                    // Keep invalid text (never lost) and names as typed.
                    self.last_edit = None;
                    return false;
                }
                self.current.drafts.remove(&key);
                self.last_edit = None;
            }
            Action::SetMethod(method) => {
                if self.current.scenario.method == method {
                    return false;
                }
                self.push_history(None);
                self.scenario_mut().method = method;
            }
            Action::AddMunicipality => {
                self.push_history(None);
                let lang = self.lang;
                let s = self.scenario_mut();
                let id = s.next_added_id();
                let mut n = s.municipalities.len() + 1;
                let name = loop {
                    let candidate = crate::i18n::editor::new_municipality(n, lang);
                    if !s
                        .municipalities
                        .iter()
                        .any(|m| m.name.eq_ignore_ascii_case(&candidate))
                    {
                        break candidate;
                    }
                    n += 1;
                };
                let mut m = Municipality::new(id, name.clone(), 0);
                m.vacancies = Some(0);
                s.municipalities.push(m);
                self.notice = Some(Notice::Added(name));
            }
            Action::RemoveMunicipality(id) => {
                let Some(index) = self.current.scenario.position(&id) else {
                    return false;
                };
                self.push_history(None);
                let s = self.scenario_mut();
                let m = s.municipalities.remove(index);
                s.normalize_monitoring();
                let of_row = |k: &Key| match k {
                    Key::Cell(i, _) | Key::Monitoring { id: i, .. } => *i == id,
                    Key::Param(_) => false,
                };
                self.current.drafts.retain(|k, _| !of_row(k));
                self.notice = Some(Notice::Removed(m.name));
            }
            Action::SetGrowth(growth) => {
                if self.current.scenario.growth == growth {
                    return false;
                }
                self.push_history(None);
                self.scenario_mut().growth = growth;
            }
            #[cfg(evt_full)]
            Action::SetMonitoring(records) => {
                if !self.set_monitoring(records) {
                    return false;
                }
            }
            #[cfg(evt_full)]
            Action::SetMonitoringCell {
                period,
                id,
                figure,
                text,
            } => {
                if !self.set_monitoring_cell(period, id, figure, text) {
                    return false;
                }
            }
            #[cfg(evt_full)]
            Action::RemoveMonitoringPeriod(period) => {
                if !self.remove_monitoring_period(period) {
                    return false;
                }
            }
            Action::Replace { scenario, notice } => {
                self.push_history(None);
                self.current = Snapshot {
                    scenario: Rc::new(scenario),
                    drafts: BTreeMap::new(),
                };
                self.notice = notice;
            }
            Action::Import { scenario, notice } => {
                self.push_history(None);
                let mut drafts = std::mem::take(&mut self.current.drafts);
                drafts.retain(|k, _| matches!(k, Key::Param(_)));
                self.current = Snapshot {
                    scenario: Rc::new(scenario),
                    drafts,
                };
                self.notice = notice;
            }
            Action::Reset => {
                self.push_history(None);
                self.current = Snapshot {
                    scenario: Rc::new(evt_core::data::default_scenario()),
                    drafts: BTreeMap::new(),
                };
                self.notice = Some(Notice::Reset);
            }
            Action::Undo => {
                if !travel(&mut self.undo, &mut self.redo, &mut self.current) {
                    return false;
                }
                self.last_edit = None;
                self.notice = Some(Notice::Undone);
            }
            Action::Redo => {
                if !travel(&mut self.redo, &mut self.undo, &mut self.current) {
                    return false;
                }
                self.last_edit = None;
                self.notice = Some(Notice::Redone);
            }
            Action::SetLang(lang) => {
                if self.lang == lang {
                    return false;
                }
                // Valid drafts re-render in the new notation; invalid text stays as typed.
                let old = self.lang;
                self.current.drafts.retain(|k, text| {
                    parse_key(k, text, old).is_err() || matches!(k, Key::Cell(_, Field::Name))
                });
                self.lang = lang;
            }
        }
        self.recompute();
        true
    }
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// Undo or redo: the top of `from` becomes current, current goes onto `to`.
fn travel(
    from: &mut Vec<Rc<Snapshot>>,
    to: &mut Vec<Rc<Snapshot>>,
    current: &mut Snapshot,
) -> bool {
    let Some(next) = from.pop() else {
        return false;
    };
    let next = Rc::unwrap_or_clone(next);
    to.push(Rc::new(std::mem::replace(current, next)));
    true
}

fn set_param(s: &mut Scenario, param: Param, v: Option<u64>) {
    let bp = |v: Option<u64>| u32::try_from(v.unwrap_or(0)).unwrap_or(u32::MAX);
    match param {
        Param::Urgents => s.params.urgents = v.unwrap_or(0),
        Param::Minimum => s.params.minimum_bp = bp(v),
        Param::Signal => s.params.signal_bp = bp(v),
        Param::Cap => s.params.cap_bp = v.map(|x| u32::try_from(x).unwrap_or(u32::MAX)),
        Param::Turnover => s.params.turnover_bp = bp(v),
        Param::GrowthYears => {
            s.params.growth_years = u32::try_from(v.unwrap_or(0)).unwrap_or(u32::MAX)
        }
        Param::UrgentsGrowth => s.params.urgents_growth = v.unwrap_or(0),
    }
}

fn cell_text(m: &Municipality, field: Field, lang: Lang) -> String {
    use evt_core::numbers::format_count;
    match field {
        Field::Name => m.name.clone(),
        _ => m
            .count(field)
            .map(|x| format_count(x, lang))
            .unwrap_or_default(),
    }
}

fn param_text(s: &Scenario, param: Param, lang: Lang) -> String {
    use evt_core::numbers::{format_bp_plain, format_count};
    match param {
        Param::Urgents => format_count(s.params.urgents, lang),
        Param::Minimum => format_bp_plain(s.params.minimum_bp, lang),
        Param::Signal => format_bp_plain(s.params.signal_bp, lang),
        Param::Cap => s
            .params
            .cap_bp
            .map(|c| format_bp_plain(c, lang))
            .unwrap_or_default(),
        Param::Turnover => format_bp_plain(s.params.turnover_bp, lang),
        Param::GrowthYears => format_count(u64::from(s.params.growth_years), lang),
        Param::UrgentsGrowth => format_count(s.params.urgents_growth, lang),
    }
}

#[cfg(test)]
mod tests;

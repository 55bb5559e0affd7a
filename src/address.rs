//! What the page address opens: a scenario link, the whole country, or a view of the
//! visitor's own work ([`opening`]); and which views the navigation offers.

use crate::web::EXPLANATION_PAGE;
use evt_core::codec::link::{self, LinkError, LinkState, View};

/// The views in the navigation, in order.
pub const NAV: [View; 6] = [
    View::Calculator,
    View::Map,
    View::Growth,
    View::Monitoring,
    View::Compare,
    View::Explanation,
];

/// The views of the public (embedded) mode: the answer, the map and the explanation.
pub const PUBLIC_NAV: [View; 3] = [View::Calculator, View::Map, View::Explanation];

/// What the page opens with.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub state: LinkState,
    /// The address asked for a particular scenario (a link, even one that failed, or
    /// `#region=nl`): it wins over autosaved work, which is kept in the saved list.
    pub from_link: bool,
    /// The address held a scenario link that could not be opened.
    pub error: Option<LinkError>,
}

/// The scenario to open with: a scenario link (`#evt1;…`) if it decodes, else the default
/// Twente scenario with the reason; `#region=nl` opens all 342 Dutch municipalities as one
/// region (the scale case). Other hashes (`#main` from the skip link) are not links. Without
/// a link, the page's own address picks the view ([`view_of_path`]).
pub fn opening(path: &str, hash: &str) -> Opening {
    let hash = hash.trim_start_matches('#');
    let page_view = view_of_path(path);
    let default = || LinkState {
        view: page_view,
        ..LinkState::new(evt_core::data::default_scenario())
    };
    if hash.starts_with("evt") {
        return match link::decode(hash) {
            Ok(state) => Opening {
                state,
                from_link: true,
                error: None,
            },
            Err(e) => Opening {
                state: default(),
                from_link: true,
                error: Some(e),
            },
        };
    }
    if hash.split('&').any(|part| part == "region=nl") {
        return Opening {
            state: LinkState {
                view: page_view,
                ..LinkState::new(evt_core::data::netherlands_scenario())
            },
            from_link: true,
            error: None,
        };
    }
    // `#v=kaart`: the reader's own work, in that view.
    let state = match view_only(hash) {
        Some(view) => LinkState { view, ..default() },
        None => default(),
    };
    Opening {
        state,
        from_link: false,
        error: None,
    }
}

/// The view a page address opens when its hash carries no link: the explanation at
/// [`EXPLANATION_PAGE`], the calculator everywhere else.
pub fn view_of_path(path: &str) -> View {
    let dir = path.strip_suffix("index.html").unwrap_or(path);
    if dir.ends_with(&format!("/{EXPLANATION_PAGE}")) {
        View::Explanation
    } else {
        View::Calculator
    }
}

/// A hash that names only a view (`#v=kaart`, the view tabs' plain address).
pub fn view_only(hash: &str) -> Option<View> {
    View::from_code(hash.trim_start_matches('#').strip_prefix("v=")?)
}

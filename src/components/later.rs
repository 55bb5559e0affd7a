//! A part of the page that renders after the rest, in a task of its own: the app's start-up
//! on a phone is cut into short tasks instead of one long one (see [`crate::takeover`]). The app
//! shows only when every such part has rendered, so nothing appears piecemeal. After the
//! start (another view opened later) and natively (tests, the prerender) it renders at once.
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Later(props: &LaterProps) -> Html {
    let ready = use_state(|| cfg!(not(target_arch = "wasm32")) || crate::takeover::taken_over());
    // Queued or rendering (false once rendered, or unmounted before that), and rendering.
    let flags = use_memo((), |_| {
        (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)))
    });
    {
        let (ready, (waiting, rendering)) = (ready.clone(), (*flags).clone());
        use_effect_with((), move |_| {
            if !*ready {
                waiting.set(true);
                let r = rendering.clone();
                crate::takeover::later(waiting.clone(), move || {
                    r.set(true);
                    ready.set(true);
                });
            }
            move || {
                waiting.set(false);
                if rendering.replace(false) {
                    crate::takeover::later_done();
                }
            }
        });
    }
    {
        let (waiting, rendering) = (*flags).clone();
        use_effect_with(*ready, move |ready| {
            if *ready {
                waiting.set(false);
                if rendering.replace(false) {
                    crate::takeover::later_done();
                }
            }
        });
    }
    if *ready {
        props.children.clone()
    } else {
        Html::default()
    }
}

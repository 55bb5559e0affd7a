//! Why a growth path cannot be drawn is said by what is wrong (issue 13.9): the capped
//! horizon with 0 urgents or a 0 % cap is not "needs households".
use evt_core::data::default_scenario;
use evt_core::growth::{growth_path, Horizon, Start};
use evt_core::methods::Unavailable;

#[test]
fn a_capped_horizon_without_urgents_says_so() {
    let mut s = default_scenario();
    s.params.urgents = 0;
    assert_eq!(
        growth_path(&s, Start::EqualPercentage, Horizon::HouseholdsCapped),
        Err(Unavailable::NoUrgents)
    );
    // The uncapped horizon has a (zero) path.
    assert!(growth_path(&s, Start::EqualPercentage, Horizon::Households).is_ok());
}

#[test]
fn a_capped_horizon_with_a_zero_cap_says_so() {
    let mut s = default_scenario();
    s.params.cap_bp = Some(0);
    assert_eq!(
        growth_path(&s, Start::EqualPercentage, Horizon::HouseholdsCapped),
        Err(Unavailable::NoRoomUnderCap)
    );
    s.params.cap_bp = Some(2000);
    assert!(growth_path(&s, Start::EqualPercentage, Horizon::HouseholdsCapped).is_ok());
}

#[test]
fn no_households_is_still_no_households() {
    let mut s = default_scenario();
    for m in &mut s.municipalities {
        m.households = 0;
    }
    assert_eq!(
        growth_path(&s, Start::EqualPercentage, Horizon::HouseholdsCapped),
        Err(Unavailable::NoHouseholds)
    );
}

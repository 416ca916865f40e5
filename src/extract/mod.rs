//! Text extractors: salary, contacts, places, lure/legit phrases, language. Pure functions over
//! text; no I/O. `signals::analyse` combines them into the named signals a reviewer reads.

pub mod contacts;
pub mod lang;
pub mod norms;
pub mod phrases;
pub mod places;
pub mod salary;
pub mod signals;

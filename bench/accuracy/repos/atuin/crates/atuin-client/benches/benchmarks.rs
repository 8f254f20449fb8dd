mod _util;
mod history;
mod history_store;
mod ordering;
mod record;

fn main() {
    divan::main();
}

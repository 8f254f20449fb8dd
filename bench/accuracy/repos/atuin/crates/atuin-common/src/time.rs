//! Utilities for operating and manipulating time.

mod duration;
mod offset_date_time;
mod utc_offset;

pub use duration::{DurationDisplay, DurationExt, DurationOverflow, DurationStyle};
pub use offset_date_time::{
    OffsetDateTimeDisplay, OffsetDateTimeExt, OffsetDateTimeStyle, TimespecOutOfRange,
    TimestampOutOfRange, YMD_HM, YMD_HMS,
};
pub use utc_offset::{TimezoneDecodingError, UtcOffsetExt, UtcOffsetSpec};

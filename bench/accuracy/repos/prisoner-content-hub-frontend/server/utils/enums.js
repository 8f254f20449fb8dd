module.exports = {
  placeholders: {
    DEFAULT: 'Unavailable',
  },
  dateFormats: {
    GDS_PRETTY_DATE_TIME: 'd MMMM yyyy, h.mmaaa',
    GDS_PRETTY_DATE: 'd MMMM yyyy',
    LONG_PRETTY_DATE: 'EEEE d MMMM',
    PRETTY_DATE: 'EEEE d MMMM yyyy',
    PRETTY_DAY: 'EEEE',
    PRETTY_DAY_AND_MONTH: 'd MMMM',
    PRETTY_TIME: 'h.mmaaa',
    ISO_DATE: 'yyyy-MM-dd',
    ISO_DATE_TIME: 'yyyy-MM-dd HH:mm',
    HOUR: 'H',
  },
};

Date::DATE_PATTERNS = {
  date_picker_strict: /^\d{1,2}\/\d{1,2}\/\d{4}$/,
}.freeze

class CurrencyCleaner
  THOUSANDS_SEPARATOR_REGEX = /,(?=\d{3}\b)/
  LEADING_POUND_SIGN_REGEX = /^£/
  PURE_NUMERIC_REGEX = /^-?\d+\.?\d+?$/

  def initialize(value)
    @original_value = value.to_s
  end

  # will remove all commas if valid i.e. followed by 3 digits
  # if invalid, the original String is returned
  def call
    clean_value = remove_commas
    PURE_NUMERIC_REGEX.match?(clean_value) ? clean_value : @original_value
  end

private

  def remove_commas
    @original_value.sub(LEADING_POUND_SIGN_REGEX, "").gsub(THOUSANDS_SEPARATOR_REGEX, "")
  end
end

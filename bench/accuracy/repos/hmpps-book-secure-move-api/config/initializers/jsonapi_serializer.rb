ActiveSupport::JSON::Encoding.time_precision = 0

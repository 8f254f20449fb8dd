class RetryJobError < StandardError
end

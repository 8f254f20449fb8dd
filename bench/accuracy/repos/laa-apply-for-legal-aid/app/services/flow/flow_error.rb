module Flow
  FlowError = Class.new(StandardError)
end

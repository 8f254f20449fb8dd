module PrometheusCollectors
  module Collectors
    require_relative "sidekiq_queue_collector"
  end
end

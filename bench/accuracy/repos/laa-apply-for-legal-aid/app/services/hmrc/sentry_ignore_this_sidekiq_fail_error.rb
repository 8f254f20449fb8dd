module HMRC
  class SentryIgnoreThisSidekiqFailError < StandardError; end
end

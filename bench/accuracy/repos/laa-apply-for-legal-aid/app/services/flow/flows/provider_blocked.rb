module Flow
  module Flows
    class ProviderBlocked
      STEPS = {
        providers_blocked: Steps::ProviderBlocked::ProvidersBlockedStep,
      }.freeze
    end
  end
end

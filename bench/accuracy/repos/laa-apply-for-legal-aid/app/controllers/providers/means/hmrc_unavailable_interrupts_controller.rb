module Providers
  module Means
    class HMRCUnavailableInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

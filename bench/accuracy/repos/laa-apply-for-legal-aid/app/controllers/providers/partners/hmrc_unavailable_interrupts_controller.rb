module Providers
  module Partners
    class HMRCUnavailableInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

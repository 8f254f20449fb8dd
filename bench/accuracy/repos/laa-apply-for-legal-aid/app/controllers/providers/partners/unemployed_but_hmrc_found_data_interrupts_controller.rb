module Providers
  module Partners
    class UnemployedButHMRCFoundDataInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

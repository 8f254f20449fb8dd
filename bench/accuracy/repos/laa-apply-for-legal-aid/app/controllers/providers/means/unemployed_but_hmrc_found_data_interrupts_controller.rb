module Providers
  module Means
    class UnemployedButHMRCFoundDataInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

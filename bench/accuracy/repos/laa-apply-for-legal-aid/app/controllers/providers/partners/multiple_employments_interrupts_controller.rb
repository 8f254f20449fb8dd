module Providers
  module Partners
    class MultipleEmploymentsInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

module Providers
  module Means
    class MultipleEmploymentsInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

module Providers
  module Means
    class PropertyDetailsInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

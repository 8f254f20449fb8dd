module Providers
  module Means
    class NoNinoInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

module Providers
  module Partners
    class NoNinoInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

module Providers
  module Interrupt
    class BlocksController < ProviderBaseController
      def show; end
    end
  end
end

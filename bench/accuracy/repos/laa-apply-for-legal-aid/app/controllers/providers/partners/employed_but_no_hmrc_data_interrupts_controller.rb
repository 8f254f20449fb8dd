module Providers
  module Partners
    class EmployedButNoHMRCDataInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

module Providers
  module Means
    class EmployedButNoHMRCDataInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

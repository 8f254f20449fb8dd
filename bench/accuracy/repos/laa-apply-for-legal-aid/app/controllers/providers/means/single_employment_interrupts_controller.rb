module Providers
  module Means
    class SingleEmploymentInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

module Providers
  module Partners
    class SingleEmploymentInterruptsController < ProviderBaseController
      def show; end
    end
  end
end

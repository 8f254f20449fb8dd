module Providers
  class ChangeOfNamesInterruptsController < ProviderBaseController
    def show; end
  end
end

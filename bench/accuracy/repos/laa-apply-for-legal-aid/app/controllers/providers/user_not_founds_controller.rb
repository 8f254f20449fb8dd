module Providers
  class UserNotFoundsController < ProviderBaseController
    legal_aid_application_not_required!
  end
end

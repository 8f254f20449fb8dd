module AdminUsers
  class SessionsController < Devise::SessionsController
  end
end

module Admin
  class UserDashboardController < AdminBaseController
    def index; end
  end
end

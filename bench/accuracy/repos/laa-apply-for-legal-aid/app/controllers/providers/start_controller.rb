module Providers
  class StartController < ApplicationController
    before_action :update_locale

    def index; end
  end
end

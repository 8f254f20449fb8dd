class PrivacyPolicyController < ApplicationController
  before_action :update_locale
  def index; end
end

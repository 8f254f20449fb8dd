class HelpsController < ApplicationController
  before_action :track_page_view, only: :show

  def show; end
end

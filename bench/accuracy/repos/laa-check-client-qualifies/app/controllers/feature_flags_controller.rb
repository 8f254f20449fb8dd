class FeatureFlagsController < ApplicationController
  def index; end
end

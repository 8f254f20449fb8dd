class ContactsController < ApplicationController
  before_action :update_locale
  def show; end
end

module Citizens
  class ContactProvidersController < CitizenBaseController
    def show; end
  end
end

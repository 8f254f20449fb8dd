module Providers
  module LinkApplication
    class MakeLinksController < ProviderBaseController
      prefix_step_with :link_application
      reviewed_by :legal_aid_application, :check_provider_answers

      def show
        @form = Providers::LinkApplication::MakeLinkForm.new(model: linked_application)
        legal_aid_application.update!(linked_application_completed: nil)
      end

      def update
        @form = Providers::LinkApplication::MakeLinkForm.new(form_params)
        render :show unless save_continue_or_draft(@form)
      end

    private

      def form_params
        merge_with_model(linked_application) do
          next {} unless params[:linked_application]

          params.expect(linked_application: [:link_type_code])
        end
      end

      def linked_application
        legal_aid_application.lead_linked_application || legal_aid_application.build_lead_linked_application
      end
    end
  end
end

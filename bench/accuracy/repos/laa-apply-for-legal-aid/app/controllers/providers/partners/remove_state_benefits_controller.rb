module Providers
  module Partners
    class RemoveStateBenefitsController < ProviderBaseController
      prefix_step_with :partner

      def show
        form
        regular_transaction
      end

      def update
        if form.valid?
          regular_transaction&.destroy! if form.remove_state_benefit?
          if partner_state_benefits.none?
            replace_last_page_in_history(home_path)
          end
          return go_forward(partner_state_benefits.any?)
        end

        regular_transaction
        render :show
      end

    private

      def form
        @form ||= BinaryChoiceForm.call(
          journey: :provider,
          radio_buttons_input_name: :remove_state_benefit,
          form_params:,
        )
      end

      def partner_state_benefits
        legal_aid_application.partner.state_benefits
      end

      def regular_transaction
        @regular_transaction ||= legal_aid_application.regular_transactions.find(params[:id])
      end

      def form_params
        return {} unless params[:binary_choice_form]

        params.expect(binary_choice_form: [:remove_state_benefit])
      end
    end
  end
end

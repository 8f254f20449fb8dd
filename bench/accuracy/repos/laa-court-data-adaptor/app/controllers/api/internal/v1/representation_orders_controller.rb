# frozen_string_literal: true

module Api
  module Internal
    module V1
      class RepresentationOrdersController < ApplicationController
        # POST /api/internal/v1/representation_orders
        def create
          enforce_contract!
          enqueue_representation_order

          head :accepted
        end

      private

        def enforce_contract!
          unless contract.success?
            raise Errors::ContractError.new(contract, "Representation Order contract")
          end
        end

        def contract
          RepresentationOrderContract.new.call(**transformed_params)
        end

        def create_params
          params.require(:data).require(:attributes).permit(
            :maat_reference,
            :defendant_id,
            defence_organisation: {},
            offences: %i[
              offence_id
              status_code
              status_date
              effective_start_date
              effective_end_date
            ],
          ).tap do |filtered_params|
            filtered_params[:defendant_id] ||= params.dig(:data, :relationships, :defendant, :data, :id)
          end
        end

        def transformed_params
          @transformed_params ||= create_params.to_hash.transform_keys(&:to_sym).compact
        end

        def enqueue_representation_order
          RepresentationOrderCreatorWorker.perform_async(
            Current.request_id,
            transformed_params[:defendant_id],
            transformed_params[:offences],
            transformed_params[:maat_reference],
            transformed_params[:defence_organisation],
          )
        end
      end
    end
  end
end

# frozen_string_literal: true

require "swagger_helper"
require "sidekiq/testing"

RSpec.describe "api/internal/v2/laa_references", swagger_doc: "v2/swagger.yaml", type: :request do
  include AuthorisedRequestHelper

  let(:token) { access_token }
  let(:defendant_id) { SecureRandom.uuid }
  let(:laa_reference) do
    {
      laa_reference: {
        maat_reference: 1_231_231,
        user_name: "JaneDoe",
        unlink_reason_code: 1,
        unlink_other_reason_text: "",
        defendant_id:,
      },
    }
  end

  before do
    allow(ProsecutionCaseLinkValidator).to receive(:call).and_return(true)
  end

  around do |example|
    VCR.use_cassette("maat_api/maat_reference_success") do
      Sidekiq::Testing.fake! do
        example.run
      end
    end
  end

  path "/api/internal/v2/laa_references" do
    post("post laa_reference") do
      description "Post an LAA reference to CDA to link a MAAT case to a Common Platform case"
      consumes "application/json"
      tags "Internal - available to other LAA applications"
      security [{ oAuth: [] }]
      parameter "$ref" => "#/components/parameters/transaction_id_header"

      response(201, "Created") do
        around do |example|
          Sidekiq::Testing.fake!
          VCR.use_cassette("laa_reference_recorder/post") do
            example.run
          end
        end

        parameter name: :laa_reference, in: :body, required: false, type: :object,
                  schema: { "$ref": "laa_reference_post_request_body.json#" },
                  description: "The LAA issued reference to the application. CDA expects a numeric number, although HMCTS allows strings"

        let(:Authorization) { "Bearer #{token.token}" }

        before do
          expect(ProsecutionCaseMaatLinkCreator).to receive(:call)
            .with(defendant_id, "JaneDoe", 1_231_231)
        end

        run_test!
      end

      response(424, "Failed dependency") do
        around do |example|
          Sidekiq::Testing.fake!
          VCR.use_cassette("laa_reference_recorder/post") do
            example.run
          end
        end

        parameter name: :laa_reference, in: :body, required: false, type: :object,
                  schema: { "$ref": "laa_reference_post_request_body.json#" },
                  description: "The LAA issued reference to the application. CDA expects a numeric number, although HMCTS allows strings"

        let(:Authorization) { "Bearer #{token.token}" }

        before do
          allow(ProsecutionCaseMaatLinkCreator).to receive(:call)
            .and_raise(CommonPlatform::Api::Errors::FailedDependency, "Common Platform is offline")
        end

        run_test!
      end

      context "with a blank maat_reference" do
        response(201, "Created") do
          let(:Authorization) { "Bearer #{token.token}" }

          before do
            laa_reference[:laa_reference].delete(:maat_reference)

            expect(ProsecutionCaseMaatLinkCreator).to receive(:call)
              .with(defendant_id, "JaneDoe", nil)
          end

          run_test!
        end
      end

      context "with a blank user_name" do
        response("422", "Unprocessable entity") do
          let(:Authorization) { "Bearer #{token.token}" }

          before do
            laa_reference[:laa_reference].delete(:user_name)
            expect(ProsecutionCaseMaatLinkCreator).not_to receive(:call)
          end

          run_test!
        end
      end

      context "with an invalid maat_reference" do
        response("422", "Unprocessable entity") do
          let(:Authorization) { "Bearer #{token.token}" }
          before { laa_reference[:laa_reference][:maat_reference] = "ABC123123" }

          before do
            expect(ProsecutionCaseMaatLinkCreator).not_to receive(:call)
          end

          run_test!
        end
      end

      context "when request is unauthorized" do
        response("401", "Unauthorized") do
          let(:Authorization) { nil }

          before do
            expect(ProsecutionCaseMaatLinkCreator).not_to receive(:call)
          end

          run_test!
        end
      end

      context "with a failing LAA Reference contract" do
        let(:defendant_id) { "X" }

        it "renders a JSON response with an unprocessable_content error" do
          post api_internal_v2_prosecution_case_laa_references_path, params: laa_reference, headers: { "Authorization" => "Bearer #{token.token}" }

          expect(response.body).to include("is not a valid uuid")
          expect(response).to have_http_status(:unprocessable_content)
        end
      end
    end

    path "/api/internal/v2/laa_references/{defendant_id}" do
      patch("update laa_reference") do
        description "Update an LAA reference (mark as unlinked)"
        consumes "application/json"
        tags "Internal - available to other LAA applications"
        security [{ oAuth: [] }]
        parameter "$ref" => "#/components/parameters/transaction_id_header"
        parameter name: :defendant_id, in: :path, required: false, type: :uuid,
                  schema: {
                    "$ref": "defendant.json#/properties/id",
                  },
                  description: "The unique identifier of the defendant"

        parameter name: :laa_reference, in: :body, required: true, type: :object,
                  schema: {
                    "$ref": "laa_reference_patch_request_body.json#",
                  },
                  description: "The LAA issued reference to the application. CDA expects a numeric number, although HMCTS allows strings"

        response(200, "OK") do
          around do |example|
            Sidekiq::Testing.fake!
            LaaReference.create!(defendant_id:,
                                 linked: true,
                                 maat_reference: laa_reference[:laa_reference][:maat_reference],
                                 user_name: "Jack")
            VCR.use_cassette("laa_reference_recorder/update") do
              example.run
            end
          end

          let(:Authorization) { "Bearer #{token.token}" }

          before do
            expect(ProsecutionCaseLaaReferenceUnlinker).to receive(:call).with(
              defendant_id: defendant_id,
              user_name: "JaneDoe",
              unlink_reason_code: 1,
              unlink_other_reason_text: "",
              maat_reference: 1_231_231,
            )
          end

          run_test!
        end

        context "when validation error" do
          response("422", "Unprocessable") do
            let(:Authorization) { "Bearer #{token.token}" }
            let(:defendant_id) { "X" }

            before do
              expect(ProsecutionCaseLaaReferenceUnlinker).not_to receive(:call)
            end

            run_test!
          end
        end

        context "when defendant_id is nonexistent" do
          response("404", "Defendant not found") do
            let(:Authorization) { "Bearer #{token.token}" }

            let(:defendant_id) { "fa7ca7bd-5dce-419c-88db-f42e1b7ce8a0" }

            run_test! do |response|
              error = JSON.parse(response.body)["error"]

              expect(error).to eq("Defendant with id = '#{defendant_id}' not found!")
            end
          end
        end

        context "when request is unauthorized" do
          response("401", "Unauthorized") do
            let(:Authorization) { nil }

            before do
              expect(ProsecutionCaseLaaReferenceUnlinker).not_to receive(:call)
            end

            run_test!
          end
        end
      end
    end
  end
end

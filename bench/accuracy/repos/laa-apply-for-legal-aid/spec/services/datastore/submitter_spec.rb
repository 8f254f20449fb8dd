require "rails_helper"
require Rails.root.join("spec/services/datastore/data_access_api_stubs")

RSpec.describe Datastore::Submitter do
  let(:uri) { "#{Rails.configuration.x.data_access_api.url}/applications" }
  let(:legal_aid_application) { create(:legal_aid_application) }

  describe ".call" do
    subject(:call) { described_class.call(legal_aid_application, token_object:, persister_klass:) }

    let(:token_object) { build(:entra_id_token, refresh_token: "fake_refresh_token", access_token_expires_at: 1.hour.from_now, scope: "fake_scope1 fake_scope2") }
    let(:persister_klass) { Datastore::Persister }

    context "with successful response" do
      before do
        stub_successful_datastore_submission
      end

      it "makes one external call" do
        call
        expect(a_request(:post, uri)).to have_been_made.times(1)
      end

      it "returns the id of the datastore record created" do
        expect(call).to eq("67359989-7268-47e7-b3f9-060ccff9b150")
      end

      context "when a persister is NOT supplied" do
        let(:persister_klass) { nil }

        it "does not persist the datastore_id to the legal_aid_application" do
          expect { call }
            .not_to change { legal_aid_application.reload.datastore_id }
              .from(nil)
        end

        it "does not create a datastore submission record" do
          expect { call }.not_to change { legal_aid_application.reload.datastore_submissions.count }.from(0)
        end
      end

      context "when a persister is supplied" do
        let(:persister_klass) { Datastore::Persister }

        it "persists the datastore_id to the legal_aid_application" do
          expect { call }
            .to change { legal_aid_application.reload.datastore_id }
              .from(nil)
              .to("67359989-7268-47e7-b3f9-060ccff9b150")
        end

        it "persists the response against the legal_aid_application" do
          expect { call }
            .to change { legal_aid_application.reload.datastore_submissions }
              .from([])
              .to([instance_of(Datastore::Submission)])
        end
      end
    end

    context "with bad request response" do
      before do
        stub_bad_request_datastore_submission
      end

      it "raises error" do
        expect { call }.to raise_error(described_class::ApiError, "Datastore Submission Failed: status 400, body {\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,\"detail\":\"Check your request was valid\",\"instance\":\"/api/v0/applications\"}")
      end
    end

    context "with unauthorised response" do
      before do
        stub_unauthorized_datastore_submission
      end

      it "raises error" do
        expect { call }.to raise_error(described_class::ApiError, "Datastore Submission Failed: status 401, body {\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Check your request has been authorized\",\"instance\":\"/api/v0/applications\"}")
      end
    end

    context "with forbidden response" do
      before do
        stub_forbidden_datastore_submission
      end

      it "raises error" do
        expect { call }.to raise_error(described_class::ApiError, "Datastore Submission Failed: status 403, body {\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Check your request has been authenticated\",\"instance\":\"/api/v0/applications\"}")
      end
    end

    context "with internal server error response" do
      before do
        stub_internal_server_error_datastore_submission
      end

      it "raises error" do
        expect { call }.to raise_error(described_class::ApiError, "Datastore Submission Failed: status 500, body {\"type\":\"about:blank\",\"title\":\"Internal server error\",\"status\":500,\"detail\":\"An unexpected application error has occurred.\",\"instance\":\"/api/v0/applications\"}")
      end
    end

    context "when token object is not provided" do
      let(:token_object) { nil }

      before do
        stub_other_failed_refresh_token_request
      end

      it "encounters connection error and passes it up the chain" do
        expect { call }.to raise_error(Datastore::Connection::ConnectionError, /Unexpected error occurred while authenticating with datastore/)
      end
    end
  end
end

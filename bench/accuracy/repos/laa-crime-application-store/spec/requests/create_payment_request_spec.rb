require "rails_helper"

RSpec.describe "POST /v1/payment_requests", type: :request do
  subject(:make_request) { post(endpoint, params:) }

  let(:endpoint) { "/v1/payment_requests" }
  let(:submitter_id) { SecureRandom.uuid }
  let(:request_type) { "non_standard_magistrate" }
  let(:laa_reference) { nil }
  let(:idempotency_token) { SecureRandom.uuid }
  let(:params) do
    {
      submitter_id:,
      request_type:,
      laa_reference:,
      idempotency_token:,
      date_claim_assessed: "2025-01-01",
      solicitor_office_code: "3B123A",
      solicitor_firm_name: "The Firm",
      defendant_first_name: "Jim",
      defendant_last_name: "Jones",
      original_submission_month: 1,
      original_submission_year: 2025,
      matter_type: "CRIM",
      hearing_outcome_code: "PROG",
      stage_reached: "PROG",
      ufn: "010125/001",
      youth_court: false,
      number_of_attendances: 2,
      number_of_defendants: 1,
      date_completed: "2025-01-01",
      court_name: "Greenock Sheriff",
      court_id: "123",
      claimed_profit_cost: 100.0,
      claimed_travel_cost: 20.0,
      claimed_waiting_cost: 10.0,
      claimed_disbursement_cost: 5.0,
      allowed_profit_cost: 90.0,
      allowed_travel_cost: 15.0,
      allowed_waiting_cost: 5.0,
      allowed_disbursement_cost: 4.0,
    }
  end

  before do
    allow(ENV).to receive(:fetch).with("SENTRY_DSN", nil).and_return("test")
    allow(Sentry).to receive(:capture_exception)
    allow(Tokens::VerificationService)
      .to receive(:call)
      .and_return(valid: true, role: :caseworker)
  end

  describe "successful creation" do
    it "creates an NSM claim and linked payment request" do
      expect { make_request }.to change(PaymentRequest, :count).by(1)
                             .and change(NsmClaim, :count).by(1)

      expect(response).to have_http_status(:created)

      payment = PaymentRequest.last
      claim = NsmClaim.last

      expect(payment.request_type).to eq("non_standard_magistrate")
      expect(payment.submitter_id).to eq(submitter_id)
      expect(payment.payable_claim).to eq(claim)

      expect(claim).to have_attributes(
        client_first_name: "Jim",
        client_last_name: "Jones",
        solicitor_office_code: "3B123A",
        solicitor_firm_name: "The Firm",
        matter_type: "CRIM",
        youth_court: false,
        court_name: "Greenock Sheriff",
        court_id: "123",
        stage_code: "PROG",
        no_of_defendants: 1,
        original_submission_date: Date.new(2025, 1, 1),
      )

      expect(payment).to have_attributes(
        claimed_profit_cost: 100.0,
        claimed_travel_cost: 20.0,
        claimed_waiting_cost: 10.0,
        claimed_disbursement_cost: 5.0,
        allowed_profit_cost: 90.0,
        allowed_travel_cost: 15.0,
        allowed_waiting_cost: 5.0,
        allowed_disbursement_cost: 4.0,
      )
    end

    context "when request type is an amendment" do
      let(:request_type) { "non_standard_mag_amendment" }

      it "allows negative allowed cost values" do
        params.merge!(
          claimed_profit_cost: 100.0,
          claimed_travel_cost: 20.0,
          claimed_waiting_cost: 10.0,
          claimed_disbursement_cost: 5.0,
          allowed_profit_cost: -90.0,
          allowed_travel_cost: -15.0,
          allowed_waiting_cost: -5.0,
          allowed_disbursement_cost: -4.0,
        )

        expect { make_request }.to change(PaymentRequest, :count).by(1)
                               .and change(NsmClaim, :count).by(1)

        expect(response).to have_http_status(:created)

        payment = PaymentRequest.last

        expect(payment).to have_attributes(
          claimed_profit_cost: 100.0,
          claimed_travel_cost: 20.0,
          claimed_waiting_cost: 10.0,
          claimed_disbursement_cost: 5.0,
          allowed_profit_cost: -90.0,
          allowed_travel_cost: -15.0,
          allowed_waiting_cost: -5.0,
          allowed_disbursement_cost: -4.0,
        )
      end
    end
  end

  describe "validation errors" do
    context "when submitter_id is invalid" do
      let(:submitter_id) { "not-a-uuid" }

      it "returns 422 and no records created" do
        expect { make_request }.not_to change(PaymentRequest, :count)
        expect(response).to have_http_status(:unprocessable_content)
      end
    end

    context "when request_type is invalid" do
      let(:request_type) { "invalid_type" }

      it "returns 422" do
        make_request
        expect(response).to have_http_status(:unprocessable_content)
      end
    end

    context "when required attributes are missing" do
      let(:params) { super().except(:office_code, :ufn) }

      it "returns 422 and does not create claim" do
        expect { make_request }.not_to change(NsmClaim, :count)
        expect(response).to have_http_status(:unprocessable_content)
      end
    end

    context "when idempotency_token is same as last request return unprocessable" do
      before do
        create(:nsm_claim, idempotency_token:)
      end

      it "returns 422 and does not create a new claim" do
        expect { make_request }.not_to change(NsmClaim, :count)
        expect(response).to have_http_status(:unprocessable_content)
      end
    end

    context "when cost attributes are negative and request is not an amendment" do
      let(:params) do
        super().merge(
          claimed_profit_cost: -100.0,
          claimed_travel_cost: -20.0,
          claimed_waiting_cost: -10.0,
          claimed_disbursement_cost: -5.0,
          allowed_profit_cost: -90.0,
          allowed_travel_cost: -15.0,
          allowed_waiting_cost: -5.0,
          allowed_disbursement_cost: -4.0,
        )
      end

      it "returns 422 and does not create claim" do
        expect { make_request }.not_to change(NsmClaim, :count)
        expect(response).to have_http_status(:unprocessable_content)
      end
    end
  end

  describe "when creating an assigned counsel claim" do
    let(:request_type) { "assigned_counsel" }
    let(:params) do
      {
        submitter_id:,
        request_type:,
        idempotency_token: SecureRandom.uuid,
        nsm_claim_id: create(:nsm_claim).id,
        laa_reference:,
        counsel_office_code: "2C123B",
        counsel_firm_name: "Counsel Firm",
        solicitor_office_code: "3B123A",
        solicitor_firm_name: "Solicitor Firm",
        defendant_last_name: "Jones",
        ufn: "020225/001",
        date_claim_assessed: "2025-02-02",
        claimed_net_assigned_counsel_cost: 500.0,
        claimed_assigned_counsel_vat: 100.0,
        allowed_net_assigned_counsel_cost: 450.0,
        allowed_assigned_counsel_vat: 90.0,
      }
    end

    it "creates an AssignedCounselClaim and linked PaymentRequest" do
      expect { make_request }.to change(AssignedCounselClaim, :count).by(1)
                             .and change(PaymentRequest, :count).by(1)

      expect(response).to have_http_status(:created)

      payment = PaymentRequest.last
      claim = AssignedCounselClaim.last

      expect(payment.request_type).to eq("assigned_counsel")
      expect(payment.payable_claim).to eq(claim)
      expect(claim.counsel_office_code).to eq("2C123B")
      expect(claim.solicitor_office_code).to eq("3B123A")

      expect(payment).to have_attributes(
        claimed_net_assigned_counsel_cost: 500.0,
        claimed_assigned_counsel_vat: 100.0,
        allowed_net_assigned_counsel_cost: 450.0,
        allowed_assigned_counsel_vat: 90.0,
      )
    end

    describe "SENTRY error reporting" do
      let(:submitter_id) { "not-a-uuid" }

      it "logs a Sentry exception" do
        make_request

        expect(response).to have_http_status(:unprocessable_content)
        expect(Sentry).to have_received(:capture_exception)
      end
    end
  end
end

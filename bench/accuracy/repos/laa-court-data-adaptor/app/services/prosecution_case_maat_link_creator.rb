# frozen_string_literal: true

class ProsecutionCaseMaatLinkCreator < ApplicationService
  attr_reader :laa_reference, :defendant_id, :prosecution_case_id

  def initialize(defendant_id, user_name, maat_reference)
    @laa_reference = LaaReference.new(
      defendant_id:,
      user_name:,
      maat_reference: maat_reference.presence || LaaReference.generate_linking_dummy_maat_reference,
    )
    @defendant_id = defendant_id
    @prosecution_case_id = verify_prosecution_case_id
  end

  def call
    post_laa_references_to_common_platform
    publish_laa_reference_to_queue unless laa_reference.dummy_maat_reference?
    fetch_past_hearings

    laa_reference.link!
  end

private

  def publish_laa_reference_to_queue
    maat_api_laa_reference = MaatApi::LaaReference.new(
      maat_reference: laa_reference.maat_reference,
      user_name: laa_reference.user_name,
      defendant_summary:,
      prosecution_case_summary:,
    )

    Sqs::MessagePublisher.call(
      message: MaatApi::LaaReferenceMessage.new(maat_api_laa_reference).generate,
      queue_url: Rails.configuration.x.aws.sqs_url_link,
      log_info: { maat_reference: laa_reference.maat_reference },
    )
  end

  def post_laa_references_to_common_platform
    offences.each do |offence|
      post_laa_reference_to_common_platform(offence)
    rescue StandardError => e
      Sentry.capture_exception(
        e,
        tags: {
          request_id: Current.request_id,
          defendant_id: offence.defendant_id,
          maat_reference: laa_reference.maat_reference,
          user_name: laa_reference.user_name,
          offence_id: offence.offence_id,
        },
      )
      raise e
    end
  end

  def post_laa_reference_to_common_platform(offence)
    response = CommonPlatform::Api::RecordProsecutionCaseLaaReference.call(
      prosecution_case_id: offence.prosecution_case_id,
      defendant_id: offence.defendant_id,
      offence_id: offence.offence_id,
      status_code: "AP",
      application_reference: laa_reference.maat_reference,
      status_date: Time.zone.today.strftime("%Y-%m-%d"),
    )

    unless response.success?
      raise CommonPlatform::Api::Errors::FailedDependency.from_response(
        service: self.class.name,
        response:,
        context: "posting LAA Reference for offence #{offence.offence_id}",
      )
    end
  end

  def fetch_past_hearings
    hearing_summaries.each do |hearing_summary|
      # When debugging locally:
      # HearingResultFetcher.call(hearing_summary.id, defendant_id)
      HearingResultFetcherWorker.perform_at(
        30.seconds.from_now,
        Current.request_id,
        hearing_summary.id,
        nil,
        defendant_id,
      )
    end
  end

  def hearing_summaries
    Array(prosecution_case_summary_data["hearingSummary"]).map do |hearing_summary_data|
      HmctsCommonPlatform::HearingSummary.new(hearing_summary_data)
    end
  end

  def defendant_summary
    prosecution_case_summary.defendant_summaries.find { |d| d.defendant_id == laa_reference.defendant_id }
  end

  def prosecution_case_summary
    HmctsCommonPlatform::ProsecutionCaseSummary.new(prosecution_case_summary_data)
  end

  def prosecution_case_summary_data
    @prosecution_case_summary_data ||= ProsecutionCase.find(prosecution_case_id).body
  end

  def verify_prosecution_case_id
    ids = offences.pluck(:prosecution_case_id).uniq

    return ids.first if ids.count == 1

    raise Errors::DefendantError.new("Defendant ID #{defendant_id} found in multiple prosecution cases",
                                     :duplicated_defendant_id)
  end

  def offences
    @offences ||= ProsecutionCaseDefendantOffence.where(defendant_id:)
  end
end

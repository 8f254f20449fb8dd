class CourtApplicationMaatLinkCreator < ApplicationService
  attr_reader :laa_reference, :subject_id

  def initialize(subject_id, user_name, maat_reference)
    @laa_reference = LaaReference.new(
      defendant_id: subject_id,
      user_name:,
      maat_reference: maat_reference.presence || LaaReference.generate_linking_dummy_maat_reference,
    )
    @subject_id = subject_id
  end

  def call
    post_laa_references_to_common_platform!

    publish_laa_reference_to_queue unless laa_reference.dummy_maat_reference?
    fetch_past_hearings

    laa_reference.link!
  end

private

  def publish_laa_reference_to_queue
    maat_api_laa_reference = MaatApi::CourtApplicationLaaReference.new(
      maat_reference: laa_reference.maat_reference,
      user_name: laa_reference.user_name,
      court_application_summary:,
    )

    Sqs::MessagePublisher.call(
      message: MaatApi::LaaReferenceMessage.new(maat_api_laa_reference).generate,
      queue_url: Rails.configuration.x.aws.sqs_url_link,
      log_info: { maat_reference: laa_reference.maat_reference },
    )
  end

  def post_laa_references_to_common_platform!
    if court_application_summary.subject_summary.has_offences?
      offences.each do |offence|
        post_laa_reference_to_common_platform(offence)
      end
    else
      post_laa_reference_to_common_platform
    end
  end

  def post_laa_reference_to_common_platform(offence = nil)
    response = CommonPlatform::Api::RecordCourtApplicationLaaReference.call(
      application_id: court_application_summary.application_id,
      subject_id:,
      offence_id: offence&.offence_id,
      status_code: "AP",
      application_reference: laa_reference.maat_reference,
      status_date: Time.zone.today.strftime("%Y-%m-%d"),
    )

    unless response.success?
      raise CommonPlatform::Api::Errors::FailedDependency.from_response(
        service: self.class.name,
        response:,
        context: "posting LAA Reference for application #{court_application_summary.application_id}",
      )
    end
  rescue StandardError => e
    record_and_reraise(e, offence)
  end

  def record_and_reraise(exception, offence = nil)
    Sentry.capture_exception(
      exception,
      tags: {
        request_id: Current.request_id,
        subject_id: subject_id,
        maat_reference: laa_reference.maat_reference,
        user_name: laa_reference.user_name,
        offence_id: offence&.offence_id,
      },
    )
    raise exception
  end

  def fetch_past_hearings
    court_application_summary.hearing_summary.each do |hearing_summary|
      HearingResultFetcherWorker.perform_at(
        30.seconds.from_now,
        Current.request_id,
        hearing_summary.id,
        nil,
        laa_reference.defendant_id,
      )
    end
  end

  def offences
    @offences ||= court_application_summary.subject_summary.offence_summary
  end

  def court_application_summary
    @court_application_summary ||= HmctsCommonPlatform::CourtApplicationSummary.new(court_application.body)
  end

  def court_application
    @court_application ||= CourtApplication.find_by(subject_id: laa_reference.defendant_id)
  end
end

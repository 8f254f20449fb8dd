module Flow
  module Steps
    module Addresses
      HomeAddressStatusesStep = Step.new(
        path: ->(application) { Steps.urls.providers_legal_aid_application_home_address_status_path(application) },
        forward: lambda do |application|
          if application.applicant.no_fixed_residence?
            :link_application_make_links
          else
            :home_address_lookups
          end
        end,
        check_answers: :check_provider_answers,
        carry_on_sub_flow: ->(application) { !application.applicant.no_fixed_residence? },
      )
    end
  end
end

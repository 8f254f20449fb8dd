FactoryBot.define do
  factory :passported_state_machine do
    legal_aid_application
  end
end

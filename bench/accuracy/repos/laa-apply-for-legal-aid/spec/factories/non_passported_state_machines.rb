FactoryBot.define do
  factory :non_passported_state_machine do
    legal_aid_application
  end
end

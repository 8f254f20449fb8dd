FactoryBot.define do
  factory :base_state_machine do
    legal_aid_application
  end
end

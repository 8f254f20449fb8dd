FactoryBot.define do
  factory :non_means_tested_state_machine do
    legal_aid_application
  end

  factory :special_children_act_state_machine do
    legal_aid_application
  end
end

FactoryBot.define do
  factory :bank_error do
    applicant
  end
end

FactoryBot.define do
  factory :legal_aid_application_transaction_type do
    legal_aid_application
    transaction_type
  end
end

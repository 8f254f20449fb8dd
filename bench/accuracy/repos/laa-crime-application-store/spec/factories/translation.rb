FactoryBot.define do
  factory :translation do
    key { "law_sol" }
    translation { "Law Soliciting" }
    translation_type { "service" }
  end
end

FactoryBot.define do
  factory :specific_issue, class: "ProceedingMeritsTask::SpecificIssue" do
    proceeding
  end
end

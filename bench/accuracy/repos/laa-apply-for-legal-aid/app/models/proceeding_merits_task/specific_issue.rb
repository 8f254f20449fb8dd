module ProceedingMeritsTask
  class SpecificIssue < ApplicationRecord
    belongs_to :proceeding
  end
end

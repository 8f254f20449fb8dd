module ProceedingMeritsTask
  class ChildCareAssessment < ApplicationRecord
    belongs_to :proceeding
  end
end

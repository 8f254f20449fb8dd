module ProceedingMeritsTask
  class AttemptsToSettle < ApplicationRecord
    belongs_to :proceeding
  end
end

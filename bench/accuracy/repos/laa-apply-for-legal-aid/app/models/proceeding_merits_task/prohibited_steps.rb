module ProceedingMeritsTask
  class ProhibitedSteps < ApplicationRecord
    belongs_to :proceeding
  end
end

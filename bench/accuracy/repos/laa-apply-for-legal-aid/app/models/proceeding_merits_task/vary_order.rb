module ProceedingMeritsTask
  class VaryOrder < ApplicationRecord
    belongs_to :proceeding
  end
end

module ProceedingMeritsTask
  class OpponentsApplication < ApplicationRecord
    belongs_to :proceeding
  end
end

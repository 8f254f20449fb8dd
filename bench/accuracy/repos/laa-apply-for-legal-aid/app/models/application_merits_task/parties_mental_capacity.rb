module ApplicationMeritsTask
  class PartiesMentalCapacity < ApplicationRecord
    belongs_to :legal_aid_application
  end
end

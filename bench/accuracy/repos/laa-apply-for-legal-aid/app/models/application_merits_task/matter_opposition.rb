module ApplicationMeritsTask
  class MatterOpposition < ApplicationRecord
    belongs_to :legal_aid_application
  end
end

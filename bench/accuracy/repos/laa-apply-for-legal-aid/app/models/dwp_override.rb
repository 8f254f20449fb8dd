class DWPOverride < ApplicationRecord
  belongs_to :legal_aid_application
end

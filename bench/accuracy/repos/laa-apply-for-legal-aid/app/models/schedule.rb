class Schedule < ApplicationRecord
  belongs_to :office
end

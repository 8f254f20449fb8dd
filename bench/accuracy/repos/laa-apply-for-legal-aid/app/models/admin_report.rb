class AdminReport < ApplicationRecord
  has_one_attached :application_details_report
end

class BankAccountHolder < ApplicationRecord
  belongs_to :bank_provider
end

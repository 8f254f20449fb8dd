class PartnerOtherIncomeForm < OtherIncomeForm
  include SessionPersistableForPartner
end

class PartnerBenefitsForm < BenefitsForm
  include SessionPersistableForPartner
end

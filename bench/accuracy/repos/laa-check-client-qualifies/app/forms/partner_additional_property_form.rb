class PartnerAdditionalPropertyForm < PropertyForm
  include SessionPersistableWithPrefix
  PREFIX = "partner_additional_".freeze
end

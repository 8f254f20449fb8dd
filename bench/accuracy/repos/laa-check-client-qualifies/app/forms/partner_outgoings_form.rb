class PartnerOutgoingsForm < OutgoingsForm
  include SessionPersistableForPartner
end

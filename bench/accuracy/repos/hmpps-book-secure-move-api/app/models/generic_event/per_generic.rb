class GenericEvent
  class PerGeneric < GenericEvent
    details_attributes :stakeholder, :summary, :further_details
    eventable_types 'PersonEscortRecord'
  end
end

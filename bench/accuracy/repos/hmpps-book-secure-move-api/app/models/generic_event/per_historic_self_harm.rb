class GenericEvent
  class PerHistoricSelfHarm < GenericEvent
    details_attributes :comment
    eventable_types 'PersonEscortRecord'
  end
end

class GenericEvent
  class JourneyCreate < GenericEvent
    eventable_types 'Journey'
  end
end

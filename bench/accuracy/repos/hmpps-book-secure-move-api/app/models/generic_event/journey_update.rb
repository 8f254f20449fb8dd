class GenericEvent
  class JourneyUpdate < GenericEvent
    eventable_types 'Journey'
  end
end

class GenericEvent
  class PersonMovePersonEscaped < Incident
  end
end

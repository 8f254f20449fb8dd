class GenericEvent
  class PersonMoveReleasedError < Incident
  end
end

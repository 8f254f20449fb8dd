class GenericEvent
  class PersonMoveUsedForce < Incident
  end
end

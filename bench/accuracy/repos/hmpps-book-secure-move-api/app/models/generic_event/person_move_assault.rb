class GenericEvent
  class PersonMoveAssault < Incident
  end
end

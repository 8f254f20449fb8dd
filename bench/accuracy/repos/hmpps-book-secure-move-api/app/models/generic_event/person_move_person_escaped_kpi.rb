class GenericEvent
  class PersonMovePersonEscapedKpi < Incident
  end
end

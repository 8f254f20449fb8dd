class GenericEvent
  class PersonMoveMinorIncidentOther < Incident
  end
end

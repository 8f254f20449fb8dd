class GenericEvent
  class PersonMoveMajorIncidentOther < Incident
  end
end

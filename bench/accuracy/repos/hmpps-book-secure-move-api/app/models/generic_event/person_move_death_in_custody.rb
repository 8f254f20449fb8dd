class GenericEvent
  class PersonMoveDeathInCustody < Incident
  end
end

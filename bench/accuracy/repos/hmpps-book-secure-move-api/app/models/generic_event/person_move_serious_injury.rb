class GenericEvent
  class PersonMoveSeriousInjury < Incident
  end
end

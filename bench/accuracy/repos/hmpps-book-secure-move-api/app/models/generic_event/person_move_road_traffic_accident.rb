class GenericEvent
  class PersonMoveRoadTrafficAccident < Incident
    include VehicleRegValidations
  end
end

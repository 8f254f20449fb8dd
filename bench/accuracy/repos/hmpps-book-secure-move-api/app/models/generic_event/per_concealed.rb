class GenericEvent
  class PerConcealed < PerIncident
  end
end

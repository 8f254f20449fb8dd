class GenericEvent
  class PerViolentDangerous < PerIncident
  end
end

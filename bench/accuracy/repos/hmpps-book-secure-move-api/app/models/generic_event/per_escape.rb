class GenericEvent
  class PerEscape < PerIncident
  end
end

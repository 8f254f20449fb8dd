class GenericEvent
  class PerSelfHarm < PerIncident
  end
end

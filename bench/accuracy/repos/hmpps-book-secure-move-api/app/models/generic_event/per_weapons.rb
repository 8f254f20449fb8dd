class GenericEvent
  class PerWeapons < PerIncident
  end
end

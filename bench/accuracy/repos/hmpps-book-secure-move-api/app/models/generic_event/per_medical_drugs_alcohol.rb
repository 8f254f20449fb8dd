class GenericEvent
  class PerMedicalDrugsAlcohol < Medical
  end
end

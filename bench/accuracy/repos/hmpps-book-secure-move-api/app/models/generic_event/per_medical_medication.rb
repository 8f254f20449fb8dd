class GenericEvent
  class PerMedicalMedication < Medical
  end
end

class GenericEvent
  class PerMedicalAid < Medical
  end
end

class GenericEvent
  class PerMedicalMentalHealth < Medical
  end
end

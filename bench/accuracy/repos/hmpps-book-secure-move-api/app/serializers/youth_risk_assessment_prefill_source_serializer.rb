# frozen_string_literal: true

class YouthRiskAssessmentPrefillSourceSerializer < PrefillSourceSerializer
  set_type :youth_risk_assessments
end

# frozen_string_literal: true

class Profile
  class AssessmentAnswers < Types::BaseCollection
    def concrete_class
      AssessmentAnswer
    end
  end
end

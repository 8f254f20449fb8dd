# frozen_string_literal: true

class Allocation
  class ComplexCaseAnswers < Types::BaseCollection
    def concrete_class
      ComplexCaseAnswer
    end
  end
end

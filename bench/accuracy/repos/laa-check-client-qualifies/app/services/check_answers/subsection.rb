# frozen_string_literal: true

module CheckAnswers
  Subsection = Data.define(:tables)
end

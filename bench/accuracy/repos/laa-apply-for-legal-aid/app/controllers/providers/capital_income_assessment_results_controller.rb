module Providers
  class CapitalIncomeAssessmentResultsController < MeansAssessmentResultsController
  end
end

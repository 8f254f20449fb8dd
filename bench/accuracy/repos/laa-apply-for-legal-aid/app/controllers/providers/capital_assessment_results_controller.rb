module Providers
  class CapitalAssessmentResultsController < MeansAssessmentResultsController
  end
end

require "rails_helper"

RSpec.describe ChoiceAnalyticsService do
  describe ".call" do
    let(:form) { LevelOfHelpForm.new }
    let(:assessment_code) { "assessment_code" }

    it "handles errors without crashing", :throws_cfe_error do
      expect(ErrorService).to receive(:call)
      allow(AnalyticsEvent).to receive(:create!).and_raise "Error!"
      expect { described_class.call(form, assessment_code, {}) }.not_to raise_error
    end

    it "respects ModeConfig.analytics_enabled? false" do
      allow(ModeConfig).to receive(:analytics_enabled?).and_return(false)
      expect(described_class.call(anything, anything, anything)).to be_nil
      expect(AnalyticsEvent.count).to eq 0
    end

    it "respects no-analytics cookie" do
      cookies = { CookiesController::NO_ANALYTICS_MODE => "true" }
      described_class.call(form, assessment_code, cookies)
      expect(AnalyticsEvent.count).to eq 0
    end
  end
end

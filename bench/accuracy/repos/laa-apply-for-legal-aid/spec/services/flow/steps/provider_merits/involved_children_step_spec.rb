require "rails_helper"

RSpec.describe Flow::Steps::ProviderMerits::InvolvedChildrenStep, type: :request do
  let(:legal_aid_application) { create(:legal_aid_application) }

  describe "#path" do
    subject { described_class.path.call(legal_aid_application, params) }

    let(:partial_record) { create(:involved_child, legal_aid_application:) }
    let(:id) { "new" }
    let(:params) do
      { _method: "patch",
        application_merits_task_involved_child: { "last_name" => partial_record&.last_name, "first_name" => partial_record&.first_name, "date_of_birth(3i)" => "", "date_of_birth(2i)" => "", "date_of_birth(1i)" => "" },
        draft_button: "Save and come back later",
        locale: "en",
        id: }
    end

    context "when involved_child_id is new" do
      context "with partial record" do
        it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record) }
      end

      context "without partial record" do
        let(:partial_record) { nil }

        it { is_expected.to eq new_providers_legal_aid_application_involved_child_path(legal_aid_application) }
      end

      context "with a partial record that only matches on first name" do
        let(:partial_record) { create(:involved_child, legal_aid_application:, last_name: nil) }
        let(:params) do
          { _method: "patch",
            application_merits_task_involved_child: { "last_name" => "", "first_name" => partial_record&.first_name, "date_of_birth(3i)" => "", "date_of_birth(2i)" => "", "date_of_birth(1i)" => "" },
            draft_button: "Save and come back later",
            locale: "en",
            id: }
        end

        it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record) }
      end

      context "with a partial record that only matches on last name" do
        let(:partial_record) { create(:involved_child, legal_aid_application:, first_name: nil) }
        let(:params) do
          { _method: "patch",
            application_merits_task_involved_child: { "last_name" => partial_record&.last_name, "first_name" => "", "date_of_birth(3i)" => "", "date_of_birth(2i)" => "", "date_of_birth(1i)" => "" },
            draft_button: "Save and come back later",
            locale: "en",
            id: }
        end

        it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record) }
      end

      context "with a partial record with nil first name and last name" do
        let(:partial_record) { create(:involved_child, first_name: nil, last_name: nil) }
        let(:params) do
          { _method: "patch",
            application_merits_task_involved_child: { "last_name" => "", "first_name" => "", "date_of_birth(3i)" => "", "date_of_birth(2i)" => "", "date_of_birth(1i)" => "" },
            draft_button: "Save and come back later",
            locale: "en",
            id: }
        end

        before { legal_aid_application.involved_children << partial_record }

        it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record) }
      end

      context "when the first_name param contains leading whitespace" do
        let(:partial_record) { create(:involved_child, legal_aid_application:, first_name: "Lee Ann", last_name: "Conway") }
        let(:params) do
          { _method: "patch",
            application_merits_task_involved_child: { "last_name" => "Conway", "first_name" => " Lee Ann", "date_of_birth(3i)" => "", "date_of_birth(2i)" => "", "date_of_birth(1i)" => "" },
            draft_button: "Save and come back later",
            locale: "en",
            id: }
        end

        before { legal_aid_application.involved_children << partial_record }

        it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record) }
      end

      context "when the last_name param contains trailing whitespace" do
        let(:partial_record) { create(:involved_child, legal_aid_application:, first_name: "Clare", last_name: "Smith Rogers") }
        let(:params) do
          { _method: "patch",
            application_merits_task_involved_child: { "last_name" => "Smith Rogers ", "first_name" => "Clare", "date_of_birth(3i)" => "", "date_of_birth(2i)" => "", "date_of_birth(1i)" => "" },
            draft_button: "Save and come back later",
            locale: "en",
            id: }
        end

        before { legal_aid_application.involved_children << partial_record }

        it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record) }
      end
    end

    context "when involved_child_id is an id" do
      let(:id) { partial_record.id }

      it { is_expected.to eq providers_legal_aid_application_involved_child_path(legal_aid_application, partial_record.id) }
    end

    context "when involved_child_id is false" do
      let(:params) { "foo" }

      it { is_expected.to eq new_providers_legal_aid_application_involved_child_path(legal_aid_application) }
    end
  end

  describe "#forward" do
    subject { described_class.forward }

    it { is_expected.to eq :has_other_involved_children }
  end
end

class UpdateSubmissionCreationTimesToVersion3 < ActiveRecord::Migration[8.0]
  def change
    update_view :submission_creation_times, version: 3, revert_to_version: 2
  end
end

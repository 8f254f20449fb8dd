class AddAttachmentNameToAttachments < ActiveRecord::Migration[5.2]
  def change
    add_column :attachments, :attachment_name, :string
  end
end

class LegalFrameworkMeritsTaskListJsonBuilder < BaseJsonBuilder
  def attribute_hash
    {
      id:,
      legal_aid_application_id:,
      serialized_data:,
      created_at:,
      updated_at:,
    }
  end
end

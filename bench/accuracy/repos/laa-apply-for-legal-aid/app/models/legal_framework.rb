module LegalFramework
  def self.table_name_prefix
    "legal_framework_"
  end
end

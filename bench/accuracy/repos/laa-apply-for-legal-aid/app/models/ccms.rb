module CCMS
  def self.table_name_prefix
    "ccms_"
  end
end

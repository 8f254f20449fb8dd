module CFE
  def self.table_name_prefix
    "cfe_"
  end
end

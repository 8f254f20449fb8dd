class IdToUuidFk < ActiveRecord::Migration[5.2]
  def change
    ####
    # Migration removed as it only added webdack uuid migrations
    ####
  end
end

# frozen_string_literal: true

class PersonEscortRecordPrefillSourceSerializer < PrefillSourceSerializer
  set_type :person_escort_records
end

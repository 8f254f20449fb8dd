package uk.gov.justice.digital.hmpps.hmppsalertsapi.enumeration

enum class Source {
  DPS,
  NOMIS,
}

package uk.gov.justice.digital.hmpps.hmppsalertsapi.enumeration

enum class AuditEventAction {
  CREATED,
  UPDATED,
  DELETED,
  INACTIVE,
}

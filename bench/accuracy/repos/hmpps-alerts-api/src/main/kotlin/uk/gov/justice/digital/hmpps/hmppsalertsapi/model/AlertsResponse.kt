package uk.gov.justice.digital.hmpps.hmppsalertsapi.model

data class AlertsResponse(val content: List<Alert>)

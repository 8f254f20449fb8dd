package uk.gov.justice.digital.hmpps.hmppsalertsapi.client.prisonersearch.dto

data class PrisonerNumbersDto(
  val prisonerNumbers: Collection<String>,
)

package uk.gov.justice.digital.hmpps.hmppsalertsapi.resource

const val USERNAME = "Username"
const val SOURCE = "Source"

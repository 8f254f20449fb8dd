package uk.gov.justice.digital.hmpps.hmppsalertsapi.config

import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.EnableAspectJAutoProxy

@Configuration
@EnableAspectJAutoProxy
class AopConfig

package uk.gov.justice.digital.hmpps.hmppsalertsapi.common.aop

import org.aspectj.lang.annotation.After
import org.aspectj.lang.annotation.Aspect
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Component
import org.springframework.transaction.event.TransactionPhase
import org.springframework.transaction.event.TransactionalEventListener
import uk.gov.justice.digital.hmpps.hmppsalertsapi.entity.event.DomainEvent
import uk.gov.justice.digital.hmpps.hmppsalertsapi.service.event.DomainEventPublisher
import java.lang.ThreadLocal.withInitial

@Aspect
@Component
class DomainEventBatcher(
  private val domainEventPublisher: DomainEventPublisher,
  @param:Value("\${service.event.batch-size:10}") private val eventBatchSize: Int,
) {
  private val batchedEvents = withInitial { mutableSetOf<DomainEvent>() }

  fun batchEvent(event: DomainEvent) {
    batchedEvents.get().add(event)
    if (batchedEvents.get().size >= eventBatchSize) batchComplete()
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  fun handleEvent(event: BatchCompleteEvent) {
    batchComplete()
  }

  @After(
    "@annotation(org.springframework.web.bind.annotation.PostMapping) || @annotation(org.springframework.web.bind.annotation.PutMapping) " +
      "|| @annotation(org.springframework.web.bind.annotation.PatchMapping) || @annotation(org.springframework.web.bind.annotation.DeleteMapping)",
  )
  fun batchComplete() {
    with(batchedEvents.get()) {
      if (isNotEmpty()) {
        domainEventPublisher.publishBatch(this)
        clear()
      }
    }
  }
}

package net.chrisrichardson.ftgo.deliveryservice.domain;

import org.springframework.data.repository.CrudRepository;

public interface DeliveryRepository extends CrudRepository<Delivery, Long> {
}

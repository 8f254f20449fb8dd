package com.yas.order.viewmodel.order;

public record OrderExistsByProductAndUserGetVm(boolean isPresent) {
}

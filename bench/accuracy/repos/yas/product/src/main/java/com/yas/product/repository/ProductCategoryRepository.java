package com.yas.product.repository;

import com.yas.product.model.Category;
import com.yas.product.model.ProductCategory;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository
public interface ProductCategoryRepository extends JpaRepository<ProductCategory, Long> {
    Page<ProductCategory> findAllByCategory(Pageable pageable, Category category);

    List<ProductCategory> findAllByProductId(Long productId);
}
